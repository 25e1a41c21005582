/**
 * Writes the analyst exports and the release manifests next to the JSON that build:data wrote:
 * generated/data/{ndjson,csv,parquet,json-schema}/, generated/data/datapackage.json and
 * generated/dataset-info.json (imported by src/release/dataset-info.ts).
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Dataset, DATASET_NAMES } from '../../src/schema/dataset.js';
import { toCsv } from './csv.js';
import { arraySchema, dataPackage, PATHS } from './datapackage.js';
import { flattenDataset } from './flatten.js';
import { writeParquet } from './parquet.js';
import { planTables } from './plan.js';

/** Package facts the descriptor repeats. */
export interface PackageFacts {
  readonly name: string;
  readonly version: string;
  readonly description: string;
  readonly keywords: readonly string[];
}

/** What one export run wrote. */
export interface ExportResult {
  readonly files: readonly string[];
  readonly tables: number;
  readonly rows: number;
}

/** Directories and files this step owns; removed first so a dropped table cannot linger. */
const OWNED = ['ndjson', 'csv', 'parquet', 'json-schema', 'datapackage.json'];

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function write(dataDir: string, relative: string, text: string): void {
  const absolute = path.join(dataDir, relative);
  mkdirSync(path.dirname(absolute), { recursive: true });
  writeFileSync(absolute, text, 'utf8');
}

/** The dataset-info module's JSON: version, and per-dataset counts and hashes of the JSON files. */
export function datasetInfo(version: string, dataset: Dataset, facts: (relative: string) => { bytes: number; sha256: string }): Record<string, unknown> {
  const datasets = Object.fromEntries(
    DATASET_NAMES.map((name) => [name, { file: `data/${PATHS.json(name)}`, count: dataset[name].length, ...facts(PATHS.json(name)) }]),
  );
  return {
    version,
    dataset: { file: `data/${PATHS.json('dataset')}`, count: DATASET_NAMES.reduce((sum, name) => sum + dataset[name].length, 0), ...facts(PATHS.json('dataset')) },
    datasets,
    engagements: dataset.visits.reduce((sum, visit) => sum + visit.engagements.length, 0),
  };
}

/**
 * Runs the export step over `<generatedDir>/data/dataset.json` and `<generatedDir>/schema/`.
 *
 * @example
 * ```ts
 * await buildExports('generated', { name: 'kenya-defence-cooperation', version: '0.1.0', description: '…', keywords: [] });
 * ```
 */
export async function buildExports(generatedDir: string, pkg: PackageFacts): Promise<ExportResult> {
  const dataDir = path.join(generatedDir, 'data');
  const dataset = Dataset.parse(JSON.parse(readFileSync(path.join(dataDir, 'dataset.json'), 'utf8')));
  for (const owned of OWNED) rmSync(path.join(dataDir, owned), { recursive: true, force: true });

  const files: string[] = [];
  // JSON Schemas are copied beside the data because Data Package paths may not climb out with "..".
  cpSync(path.join(generatedDir, 'schema'), path.join(dataDir, 'json-schema'), { recursive: true });
  for (const name of DATASET_NAMES) {
    write(dataDir, PATHS.datasetArraySchema(name), `${JSON.stringify(arraySchema(name), null, 2)}\n`);
    write(dataDir, PATHS.ndjson(name), dataset[name].map((record) => `${JSON.stringify(record)}\n`).join(''));
    files.push(PATHS.ndjson(name));
  }

  const plans = planTables();
  const tables = flattenDataset(dataset, plans);
  const rowCounts = new Map<string, number>();
  for (const plan of plans) {
    const rows = tables.get(plan.name) ?? [];
    rowCounts.set(plan.name, rows.length);
    write(dataDir, PATHS.csv(plan.name), toCsv(plan, rows));
    files.push(PATHS.csv(plan.name));
  }
  mkdirSync(path.join(dataDir, 'parquet'), { recursive: true });
  await writeParquet(
    plans,
    (table) => path.join(dataDir, PATHS.csv(table)),
    (table) => path.join(dataDir, PATHS.parquet(table)),
  );
  files.push(...plans.map((plan) => PATHS.parquet(plan.name)));

  const facts = (relative: string): { bytes: number; sha256: string } => {
    const absolute = path.join(dataDir, relative);
    return { bytes: statSync(absolute).size, sha256: sha256(readFileSync(absolute)) };
  };
  const descriptor = dataPackage({ ...pkg, dataset, tables: plans, rowCounts, facts });
  write(dataDir, 'datapackage.json', `${JSON.stringify(descriptor, null, 2)}\n`);
  files.push('datapackage.json');
  writeFileSync(path.join(generatedDir, 'dataset-info.json'), `${JSON.stringify(datasetInfo(pkg.version, dataset, facts), null, 2)}\n`, 'utf8');
  return { files, tables: plans.length, rows: [...rowCounts.values()].reduce((sum, count) => sum + count, 0) };
}
