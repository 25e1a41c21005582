import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_SOURCES_DIR, replaceOnce, VALID_DATA_DIR, writeFixtureCopy } from '../validate/helpers.js';

const REPO = path.resolve(import.meta.dirname, '..', '..');
const TSX = path.join(REPO, 'node_modules', '.bin', 'tsx');
const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function runBuild(dataDir: string) {
  const out = mkdtempSync(path.join(tmpdir(), 'kdc-build-cli-'));
  temp.push(out);
  const result = spawnSync(TSX, [path.join(REPO, 'scripts', 'build-data.ts'), '--data', dataDir, '--sources', FIXTURE_SOURCES_DIR, '--out', out], { cwd: REPO, encoding: 'utf8' });
  return { ...result, out };
}

describe('build:data CLI', { timeout: 30_000 }, () => {
  it('builds valid data and says where', () => {
    const { status, stdout, out } = runBuild(VALID_DATA_DIR);
    expect(status).toBe(0);
    expect(stdout).toContain('✓ 9 datasets, 13 records valid\n');
    expect(stdout).toContain('wrote 23 files to');
    expect(readdirSync(out).sort()).toEqual(['data', 'ids.ts', 'manifest.json', 'schema']);
  });

  it('fails with the validation output and writes nothing', () => {
    const bad = writeFixtureCopy({ posts: (text) => replaceOnce(text, 'person: amina-wekesa', 'person: nobody') });
    temp.push(bad);
    const { status, stdout, stderr, out } = runBuild(bad);
    expect(status).toBe(1);
    expect(stdout).toMatch(/posts\.yaml:\d+ {2}posts › amina-wekesa-defence-cabinet-secretary › person {2}\[references\] unknown person "nobody"/);
    expect(stdout).toContain('1 error in 1 record');
    expect(stderr).toContain('nothing was written');
    expect(readdirSync(out)).toEqual([]);
  });
});
