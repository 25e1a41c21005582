/**
 * `npm run build:exports [-- --out DIR]`: after build:data, writes the analyst exports (CSV,
 * NDJSON, Parquet), datapackage.json and dataset-info.json into the generated directory.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildExports } from './exports/build.js';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { out: { type: 'string' } }, strict: true });
const generated = values.out === undefined ? path.join(root, 'generated') : path.resolve(values.out);
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string; description: string; keywords?: string[] };
const started = performance.now();
const result = await buildExports(generated, { name: pkg.name, version: pkg.version, description: pkg.description, keywords: pkg.keywords ?? [] });
process.stdout.write(
  `build:exports: ${result.tables} tables, ${result.rows} rows → ${result.files.length} files + datapackage.json in ${path.relative(process.cwd(), generated) || '.'}/data (${Math.round(performance.now() - started)} ms)\n`,
);
