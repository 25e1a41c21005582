import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../scripts/lib/load-data.js';
import { createSourceReader } from '../../scripts/lib/read-sources.js';
import { formatCoverage, sourceCoverage, uncitedCount } from '../../src/validate/index.js';

const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures');
const readSource = createSourceReader(path.join(FIXTURES, 'sources'));

describe('sourceCoverage', () => {
  it('counts factual sentences of the fixture article and lists those no record cites', () => {
    const coverage = sourceCoverage(loadDataDir(path.join(FIXTURES, 'valid')), readSource);
    expect(coverage).toHaveLength(1);
    const report = coverage[0]?.report;
    expect(report).toBeDefined();
    // Every sentence the fixture data cites is credited; the rest are reported by text.
    const uncitedTexts = report?.uncited.map((sentence) => sentence.text) ?? [];
    expect(report?.cited).toBe((report?.factual ?? 0) - uncitedTexts.length);
    expect(uncitedCount(coverage)).toBe(uncitedTexts.length);
    const formatted = formatCoverage(coverage);
    expect(formatted).toContain(`coverage  ${coverage[0]?.source}  ${report?.cited}/${report?.factual} factual sentences cited`);
    for (const text of uncitedTexts) expect(formatted).toContain(`"${text}"`);
  });

  it('reports sentences as uncited once no record cites them', () => {
    const loaded = loadDataDir(path.join(FIXTURES, 'valid'));
    const before = sourceCoverage(loaded, readSource)[0]?.report;
    // Keep only the sources (whose own citations quote the date line): the facts lose their records.
    const onlySources = { ...loaded, records: { ...loaded.records, people: [], organizations: [], places: [], posts: [], agreements: [], visits: [], commitments: [], disagreements: [] } };
    const after = sourceCoverage(onlySources, readSource)[0]?.report;
    expect(before?.cited).toBeGreaterThan(1);
    expect(after?.cited).toBeLessThan(before?.cited ?? 0);
    expect(after?.uncited.some((sentence) => sentence.text.includes('officer cadets'))).toBe(true);
  });

  it('says when a source text cannot be read instead of reporting zero coverage', () => {
    const coverage = sourceCoverage(loadDataDir(path.join(FIXTURES, 'valid')), () => undefined);
    expect(coverage[0]?.report).toBeUndefined();
    expect(formatCoverage(coverage)).toMatch(/text not readable/);
  });
});
