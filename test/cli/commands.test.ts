import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/errors.js';
import { COMMANDS } from '../../src/cli/run.js';
import { LIST_NAMES, LISTS } from '../../src/cli/commands/datasets.js';
import { filterField } from '../../src/cli/options.js';
import { dataset } from '../../src/datasets/all.js';
import { datasetInfo } from '../../src/release/dataset-info.js';
import { createQuery, query, QueryError, type QueryRecordKind } from '../../src/query/index.js';
import { cli, REPO_ROOT } from './helpers.js';

/** csv-parse's rows as arrays of strings, header first. */
function parseCsv(text: string): string[][] {
  return parse(text) as string[][];
}

function parseNdjson(text: string): unknown[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);
}

function ids(items: unknown): string[] {
  return (items as { id: string }[]).map((item) => item.id);
}

describe('list', () => {
  it('list visits --country KE --format json gives exactly the query API\'s records, in its order', async () => {
    const result = await cli(['list', 'visits', '--country', 'KE', '--format', 'json']);
    expect(result.code).toBe(0);
    const expected = query.visits({ country: 'KE' });
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(JSON.parse(result.stdout))).toEqual(expected.map((visit) => visit.id));
    // Whole records, not a projection.
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('passes every filter and the date range to the query API', async () => {
    const cases: [string[], readonly { id: string }[]][] = [
      [['visits', '--country', 'KE', '--from', '2024-01', '--to', '2024-01-31'], query.visits({ country: 'KE', from: '2024-01', to: '2024-01-31' })],
      [['visits', '--during', '2024-01', '--match', 'within'], query.visits({ during: '2024-01', match: 'within' })],
      [['visits', '--person', 'aden-duale'], query.visits({ person: 'aden-duale' })],
      [['visits', '--place', 'nairobi', '--status', 'took-place'], query.visits({ place: 'nairobi', status: 'took-place' })],
      [['visits', '--country', 'RW,SA'], query.visits({ country: ['RW', 'SA'] })],
      [['visits', '--country', 'RW', '--country', 'SA'], query.visits({ country: ['RW', 'SA'] })],
      [['agreements', '--country', 'RW'], query.agreements({ country: 'RW' })],
      [['agreements', '--topic', 'counterterrorism'], query.agreements({ topic: 'counterterrorism' })],
      [['commitments', '--kind', 'funding'], query.commitments({ kind: 'funding' })],
      [['people', '--country', 'RW'], query.people({ country: 'RW' })],
      [['organizations', '--country', 'US'], query.organizations({ country: 'US' })],
      [['posts', '--country', 'KE', '--role', 'Cabinet Secretary for Defence'], query.posts({ country: 'KE', role: 'Cabinet Secretary for Defence' })],
      [['agreements', '--parties', 'KE,RW'], query.agreements({ parties: ['KE', 'RW'] })],
      [['agreements', '--parties', 'KE', '--parties', 'US'], query.agreements({ parties: ['KE', 'US'] })],
      [['visits', '--origin', 'KE'], query.visits({ origin: 'KE' })],
      [['visits', '--destination', 'KE,RW'], query.visits({ destination: ['KE', 'RW'] })],
      [['visits', '--origin', 'US', '--destination', 'KE'], query.visits({ origin: 'US', destination: 'KE' })],
      [['engagements', '--origin', 'KE', '--destination', 'US'], query.engagements({ origin: 'KE', destination: 'US' }).map((row) => row.engagement)],
      [['visits', '--person', 'aden-duale', '--roles', 'lead'], query.visits({ person: 'aden-duale', roles: ['lead'] })],
      [['engagements', '--person', 'lloyd-austin', '--roles', 'counterpart'], query.engagements({ person: 'lloyd-austin', roles: ['counterpart'] }).map((row) => row.engagement)],
      [['commitments', '--person', 'lloyd-austin', '--roles', 'pledger'], query.commitments({ person: 'lloyd-austin', roles: ['pledger'] })],
      [['organizations', '--parent', 'rwanda-defence-force'], query.organizations({ parent: 'rwanda-defence-force' })],
      [['places', '--within', 'nairobi'], query.places({ within: 'nairobi' })],
      [['places', '--country', 'RW', '--kind', 'venue'], query.places({ country: 'RW', kind: 'venue' })],
      [['visits', '--organization', 'united-states-africa-command'], query.visits({ organization: 'united-states-africa-command' })],
      [['visits', '--organization', 'central-intelligence-agency', '--via-post-holders', 'false'], query.visits({ organization: 'central-intelligence-agency', viaPostHolders: false })],
      [['engagements', '--organization', 'kenya-defence-forces', '--via-post-holders', 'true'], query.engagements({ organization: 'kenya-defence-forces', viaPostHolders: true }).map((row) => row.engagement)],
      [['commitments', '--country', 'US', '--roles', 'pledger'], query.commitments({ country: 'US', roles: ['pledger'] })],
      [['disagreements', '--kind', 'visit,agreement'], query.disagreements({ kind: ['visit', 'agreement'] })],
      [['disagreements', '--source', 'duale-us-trip-2024', '--resolution', 'unresolved'], query.disagreements({ source: 'duale-us-trip-2024', resolution: 'unresolved' })],
      [['sources'], query.sources()],
    ];
    for (const [args, expected] of cases) {
      const result = await cli(['list', ...args, '--format', 'json']);
      expect(result.code, args.join(' ')).toBe(0);
      expect(ids(JSON.parse(result.stdout)), args.join(' ')).toEqual(expected.map((record) => record.id));
    }
  });

  it('has exactly the query API\'s filter fields for each dataset it filters', async () => {
    for (const name of LIST_NAMES) {
      const spec = LISTS[name];
      if (spec.filters.length === 0) continue;
      // The query names the fields it accepts when refusing one it does not know.
      let accepted: string[] = [];
      try {
        // A string-id query, as the CLI's own (fetch takes any ids).
        spec.fetch(createQuery(dataset, { validate: false }), { unknownField: true });
      } catch (error) {
        expect(error, name).toBeInstanceOf(QueryError);
        accepted = [...((error as Error).message.split('Accepted: ')[1] ?? '').matchAll(/"([a-zA-Z]+)"/g)].map((match) => match[1] ?? '');
      }
      const flags = [...spec.filters, ...(spec.dated ? ['from', 'to', 'during', 'match'] : [])].map(filterField);
      expect(flags.sort(), name).toEqual(accepted.sort());
    }
  });

  it('--parties needs every country (AND), --country any of them (OR)', async () => {
    const ids = async (args: string[]): Promise<string[]> => (JSON.parse((await cli(['list', 'agreements', ...args, '--format', 'json'])).stdout) as { id: string }[]).map((item) => item.id);
    expect(await ids(['--parties', 'KE,RW'])).toEqual(['kenya-rwanda-defence-cooperation-agreement']);
    expect((await ids(['--country', 'KE,RW'])).length).toBeGreaterThan(1);
  });

  it('--roles narrows --person to the parts the person takes', async () => {
    const count = async (args: string[]): Promise<number> => (JSON.parse((await cli(['list', ...args, '--format', 'json'])).stdout) as unknown[]).length;
    expect(await count(['visits', '--person', 'aden-duale', '--roles', 'lead'])).toBeLessThan(await count(['visits', '--person', 'aden-duale']));
    expect(await count(['engagements', '--person', 'lloyd-austin', '--roles', 'counterpart'])).toBeLessThan(await count(['engagements', '--person', 'lloyd-austin']));
    expect(await count(['commitments', '--person', 'lloyd-austin', '--roles', 'recipient'])).toBeLessThan(await count(['commitments', '--person', 'lloyd-austin']));
    // For commitments it sets the side of a country too.
    expect(await count(['commitments', '--country', 'US', '--roles', 'pledger'])).toBeLessThan(await count(['commitments', '--country', 'US']));
  });

  it('lists engagements with the id of their visit', async () => {
    const result = await cli(['list', 'engagements', '--person', 'aden-duale', '--format', 'json']);
    const items = JSON.parse(result.stdout) as { id: string; visit: string }[];
    const expected = query.engagements({ person: 'aden-duale' });
    expect(items.map((item) => [item.id, item.visit])).toEqual(expected.map((row) => [row.engagement.id, row.visit.id]));
  });

  it.each(LIST_NAMES)('lists %s in every format, the same records in each', async (name) => {
    const json = await cli(['list', name, '--format', 'json']);
    expect(json.code).toBe(0);
    const fromJson = ids(JSON.parse(json.stdout));
    expect(fromJson.length).toBeGreaterThan(0);
    const ndjson = await cli(['list', name, '--format', 'ndjson']);
    expect(ids(parseNdjson(ndjson.stdout))).toEqual(fromJson);
    const csv = parseCsv((await cli(['list', name, '--format', 'csv'])).stdout);
    expect(csv[0]).toEqual(LISTS[name].defaults);
    expect(csv.slice(1).map((row) => row[0])).toEqual(fromJson);
    const table = (await cli(['list', name])).stdout.split('\n');
    expect(table[0]?.split(/\s{2,}/)).toEqual(LISTS[name].defaults);
    expect(table[1]).toMatch(/^-+(\s+-+)*$/);
    expect(table.filter((line) => line !== '').length).toBe(fromJson.length + 2);
  });

  it('lists every record of each dataset when unfiltered', async () => {
    for (const name of LIST_NAMES) {
      const result = await cli(['list', name, '--format', 'json']);
      const expected = name === 'engagements' ? dataset.visits.reduce((sum, visit) => sum + visit.engagements.length, 0) : dataset[name].length;
      expect(JSON.parse(result.stdout), name).toHaveLength(expected);
    }
  });

  it('--fields projects every format onto the same columns', async () => {
    const json = JSON.parse((await cli(['list', 'visits', '--fields', 'id,date,title', '--format', 'json'])).stdout) as Record<string, unknown>[];
    expect(Object.keys(json[0] ?? {})).toEqual(['id', 'date', 'title']);
    const csv = parseCsv((await cli(['list', 'visits', '--fields', 'id,date,title', '--format', 'csv'])).stdout);
    expect(csv[0]).toEqual(['id', 'date', 'title']);
    expect(csv.slice(1)).toEqual(json.map((item) => [item.id, item.date, item.title]));
  });

  it('--limit keeps the first N records in order', async () => {
    const all = ids(JSON.parse((await cli(['list', 'visits', '--format', 'json'])).stdout));
    const some = ids(JSON.parse((await cli(['list', 'visits', '--limit', '3', '--format', 'json'])).stdout));
    expect(some).toEqual(all.slice(0, 3));
  });

  it('CSV keeps full cells (quotes, commas) that the table cuts', async () => {
    const csv = parseCsv((await cli(['list', 'sources', '--fields', 'id,description', '--format', 'csv'])).stdout);
    expect(csv.slice(1)).toEqual(dataset.sources.map((source) => [source.id, source.description]));
    const table = (await cli(['list', 'sources', '--fields', 'id,description'])).stdout;
    expect(table).toContain('…');
    for (const line of table.split('\n')) expect(line).toBe(line.trimEnd());
  });

  it('an empty result is exit 0, prints no table rows, and says "0 records" on stderr', async () => {
    const table = await cli(['list', 'visits', '--country', 'KE', '--during', '1990']);
    expect(table).toEqual({ code: 0, stdout: '', stderr: '0 records\n' });
    const json = await cli(['list', 'visits', '--country', 'KE', '--during', '1990', '--format', 'json']);
    expect(json.stdout).toBe('[]\n');
    const csv = await cli(['list', 'visits', '--country', 'KE', '--during', '1990', '--format', 'csv']);
    expect(parseCsv(csv.stdout)).toEqual([LISTS.visits.defaults]);
  });
});

describe('show', () => {
  it('shows a record of each kind with every citation, resolved to its source', async () => {
    const samples: [string, string][] = [
      ['visit', dataset.visits[0]?.id ?? ''],
      ['engagement', dataset.visits[0]?.engagements[0]?.id ?? ''],
      ['agreement', dataset.agreements[0]?.id ?? ''],
      ['commitment', dataset.commitments[0]?.id ?? ''],
      ['person', 'aden-duale'],
      ['organization', 'kenya-defence-forces'],
      ['place', 'nairobi'],
      ['post', dataset.posts[0]?.id ?? ''],
      ['source', dataset.sources[0]?.id ?? ''],
      ['disagreement', dataset.disagreements[0]?.id ?? ''],
    ];
    for (const [kind, id] of samples) {
      const result = await cli(['show', id, '--format', 'json']);
      expect(result.code, id).toBe(0);
      const shown = JSON.parse(result.stdout) as { kind: string; id: string; citations: { path: string; quote: string; source: { id: string; title: string; date: string; dateInferred: boolean } }[] };
      expect(shown.kind).toBe(kind);
      expect(shown.id).toBe(id);
      // A string-id query: the kinds and ids here are data, not literals.
      const expected = createQuery(dataset, { validate: false }).citationsOf(kind as QueryRecordKind, id);
      expect(shown.citations.map((citation) => [citation.path, citation.source.id, citation.quote])).toEqual(expected.map((citation) => [citation.path, citation.source.id, citation.quote]));
      for (const citation of shown.citations) {
        expect(citation.source.title.length).toBeGreaterThan(0);
        expect(citation.source.date).toMatch(/^\d{4}/);
        const source = dataset.sources.find((candidate) => candidate.id === citation.source.id);
        expect(citation.source.dateInferred).toBe(source?.published === undefined);
      }
    }
  });

  it('shows an engagement with its visit, and the table view lists quotes in full', async () => {
    const result = await cli(['show', 'kahariri-meets-muganga']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('engagement kahariri-meets-muganga (in visit kahariri-rwanda-working-visit-2025)');
    const citations = query.citationsOf('engagement', 'kahariri-meets-muganga');
    // One entry per distinct quote, naming every fact it supports.
    const quotes = new Set(citations.map((citation) => JSON.stringify([citation.source.id, citation.quote, citation.note ?? null])));
    expect(result.stdout).toContain(`citations (${quotes.size}):`);
    for (const citation of citations) expect(result.stdout).toContain(citation.quote.split('\n')[0]);
    const heads = result.stdout.split('\n').filter((line) => /^\[\d+\] /.test(line));
    for (const citation of citations) expect(heads.some((head) => head.split(' — ')[0]?.replace(/^\[\d+\] /, '').split(', ').includes(citation.path === '.' ? 'record' : citation.path))).toBe(true);
  });

  it('csv gives one row per citation with source title and date', async () => {
    const rows = parseCsv((await cli(['show', 'aden-duale', '--format', 'csv'])).stdout);
    expect(rows[0]).toEqual(['kind', 'id', 'path', 'source', 'source_date', 'source_date_inferred', 'source_title', 'quote', 'note']);
    expect(rows).toHaveLength(query.citationsOf('person', 'aden-duale').length + 1);
  });

  it('an unknown id exits 1 and names the nearest ids', async () => {
    const result = await cli(['show', 'aden-dual']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: no record has the id "aden-dual"\. Nearest ids: aden-duale/);
  });

  it('an unknown id that is a name or abbreviation names the record called so first', async () => {
    // "AFRICOM" and "KDF" are abbreviations the articles print; "kahariri" a name.
    expect((await cli(['show', 'africom'])).stderr).toMatch(/Nearest ids: united-states-africa-command, /);
    expect((await cli(['show', 'KDF', '--kind', 'organization'])).stderr).toMatch(/Nearest ids: kenya-defence-forces, /);
    expect((await cli(['show', 'kahariri'])).stderr).toMatch(/Nearest ids: charles-muriu-kahariri, /);
  });

  it('--kind narrows the lookup and is checked', async () => {
    expect((await cli(['show', 'aden-duale', '--kind', 'person'])).code).toBe(0);
    const wrongKind = await cli(['show', 'aden-duale', '--kind', 'visit']);
    expect(wrongKind.code).toBe(1);
    expect(wrongKind.stderr).toContain('no visit has the id "aden-duale"');
    const badKind = await cli(['show', 'aden-duale', '--kind', 'persn']);
    expect(badKind.code).toBe(2);
    expect(badKind.stderr).toContain('Did you mean "person"?');
  });
});

describe('search, timeline, as-of, status, versions', () => {
  it('search that finds nothing says so on stderr, with the spellings that find something', async () => {
    const typo = await cli(['search', 'langly', '--format', 'json']);
    expect([typo.code, typo.stdout.trim(), typo.stderr]).toEqual([0, '[]', '0 hits. Did you mean "langley"?\n']);
    const nothingNear = await cli(['search', 'xyzzy']);
    expect([nothingNear.code, nothingNear.stderr]).toEqual([0, '0 hits\n']);
    // The suggestion keeps to the kinds asked for.
    expect((await cli(['search', 'langly', '--kind', 'commitment'])).stderr).toBe('0 hits\n');
  });

  it('search returns the query\'s hits in every format', async () => {
    const expected = query.search('kdf');
    const json = JSON.parse((await cli(['search', 'kdf', '--format', 'json'])).stdout) as unknown[];
    expect(json).toEqual(JSON.parse(JSON.stringify(expected)));
    const csv = parseCsv((await cli(['search', 'kdf', '--format', 'csv'])).stdout);
    expect(csv[0]).toEqual(['kind', 'id', 'field', 'score', 'text', 'path']);
    expect(csv.slice(1).map((row) => row[1])).toEqual(expected.map((hit) => hit.id));
    const phrase = JSON.parse((await cli(['search', 'manda', 'bay', '--kind', 'place', '--format', 'json'])).stdout) as { id: string }[];
    expect(phrase.map((hit) => hit.id)).toEqual(query.search('manda bay', { kinds: ['place'] }).map((hit) => hit.id));
    const none = await cli(['search', 'zzzzqq']);
    expect(none).toEqual({ code: 0, stdout: '', stderr: '0 hits\n' });
  });

  it('timeline gives the query\'s events for a country, person or organization', async () => {
    for (const [flag, value] of [['--country', 'RW'], ['--person', 'aden-duale'], ['--organization', 'united-states-africa-command']] as const) {
      const json = JSON.parse((await cli(['timeline', flag, value, '--format', 'json'])).stdout) as { key: string }[];
      const subject = { [flag.slice(2)]: value } as { country: 'RW' };
      expect(json.map((event) => event.key)).toEqual(query.timeline(subject).map((event) => event.key));
    }
    const ranged = JSON.parse((await cli(['timeline', '--person', 'aden-duale', '--from', '2024', '--format', 'json'])).stdout) as { key: string }[];
    expect(ranged.map((event) => event.key)).toEqual(query.timeline({ person: 'aden-duale', from: '2024' }).map((event) => event.key));
    const own = JSON.parse((await cli(['timeline', '--organization', 'united-states-africa-command', '--via-post-holders', 'false', '--format', 'json'])).stdout) as { key: string }[];
    expect(own.map((event) => event.key)).toEqual(query.timeline({ organization: 'united-states-africa-command', viaPostHolders: false }).map((event) => event.key));
    expect(own.length).toBeLessThan(query.timeline({ organization: 'united-states-africa-command' }).length);
    const done = JSON.parse((await cli(['timeline', '--person', 'aden-duale', '--include-planned', 'false', '--format', 'json'])).stdout) as { key: string }[];
    expect(done.map((event) => event.key)).toEqual(query.timeline({ person: 'aden-duale', includePlanned: false }).map((event) => event.key));
    const trips = JSON.parse((await cli(['timeline', '--person', 'aden-duale', '--kind', 'visit,post-attestation', '--format', 'json'])).stdout) as { key: string }[];
    expect(trips.map((event) => event.key)).toEqual(query.timeline({ person: 'aden-duale', kind: ['visit', 'post-attestation'] }).map((event) => event.key));
    expect(new Set(trips.map((event) => event.key.split(':')[0]))).toEqual(new Set(['visit', 'post']));
    // csv names each event's sources: the same step reported by two sources is two rows, told apart there.
    const csv = parseCsv((await cli(['timeline', '--person', 'aden-duale', '--kind', 'agreement-status', '--format', 'csv'])).stdout);
    const events = query.timeline({ person: 'aden-duale', kind: 'agreement-status' });
    expect(csv[0]).toEqual(['date', 'kind', 'id', 'involvement', 'status', 'sources', 'summary']);
    expect(csv.slice(1).map((row) => row[5])).toEqual(events.map((event) => [...new Set(event.citations.map((citation) => citation.source))].join(';')));
    expect(new Set(csv.slice(1).map((row) => row.slice(0, 6).join('|'))).size).toBe(events.length);
    const wrong = await cli(['timeline', '--organization', 'united-states-africa-command', '--via-post-holders', 'no']);
    expect([wrong.code, wrong.stderr.split('\n')[0]]).toEqual([2, 'error: --via-post-holders "no" is not accepted. Accepted: true, false.']);
  });

  it('as-of gives post holders with their evidence and citations', async () => {
    const args = ['as-of', '--country', 'KE', '--role', 'Cabinet Secretary for Defence', '--date', '2024-01-15'];
    const json = JSON.parse((await cli([...args, '--format', 'json'])).stdout) as { person: string; evidence: string; citations: { quote: string }[] }[];
    const expected = query.postHolders({ country: 'KE', role: 'Cabinet Secretary for Defence', asOf: '2024-01-15' });
    expect(json.map((holder) => [holder.person, holder.evidence])).toEqual(expected.map((holder) => [holder.person, holder.evidence]));
    expect(json[0]?.citations.map((citation) => citation.quote)).toEqual(expected[0]?.citations.map((citation) => citation.quote));
    const table = (await cli(args)).stdout;
    expect(table).toContain('aden-duale');
    expect(table).toContain('evidence:');
  });

  it('as-of --person asks about one person, and later_holders shows who was seen in the office since', async () => {
    const json = JSON.parse((await cli(['as-of', '--person', 'uhuru-kenyatta', '--date', '2024-01-15', '--format', 'json'])).stdout) as { post: string; laterHolders: { person: string; post: string; asOf: string; citations: { path: string; source: { id: string }; quote: string }[] }[] }[];
    const expected = query.postHolders({ person: 'uhuru-kenyatta', asOf: '2024-01-15' });
    const withoutCitations = (later: { person: string; post: string; asOf: string }) => ({ person: later.person, post: later.post, asOf: later.asOf });
    expect(json.map((holder) => [holder.post, holder.laterHolders.map(withoutCitations)])).toEqual(expected.map((holder) => [holder.post.id, holder.laterHolders.map(withoutCitations)]));
    expect(json[0]?.laterHolders.map((later) => later.person)).toEqual(['william-ruto']);
    // A later holder is evidence as well: its citations come with it, and the table lists them.
    const ruto = expected[0]?.laterHolders[0];
    expect(json[0]?.laterHolders[0]?.citations.map((citation) => [citation.path, citation.source.id, citation.quote])).toEqual(ruto?.citations.map((citation) => [`kenyatta-president-kenya: later holder william-ruto (${ruto.post})`, citation.source, citation.quote]));
    expect(ruto?.citations.length).toBeGreaterThan(0);
    const table = (await cli(['as-of', '--person', 'uhuru-kenyatta', '--date', '2024-01-15'])).stdout;
    for (const citation of ruto?.citations ?? []) expect(table).toContain(`"${citation.quote}"`);
    expect(table).toContain(`kenyatta-president-kenya: later holder william-ruto (${ruto?.post}) — `);
    const csv = parseCsv((await cli(['as-of', '--country', 'KE', '--role', 'President', '--date', '2024-01-15', '--format', 'csv'])).stdout);
    expect(csv.map((row) => [row[0], row[7]])).toEqual([['person', 'later_holders'], ['william-ruto', ''], ['uhuru-kenyatta', 'william-ruto (2024-01-15)']]);
  });

  it('as-of with a month instead of a day is refused by the query (exit 3), naming --date', async () => {
    const result = await cli(['as-of', '--country', 'KE', '--role', 'Cabinet Secretary for Defence', '--date', '2024-01']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^error: asOf: "2024-01" is not a single day\..*\(--date\)\n$/);
  });

  it('--date and the range flags take a date-time with a zone as its UTC day, and refuse one without (exit 3)', async () => {
    // 01:00 in Nairobi (UTC+3) on the 15th is the 14th in UTC: Duale's gap to 2024-02-04 grows by a day.
    const at = async (date: string) => (await cli(['as-of', '--person', 'aden-duale', '--date', date, '--format', 'json'])).stdout;
    expect(await at('2024-01-15T01:00+03:00')).toBe(await at('2024-01-14'));
    expect(await at('2024-01-15T01:00+03:00')).not.toBe(await at('2024-01-15'));
    const engagements = async (...range: string[]) => (JSON.parse((await cli(['list', 'engagements', ...range, '--match', 'within', '--format', 'json'])).stdout) as { id: string }[]).map((row) => row.id);
    expect(await engagements('--from', '2024-01-14T22:00-02:00', '--to', '2024-01-15T23:59Z')).toEqual(['burns-ruto-meeting-2024']);
    expect(await engagements('--during', '2024-01-15')).toEqual(['burns-ruto-meeting-2024']);
    expect(await engagements('--from', '2024-01-14T22:00Z', '--to', '2024-01-14T23:59Z')).toEqual([]);
    const refused = await cli(['as-of', '--person', 'aden-duale', '--date', '2024-01-15T01:00']);
    expect([refused.code, refused.stderr]).toEqual([3, 'error: asOf: "2024-01-15T01:00" is a date-time without a time zone, so its day depends on where it runs. Give the day ("2024-01-15"), or a date-time ending in Z or an offset such as +03:00. (--date)\n']);
  });

  it('as-of --max-gap-days leaves out distant evidence, and refuses a value that is not a whole number (exit 2)', async () => {
    const args = ['as-of', '--country', 'US', '--role', 'President', '--date', '2024-01-15', '--format', 'json'];
    const all = JSON.parse((await cli(args)).stdout) as { person: string; gapDays: number }[];
    expect(all.map((holder) => [holder.person, holder.gapDays])).toEqual([['donald-trump', 1718]]);
    expect(JSON.parse((await cli([...args, '--max-gap-days', '1718'])).stdout)).toHaveLength(1);
    expect(JSON.parse((await cli([...args, '--max-gap-days', '1717'])).stdout)).toEqual([]);
    const bad = await cli([...args, '--max-gap-days', 'a year']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-gap-days must be a whole number ≥ 0');
  });

  it('status --format json lists the expected steps whose date has passed (overdue)', async () => {
    const json = JSON.parse((await cli(['status', 'kenya-us-defense-cooperation-framework-2023', '--date', '2029-01-01', '--format', 'json'])).stdout) as { status: string; overdue: unknown[]; reason: string };
    expect(json.status).toBe('in-force');
    expect(json.overdue).toEqual([{ status: 'expired', date: '2028', reportedAsOf: '2024-02-04' }]);
    expect(json.reason).toContain('which has passed by 2029-01-01');
  });

  it('status --date prints the whole reason below the table, and every other format carries it in full', async () => {
    const id = 'kenya-us-defense-cooperation-framework-2023';
    const args = ['status', id, '--date', '2023-09-25'];
    const { reason } = query.agreementStatus(id, '2023-09-25');
    // No status yet: the reason is the answer, and longer than a table cell.
    expect(reason?.length).toBeGreaterThan(48);
    const table = (await cli(args)).stdout;
    expect(table).toContain(`\nreason: ${reason ?? ''}\n`);
    expect(table.split('\n')[0]).toMatch(/^agreement\s+as_of\s+status\s+reported_as_of\s+expected_next\s+overdue$/);
    expect(table).not.toContain('…');
    expect((JSON.parse((await cli([...args, '--format', 'json'])).stdout) as { reason: string }).reason).toBe(reason);
    expect((parseNdjson((await cli([...args, '--format', 'ndjson'])).stdout)[0] as { reason: string }).reason).toBe(reason);
    const csv = parseCsv((await cli([...args, '--format', 'csv'])).stdout);
    expect(csv[1]?.[csv[0]?.indexOf('reason') ?? -1]).toBe(reason);
    // An answer without a reason prints no reason line.
    const plain = (await cli(['status', 'kenya-rwanda-defence-cooperation-agreement', '--date', '2026-01-01'])).stdout;
    expect(query.agreementStatus('kenya-rwanda-defence-cooperation-agreement', '2026-01-01').reason).toBeUndefined();
    expect(plain).not.toContain('reason:');
  });

  it('status gives the as-of answer with --date and the whole history without', async () => {
    const id = 'bsd-guiding-agreement';
    const answer = query.agreementStatus(id, '2019-06-01');
    const json = JSON.parse((await cli(['status', id, '--date', '2019-06-01', '--format', 'json'])).stdout) as { status: string | null; expected: unknown[]; reason: string | null; citations: unknown[] };
    expect(json.status).toBe(answer.status ?? null);
    expect(json.expected).toHaveLength(answer.expected.length);
    expect(json.reason).toBe(answer.reason ?? null);
    expect(json.citations).toHaveLength(answer.citations.length);
    const history = JSON.parse((await cli(['status', 'kenya-rwanda-defence-cooperation-agreement', '--format', 'json'])).stdout) as { status: string }[];
    expect(history.map((entry) => entry.status)).toEqual(query.agreement('kenya-rwanda-defence-cooperation-agreement').statusHistory.map((entry) => entry.status));
    const csv = parseCsv((await cli(['status', id, '--date', '2019-06-01', '--format', 'csv'])).stdout);
    expect(csv[0]).toEqual(['agreement', 'as_of', 'status', 'reported_as_of', 'expected_next', 'overdue', 'reason']);
  });

  it('status keeps overdue steps out of expected_next, in their own column', async () => {
    // Reported on 2024-02-04 as expiring in 2028: by 2029 that step is overdue, not next.
    const csv = parseCsv((await cli(['status', 'kenya-us-defense-cooperation-framework-2023', '--date', '2029-01-01', '--format', 'csv'])).stdout);
    const row = Object.fromEntries((csv[0] ?? []).map((column, at) => [column, csv[1]?.[at]]));
    expect([row['status'], row['expected_next'], row['overdue']]).toEqual(['in-force', '', 'expired (2028)']);
    const before = parseCsv((await cli(['status', 'kenya-us-defense-cooperation-framework-2023', '--date', '2027-01-01', '--format', 'csv'])).stdout);
    const earlier = Object.fromEntries((before[0] ?? []).map((column, at) => [column, before[1]?.[at]]));
    expect([earlier['expected_next'], earlier['overdue']]).toEqual(['expired (2028)', '']);
  });

  it.each(['kenya-rwanda-defence-cooperation-agreement', 'bsd-guiding-agreement'])('status %s without --date carries every citation of every step', async (id) => {
    const history = query.agreement(id).statusHistory;
    const csv = parseCsv((await cli(['status', id, '--format', 'csv'])).stdout);
    expect(csv[0]).toEqual(['agreement', 'as_of', 'status', 'expected', 'date', 'sources', 'quotes', 'date_quotes']);
    expect(csv.slice(1).map((row) => row[6]?.split('\n'))).toEqual(history.map((entry) => entry.citations.map((citation) => citation.quote)));
    // The date's quotes support another fact (when the step happened): a column of their own, and their sources counted.
    expect(csv.slice(1).map((row) => row[7])).toEqual(history.map((entry) => entry.date?.citations.map((citation) => citation.quote).join('\n') ?? ''));
    expect(csv.slice(1).map((row) => row[5]?.split(';'))).toEqual(history.map((entry) => [...new Set([...entry.citations, ...(entry.date?.citations ?? [])].map((citation) => citation.source))]));
    // Some step rests on more than one citation, or this checks nothing the first quote would not.
    expect(history.some((entry) => entry.citations.length > 1 || (entry.date?.citations.length ?? 0) > 1)).toBe(true);
    const table = (await cli(['status', id])).stdout;
    for (const quote of history.flatMap((entry) => [...entry.citations, ...(entry.date?.citations ?? [])].map((citation) => citation.quote))) expect(table).toContain(`"${quote}"`);
  });

  it('versions prints the version, counts and hashes of datasetInfo, each verified against the bundled data', async () => {
    const json = JSON.parse((await cli(['versions', '--format', 'json'])).stdout) as { version: string; files: { dataset: string; count: number; sha256: string; verified: boolean }[] };
    expect(json.version).toBe(datasetInfo.version);
    for (const file of json.files) {
      const info = file.dataset === 'dataset' ? datasetInfo.dataset : datasetInfo.datasets[file.dataset as 'visits'];
      expect([file.count, file.sha256, file.verified]).toEqual([info.count, info.sha256, true]);
    }
    expect(json.files).toHaveLength(Object.keys(datasetInfo.datasets).length + 1);
    const table = (await cli(['versions'])).stdout;
    expect(table.split('\n')[0]).toBe(`kenya-defence-cooperation ${datasetInfo.version} (${datasetInfo.engagements} engagements within visits)`);
    expect(table).toContain(datasetInfo.dataset.sha256);
    const ndjson = parseNdjson((await cli(['versions', '--format', 'ndjson'])).stdout);
    expect(ndjson).toHaveLength(json.files.length);
  });
});

describe('meetings, counterparts, partners', () => {
  type MeetingJson = { engagement: string; traveller: string; counterpart: string; dateFrom: string; citations: { path: string; quote: string; source: { id: string; title: string } }[] };

  it('meetings gives the query\'s meetings, each with its citations resolved to their sources', async () => {
    const json = JSON.parse((await cli(['meetings', '--format', 'json'])).stdout) as MeetingJson[];
    const expected = query.meetings();
    expect(expected.length).toBeGreaterThan(0);
    expect(json.map(({ citations: _, ...meeting }) => meeting)).toEqual(expected.map(({ citations: _, ...meeting }) => ({ ...meeting })));
    expect(json.map((meeting) => meeting.citations.map((citation) => [citation.path, citation.source.id, citation.quote]))).toEqual(
      expected.map((meeting) => meeting.citations.map((citation) => [meeting.engagement, citation.source, citation.quote])),
    );
    for (const citation of json.flatMap((meeting) => meeting.citations)) expect(citation.source.title.length).toBeGreaterThan(0);
    // dateFrom says whose date a meeting carries: both kinds occur.
    expect(new Set(json.map((meeting) => meeting.dateFrom))).toEqual(new Set(['engagement', 'visit']));
  });

  it('meetings passes --person, --status, the engagement flags and the date range to the query', async () => {
    const cases: [string[], ReturnType<typeof query.meetings>][] = [
      [['--person', 'aden-duale'], query.meetings({ person: 'aden-duale' })],
      [['--person', 'aden-duale', '--status', 'took-place'], query.meetings({ person: 'aden-duale', status: 'took-place' })],
      [['--status', 'planned,under-way'], query.meetings({ status: ['planned', 'under-way'] })],
      [['--from', '2024', '--to', '2024-02', '--match', 'within'], query.meetings({ from: '2024', to: '2024-02', match: 'within' })],
      [['--destination', 'RW'], query.meetings({ destination: 'RW' })],
      [['--person', 'aden-duale', '--country', 'US', '--kind', 'bilateral-talks'], query.meetings({ person: 'aden-duale', country: 'US', kind: 'bilateral-talks' })],
      [['--organization', 'kenya-defence-forces', '--via-post-holders', 'false'], query.meetings({ organization: 'kenya-defence-forces', viaPostHolders: false })],
      [['--place', 'nairobi', '--topic', 'counterterrorism'], query.meetings({ place: 'nairobi', topic: 'counterterrorism' })],
      [['--visit', 'duale-us-official-trip-2024'], query.meetings({ visit: 'duale-us-official-trip-2024' })],
    ];
    for (const [args, expected] of cases) {
      const json = JSON.parse((await cli(['meetings', ...args, '--format', 'json'])).stdout) as MeetingJson[];
      expect(json.map((meeting) => [meeting.engagement, meeting.traveller, meeting.counterpart]), args.join(' ')).toEqual(expected.map((meeting) => [meeting.engagement, meeting.traveller, meeting.counterpart]));
    }
    expect(query.meetings({ person: 'aden-duale', status: 'took-place' }).length).toBeLessThan(query.meetings({ person: 'aden-duale' }).length);
  });

  it('meetings in table, csv and ndjson: the same rows, the table with every citation below', async () => {
    const expected = query.meetings({ person: 'aden-duale' });
    const csv = parseCsv((await cli(['meetings', '--person', 'aden-duale', '--format', 'csv'])).stdout);
    expect(csv[0]).toEqual(['date', 'date_from', 'status', 'traveller', 'traveller_role', 'counterpart', 'engagement', 'visit', 'title']);
    expect(csv.slice(1)).toEqual(expected.map((meeting) => [meeting.date, meeting.dateFrom, meeting.status, meeting.traveller, meeting.travellerRole, meeting.counterpart, meeting.engagement, meeting.visit, meeting.title]));
    expect(parseNdjson((await cli(['meetings', '--person', 'aden-duale', '--format', 'ndjson'])).stdout)).toHaveLength(expected.length);
    const table = (await cli(['meetings', '--person', 'aden-duale'])).stdout;
    const quotes = expected.flatMap((meeting) => meeting.citations.map((citation) => citation.quote));
    expect(table).toContain(`\ncitations (${quotes.length}):\n`);
    for (const quote of quotes) expect(table).toContain(`"${quote}"`);
    expect(await cli(['meetings', '--during', '1990'])).toEqual({ code: 0, stdout: '', stderr: '0 meetings\n' });
    const several = JSON.parse((await cli(['meetings', '--person', 'aden-duale,william-burns', '--format', 'json'])).stdout) as { engagement: string }[];
    expect(several.map((meeting) => meeting.engagement)).toEqual(query.meetings({ person: ['aden-duale', 'william-burns'] }).map((meeting) => meeting.engagement));
  });

  it('counterparts gives the query\'s counts, filtered by status, engagement flags and dates', async () => {
    for (const [args, expected] of [
      [[], query.counterparts('aden-duale')],
      [['--status', 'took-place'], query.counterparts('aden-duale', { status: 'took-place' })],
      [['--during', '2023'], query.counterparts('aden-duale', { during: '2023' })],
      [['--destination', 'US'], query.counterparts('aden-duale', { destination: 'US' })],
      [['--country', 'SA'], query.counterparts('aden-duale', { country: 'SA' })],
      [['--place', 'riyadh'], query.counterparts('aden-duale', { place: 'riyadh' })],
      [['--topic', 'counterterrorism'], query.counterparts('aden-duale', { topic: 'counterterrorism' })],
      // Both flags count: either alone gives another answer.
      [['--country', 'US', '--status', 'took-place'], query.counterparts('aden-duale', { country: 'US', status: 'took-place' })],
    ] as const) {
      const json = JSON.parse((await cli(['counterparts', 'aden-duale', ...args, '--format', 'json'])).stdout) as unknown;
      expect(json, args.join(' ')).toEqual(JSON.parse(JSON.stringify(expected)));
      // A flag the CLI dropped would give the unfiltered answer: each case must differ from it.
      if (args.length > 0) expect(expected, args.join(' ')).not.toEqual(query.counterparts('aden-duale'));
    }
    expect(query.counterparts('aden-duale', { country: 'US', status: 'took-place' })).not.toEqual(query.counterparts('aden-duale', { country: 'US' }));
    expect(query.counterparts('aden-duale', { country: 'US', status: 'took-place' })).not.toEqual(query.counterparts('aden-duale', { status: 'took-place' }));
    const csv = parseCsv((await cli(['counterparts', 'aden-duale', '--format', 'csv'])).stdout);
    expect(csv[0]).toEqual(['person', 'name', 'count', 'planned', 'engagements']);
    expect(csv.slice(1)).toEqual(query.counterparts('aden-duale').map((count) => [count.person, count.name, String(count.count), String(count.planned), count.engagements.join(';')]));
  });

  it('partners gives the query\'s partner counts', async () => {
    const json = JSON.parse((await cli(['partners', 'KE', '--format', 'json'])).stdout) as unknown;
    expect(json).toEqual(JSON.parse(JSON.stringify(query.partners('KE'))));
    const csv = parseCsv((await cli(['partners', 'KE', '--format', 'csv'])).stdout);
    expect(csv[0]).toEqual(['country', 'name', 'total', 'visits', 'planned_visits', 'agreements', 'unconcluded_agreements', 'commitments']);
    expect(csv.slice(1)).toEqual(query.partners('KE').map((partner) => [partner.country, partner.name, partner.total, partner.visits, partner.plannedVisits, partner.agreements, partner.unconcludedAgreements, partner.commitments].map(String)));
    expect(await cli(['partners', 'AQ'])).toEqual({ code: 0, stdout: '', stderr: '0 partners\n' });
  });
});

describe('help and version', () => {
  it.each(COMMANDS.map((command) => command.name))('%s --help prints usage, flags and examples (exit 0)', async (name) => {
    for (const args of [[name, '--help'], [name, '-h'], ['help', name]]) {
      const result = await cli(args);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(new RegExp(`^Usage: kenya-defence-cooperation ${name}`));
      expect(result.stdout).toContain('Global flags:');
      expect(result.stdout).toContain('Examples:');
    }
  });

  it.each(COMMANDS.map((command) => command.name))('%s --help points "below" only at lists it prints', async (name) => {
    const help = (await cli([name, '--help'])).stdout;
    // A flag described "(see below)" must have its values listed further down, as "--flag: …" (or, for --fields, "fields: …").
    for (const line of help.split('\n').filter((each) => each.includes('(see below)'))) {
      const flag = /^\s+--([a-z-]+)/.exec(line)?.[1];
      expect(flag, line).toBeDefined();
      expect(help.slice(help.indexOf(line) + line.length), `--${flag} says "see below"`).toMatch(new RegExp(`\\n\\s+(--)?${flag}: `));
    }
  });

  it('--help lists every command; --version prints the package version', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const command of COMMANDS) expect(help.stdout).toContain(`  ${command.name} `);
    expect(help.stdout).toContain('Exit codes:');
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${datasetInfo.version}\n`, stderr: '' });
    expect((await cli(['list', '--version'])).stdout).toBe(`${datasetInfo.version}\n`);
  });

  it('the --help exit codes are every code the CLI uses and the guide documents', async () => {
    const help = (await cli(['--help'])).stdout;
    const paragraph = help.slice(help.indexOf('Exit codes:')).split('\n\n')[0]?.replace(/\n/g, ' ') ?? '';
    const listed = [...paragraph.matchAll(/(?:: |, )(\d+) /g)].map((match) => Number(match[1]));
    expect(listed).toEqual(Object.values(EXIT));
    const guide = readFileSync(path.join(REPO_ROOT, 'docs', 'guides', 'cli.md'), 'utf8');
    const documented = [...guide.matchAll(/^\| (\d+) \|/gm)].map((match) => Number(match[1]));
    expect(documented).toEqual(Object.values(EXIT));
  });

  it('list --help lists each dataset\'s filters, fields and vocabularies', async () => {
    const help = (await cli(['list', '--help'])).stdout;
    for (const name of LIST_NAMES) expect(help).toContain(`  ${name} — `);
    expect(help).toContain('--kind: official-visit');
  });
});

describe('usage errors (exit 2) say what was wrong and what is accepted', () => {
  const cases: [string[], RegExp][] = [
    [[], /^error: missing command\. Commands: list, show/],
    [['lsit', 'visits'], /^error: unknown command "lsit"\. Did you mean "list"\?/],
    [['help', 'nope'], /^error: no help for "nope"/],
    [['list'], /^error: list needs a dataset: visits, engagements/],
    [['list', 'vists'], /^error: unknown dataset "vists"\. Did you mean "visits"\? Accepted: visits/],
    [['list', 'visits', 'people'], /^error: list takes one dataset/],
    [['list', 'visits', '--bogus'], /^error: unknown flag --bogus for "list"\. Accepted flags: --country CODE, /],
    [['list', 'visits', '--contry', 'KE'], /^error: unknown flag --contry for "list"\. Did you mean "--country"\?/],
    [['list', 'visits', '--limit'], /^error: --limit needs a value: --limit N\./],
    [['list', 'visits', '--limit', 'ten'], /^error: --limit must be a whole number ≥ 1, e\.g\. --limit 10; got "ten"\./],
    [['list', 'visits', '--limit', '0'], /^error: --limit must be a whole number ≥ 1, e\.g\. --limit 10; got "0"\./],
    [['list', 'visits', '--limit', '-1'], /^error: --limit must be a whole number ≥ 1, e\.g\. --limit 10; got "-1"\./],
    [['search', 'kdf', '--limit=-1'], /^error: --limit must be a whole number ≥ 1, e\.g\. --limit 10; got "-1"\./],
    [['as-of', '--date', '2024-01-15', '--max-gap-days', '-5'], /^error: --max-gap-days must be a whole number ≥ 0, e\.g\. --max-gap-days 365; got "-5"\./],
    [['list', 'visits', '--limit', '1', '--limit', '2'], /^error: --limit was given more than once; give it once\./],
    [['status', 'bsd-guiding-agreement', '--date', '2019-06-01', '--date', '2020-01-01'], /^error: --date was given more than once/],
    [['list', 'visits', '--match', 'sometimes'], /^error: --match "sometimes" is not accepted\. Accepted: overlaps, within\./],
    [['list', 'visits', '--format', 'xml'], /^error: --format "xml" is not accepted\. Accepted: table, json, csv, ndjson\./],
    [['list', 'visits', '--fields', 'id,titel'], /^error: unknown field "titel" for visits\. Did you mean "title"\? Fields of visits: id, date/],
    [['list', 'visits', '--country', ''], /^error: --country has an empty value/],
    [['list', 'people', '--topic', 'maritime'], /^error: --topic does not apply to people; filters of list people: --country, --organization\./],
    [['list', 'sources', '--country', 'KE'], /^error: --country does not apply to sources; sources takes no filters/],
    [['list', 'posts', '--roles', 'lead'], /^error: --roles does not apply to posts; filters of list posts: --country, --person, --organization, --role,/],
    [['list', 'engagements', '--parties', 'KE'], /^error: --parties does not apply to engagements/],
    [['list', 'visits', '--parties', 'KE,RW'], /^error: --parties does not apply to visits/],
    [['list', 'people', '--from', '2024'], /^error: --from does not apply to people/],
    [['list', 'visits', '--help=yes'], /^error: --help takes no value/],
    [['--country', 'KE', 'list', 'visits'], /^error: --country comes before the command/],
    [['show'], /^error: show needs a record id/],
    [['show', 'a', 'b'], /^error: show takes one id/],
    [['search'], /^error: search needs the text to look for/],
    [['search', ''], /^error: search needs the text to look for/],
    [['search', ' ', ''], /^error: search needs the text to look for/],
    [['search', 'kdf', '--kind', 'organisation'], /^error: --kind "organisation" is not a record kind\. Did you mean "organization"\?/],
    [['timeline'], /^error: timeline needs exactly one of --country, --person or --organization; got none\./],
    [['timeline', '--country', 'KE', '--person', 'aden-duale'], /got --country and --person\./],
    [['timeline', 'KE'], /^error: timeline takes no positional arguments/],
    [['as-of', '--country', 'KE'], /^error: as-of needs --date DAY/],
    [['status'], /^error: status needs an agreement id/],
    [['versions', 'extra'], /^error: versions takes no arguments/],
    [['meetings', 'aden-duale'], /^error: meetings takes no positional arguments \(got "aden-duale"\); give a person as --person ID\./],
    [['meetings', '--parties', 'KE'], /^error: unknown flag --parties for "meetings"/],
    [['meetings', '--role', 'lead'], /^error: unknown flag --role for "meetings"\./],
    [['counterparts'], /^error: counterparts needs a person id, e.g\. counterparts aden-duale\./],
    [['counterparts', 'aden-duale', 'lloyd-austin'], /^error: counterparts takes one person id, got also "lloyd-austin"\./],
    [['partners'], /^error: partners needs a country code, e\.g\. partners KE\./],
    [['partners', 'KE', 'RW'], /^error: partners takes one country code, got also "RW"\./],
    [['partners', 'KE', '--during', '2024'], /^error: unknown flag --during for "partners"\./],
  ];
  it.each(cases)('%j', async (args, message) => {
    const result = await cli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/\nRun "kenya-defence-cooperation( [a-z-]+)? --help" for usage\.\n$/);
  });
});

describe('query errors (exit 3) print the query\'s message', () => {
  const cases: [string[], RegExp][] = [
    [['list', 'visits', '--country', 'ke'], /^error: country: "ke" is not a country code; use upper case "KE"/],
    [['list', 'visits', '--country', 'XX'], /^error: country: "XX" is not an ISO 3166-1 alpha-2 country code\. Accepted:/],
    [['list', 'visits', '--person', 'aden-dual'], /^error: person: there is no person with id "aden-dual"\. Did you mean "aden-duale"\?/],
    [['list', 'visits', '--from', '2024-1'], /^error: from: "2024-1" is not .*Accepted:/],
    [['list', 'visits', '--to', 'soon'], /^error: to: "soon" is not .*Accepted:/],
    [['list', 'visits', '--from', '2024-02', '--to', '2024-01'], /^error: /],
    [['list', 'agreements', '--parties', 'KE,ke'], /^error: parties: "ke" is not a country code; use upper case "KE"/],
    [['list', 'visits', '--destination', 'XX'], /^error: destination: "XX" is not an ISO 3166-1 alpha-2 country code/],
    [['list', 'visits', '--roles', 'lead'], /^error: roles: only meaningful together with person\.\n$/],
    [['list', 'visits', '--person', 'aden-duale', '--roles', 'leader'], /^error: roles: "leader" is not accepted\. Did you mean "lead"\?/],
    [['list', 'commitments', '--roles', 'pledger'], /^error: roles: only meaningful together with person, country or organization/],
    [['list', 'commitments', '--person', 'lloyd-austin', '--roles', 'lead'], /^error: roles: "lead" is not accepted\. Accepted: "pledger" or "recipient"\./],
    [['list', 'organizations', '--parent', 'kdf'], /^error: parent: there is no organization with id "kdf"/],
    [['list', 'visits', '--kind', 'official'], /^error: kind: "official" is not accepted\. Did you mean "official-visit"\? Accepted:/],
    // The query's wording (which names roles, or roles and titles as written) is its own; the CLI passes it on.
    [['list', 'posts', '--role', 'Cabinet Secretary for Defnce'], /^error: role: no post has the role (or title )?"Cabinet Secretary for Defnce"\. Nearest roles/],
    [['timeline', '--organization', 'kdf'], /^error: organization: there is no organization with id "kdf"/],
    [['status', 'bsd-guiding-agreemnt'], /^error: id: there is no agreement with id "bsd-guiding-agreemnt"\. Did you mean "bsd-guiding-agreement"\?/],
    [['status', 'bsd-guiding-agreement', '--date', 'soon'], /^error: asOf: .*\(--date\)/],
    [['meetings', '--person', 'aden-dual'], /^error: person: there is no person with id "aden-dual"\. Did you mean "aden-duale"\?/],
    [['meetings', '--status', 'done'], /^error: status: "done" is not accepted\. Accepted: "planned", "under-way" or "took-place"\./],
    [['meetings', '--from', 'soon'], /^error: from: "soon" is not /],
    [['counterparts', 'aden-dual'], /^error: person: there is no person with id "aden-dual"/],
    [['counterparts', 'aden-duale', '--status', 'held'], /^error: status: "held" is not accepted/],
    [['partners', 'ke'], /^error: country: "ke" is not a country code; use upper case "KE"/],
    [['partners', 'Kenya'], /^error: country: "Kenya" is not an ISO 3166-1 alpha-2 country code/],
    // The query's pointers to API calls are given as the commands that do the same.
    [['status', 'nope'], /^error: id: there is no agreement with id "nope"\. There are 7 agreement ids; "kenya-defence-cooperation list agreements" lists them\.\n$/],
    [['list', 'people', '--organization', 'nairobi'], /"nairobi" is a place id: look it up with "kenya-defence-cooperation show nairobi"\.\n$/],
    [['list', 'visits', '--via-post-holders', 'false'], /^error: viaPostHolders: only meaningful together with organization\. \(--via-post-holders\)\n$/],
  ];
  it.each(cases)('%j', async (args, message) => {
    const result = await cli(args);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });
});

describe('determinism', () => {
  it('gives byte-identical output on repeated runs', async () => {
    for (const args of [['list', 'visits'], ['show', 'kahariri-rwanda-working-visit-2025', '--format', 'json'], ['timeline', '--country', 'KE', '--format', 'csv'], ['search', 'defence']]) {
      const first = await cli(args);
      const second = await cli(args);
      expect(second).toEqual(first);
    }
  });
});
