import { describe, expect, it } from 'vitest';
import { DATASET_NAMES, HAS_QUERY, packedTarball, REPO_ROOT } from './helpers/package.js';
import { runOk } from './helpers/run.js';

describe('the packed tarball', () => {
  it('ships the bundles, data and JSON Schemas and licences, and no sources or tests', { timeout: 120_000 }, async () => {
    const tarball = await packedTarball();
    const { stdout } = await runOk('tar', ['-tzf', tarball], { cwd: REPO_ROOT });
    const files = stdout
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => line.replace(/^package\//, ''));

    const entries = ['index', 'schema', ...(HAS_QUERY ? ['query'] : []), ...DATASET_NAMES.map((name) => `datasets/${name}`)];
    const expected = [
      'package.json',
      'README.md',
      'LICENSE',
      'DATA-LICENSE.md',
      ...entries.flatMap((entry) => ['js', 'cjs', 'd.ts', 'd.cts'].map((extension) => `dist/${entry}.${extension}`)),
      ...DATASET_NAMES.map((name) => `dist/data/${name}.json`),
      'dist/data/dataset.json',
      'dist/json-schema/Visit.schema.json',
      'dist/json-schema/Dataset.schema.json',
    ];
    expect(files).toEqual(expect.arrayContaining(expected));
    // Everything else is build output under dist/: no sources, tests, curated YAML or configs.
    const rootFiles = new Set(['package.json', 'README.md', 'LICENSE', 'DATA-LICENSE.md']);
    expect(files.filter((file) => !file.startsWith('dist/') && !rootFiles.has(file))).toEqual([]);
  });
});
