/**
 * The analyst exports agree with the JSON: the same counts and joins in DuckDB (CSV and Parquet)
 * as in the records and the query API, and a round trip JSON → CSV → records loses nothing.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromCsv } from '../../scripts/exports/csv.js';
import { PATHS } from '../../scripts/exports/datapackage.js';
import { flattenDataset, type Tables } from '../../scripts/exports/flatten.js';
import { readCsvSql, sqlString } from '../../scripts/exports/parquet.js';
import { planTables } from '../../scripts/exports/plan.js';
import { rebuildDataset } from '../../scripts/exports/rebuild.js';
import { buildExports } from '../../scripts/exports/build.js';
import { edtfBounds, edtfPrecision } from '../../src/dates/edtf.js';
import { createQuery, type CountryCodeLiteral } from '../../src/query/index.js';
import { Dataset, DATASET_NAMES } from '../../src/schema/dataset.js';
import { buildIntoTemp, PKG } from './helpers.js';

const plans = planTables();
let generated: string;
let dataDir: string;
let dataset: Dataset;
let datasetText: string;
let instance: DuckDBInstance;
let db: DuckDBConnection;

function csvPath(table: string): string {
  return path.join(dataDir, PATHS.csv(table));
}
function parquetPath(table: string): string {
  return path.join(dataDir, PATHS.parquet(table));
}
function plan(table: string) {
  const found = plans.find((candidate) => candidate.name === table);
  if (!found) throw new Error(`no table ${table}`);
  return found;
}
async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await db.runAndReadAll(sql)).getRowObjectsJS();
}
async function count(from: string): Promise<number> {
  const [row] = await rows(`SELECT count(*) AS n FROM ${from}`);
  return Number(row?.['n']);
}
const csv = (table: string): string => readCsvSql(plan(table), csvPath(table));
const parquet = (table: string): string => `read_parquet(${sqlString(parquetPath(table))})`;

/** Every citation array anywhere in the data (any key whose items have source and quote). */
function countCitations(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + countCitations(item), 0);
  if (typeof value !== 'object' || value === null) return 0;
  let sum = 0;
  for (const child of Object.values(value)) {
    if (Array.isArray(child) && child.length > 0 && child.every((item) => typeof item === 'object' && item !== null && 'quote' in item && 'source' in item)) sum += child.length;
    sum += countCitations(child);
  }
  return sum;
}

beforeAll(async () => {
  generated = await buildIntoTemp();
  dataDir = path.join(generated, 'data');
  datasetText = readFileSync(path.join(dataDir, 'dataset.json'), 'utf8');
  dataset = Dataset.parse(JSON.parse(datasetText));
  instance = await DuckDBInstance.create(':memory:');
  db = await instance.connect();
}, 120_000);

afterAll(() => {
  db?.closeSync();
  instance?.closeSync();
  if (generated) rmSync(generated, { recursive: true, force: true });
});

describe('record counts', () => {
  it('each record table has one row per record, in CSV and in Parquet', async () => {
    for (const name of DATASET_NAMES) {
      expect(await count(csv(name)), name).toBe(dataset[name].length);
      expect(await count(parquet(name)), name).toBe(dataset[name].length);
    }
    const engagements = dataset.visits.reduce((sum, visit) => sum + visit.engagements.length, 0);
    expect(await count(csv('engagements'))).toBe(engagements);
    expect(await count(parquet('engagements'))).toBe(engagements);
  });

  it('link tables hold one row per array item', async () => {
    const expected: Record<string, number> = {
      agreement_parties: dataset.agreements.reduce((sum, agreement) => sum + agreement.parties.length, 0),
      agreement_status_history: dataset.agreements.reduce((sum, agreement) => sum + agreement.statusHistory.length, 0),
      visit_topics: dataset.visits.reduce((sum, visit) => sum + visit.topics.length, 0),
      engagement_counterparts: dataset.visits.flatMap((visit) => visit.engagements).reduce((sum, engagement) => sum + engagement.counterparts.length, 0),
      citations: countCitations(dataset),
    };
    for (const [table, n] of Object.entries(expected)) {
      expect(await count(csv(table)), table).toBe(n);
      expect(await count(parquet(table)), table).toBe(n);
    }
    expect(expected['citations']).toBeGreaterThan(300);
  });

  it('every table in datapackage.json has the row count of its file', async () => {
    const descriptor = JSON.parse(readFileSync(path.join(dataDir, 'datapackage.json'), 'utf8')) as { resources: { name: string; format: string; count: number }[] };
    for (const table of plans) {
      const resource = descriptor.resources.find((candidate) => candidate.name === `${table.name}-csv`);
      expect(resource?.count, table.name).toBe(await count(csv(table.name)));
    }
  });
});

describe('joins', () => {
  it('the date-overlap recipe of the exports guide gives the answers of the query API, open-ended trips included', async () => {
    const guide = readFileSync(path.resolve(import.meta.dirname, '../../docs/guides/exports.md'), 'utf8');
    const recipe = /\(`(coalesce\(when_latest[^`]+)`\)/.exec(guide)?.[1];
    expect(recipe, 'the overlap recipe in docs/guides/exports.md').toBeDefined();
    const query = createQuery(dataset);
    for (const [from, to] of [
      ['2024-01-01', '2024-12-31'],
      ['2024-02-01', '2024-02-29'],
      ['2030-01-01', '2030-12-31'],
      ['2019-05-01', '2019-05-31'],
    ] as const) {
      const where = (recipe as string).replaceAll('2024-01-01', from).replaceAll('2024-12-31', to);
      const expected = query.visits({ from, to }).map((visit) => visit.id).sort();
      for (const source of [csv('visits'), parquet('visits')]) {
        const found = (await rows(`SELECT id FROM ${source} WHERE ${where} ORDER BY id`)).map((row) => row['id']);
        expect(found, `${from}…${to}`).toEqual(expected);
      }
    }
  });

  it('visits per destination country: DuckDB (CSV and Parquet) = JSON = query API', async () => {
    const fromJson: Record<string, number> = {};
    for (const visit of dataset.visits) fromJson[visit.destination.country] = (fromJson[visit.destination.country] ?? 0) + 1;
    const query = createQuery(dataset);
    for (const source of [csv('visits'), parquet('visits')]) {
      const result = await rows(`SELECT destination_country AS country, count(*) AS n FROM ${source} GROUP BY 1 ORDER BY 1`);
      const counts = Object.fromEntries(result.map((row) => [String(row['country']), Number(row['n'])]));
      expect(counts).toEqual(fromJson);
      for (const [country, n] of Object.entries(counts)) expect(query.visits({ destination: country as CountryCodeLiteral }).length, country).toBe(n);
    }
  });

  it('engagements per visit: join of visits and engagements = JSON = query API', async () => {
    const query = createQuery(dataset);
    for (const [visits, engagements] of [
      [csv('visits'), csv('engagements')],
      [parquet('visits'), parquet('engagements')],
    ] as const) {
      const result = await rows(`SELECT v.id, count(e.id) AS n FROM ${visits} v LEFT JOIN ${engagements} e ON e.visit_id = v.id GROUP BY v.id ORDER BY v.id`);
      expect(result.length).toBe(dataset.visits.length);
      for (const row of result) {
        const visit = dataset.visits.find((candidate) => candidate.id === row['id']);
        expect(Number(row['n']), String(row['id'])).toBe(visit?.engagements.length);
        expect(query.engagements({ visit: String(row['id']) }).length).toBe(Number(row['n']));
      }
    }
  });

  it('citations join to their sources and to the records they cite', async () => {
    const [orphans] = await rows(`SELECT count(*) AS n FROM ${csv('citations')} c LEFT JOIN ${csv('sources')} s ON s.id = c.source WHERE s.id IS NULL`);
    expect(Number(orphans?.['n'])).toBe(0);
    const [visitCitations] = await rows(`SELECT count(*) AS n FROM ${parquet('citations')} c JOIN ${parquet('visits')} v ON c.record_kind = 'visit' AND c.record_id = v.id`);
    expect(Number(visitCitations?.['n'])).toBe(countCitations(dataset.visits.map(({ engagements: _engagements, ...visit }) => visit)));
  });

  it('Parquet keeps the declared types: dates are DATE, ordinals BIGINT, flags BOOLEAN', async () => {
    const described = await rows(`DESCRIBE SELECT * FROM ${parquet('agreement_status_history')}`);
    const types = Object.fromEntries(described.map((row) => [String(row['column_name']), String(row['column_type'])]));
    expect(types).toMatchObject({ ordinal: 'BIGINT', as_of_earliest: 'DATE', date_latest: 'DATE', expected: 'BOOLEAN', as_of: 'VARCHAR' });
  });
});

describe('round trip JSON → CSV → records', () => {
  let parsed: Tables;
  beforeAll(() => {
    parsed = new Map(plans.map((table) => [table.name, fromCsv(table, readFileSync(csvPath(table.name), 'utf8'))]));
  });

  it('CSV parses back to exactly the rows that were written', () => {
    const written = flattenDataset(dataset, plans);
    for (const table of plans) expect(parsed.get(table.name), table.name).toEqual(written.get(table.name));
  });

  it('the records rebuilt from the CSV tables equal the original records, byte for byte as JSON', () => {
    const rebuilt = rebuildDataset(parsed, plans);
    expect(rebuilt).toStrictEqual(dataset);
    expect(`${JSON.stringify(rebuilt, null, 2)}\n`).toBe(datasetText);
  });

  it('no date precision is lost: EDTF strings kept, bounds and precision columns agree with them', () => {
    let checked = 0;
    const precisions = new Set<string>();
    for (const table of plans) {
      for (const column of table.columns.filter((candidate) => candidate.derived)) {
        const derived = column.derived;
        if (!derived) continue;
        for (const row of parsed.get(table.name) ?? []) {
          const edtf = row[derived.from];
          if (typeof edtf !== 'string') {
            expect(row[column.name], `${table.name}.${column.name}`).toBeNull();
            continue;
          }
          const expected = derived.kind === 'precision' ? edtfPrecision(edtf) : edtfBounds(edtf)[derived.kind];
          expect(row[column.name], `${table.name}.${column.name} for ${edtf}`).toBe(expected);
          if (derived.kind === 'precision') precisions.add(String(expected));
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    // The data has dates at every precision; all three must survive as such.
    expect([...precisions].sort()).toEqual(['day', 'month', 'year']);
  });

  it('uses RFC 4180 CSV: CRLF records, a header row, quotes doubled inside quoted fields', () => {
    const text = readFileSync(csvPath('citations'), 'utf8');
    expect(text.startsWith('record_kind,record_id,field_path,ordinal,source,quote,note\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const records = parse(text, { columns: true }) as Record<string, string>[];
    const withQuote = records.find((record) => record['quote']?.includes('"'));
    if (withQuote) expect(text).toContain(`"${withQuote['quote']?.replaceAll('"', '""')}"`);
    expect(records.length).toBe(countCitations(dataset));
  });
});

describe('datapackage.json', () => {
  it('describes every file with its size and SHA-256, and ships licences and sources', () => {
    const descriptor = JSON.parse(readFileSync(path.join(dataDir, 'datapackage.json'), 'utf8')) as {
      $schema: string;
      version: string;
      licenses: { name: string }[];
      sources: { title: string }[];
      resources: { name: string; path: string; bytes: number; hash: string; format: string; schema: unknown }[];
    };
    expect(descriptor.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(descriptor.version).toBe(PKG.version);
    expect(descriptor.licenses.map((licence) => licence.name)).toEqual(['CC-BY-4.0', 'MIT']);
    expect(descriptor.sources).toHaveLength(dataset.sources.length);
    expect(JSON.stringify(descriptor.sources)).not.toMatch(/https?:/);
    const formats = new Set(descriptor.resources.map((resource) => resource.format));
    expect([...formats].sort()).toEqual(['csv', 'json', 'ndjson', 'parquet']);
    expect(descriptor.resources).toHaveLength(1 + 2 * DATASET_NAMES.length + 2 * plans.length);
    for (const resource of descriptor.resources) {
      const bytes = readFileSync(path.join(dataDir, resource.path));
      expect(resource.bytes, resource.path).toBe(bytes.length);
      expect(resource.hash, resource.path).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      if (typeof resource.schema === 'string') expect(() => readFileSync(path.join(dataDir, resource.schema as string)), resource.schema).not.toThrow();
    }
  });

  it('gives CSV tables a Table Schema whose fields match the header and carry descriptions', () => {
    const descriptor = JSON.parse(readFileSync(path.join(dataDir, 'datapackage.json'), 'utf8')) as {
      resources: { name: string; path: string; schema: { fields: { name: string; type: string; description: string }[]; foreignKeys?: { reference: { resource: string } }[] } }[];
    };
    const names = new Set(descriptor.resources.map((resource) => resource.name));
    for (const resource of descriptor.resources.filter((candidate) => candidate.name.endsWith('-csv'))) {
      const header = readFileSync(path.join(dataDir, resource.path), 'utf8').split('\r\n')[0];
      expect(resource.schema.fields.map((field) => field.name).join(','), resource.name).toBe(header);
      for (const field of resource.schema.fields) expect(field.description.length, `${resource.name}.${field.name}`).toBeGreaterThan(2);
      for (const key of resource.schema.foreignKeys ?? []) expect(names.has(key.reference.resource), key.reference.resource).toBe(true);
    }
    const links = descriptor.resources.find((resource) => resource.name === 'visit_agreements-csv');
    expect(links?.schema.foreignKeys?.map((key) => key.reference.resource).sort()).toEqual(['agreements-csv', 'visits-csv']);
  });

  it('is byte-identical when rebuilt (no timestamps; Parquet bytes stable too)', async () => {
    const before = readFileSync(path.join(dataDir, 'datapackage.json'), 'utf8');
    await buildExports(generated, PKG);
    expect(readFileSync(path.join(dataDir, 'datapackage.json'), 'utf8')).toBe(before);
  }, 60_000);
});
