import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createQuery } from '../../src/query/index.js';
import { datasetInfo, verifyDatasetHash } from '../../src/release/dataset-info.js';
import { sha256Hex } from '../../src/release/hash.js';
import { DatasetLoadError, loadDataset } from '../../src/release/load-dataset.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
// The generated files of the current build (npm run build:data && npm run build:exports).
const text = readFileSync(path.join(ROOT, 'generated', 'data', 'dataset.json'), 'utf8');
const datapackage = JSON.parse(readFileSync(path.join(ROOT, 'generated', 'data', 'datapackage.json'), 'utf8')) as { resources: { name: string; path: string; hash: string }[] };

async function loadError(promise: Promise<unknown>): Promise<DatasetLoadError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DatasetLoadError) return error;
    throw error;
  }
  throw new Error('expected loadDataset to fail');
}

describe('sha256Hex (Web Crypto)', () => {
  it('matches the FIPS 180-2 test vector', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('datasetInfo', () => {
  it('matches the built files: version, counts and hashes', async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(datasetInfo.version).toBe(pkg.version);
    expect(datasetInfo.dataset.sha256).toBe(await sha256Hex(text));
    const parsed = JSON.parse(text) as Record<string, unknown[]>;
    for (const [name, info] of Object.entries(datasetInfo.datasets)) {
      expect(info.count, name).toBe(parsed[name]?.length);
      expect(info.sha256, name).toBe(await sha256Hex(readFileSync(path.join(ROOT, 'generated', info.file), 'utf8')));
    }
    expect(datapackage.resources.find((resource) => resource.path === 'dataset.json')?.hash).toBe(`sha256:${datasetInfo.dataset.sha256}`);
  });
});

describe('verifyDatasetHash', () => {
  it('accepts the pinned text and the parsed object, in hex or sha256: form', async () => {
    expect(await verifyDatasetHash(text, datasetInfo.dataset.sha256)).toBe(true);
    expect(await verifyDatasetHash(JSON.parse(text) as object, `sha256:${datasetInfo.dataset.sha256.toUpperCase()}`)).toBe(true);
  });
  it('rejects other bytes and malformed digests', async () => {
    expect(await verifyDatasetHash(`${text} `, datasetInfo.dataset.sha256)).toBe(false);
    await expect(verifyDatasetHash(text, 'abc')).rejects.toThrow(/not a SHA-256 digest/);
  });
});

describe('loadDataset', () => {
  it('loads, verifies and deep-freezes a release, ready for createQuery', async () => {
    const dataset = await loadDataset(text, { expectedSha256: datasetInfo.dataset.sha256, manifest: datapackage });
    expect(dataset).toEqual(JSON.parse(text));
    expect(Object.isFrozen(dataset)).toBe(true);
    expect(Object.isFrozen(dataset.visits[0]?.when.citations[0])).toBe(true);
    const query = createQuery(dataset);
    expect(query.visits().length).toBe(dataset.visits.length);
  });

  it('hashes a parsed object in the canonical form, and accepts datasetInfo as the manifest', async () => {
    const dataset = await loadDataset(JSON.parse(text) as object, { manifest: datasetInfo });
    expect(dataset.sources.length).toBe(datasetInfo.datasets.sources.count);
  });

  it('fails with code "hash" when the bytes are not the pinned ones', async () => {
    const error = await loadError(loadDataset(text.replace('"KE"', '"RW"'), { expectedSha256: datasetInfo.dataset.sha256 }));
    expect(error.code).toBe('hash');
    expect(error.message).toContain(datasetInfo.dataset.sha256);
  });

  it('fails with code "manifest" when the expected hash and the manifest disagree', async () => {
    const error = await loadError(loadDataset(text, { expectedSha256: '0'.repeat(64), manifest: datapackage }));
    expect(error.code).toBe('manifest');
  });

  it('fails with code "schema" listing every bad field by path', async () => {
    const data = JSON.parse(text) as { visits: { when: { value: string } }[]; people: { nationality: { country: string }[] }[] };
    const first = data.visits[0];
    if (first) first.when.value = '2024-13';
    const error = await loadError(loadDataset({ ...data, extra: [] }));
    expect(error.code).toBe('schema');
    expect(error.issues.some((issue) => issue.startsWith('visits[0].when.value: '))).toBe(true);
    expect(error.issues.some((issue) => issue.includes('extra'))).toBe(true);
  });

  it('fails with code "json" on text that is not JSON', async () => {
    expect((await loadError(loadDataset('{"visits": ['))).code).toBe('json');
  });
});
