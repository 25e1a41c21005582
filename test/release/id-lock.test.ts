import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkData } from '../../scripts/lib/check-data.js';
import { readIdLock } from '../../scripts/release/id-lock-file.js';
import { checkIdLock, IdLock, presentIds, updateIdLock, type PresentIds } from '../../src/release/id-lock.js';
import { copyData, editRecord, firstRecord, ROOT } from './helpers.js';

const SOURCES = process.env['KDC_SOURCES_DIR'] || path.resolve(ROOT, '..', 'shared', 'sources');
const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function lockIssues(dataDir: string) {
  return checkData({ dataDir, sourcesDir: SOURCES }).issues.filter((issue) => issue.rule === 'id-lock');
}

function writeLock(dir: string, edit: (lock: IdLock) => void): void {
  const lock = readIdLock(dir);
  if (!lock) throw new Error('no lock');
  edit(lock);
  writeFileSync(path.join(dir, 'id-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
}

describe('data/id-lock.json', () => {
  it('locks every id in the data, engagements included, with nothing missing', () => {
    const lock = readIdLock(path.join(ROOT, 'data'));
    expect(lock).toBeDefined();
    expect(lock?.datasets.engagements.ids.length).toBeGreaterThan(0);
    expect(lockIssues(path.join(ROOT, 'data'))).toEqual([]);
  });
});

describe('removing a locked id', () => {
  it('fails validation naming the dataset, the id and what to do', () => {
    const dir = copyData();
    temporary.push(dir);
    const id = String(firstRecord('disagreements')['id']);
    editRecord(dir, 'disagreements', id, () => undefined);
    const issues = lockIssues(dir);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ dataset: 'disagreements', recordId: id, rule: 'id-lock' });
    expect(issues[0]?.message).toBe(
      `disagreements: published id "${id}" is missing from data/disagreements.yaml. Published ids must keep working for users who pinned them: ` +
        'restore the record, or move the id in data/id-lock.json from disagreements.ids to disagreements.deprecated (with a reason) or ' +
        'disagreements.redirected (with the successor id in "to"); removing an id is a major change (docs/guides/versioning.md).',
    );

    // The CLI exits 1 and prints the same message.
    const run = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(ROOT, 'scripts', 'validate.ts'), '--data', dir, '--sources', SOURCES], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`published id "${id}" is missing from data/disagreements.yaml`);
    expect(run.stdout).toContain('[id-lock]');
  }, 60_000);

  it('passes once the lock records the id as deprecated with a reason', () => {
    const dir = copyData();
    temporary.push(dir);
    const id = String(firstRecord('disagreements')['id']);
    editRecord(dir, 'disagreements', id, () => undefined);
    writeLock(dir, (lock) => {
      lock.datasets.disagreements.ids = lock.datasets.disagreements.ids.filter((item) => item !== id);
      lock.datasets.disagreements.deprecated.push({ id, reason: 'Merged into the general discussion of the pledge.' });
    });
    expect(lockIssues(dir)).toEqual([]);
  }, 60_000);

  it('fails when a redirect points at an id that does not exist, and when a retired id is reused', () => {
    const dir = copyData();
    temporary.push(dir);
    const id = String(firstRecord('disagreements')['id']);
    writeLock(dir, (lock) => {
      lock.datasets.disagreements.ids = lock.datasets.disagreements.ids.filter((item) => item !== id);
      lock.datasets.disagreements.redirected.push({ id: 'old-disagreement', to: 'no-such-disagreement' });
      lock.datasets.disagreements.deprecated.push({ id, reason: 'Retired, yet the record is still there.' });
    });
    const messages = lockIssues(dir).map((issue) => issue.message);
    expect(messages.some((message) => message.includes('"old-disagreement" is redirected to "no-such-disagreement", which is not in data/disagreements.yaml'))).toBe(true);
    expect(messages.some((message) => message.includes(`id "${id}" was retired`))).toBe(true);
  }, 60_000);
});

describe('npm run id-lock', () => {
  it('--update adds new ids and keeps retired ones; --check fails while an id is not locked', () => {
    const dir = copyData();
    temporary.push(dir);
    const place = firstRecord('places');
    // A new place: copy an existing one under a new id (validation is not the point here).
    const file = path.join(dir, 'places.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n- ${JSON.stringify({ ...place, id: 'brand-new-place' })}\n`);
    const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
    const script = path.join(ROOT, 'scripts', 'id-lock.ts');
    const check = spawnSync(tsx, [script, '--check', '--data', dir], { encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('not locked yet: places: brand-new-place');
    execFileSync(tsx, [script, '--update', '--data', dir], { encoding: 'utf8' });
    expect(readIdLock(dir)?.datasets.places.ids).toContain('brand-new-place');
    expect(spawnSync(tsx, [script, '--check', '--data', dir], { encoding: 'utf8' }).status).toBe(0);
  }, 60_000);
});

describe('checkIdLock and updateIdLock', () => {
  const data = { sources: [], people: [{ id: 'a' }], organizations: [], places: [], posts: [], agreements: [], visits: [{ id: 'v', engagements: [{ id: 'e' }] }], commitments: [], disagreements: [] };
  const present: PresentIds = presentIds(data);

  it('updateIdLock locks every present id, engagements included, sorted', () => {
    const lock = updateIdLock(undefined, present);
    expect(lock.datasets.people.ids).toEqual(['a']);
    expect(lock.datasets.engagements.ids).toEqual(['e']);
    expect(IdLock.parse(lock)).toEqual(lock);
    expect(checkIdLock(lock, present)).toEqual([]);
  });

  it('a missing engagement id is reported against engagements, pointing at data/visits.yaml', () => {
    const lock = updateIdLock(undefined, present);
    const problems = checkIdLock(lock, presentIds({ ...data, visits: [{ id: 'v', engagements: [] }] }));
    expect(problems.map((problem) => [problem.dataset, problem.id])).toEqual([['engagements', 'e']]);
    expect(problems[0]?.message).toContain('missing from data/visits.yaml');
  });
});
