import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { consumerProject, PACKAGE_NAME, REPO_ROOT } from './helpers/package.js';
import { run } from './helpers/run.js';

// The repo's own TypeScript (the version the package is built and documented with).
const TSC = path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

let project: string;
beforeAll(async () => {
  project = await consumerProject();
}, 300_000);

/**
 * Type-checks one fixture tsconfig in the consumer project and returns the declaration files of
 * the package that tsc loaded (relative to the package), failing with tsc's output on errors.
 * The fixtures hold `@ts-expect-error` lines that only hold if the types are real, not `any`.
 * tsconfig.node16.json sets skipLibCheck: false, so the shipped .d.ts and .d.cts files are
 * themselves checked there (with zod's, which is most of the ~25 s); the bundler config skips
 * that second, identical check of the .d.ts files.
 */
async function typecheck(tsconfig: string): Promise<string[]> {
  const result = await run(process.execPath, [TSC, '-p', tsconfig, '--listFiles'], { cwd: path.join(project, 'ts') });
  const errors = result.stdout.split('\n').filter((line) => line.includes('error TS'));
  expect(errors, result.stderr).toEqual([]);
  expect(result.code, result.stderr).toBe(0);
  const marker = `/node_modules/${PACKAGE_NAME}/`;
  return result.stdout
    .split('\n')
    .filter((line) => line.includes(marker))
    .map((line) => line.slice(line.indexOf(marker) + marker.length).trim())
    .sort();
}

describe('TypeScript consumers of the packed tarball', () => {
  it('type-check under module/moduleResolution node16, ESM (.mts) and CJS (.cts) side by side', { timeout: 300_000 }, async () => {
    const loaded = await typecheck('tsconfig.node16.json');
    // The .mts file gets the import-condition declarations, the .cts file the require ones.
    expect(loaded).toEqual(expect.arrayContaining(['dist/index.d.ts', 'dist/index.d.cts', 'dist/query.d.ts', 'dist/query.d.cts', 'dist/datasets/places.d.ts', 'dist/datasets/places.d.cts']));
  });

  it('type-check under module esnext with moduleResolution bundler', { timeout: 300_000 }, async () => {
    const loaded = await typecheck('tsconfig.bundler.json');
    expect(loaded).toEqual(expect.arrayContaining(['dist/index.d.ts', 'dist/query.d.ts', 'dist/datasets/places.d.ts']));
    // Bundlers follow the import condition only.
    expect(loaded.filter((file) => file.endsWith('.d.cts'))).toEqual([]);
  });
});
