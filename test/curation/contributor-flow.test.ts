/**
 * The contributor guide, end to end: a new article (the fictional fixture) is registered with
 * `source:add`, its records are added as YAML only (the files in
 * test/fixtures/curation/contribution are what a curator writes from the templates), and then
 * validation, the build, the query API and the release-notes diff all show the new records.
 * No TypeScript is edited on the way.
 */
import { appendFileSync, chmodSync, cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createQuery } from '../../src/query/index.js';
import { Dataset } from '../../src/schema/index.js';
import { FIXTURE_ARTICLE, FIXTURE_DIR, REPO_ROOT, runScript } from './helpers.js';

const CONTRIBUTION = path.join(FIXTURE_DIR, 'contribution');
const REAL_SOURCES = process.env['KDC_SOURCES_DIR'] || path.resolve(REPO_ROOT, '..', 'shared', 'sources');
const NEW_IDS = ['wekesa-ghana-visit-2031', 'otieno-mfano-ghana-delegation-2031', 'kenya-ghana-naval-cooperation-mou-2031'];

let work: string;
let dataDir: string;
let sourcesDir: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'kdc-contributor-'));
  dataDir = path.join(work, 'data');
  sourcesDir = path.join(work, 'sources');
  cpSync(path.join(REPO_ROOT, 'data'), dataDir, { recursive: true });
  cpSync(REAL_SOURCES, sourcesDir, { recursive: true });
  // CI lays ../shared out read-only, and the copy keeps the modes; the workspace must be writable.
  chmodSync(sourcesDir, 0o755);
  for (const file of readdirSync(sourcesDir)) chmodSync(path.join(sourcesDir, file), 0o644);
});

describe('adding a source article without editing TypeScript', { timeout: 120_000 }, () => {
  it('step 1: source:add registers the article and writes templates', () => {
    const result = runScript('source-add.ts', [
      FIXTURE_ARTICLE,
      '--published', '2031-03-14',
      '--description', 'Fictional test article: a Kenya–Ghana naval visit and agreement.',
      '--data', dataDir,
      '--sources', sourcesDir,
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Added source "fixture-article"');
    expect(readFileSync(path.join(dataDir, 'sources.yaml'), 'utf8')).toContain('id: fixture-article');
    expect(readFileSync(path.join(dataDir, 'templates', 'fixture-article.yaml'), 'utf8')).toContain('visits.yaml:');
  });

  it('step 2: the curator\'s YAML records validate, with the new source\'s coverage reported', () => {
    for (const file of readdirSync(CONTRIBUTION)) appendFileSync(path.join(dataDir, file), readFileSync(path.join(CONTRIBUTION, file), 'utf8'));
    const result = runScript('validate.ts', ['--data', dataDir, '--sources', sourcesDir]);
    expect(result.stdout).toMatch(/^✓ 9 datasets, 86 records valid$/m);
    expect(result.stdout).toMatch(/^coverage {2}fixture-article {2}\d+\/\d+ factual sentences cited/m);
    expect(result.status).toBe(0);
  });

  it('step 3: the build writes the new records, and the query API finds them', () => {
    const out = path.join(work, 'generated');
    const result = runScript('build-data.ts', ['--data', dataDir, '--sources', sourcesDir, '--out', out]);
    expect(result.status).toBe(0);
    const built = Dataset.parse(JSON.parse(readFileSync(path.join(out, 'data', 'dataset.json'), 'utf8')));
    const query = createQuery(built);
    expect(query.visits({ country: 'GH' }).map((visit) => visit.id).sort()).toEqual(['otieno-mfano-ghana-delegation-2031', 'wekesa-ghana-visit-2031']);
    expect(query.agreements({ parties: ['GH'] }).map((agreement) => agreement.id)).toEqual(['kenya-ghana-naval-cooperation-mou-2031']);
    expect(query.visits({ country: 'GH', status: 'planned' }).map((visit) => visit.id)).toEqual(['otieno-mfano-ghana-delegation-2031']);
  });

  it('step 4: the release-notes diff lists every new record by id, as a minor release', () => {
    const result = runScript('release-notes.ts', ['--from', path.join(REPO_ROOT, 'data'), '--to', dataDir]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Suggested bump: **minor**');
    for (const id of [...NEW_IDS, 'fixture-article', 'amani-wekesa', 'accra']) expect(result.stdout).toContain(`Added \`${id}\``);
  });
});
