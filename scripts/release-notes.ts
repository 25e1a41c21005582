/**
 * `npm run release-notes [-- --from SPEC] [--to SPEC] [--changeset]`: what changed in the data,
 * by dataset and id, field by field, as Markdown, with the bump the versioning policy implies.
 *
 * SPEC is a git revision (tag, branch, HEAD), a directory (data/*.yaml, generated/data, a
 * package's dist/data) or an npm tarball (.tgz). Defaults: --from is the last tag, or HEAD when
 * there is none; --to is the working data/ directory. With --changeset the summary is written as
 * a new .changeset/*.md with that bump, ready for `changeset version`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bumpFor, diffData, formatReleaseNotes } from '../src/release/diff.js';
import { lastTag, loadVersion } from './release/load-version.js';

const USAGE = 'usage: release-notes [--from SPEC] [--to SPEC] [--changeset] [--changeset-dir DIR]';
const root = path.resolve(import.meta.dirname, '..');

let values: { from?: string; to?: string; changeset?: boolean; 'changeset-dir'?: string };
try {
  ({ values } = parseArgs({
    options: { from: { type: 'string' }, to: { type: 'string' }, changeset: { type: 'boolean' }, 'changeset-dir': { type: 'string' } },
    strict: true,
  }));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
  process.exit(2);
}

try {
  const from = loadVersion(values.from ?? lastTag(root) ?? 'HEAD', root);
  const to = values.to === undefined ? { ...loadVersion(path.join(root, 'data'), root), label: 'working tree' } : loadVersion(values.to, root);
  const diff = diffData(from.data, to.data);
  const notes = formatReleaseNotes(diff, { from: from.label, to: to.label });
  process.stdout.write(notes);
  if (values.changeset) {
    const { bump } = bumpFor(diff);
    if (bump === 'none') {
      process.stderr.write('release-notes: no data changes; no changeset written\n');
    } else {
      const dir = path.resolve(values['changeset-dir'] ?? path.join(root, '.changeset'));
      const name = `data-${createHash('sha256').update(notes).digest('hex').slice(0, 8)}.md`;
      const pkg = 'kenya-defence-cooperation';
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, name), `---\n"${pkg}": ${bump}\n---\n\n${notes.replace(/^## .*\n\n/, '')}`, 'utf8');
      process.stderr.write(`release-notes: wrote ${path.relative(process.cwd(), path.join(dir, name))} (${bump})\n`);
    }
  }
} catch (error) {
  process.stderr.write(`release-notes: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
