/**
 * The one test that reads the real curated data (data/) and the real article texts
 * (../shared/sources, or KDC_SOURCES_DIR). Every other test uses test/fixtures. It fails —
 * rather than skips — when the texts are missing, because a quote check that did not run must
 * not look like one that passed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkData } from '../../scripts/lib/check-data.js';
import { formatIssue } from '../../src/validate/format.js';

const REPO = path.resolve(import.meta.dirname, '..', '..');
const dataDir = path.join(REPO, 'data');
const sourcesDir = process.env['KDC_SOURCES_DIR'] || path.resolve(REPO, '..', 'shared', 'sources');

describe('REAL DATA: data/ against ../shared/sources', () => {
  it('finds the article texts', () => {
    expect(existsSync(sourcesDir), `article texts not found at ${sourcesDir}; set KDC_SOURCES_DIR`).toBe(true);
  });

  it('has no validation issues', () => {
    const { issues } = checkData({ dataDir, sourcesDir });
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it('cites every factual sentence of every source (coverage report)', () => {
    const { coverage } = checkData({ dataDir, sourcesDir });
    expect(coverage).toHaveLength(4);
    for (const entry of coverage) {
      expect(entry.report, `${entry.source}: text not readable`).toBeDefined();
      const uncited = entry.report?.uncited.map((sentence) => `${entry.source} #${sentence.index + 1}: ${sentence.text}`);
      expect(uncited).toEqual([]);
      expect(entry.report?.factual).toBeGreaterThan(0);
    }
  });
});
