/**
 * The exports guide's table of CSV/Parquet tables lists every table of the data package with the
 * row count the build wrote (`count` in generated/data/datapackage.json), so the guide cannot
 * drift from the data as records are corrected.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const guide = readFileSync(new URL('../../docs/guides/exports.md', import.meta.url), 'utf8');
const dataPackage = JSON.parse(readFileSync(new URL('../../generated/data/datapackage.json', import.meta.url), 'utf8')) as { resources: { path: string; format?: string; count?: number }[] };

describe('docs/guides/exports.md', () => {
  it('lists every CSV table with the row count of this release', () => {
    const documented = Object.fromEntries([...guide.matchAll(/^\| `([a-z_]+)` \| (\d+) \|/gm)].map((match) => [match[1], Number(match[2])]));
    const built = Object.fromEntries(dataPackage.resources.filter((resource) => resource.format === 'csv').map((resource) => [resource.path.replace(/^csv\/|\.csv$/g, ''), resource.count]));
    expect(Object.keys(built).length).toBeGreaterThan(40);
    expect(documented).toEqual(built);
  });
});
