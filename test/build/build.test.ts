import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/lib/build-data.js';
import { FIXTURE_SOURCES_DIR, replaceOnce, VALID_DATA_DIR, writeFixtureCopy } from '../validate/helpers.js';

const temp: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kdc-build-'));
  temp.push(dir);
  return dir;
}
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Every file under `dir` with its bytes, keyed by relative path. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, absolute), readFileSync(absolute));
  }
  return files;
}

function build(outDir: string, dataDir = VALID_DATA_DIR) {
  return buildData({ dataDir, sourcesDir: FIXTURE_SOURCES_DIR, outDir });
}

const outDir = tempDir();
const first = build(outDir);
const read = (relative: string): string => readFileSync(path.join(outDir, relative), 'utf8');

describe('build:data', () => {
  it('writes data, schemas, ids and manifest', () => {
    expect(first.checked.issues).toEqual([]);
    expect([...snapshot(outDir).keys()].sort()).toEqual(
      [
        ...['agreements', 'commitments', 'dataset', 'disagreements', 'organizations', 'people', 'places', 'posts', 'sources', 'visits'].map((name) => `data/${name}.json`),
        'ids.ts',
        'manifest.json',
        ...['Agreement', 'Commitment', 'Dataset', 'Disagreement', 'Engagement', 'Organization', 'Person', 'Place', 'Post', 'Source', 'Visit'].map((kind) => `schema/${kind}.schema.json`),
      ].sort(),
    );
  });

  it('is byte-identical when built twice into different directories', () => {
    const other = tempDir();
    build(other);
    const a = snapshot(outDir);
    const b = snapshot(other);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [file, bytes] of a) expect(b.get(file)?.equals(bytes), file).toBe(true);
  });

  it('writes records sorted by id in schema key order, with 2-space indent and a trailing newline', () => {
    const places = read('data/places.json');
    expect(places.endsWith('}\n]\n')).toBe(true);
    const records = JSON.parse(places) as { id: string }[];
    expect(records.map((record) => record.id)).toEqual(['accra', 'burma-camp', 'nairobi']);
    expect(Object.keys(records[1] ?? {})).toEqual(['id', 'name', 'kind', 'country', 'within', 'inference', 'citations']);
    expect(places).toContain('\n  {\n    "id": "accra",');
    const dataset = JSON.parse(read('data/dataset.json')) as Record<string, unknown>;
    expect(Object.keys(dataset)).toEqual(['sources', 'people', 'organizations', 'places', 'posts', 'agreements', 'visits', 'commitments', 'disagreements']);
  });

  it('records counts and hashes of the data files in the manifest', () => {
    const manifest = JSON.parse(read('manifest.json')) as { datasets: Record<string, { file: string; records: number; sha256: string }>; engagements: number };
    expect(manifest.datasets['visits']?.records).toBe(1);
    expect(manifest.engagements).toBe(3);
    for (const entry of Object.values(manifest.datasets)) {
      expect(entry.sha256).toBe(createHash('sha256').update(readFileSync(path.join(outDir, entry.file))).digest('hex'));
    }
  });

  it('keeps descriptions and vocabulary definitions in the JSON Schemas', () => {
    const schema = JSON.parse(read('schema/Visit.schema.json')) as { $defs: Record<string, { description?: string; 'x-definitions'?: Record<string, string> }> };
    expect(schema.$defs['Topic']?.['x-definitions']?.['counterterrorism']).toBe('Counter-terrorism and the fight against extremist groups.');
    expect(schema.$defs['Visit']?.description).toBe('A trip by an official, with its engagements, dated and cited.');
    expect(read('schema/Dataset.schema.json')).toContain('"Disagreement"');
  });

  it('generates ids.ts with a const tuple and a union type per dataset and for engagements', () => {
    const ids = read('ids.ts');
    expect(ids).toContain('export const PLACE_IDS = [\n  "accra",\n  "burma-camp",\n  "nairobi",\n] as const;');
    expect(ids).toContain('export type PlaceId = (typeof PLACE_IDS)[number];');
    expect(ids).toContain('export const ENGAGEMENT_IDS = [\n  "burma-camp-tour-2025-03-06",');
    expect(ids).toContain('export type EngagementId = (typeof ENGAGEMENT_IDS)[number];');
    for (const name of ['SOURCE', 'PERSON', 'ORGANIZATION', 'POST', 'AGREEMENT', 'VISIT', 'COMMITMENT', 'DISAGREEMENT']) expect(ids).toContain(`export const ${name}_IDS = `);
    const output = ts.transpileModule(ids, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext } });
    expect(output.diagnostics ?? []).toEqual([]);
  });

  it('writes nothing and returns the issues when validation fails', () => {
    const bad = writeFixtureCopy({ places: (text) => replaceOnce(text, 'within: accra', 'within: acra') });
    temp.push(bad);
    const out = tempDir();
    const result = build(out, bad);
    expect(result.written).toEqual([]);
    expect(result.checked.issues.map((issue) => issue.rule)).toEqual(['references']);
    expect(readdirSync(out)).toEqual([]);
  });

  it('removes files a previous build wrote but leaves other files alone', () => {
    const out = tempDir();
    mkdirSync(path.join(out, 'data'));
    writeFileSync(path.join(out, 'data', 'stale.json'), '[]\n');
    writeFileSync(path.join(out, 'keep.txt'), 'mine\n');
    build(out);
    expect(existsSync(path.join(out, 'data', 'stale.json'))).toBe(false);
    expect(existsSync(path.join(out, 'keep.txt'))).toBe(true);
  });
});
