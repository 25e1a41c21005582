import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_SOURCES_DIR, lineContaining, replaceOnce, VALID_DATA_DIR, writeFixtureCopy } from './helpers.js';

const REPO = path.resolve(import.meta.dirname, '..', '..');
const TSX = path.join(REPO, 'node_modules', '.bin', 'tsx');

function runValidate(args: readonly string[]) {
  const result = spawnSync(TSX, [path.join(REPO, 'scripts', 'validate.ts'), ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, KDC_SOURCES_DIR: '' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const badDir = writeFixtureCopy({
  visits: (text) => replaceOnce(text, "value: '2025-03-05'\n        asWritten", "value: '2023-02-30'\n        asWritten"),
  posts: (text) => replaceOnce(text, 'person: amina-wekesa', 'person: amina-wekesaa'),
  commitments: (text) => replaceOnce(text, 'quote: Ghana pledged to host 40 Kenyan officer cadets\n', 'quote: Ghana pledged to host 50 Kenyan officer cadets\n'),
  places: (text) => replaceOnce(text, '- id: nairobi', '- id: accra'),
});
afterAll(() => rmSync(badDir, { recursive: true, force: true }));

describe('validate CLI', { timeout: 30_000 }, () => {
  it('prints file:line, record and path for every kind of fault in one run, and exits 1', () => {
    const { status, stdout } = runValidate(['--data', badDir, '--sources', FIXTURE_SOURCES_DIR]);
    const file = (name: string) => path.join(badDir, name);
    const lineIn = (name: string, marker: string, occurrence = 1) => lineContaining(readFileSync(file(name), 'utf8'), marker, occurrence);
    const allLines = stdout.trimEnd().split('\n');
    // The coverage report of the article follows the issues and their summary.
    const summaryIndex = allLines.indexOf('4 errors in 4 records');
    const lines = allLines.slice(0, summaryIndex + 1);
    expect(allLines[summaryIndex + 1]).toMatch(/^coverage {2}fixture-article {2}\d+\/\d+ factual sentences cited/);
    expect(lines).toEqual([
      `${file('commitments.yaml')}:${lineIn('commitments.yaml', 'host 50')}  commitments › ghana-cadet-places-2026 › pledgedBy.citations[0].quote  [quotes] quote not found in source "fixture-article" (fixture-article.txt): "Ghana pledged to host 50 Kenyan officer cadets"`,
      `${file('places.yaml')}:${lineIn('places.yaml', '- id: accra', 2)}  places › accra › id  [unique-ids] duplicate id "accra" in places: already used at ${file('places.yaml')}:1`,
      `${file('posts.yaml')}:${lineIn('posts.yaml', 'person:')}  posts › amina-wekesa-defence-cabinet-secretary › person  [references] unknown person "amina-wekesaa": expected the id of a record in people; did you mean "amina-wekesa"?`,
      `${file('visits.yaml')}:${lineIn('visits.yaml', '2023-02-30')}  visits › wekesa-ghana-2025-03 › engagements[1].when.value  [schema] "2023-02-30" is not a valid date: day 30 does not exist in 2023-02 (which has 28 days)`,
      '4 errors in 4 records',
    ]);
    expect(status).toBe(1);
  });

  it('emits the same issues as JSON with --json', () => {
    const { status, stdout } = runValidate(['--data', badDir, '--sources', FIXTURE_SOURCES_DIR, '--json']);
    const report = JSON.parse(stdout) as { valid: boolean; records: number; issues: { rule: string; recordId: string; path: string; line: number }[] };
    expect(status).toBe(1);
    expect(report.valid).toBe(false);
    expect(report.records).toBe(13);
    expect(report.issues.map((issue) => issue.rule)).toEqual(['quotes', 'unique-ids', 'references', 'schema']);
    expect(report.issues.every((issue) => Number.isInteger(issue.line))).toBe(true);
  });

  it('reports success and exits 0 on valid data', () => {
    const { status, stdout } = runValidate(['--data', VALID_DATA_DIR, '--sources', FIXTURE_SOURCES_DIR]);
    expect(stdout).toMatch(/^✓ 9 datasets, 13 records valid\ncoverage {2}fixture-article {2}\d+\/\d+ factual sentences cited/);
    expect(status).toBe(0);
  });

  it('reads the sources directory from KDC_SOURCES_DIR', () => {
    const result = spawnSync(TSX, [path.join(REPO, 'scripts', 'validate.ts'), '--data', VALID_DATA_DIR], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, KDC_SOURCES_DIR: FIXTURE_SOURCES_DIR },
    });
    expect(result.status).toBe(0);
  });

  it('exits 2 on an unknown flag', () => {
    const { status, stderr } = runValidate(['--nope']);
    expect(status).toBe(2);
    expect(stderr).toContain('usage: validate');
  });
});
