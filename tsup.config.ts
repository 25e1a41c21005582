import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const DATASETS = ['sources', 'people', 'organizations', 'places', 'posts', 'agreements', 'visits', 'commitments', 'disagreements'];

// One entry per dataset so that `kenya-defence-cooperation/datasets/visits` bundles the visits
// JSON and nothing else; shared code goes into chunks.
const entry: Record<string, string> = {
  index: 'src/index.ts',
  schema: 'src/schema/index.ts',
  ...Object.fromEntries(DATASETS.map((name) => [`datasets/${name}`, `src/datasets/${name}.ts`])),
};
if (existsSync('src/query/index.ts')) entry.query = 'src/query/index.ts';

const library: Options = {
  entry,
  format: ['esm', 'cjs'],
  dts: true,
  // dist/ is emptied by the build:bundle script before tsup starts: the two configs below run
  // concurrently, so neither may clean the folder the other writes into.
  clean: false,
  sourcemap: false,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
  // The generated JSON files are published under stable paths so that CDN URLs pinned to an
  // exact version keep working: kenya-defence-cooperation@X.Y.Z/dist/data/visits.json.
  onSuccess: async () => {
    mkdirSync('dist/data', { recursive: true });
    cpSync('generated/data', 'dist/data', { recursive: true });
    cpSync('generated/schema', 'dist/json-schema', { recursive: true });
  },
};

// The CLI (`npx kenya-defence-cooperation`): one self-contained ESM file for Node with the data
// bundled in. It writes into dist/ beside the library; dist/ is emptied by build:bundle first.
const cli: Options = {
  entry: { cli: 'src/cli/main.ts' },
  format: ['esm'],
  dts: false,
  clean: false,
  sourcemap: false,
  splitting: false,
  treeshake: true,
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  banner: { js: '#!/usr/bin/env node' },
};

export default defineConfig([library, cli]);
