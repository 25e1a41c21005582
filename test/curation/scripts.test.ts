import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { sha256Hex } from '../../src/curation/source-record.js';
import { Source } from '../../src/schema/source.js';
import { FIXTURE_ARTICLE, FIXTURE_DIR, runScript } from './helpers.js';

// Each test starts tsx processes, which take a few seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

let work: string;
let dataDir: string;
let sourcesDir: string;
let article: string;

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'kdc-curation-'));
  dataDir = path.join(work, 'data');
  sourcesDir = path.join(work, 'sources');
  cpSync(path.join(FIXTURE_DIR, 'data'), dataDir, { recursive: true });
  // The article arrives from elsewhere (a download folder), not yet in the sources directory.
  article = path.join(work, 'kenya-ghana-naval-visit.txt');
  copyFileSync(FIXTURE_ARTICLE, article);
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

const dirs = (): string[] => ['--data', dataDir, '--sources', sourcesDir];

describe('npm run source:add', () => {
  it('adds a source: copies the text, appends a cited record, keeps existing lines, writes templates', () => {
    const before = readFileSync(path.join(dataDir, 'sources.yaml'), 'utf8');
    const result = runScript('source-add.ts', [
      article,
      '--published', '2031-03-14',
      '--headline', 'Kenya, Ghana navies chart a new course at sea',
      '--publisher', 'Coastline Courier',
      ...dirs(),
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const bytes = readFileSync(FIXTURE_ARTICLE);
    expect(readFileSync(path.join(sourcesDir, 'kenya-ghana-naval-visit.txt'))).toEqual(bytes);

    const after = readFileSync(path.join(dataDir, 'sources.yaml'), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    const records = parse(after) as Record<string, unknown>[];
    expect(records).toHaveLength(2);
    expect(records[1]).toEqual({
      id: 'kenya-ghana-naval-visit',
      file: 'kenya-ghana-naval-visit.txt',
      sha256: sha256Hex(bytes),
      characters: bytes.toString('utf8').length,
      language: 'en',
      headline: {
        text: 'Kenya, Ghana navies chart a new course at sea',
        citations: [{ source: 'kenya-ghana-naval-visit', quote: 'Kenya, Ghana navies chart a new course at sea' }],
      },
      credit: { text: 'Coastline Courier', citations: [{ source: 'kenya-ghana-naval-visit', quote: 'Coastline Courier' }] },
      published: {
        value: '2031-03-14',
        asWritten: 'Friday, March 14, 2031',
        citations: [{ source: 'kenya-ghana-naval-visit', quote: 'Friday, March 14, 2031' }],
      },
    });
    // No description was given: the record says so in a comment instead of inventing one.
    expect(after.slice(before.length)).toMatch(/^# TODO: add "description: <one-line summary of the article>"/);

    const templates = readFileSync(path.join(dataDir, 'templates', 'kenya-ghana-naval-visit.yaml'), 'utf8');
    expect(Object.keys(parse(templates) as object)).toEqual(['visits.yaml', 'agreements.yaml', 'people.yaml', 'posts.yaml', 'commitments.yaml']);
    expect(templates).toContain('- source: kenya-ghana-naval-visit');
    expect(templates).toContain('asOf: 2031-03-14');
  });

  it('refuses a text that is already a source, naming the existing id', () => {
    expect(runScript('source-add.ts', [article, '--description', 'A fictional naval visit used by the tests.', ...dirs()]).status).toBe(0);
    const listed = readFileSync(path.join(dataDir, 'sources.yaml'), 'utf8');
    // With a description, the drafted record is a complete, valid Source.
    expect(Source.safeParse((parse(listed) as unknown[])[1]).success).toBe(true);
    // Same bytes under another name: still the same text.
    const renamed = path.join(work, 'copy-of-the-article.txt');
    copyFileSync(article, renamed);
    const again = runScript('source-add.ts', [renamed, ...dirs()]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('This text is already in data/sources.yaml as source "kenya-ghana-naval-visit" (file kenya-ghana-naval-visit.txt');
    expect(readFileSync(path.join(dataDir, 'sources.yaml'), 'utf8')).toBe(listed);
    expect(existsSync(path.join(sourcesDir, 'copy-of-the-article.txt'))).toBe(false);
  });

  it('leaves a TODO instead of a published date it cannot find printed', () => {
    const result = runScript('source-add.ts', [article, '--published', '2031-03-13', ...dirs()]);
    expect(result.status).toBe(0);
    const after = readFileSync(path.join(dataDir, 'sources.yaml'), 'utf8');
    expect(after).toContain('# TODO: --published 2031-03-13 was given but the text does not print that date');
    expect((parse(after) as Record<string, unknown>[])[1]).not.toHaveProperty('published');
  });

  it('refuses a headline the text does not print, and an id that breaks the rule', () => {
    const headline = runScript('source-add.ts', [article, '--headline', 'Kenya and Ghana navies chart a new course', ...dirs()]);
    expect(headline.status).toBe(1);
    expect(headline.stderr).toContain('The headline "Kenya and Ghana navies chart a new course" does not occur in the text');
    const id = runScript('source-add.ts', [article, '--id', 'Kenya_Ghana', ...dirs()]);
    expect(id.status).toBe(1);
    expect(id.stderr).toContain('"Kenya_Ghana" is not a valid source id');
    expect(existsSync(sourcesDir)).toBe(false); // refusals write nothing
  });

  it('refuses an id already taken', () => {
    const result = runScript('source-add.ts', [article, '--id', 'fictional-earlier-article', ...dirs()]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('The id "fictional-earlier-article" is already taken');
  });
});

describe('npm run quote', () => {
  it('prints the exact text and a citation for a listed source id', () => {
    expect(runScript('source-add.ts', [article, ...dirs()]).status).toBe(0);
    const result = runScript('quote.ts', ['kenya-ghana-naval-visit', 'covering 2031-2036', ...dirs()]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('line 12, column');
    expect(result.stdout).toContain('- source: kenya-ghana-naval-visit\n  quote: "covering 2031–2036"\n');
  });

  it('reads KDC_SOURCES_DIR and accepts a file path', () => {
    expect(runScript('source-add.ts', [article, ...dirs()]).status).toBe(0);
    const viaEnv = runScript('quote.ts', ['kenya-ghana-naval-visit', 'GNS Imaginary', '--data', dataDir], { KDC_SOURCES_DIR: sourcesDir });
    expect(viaEnv.status).toBe(0);
    const viaFile = runScript('quote.ts', [FIXTURE_ARTICLE, 'GNS Imaginary', '--data', dataDir]);
    expect(viaFile.stdout).toContain('- source: fixture-article');
  });

  it('exits 1 with the nearest partial match when the phrase is not there', () => {
    const result = runScript('quote.ts', [FIXTURE_ARTICLE, 'held talks in Tema with his Ghanaian counterpart', '--data', dataDir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Not found: "held talks in Tema with his Ghanaian counterpart" does not occur');
    expect(result.stderr).toContain('Nearest partial match: the words "with his Ghanaian counterpart"');
  });

  it('points out a match that differs only in case', () => {
    const result = runScript('quote.ts', [FIXTURE_ARTICLE, 'the commander of the kenya navy', '--data', dataDir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('It occurs with different capitals at line 6: "the Commander of the Kenya Navy"');
  });
});

describe('npm run date', () => {
  it('prints the value, the reasoning and a DateClaim to paste', () => {
    const result = runScript('date.ts', ['last month', '--published', '2031-03-14', '--source', 'kenya-ghana-naval-visit']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('value:        2031-02');
    expect(result.stdout).toContain('precision:    month');
    const snippet = result.stdout.slice(result.stdout.indexOf('value: 2031-02'));
    expect(parse(snippet)).toEqual({
      value: '2031-02',
      asWritten: 'last month',
      inference: {
        method: 'relative-to-publication',
        reasoning: "'last month' relative to the publication date 2031-03-14 is February 2031.",
        anchor: '2031-03-14',
      },
      citations: [],
    });
    expect(snippet).toContain('citations: [] # TODO: cite the sentence with the date: npm run quote -- kenya-ghana-naval-visit');
  });

  it('takes --tense and --year-range', () => {
    expect(runScript('date.ts', ['on Monday', '--published', '2031-03-14', '--tense', 'past']).stdout).toContain('value:        2031-03-10');
    const weekday = runScript('date.ts', ['Saturday, February 3', '--year-range', '2010-2026']);
    expect(weekday.stdout).toContain('alternatives: 2018-02-03?');
  });

  it('exits 2 with the reason when the phrase is ambiguous', () => {
    const result = runScript('date.ts', ['on Monday', '--published', '2031-03-14']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Refused (needs-tense)');
    expect(result.stderr).toContain('--tense on the command line');
    const vague = runScript('date.ts', ['weeks']);
    expect(vague.status).toBe(2);
    expect(vague.stderr).toContain('too vague to date');
  });

  it('exits 1 on a usage error', () => {
    const result = runScript('date.ts', ['on Monday', '--tense', 'sometime']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--tense must be "past" or "future"');
  });
});

// Keep the fixture honest: it must stay a fictional article, never one of the real sources.
it('the fixture article declares itself fictional', () => {
  const text = readFileSync(FIXTURE_ARTICLE, 'utf8');
  expect(text.startsWith('[FICTIONAL TEST ARTICLE')).toBe(true);
});
