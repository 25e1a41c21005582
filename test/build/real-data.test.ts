/**
 * The one test that reads the real curated data (data/) and the real article texts
 * (../shared/sources, or KDC_SOURCES_DIR). Skipped when either is absent, e.g. in a checkout
 * without the texts. Every other test uses test/fixtures.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkData } from '../../scripts/lib/check-data.js';
import { formatIssue } from '../../src/validate/format.js';

const REPO = path.resolve(import.meta.dirname, '..', '..');
const dataDir = path.join(REPO, 'data');
const sourcesDir = process.env['KDC_SOURCES_DIR'] || path.resolve(REPO, '..', 'shared', 'sources');
const available = existsSync(dataDir) && existsSync(sourcesDir);

describe.skipIf(!available)('REAL DATA: data/ against ../shared/sources', () => {
  it('has no validation issues', () => {
    const { issues } = checkData({ dataDir, sourcesDir });
    expect(issues.map(formatIssue)).toEqual([]);
  });
});
