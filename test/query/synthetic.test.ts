import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSynthetic } from '../../bench/synthetic.js';
import { writeSynthetic } from '../../scripts/generate-synthetic.js';
import { Dataset } from '../../src/schema/dataset.js';
import { checkReferences } from '../../src/query/validate-dataset.js';

describe('synthetic datasets', () => {
  it.each([100, 1000, 3000])('%i visits validate against the schema and every reference resolves', { timeout: 120_000 }, (visits) => {
    const data = Dataset.parse(generateSynthetic({ visits, seed: visits }));
    expect(() => checkReferences(data)).not.toThrow();
    expect(data.visits.length).toBe(visits);
  });
  it('is deterministic from the seed', () => {
    expect(JSON.stringify(generateSynthetic({ visits: 200, seed: 5 }))).toBe(JSON.stringify(generateSynthetic({ visits: 200, seed: 5 })));
    expect(JSON.stringify(generateSynthetic({ visits: 200, seed: 6 }))).not.toBe(JSON.stringify(generateSynthetic({ visits: 200, seed: 5 })));
  });
  it('is skewed: the most active lead leads far more visits than the median one', () => {
    const counts = new Map<string, number>();
    for (const visit of generateSynthetic({ visits: 3000, seed: 1 }).visits) counts.set(visit.lead, (counts.get(visit.lead) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0] ?? 0).toBeGreaterThan(10 * (sorted[Math.floor(sorted.length / 2)] ?? 1));
  });
  it('the streamed file is the same valid dataset', { timeout: 120_000 }, async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'synthetic-')), 'data.json');
    await writeSynthetic({ visits: 500, seed: 9, out });
    const parsed = Dataset.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(parsed).toEqual(Dataset.parse(generateSynthetic({ visits: 500, seed: 9 })));
  });
});
