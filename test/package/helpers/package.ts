import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { DATASET_NAMES, type DatasetName } from '../../../src/schema/dataset.js';
import { CACHE_ROOT, cachedDir, pruneCache } from './cache.js';
import { runOk } from './run.js';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
export const PACKAGE_NAME = 'kenya-defence-cooperation';
const FIXTURE_DIR = path.resolve(import.meta.dirname, '..', 'fixtures', 'consumer');
/** Fixture TypeScript files carry this suffix so that the repo's own `tsc` and eslint skip them. */
const TEMPLATE_SUFFIX = '.tpl';
const KEEP_CACHE_MS = 2 * 60 * 60 * 1000;

/**
 * Whether the query entry point exists yet. tsup only builds `dist/query.*` when its source is
 * there, so until then checks of `kenya-defence-cooperation/query` are skipped (and say so).
 */
export const HAS_QUERY = existsSync(path.join(REPO_ROOT, 'src', 'query', 'index.ts'));

export { DATASET_NAMES, type DatasetName };

/** Every file under `dir`, relative, sorted (so hashes do not depend on readdir order). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

function hashFiles(root: string, relativePaths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of relativePaths) hash.update(file).update('\0').update(readFileSync(path.join(root, file))).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** A hash of everything `npm pack` would publish: a new build gives a new tarball. */
function publishedContentHash(): string {
  const dist = path.join(REPO_ROOT, 'dist');
  const missing = ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts'].filter((file) => !existsSync(path.join(dist, file)));
  if (missing.length > 0) throw new Error(`dist/ lacks ${missing.join(', ')}: run \`npm run build\` (successfully) before the package tests.`);
  const files = filesUnder(dist).map((file) => path.join('dist', file));
  const extras = ['package.json', 'README.md', 'LICENSE', 'DATA-LICENSE.md'].filter((file) => existsSync(path.join(REPO_ROOT, file)));
  return hashFiles(REPO_ROOT, [...files, ...extras]);
}

let tarballPromise: Promise<string> | undefined;

/** The package as `npm pack` makes it from the current dist/, packed once per content hash. */
export function packedTarball(): Promise<string> {
  tarballPromise ??= (async () => {
    const dir = path.join(CACHE_ROOT, `pack-${publishedContentHash()}`);
    await cachedDir(dir, async (target) => {
      // --ignore-scripts: pack what was built; a prepack hook must not rebuild mid-test.
      await runOk('npm', ['pack', '--pack-destination', target, '--ignore-scripts', '--silent'], { cwd: REPO_ROOT });
    });
    pruneCache('pack-', dir, KEEP_CACHE_MS);
    const tarballs = readdirSync(dir).filter((name) => name.endsWith('.tgz'));
    if (tarballs.length !== 1 || tarballs[0] === undefined) throw new Error(`expected one tarball in ${dir}, found ${tarballs.join(', ')}`);
    return path.join(dir, tarballs[0]);
  })();
  return tarballPromise;
}

let consumerPromise: Promise<string> | undefined;

/**
 * A throwaway project (copied from test/package/fixtures/consumer) with the packed tarball
 * installed from it, as a user would install the published package. One install serves every
 * consumer test and every Node version: the package and its dependencies are plain JS.
 */
export function consumerProject(): Promise<string> {
  consumerPromise ??= (async () => {
    const tarball = await packedTarball();
    const key = createHash('sha256')
      .update(readFileSync(tarball))
      .update(hashFiles(FIXTURE_DIR, filesUnder(FIXTURE_DIR)))
      .digest('hex')
      .slice(0, 16);
    const dir = path.join(CACHE_ROOT, `consumer-${key}`);
    await cachedDir(dir, async (target) => {
      cpSync(FIXTURE_DIR, target, { recursive: true });
      for (const file of filesUnder(target).filter((name) => name.endsWith(TEMPLATE_SUFFIX))) {
        renameSync(path.join(target, file), path.join(target, file.slice(0, -TEMPLATE_SUFFIX.length)));
      }
      await runOk('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', tarball], { cwd: target });
    });
    pruneCache('consumer-', dir, KEEP_CACHE_MS);
    return dir;
  })();
  return consumerPromise;
}

/** The repo's built JSON for one dataset: the ground truth the packed bundles must match. */
export function generatedRecords(name: DatasetName): { id: string }[] {
  return JSON.parse(readFileSync(path.join(REPO_ROOT, 'generated', 'data', `${name}.json`), 'utf8')) as { id: string }[];
}
