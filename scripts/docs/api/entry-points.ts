import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A public module of the package: its import specifier and the source file behind it. */
export interface EntryPoint {
  /** What a consumer writes: `kenya-defence-cooperation` or `kenya-defence-cooperation/schema`. */
  readonly specifier: string;
  /** Absolute path of the TypeScript source file that the subpath is bundled from. */
  readonly file: string;
}

interface PackageJson {
  readonly name: string;
  readonly exports?: Record<string, unknown>;
}

/**
 * The package's public modules, read from package.json "exports" so that a subpath another
 * contributor adds is covered without editing this list. Subpaths that ship files rather than
 * code (`./data/*`, `./json-schema/*`, `./package.json`) have no source file and are skipped.
 * The source of `./x` is `src/x.ts` or `src/x/index.ts`, which is how tsup.config.ts names
 * its entries.
 */
export function publicEntryPoints(root: string): EntryPoint[] {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as PackageJson;
  const entries: EntryPoint[] = [];
  for (const subpath of Object.keys(pkg.exports ?? { '.': null })) {
    if (subpath.includes('*') || subpath.endsWith('.json')) continue;
    const stem = subpath === '.' ? 'index' : subpath.replace(/^\.\//, '');
    const candidates = [path.join(root, 'src', `${stem}.ts`), path.join(root, 'src', stem, 'index.ts')];
    const file = candidates.find((candidate) => existsSync(candidate));
    if (file === undefined) continue;
    entries.push({ specifier: subpath === '.' ? pkg.name : `${pkg.name}/${stem}`, file });
  }
  return entries;
}
