import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bumpFor, diffData } from '../../src/release/diff.js';
import { copyData, DATA_DIR, editRecord, firstRecord, ROOT } from './helpers.js';

const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function releaseNotes(args: readonly string[]): string {
  return execFileSync(TSX, [path.join(ROOT, 'scripts', 'release-notes.ts'), ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('release-notes', () => {
  it('prints a corrected record by id and field with old → new, and suggests a patch', () => {
    const dir = copyData();
    temporary.push(dir);
    const visit = firstRecord('visits');
    const id = String(visit['id']);
    const title = String(visit['title']);
    editRecord(dir, 'visits', id, (record) => ({ ...record, title: `${title} (corrected)` }));
    const notes = releaseNotes(['--from', DATA_DIR, '--to', dir]);
    expect(notes).toContain('Suggested bump: **patch**');
    expect(notes).toContain(`- Changed \`${id}\``);
    expect(notes).toContain(`  - \`title\`: ${JSON.stringify(title)} → ${JSON.stringify(`${title} (corrected)`)}`);
    // A value changed without a citation change: the policy asks for a new citation.
    expect(notes).toContain(`visits ${id}: values changed without a new or changed citation`);
  }, 60_000);

  it('writes a changeset with the bump the policy implies (major for a removed id)', () => {
    const dir = copyData();
    const changesets = mkdtempSync(path.join(tmpdir(), 'kdc-changesets-'));
    temporary.push(dir, changesets);
    const disagreement = String(firstRecord('disagreements')['id']);
    editRecord(dir, 'disagreements', disagreement, () => undefined);
    const notes = releaseNotes(['--from', DATA_DIR, '--to', dir, '--changeset', '--changeset-dir', changesets]);
    expect(notes).toContain(`- Removed \`${disagreement}\``);
    const [file] = readdirSync(changesets);
    expect(file).toMatch(/^data-[0-9a-f]{8}\.md$/);
    const text = readFileSync(path.join(changesets, file ?? ''), 'utf8');
    expect(text.startsWith('---\n"kenya-defence-cooperation": major\n---\n')).toBe(true);
    expect(text).toContain(disagreement);
  }, 60_000);

  it('compares with HEAD by default and finds nothing when the data is unchanged', () => {
    const status = execFileSync('git', ['-C', ROOT, 'status', '--porcelain', '--', 'data'], { encoding: 'utf8' });
    const notes = releaseNotes([]);
    if (status.trim() === '') expect(notes).toContain('No data changes.');
    else expect(notes).toMatch(/^## Data changes: \S+ → working tree/);
  }, 60_000);
});

describe('diffData and bumpFor', () => {
  const base = {
    visits: [{ id: 'v1', title: 'Visit', when: { value: '2024-01', citations: [{ source: 's', quote: 'in January' }] }, engagements: [{ id: 'e1', title: 'Talks' }] }],
  };

  it('reports nested changes by path and asks for nothing more when a citation changed too', () => {
    const after = structuredClone(base);
    const visit = after.visits[0];
    if (visit) visit.when = { value: '2024-01-15', citations: [{ source: 's', quote: 'on January 15' }] };
    const diff = diffData(base, after);
    expect(diff.datasets.visits.changed[0]?.changes).toEqual([
      { path: 'when.value', before: '2024-01', after: '2024-01-15' },
      { path: 'when.citations[0].quote', before: 'in January', after: 'on January 15' },
    ]);
    const decision = bumpFor(diff);
    expect(decision.bump).toBe('patch');
    expect(decision.warnings).toEqual([]);
  });

  it('treats engagements as records of their own: a new one is minor, a removed one major', () => {
    const added = structuredClone(base);
    added.visits[0]?.engagements.push({ id: 'e2', title: 'Lecture' });
    expect(diffData(base, added).datasets.engagements.added).toEqual([{ id: 'e2', label: 'Lecture' }]);
    expect(bumpFor(diffData(base, added)).bump).toBe('minor');
    expect(bumpFor(diffData(added, base)).bump).toBe('major');
  });

  it('calls a changed field type major and a new optional field minor', () => {
    const retyped = { visits: [{ ...base.visits[0], title: { text: 'Visit' } }] };
    expect(bumpFor(diffData(base, retyped)).bump).toBe('major');
    const extended = { visits: [{ ...base.visits[0], durationDays: { value: 4, citations: [] } }] };
    const decision = bumpFor(diffData(base, extended));
    expect(decision.bump).toBe('minor');
    expect(decision.reasons.join('\n')).toContain('new field(s) in use: durationDays');
  });
});
