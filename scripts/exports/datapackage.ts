/**
 * The Frictionless Data Package (v2) descriptor of everything under generated/data: the JSON,
 * NDJSON, CSV and Parquet files, each with its size, SHA-256 and record count; JSON Schemas for
 * the JSON files and Table Schemas (types, descriptions, keys) for the tables.
 */
import type { Dataset, DatasetName } from '../../src/schema/dataset.js';
import { DATASET_NAMES } from '../../src/schema/dataset.js';
import type { Column, TablePlan } from './plan.js';

/** Size and hash of one written file. */
export interface FileFacts {
  readonly bytes: number;
  /** Hex SHA-256 of the file's bytes. */
  readonly sha256: string;
}

/** What the descriptor is built from. */
export interface DescriptorInput {
  readonly name: string;
  readonly version: string;
  readonly description: string;
  readonly keywords: readonly string[];
  readonly dataset: Dataset;
  readonly tables: readonly TablePlan[];
  readonly rowCounts: ReadonlyMap<string, number>;
  /** Facts of a file by its path relative to the descriptor. */
  facts(path: string): FileFacts;
}

/** The JSON Schema file of each dataset's record kind (as written by build:data). */
export const RECORD_SCHEMA_FILES: Readonly<Record<DatasetName, string>> = {
  sources: 'Source',
  people: 'Person',
  organizations: 'Organization',
  places: 'Place',
  posts: 'Post',
  agreements: 'Agreement',
  visits: 'Visit',
  commitments: 'Commitment',
  disagreements: 'Disagreement',
};

/** Relative paths of every file, by format. One place, so the writer and the descriptor agree. */
export const PATHS = {
  json: (dataset: string) => `${dataset}.json`,
  ndjson: (dataset: string) => `ndjson/${dataset}.ndjson`,
  csv: (table: string) => `csv/${table}.csv`,
  parquet: (table: string) => `parquet/${table}.parquet`,
  jsonSchema: (kind: string) => `json-schema/${kind}.schema.json`,
  datasetArraySchema: (dataset: string) => `json-schema/${dataset}.array.schema.json`,
} as const;

/** A JSON Schema for a per-dataset file: an array of records, each valid against the record schema. */
export function arraySchema(dataset: DatasetName): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `${dataset}.json`,
    description: `Every ${RECORD_SCHEMA_FILES[dataset]} record of the ${dataset} dataset, sorted by id.`,
    type: 'array',
    items: { $ref: `./${RECORD_SCHEMA_FILES[dataset]}.schema.json` },
  };
}

function fieldDescriptor(column: Column): Record<string, unknown> {
  const constraints: Record<string, unknown> = {};
  if (column.required) constraints['required'] = true;
  if (column.enum) constraints['enum'] = column.enum;
  return {
    name: column.name,
    type: column.type,
    description: column.edtf ? `${column.description} (EDTF level-1 string; see the _earliest, _latest and _precision columns.)` : column.description,
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

/** The Table Schema of one table, with foreign keys into the resources of the same `format`. */
export function tableSchema(plan: TablePlan, format: 'csv' | 'parquet'): Record<string, unknown> {
  const foreignKeys = new Map<string, Record<string, unknown>>();
  const add = (fields: readonly string[], table: string, parentFields: readonly string[]): void => {
    const key = { fields: [...fields], reference: { resource: `${table}-${format}`, fields: [...parentFields] } };
    foreignKeys.set(JSON.stringify(key), key);
  };
  if (plan.parent) add(plan.parent.fields, plan.parent.table, plan.parent.parentFields);
  for (const column of plan.columns) if (column.references !== undefined) add([column.name], column.references, ['id']);
  return {
    fields: plan.columns.map(fieldDescriptor),
    primaryKey: [...plan.primaryKey],
    ...(foreignKeys.size > 0 ? { foreignKeys: [...foreignKeys.values()] } : {}),
    missingValues: [''],
  };
}

function fileResource(input: DescriptorInput, name: string, path: string, format: string, mediatype: string, count: number, encoding: boolean): Record<string, unknown> {
  const facts = input.facts(path);
  return {
    name,
    path,
    format,
    mediatype,
    ...(encoding ? { encoding: 'utf-8' } : {}),
    bytes: facts.bytes,
    hash: `sha256:${facts.sha256}`,
    count,
  };
}

function sourcesOf(dataset: Dataset): { title: string }[] {
  // Titles only: the data records no URLs, and none are invented here.
  return dataset.sources.map((source) => ({ title: source.headline?.text ?? source.description }));
}

/**
 * The datapackage.json descriptor. Deterministic: no timestamps, resources in a fixed order.
 *
 * @example
 * ```ts
 * const descriptor = dataPackage({ name, version, description, keywords, dataset, tables, rowCounts, facts });
 * ```
 */
export function dataPackage(input: DescriptorInput): Record<string, unknown> {
  const { dataset } = input;
  const resources: Record<string, unknown>[] = [];
  resources.push({
    ...fileResource(input, 'dataset-json', PATHS.json('dataset'), 'json', 'application/json', DATASET_NAMES.reduce((sum, name) => sum + dataset[name].length, 0), true),
    title: 'All datasets in one JSON object',
    description: 'Every dataset, one array each: the file loadDataset() reads. `count` is the number of records across all datasets.',
    schema: PATHS.jsonSchema('Dataset'),
  });
  for (const name of DATASET_NAMES) {
    resources.push({
      ...fileResource(input, `${name}-json`, PATHS.json(name), 'json', 'application/json', dataset[name].length, true),
      title: `${name} (JSON)`,
      schema: PATHS.datasetArraySchema(name),
    });
  }
  for (const name of DATASET_NAMES) {
    resources.push({
      ...fileResource(input, `${name}-ndjson`, PATHS.ndjson(name), 'ndjson', 'application/x-ndjson', dataset[name].length, true),
      title: `${name} (NDJSON, one record per line)`,
      schema: PATHS.jsonSchema(RECORD_SCHEMA_FILES[name]),
    });
  }
  for (const format of ['csv', 'parquet'] as const) {
    for (const plan of input.tables) {
      const path = format === 'csv' ? PATHS.csv(plan.name) : PATHS.parquet(plan.name);
      const mediatype = format === 'csv' ? 'text/csv' : 'application/vnd.apache.parquet';
      resources.push({
        ...fileResource(input, `${plan.name}-${format}`, path, format, mediatype, input.rowCounts.get(plan.name) ?? 0, format === 'csv'),
        type: 'table',
        title: `${plan.name} (${format === 'csv' ? 'CSV' : 'Parquet'})`,
        description: plan.description,
        schema: tableSchema(plan, format),
      });
    }
  }
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: input.name,
    title: "Kenya's defence cooperation: agreements, visits and officials",
    description: input.description,
    version: input.version,
    licenses: [
      { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International (the data; see DATA-LICENSE.md)' },
      { name: 'MIT', path: 'https://opensource.org/license/mit', title: 'MIT License (the code of the npm package)' },
    ],
    sources: sourcesOf(dataset),
    keywords: [...input.keywords],
    resources,
  };
}
