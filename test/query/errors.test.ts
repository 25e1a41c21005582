import { describe, expect, it } from 'vitest';
import { createQuery, query, QueryError } from '../../src/index.js';
import { readFileSync } from 'node:fs';

const dataset = JSON.parse(readFileSync(new URL('../../generated/data/dataset.json', import.meta.url), 'utf8')) as { visits: unknown[]; people: { id: string; name: string }[] };

function error(run: () => unknown): QueryError {
  try {
    run();
  } catch (caught) {
    if (caught instanceof QueryError) return caught;
    throw caught;
  }
  throw new Error('expected a QueryError, got a result');
}

describe('bad input throws QueryError, never an empty result', () => {
  it('an impossible date names the argument and the accepted forms', () => {
    const e = error(() => query.visits({ from: '2024-13' }));
    expect([e.code, e.argument]).toEqual(['invalid-date', 'from']);
    expect(e.message).toMatch(/month 13.*Accepted: YYYY/);
  });
  it('a list where one country code is taken says so, instead of refusing the code', () => {
    const e = error(() => query.partners(['KE'] as never));
    expect([e.code, e.argument, e.message]).toEqual(['invalid-argument', 'country', 'country: takes one country code, a string such as "KE", not a list (["KE"]).']);
  });
  it('search kinds take one kind or several, and an empty list is refused like other filters', () => {
    expect(query.search('duale', { kinds: 'visit' })).toEqual(query.search('duale', { kinds: ['visit'] }));
    expect(query.search('duale', { kinds: 'visit' }).length).toBeGreaterThan(0);
    const empty = error(() => query.search('duale', { kinds: [] }));
    expect([empty.argument, empty.message]).toEqual(['kinds', 'kinds: an empty list matches nothing; leave kinds out to match everything.']);
    expect(error(() => query.searchSuggestions('langly', { limit: 0 })).argument).toBe('limit');
    expect(query.searchSuggestions('kenya rwnda agreemnt', { limit: 1 })).toEqual(['kenya rwanda agreement']);
  });
  it('viaPostHolders needs an organization and a boolean', () => {
    const alone = error(() => query.visits({ viaPostHolders: false }));
    expect([alone.code, alone.argument, alone.message]).toEqual(['invalid-argument', 'viaPostHolders', 'viaPostHolders: only meaningful together with organization.']);
    const inTimeline = error(() => query.timeline({ person: 'aden-duale', viaPostHolders: false } as never));
    expect([inTimeline.argument, inTimeline.message]).toEqual(['viaPostHolders', 'viaPostHolders: only meaningful together with organization.']);
    const notBoolean = error(() => query.engagements({ organization: 'kenya-defence-forces', viaPostHolders: 'no' as never }));
    expect([notBoolean.argument, notBoolean.message]).toEqual(['viaPostHolders', 'viaPostHolders must be true or false, not "no".']);
  });
  it('an unknown id suggests the nearest ids', () => {
    const e = error(() => query.visits({ person: 'aden-dual' as never }));
    expect([e.code, e.argument]).toEqual(['unknown-id', 'person']);
    expect(e.message).toContain('Did you mean "aden-duale"');
    expect(error(() => query.agreement('bsd-guiding' as never)).message).toContain('"bsd-guiding-agreement"');
  });
  it('an unknown id is matched by name, abbreviation or alias, and by its words', () => {
    const message = (run: () => unknown) => error(run).message;
    expect(message(() => query.timeline({ organization: 'africom' as never }))).toBe('organization: there is no organization with id "africom". Did you mean "united-states-africa-command"?');
    expect(message(() => query.organization('KDF' as never))).toBe('id: there is no organization with id "KDF". Did you mean "kenya-defence-forces"?');
    expect(message(() => query.person('kahariri' as never))).toBe('id: there is no person with id "kahariri". Did you mean "charles-muriu-kahariri"?');
    expect(message(() => query.agreementStatus('kenya-rwanda-agreement' as never, '2025-01-01'))).toBe(
      'id: there is no agreement with id "kenya-rwanda-agreement". Did you mean "kenya-rwanda-defence-cooperation-agreement"?',
    );
  });
  it('an id of another kind says which kind it is', () => {
    expect(error(() => query.person('nairobi' as never)).message).toBe('id: there is no person with id "nairobi". "nairobi" is a place id: look it up with place().');
    expect(error(() => query.visit('kahariri-meets-muganga' as never)).message).toBe(
      'id: there is no visit with id "kahariri-meets-muganga". "kahariri-meets-muganga" is an engagement id: look it up with engagement().',
    );
  });
  it('an unknown id with nothing near says how many there are, and "no records" only when there are none', () => {
    expect(error(() => query.citationsOf('visit', 'nope' as never)).message).toBe('id: there is no visit with id "nope". There are 9 visit ids; visits() lists them.');
    // A user's dataset without commitments (nor the disagreement about one).
    const mine = JSON.parse(JSON.stringify(dataset)) as { commitments: unknown[]; disagreements: unknown[] };
    const noCommitments = createQuery({ ...mine, commitments: [], disagreements: mine.disagreements.filter((entry) => !JSON.stringify(entry).includes('"commitment"')) });
    expect(error(() => noCommitments.commitment('us-kdf-support-up-to-100m')).message).toBe('id: there is no commitment with id "us-kdf-support-up-to-100m". The dataset has no commitment records.');
  });
  it('counterparts and meetings: an unknown option or status names what is accepted', () => {
    const unknownOption = error(() => query.counterparts('aden-duale', { state: 'took-place' } as never));
    expect(unknownOption.message).toContain('state');
    expect(unknownOption.message).toContain('status');
    expect(error(() => query.counterparts('aden-duale', null as never)).message).toBe("counterparts() takes an object of options, e.g. { status: 'took-place' }.");
    expect(error(() => query.meetings('aden-duale' as never)).message).toBe("meetings() takes an object of options, e.g. { person: 'aden-duale' }.");
    expect(error(() => query.search('kdf', null as never)).message).toBe("search() takes an object of options, e.g. { limit: 5, kinds: ['person'] }.");
    expect(error(() => query.agreement(null as never)).message).toBe('id must be an agreement id (a string), not null.');
    const badStatus = error(() => query.meetings({ person: 'aden-duale', status: 'held' as never }));
    expect(badStatus.argument).toBe('status');
    expect(badStatus.message).toContain('took-place');
  });
  it('country codes: "XX" is unknown, "ke" is told to use upper case', () => {
    expect(error(() => query.visits({ country: 'XX' as never })).message).toContain('not an ISO 3166-1 alpha-2');
    const lower = error(() => query.partners('ke' as never));
    expect([lower.code, lower.argument]).toEqual(['unknown-country', 'country']);
    expect(lower.message).toContain('use upper case "KE"');
  });
  it('a contradictory range is refused', () => {
    const e = error(() => query.visits({ from: '2024-02', to: '2024-01' }));
    expect([e.code, e.argument]).toEqual(['invalid-range', 'from']);
  });
  it('unknown kinds, statuses, topics, roles and filter fields list what is accepted', () => {
    expect(error(() => query.visits({ kind: 'state-visit' as never })).message).toContain('"working-visit"');
    expect(error(() => query.visits({ topic: 'navy' as never })).message).toContain('"maritime-security"');
    expect(error(() => query.visits({ person: 'aden-duale', roles: ['host' as never] })).argument).toBe('roles');
    expect(error(() => query.posts({ role: 'Defence Secretary' })).message).toBe(
      'role: no post has the role or title "Defence Secretary". Nearest roles and titles as written: "Secretary of Defense", "Cabinet Secretary for Defence", "US Secretary of Defense" or "US Defense Secretary".',
    );
    expect(error(() => query.visits({ contry: 'KE' } as never)).code).toBe('unknown-option');
  });
  it('postHolders names an unknown person, with the nearest ids', () => {
    const person = error(() => query.postHolders({ person: 'aden-dual' as never, asOf: '2024-01-01' }));
    expect([person.code, person.argument, person.message]).toEqual(['unknown-id', 'person', 'person: there is no person with id "aden-dual". Did you mean "aden-duale"?']);
  });
  it('as-of needs a single day', () => {
    expect(error(() => query.agreementStatus('bsd-guiding-agreement', '2024-01')).code).toBe('invalid-date');
    expect(error(() => query.postHolders({ country: 'KE', asOf: 'yesterday' })).argument).toBe('asOf');
  });
  it('maxGapDays must be a whole number of days, 0 or more', () => {
    for (const bad of [-1, 1.5, Number.NaN, '365']) {
      const problem = error(() => query.postHolders({ country: 'KE', asOf: '2024-01-01', maxGapDays: bad as never }));
      expect([problem.code, problem.argument]).toEqual(['invalid-argument', 'maxGapDays']);
      expect(problem.message).toMatch(/^maxGapDays must be a whole number of days, 0 or more \(e\.g\. 365\), not /);
    }
    expect(error(() => query.postHolders({ country: 'KE', asOf: '2024-01-01', maxGapDays: Number.NaN })).message).toBe('maxGapDays must be a whole number of days, 0 or more (e.g. 365), not NaN.');
    expect(error(() => query.postHolders({ country: 'KE', asOf: '2024-01-01', maxGapDays: '365' as never })).message).toBe('maxGapDays must be a whole number of days, 0 or more (e.g. 365), not "365".');
  });
  it('search refuses text with nothing to look for', () => {
    expect(error(() => query.search(' -- ')).code).toBe('invalid-argument');
  });
  it('disagreementsAbout names an unknown kind or id, with what is accepted', () => {
    const kind = error(() => query.disagreementsAbout('vist' as never, 'x' as never));
    expect([kind.code, kind.argument, kind.message]).toEqual(['unknown-value', 'kind', 'kind: "vist" is not accepted. Did you mean "visit"? Accepted: "source", "person", "organization", "place", "post", "agreement", "visit" or "commitment".']);
    const id = error(() => query.disagreementsAbout('visit', 'austin-kenya-visit-2024' as never));
    expect([id.code, id.argument, id.message]).toEqual(['unknown-id', 'id', 'id: there is no visit with id "austin-kenya-visit-2024". Did you mean "austin-kenya-visit-2023"?']);
  });
  it('disagreements() and disagreement() name an unknown value or id, with what is accepted', () => {
    const id = error(() => query.disagreement('us-100m-pledge' as never));
    expect([id.code, id.argument, id.message]).toEqual(['unknown-id', 'id', 'id: there is no disagreement with id "us-100m-pledge". Did you mean "us-100m-pledge-purpose"?']);
    const source = error(() => query.disagreements({ source: 'duale' as never }));
    expect([source.code, source.argument, source.message]).toEqual(['unknown-id', 'source', 'source: there is no source with id "duale". Did you mean "duale-us-trip-2024"?']);
    const resolution = error(() => query.disagreements({ resolution: 'open' as never }));
    expect([resolution.code, resolution.argument, resolution.message]).toEqual(['unknown-value', 'resolution', 'resolution: "open" is not accepted. Accepted: "unresolved" or "kept-both".']);
    const kind = error(() => query.disagreements({ kind: 'engagement' as never }));
    expect([kind.code, kind.argument]).toEqual(['unknown-value', 'kind']);
    expect(error(() => query.disagreements({ subject: 'x' } as never)).code).toBe('unknown-option');
  });
  it('a timeline needs exactly one subject', () => {
    expect(error(() => query.timeline({ country: 'KE', person: 'aden-duale' } as never)).code).toBe('invalid-argument');
  });
  it('a timeline kind must be an event kind, with what is accepted', () => {
    const kind = error(() => query.timeline({ person: 'aden-duale', kind: 'visits' as never }));
    expect([kind.code, kind.argument, kind.message]).toEqual([
      'unknown-value',
      'kind',
      'kind: "visits" is not accepted. Did you mean "visit"? Accepted: "visit", "engagement", "agreement-status", "commitment", "post-attestation", "post-start" or "post-end".',
    ]);
    expect(error(() => query.timeline({ person: 'aden-duale', kind: [] })).argument).toBe('kind');
  });
});

describe('createQuery over user data', () => {
  it('accepts a valid dataset (plain JSON) and answers with plain-string ids', () => {
    const q = createQuery(JSON.parse(JSON.stringify(dataset)));
    expect(q.visits({ person: 'aden-duale' }).length).toBe(3);
  });
  it('lists schema problems with field paths', () => {
    const broken = JSON.parse(JSON.stringify(dataset));
    broken.visits[0].when.value = '2024-13';
    broken.people[1].nationality[0].country = 'ke';
    const e = error(() => createQuery(broken));
    expect(e.code).toBe('invalid-dataset');
    expect(e.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['visits[0].when.value', 'people[1].nationality[0].country']));
  });
  it('names the input itself when it is not an object at all', () => {
    for (const [input, received] of [[null, 'null'], ['visits.json', 'string'], [[], 'array']] as const) {
      const e = error(() => createQuery(input));
      expect(e.message).toBe(`The dataset is not valid (1 schema problem):\n  (the dataset itself): Invalid input: expected object, received ${received}`);
      expect(e.problems).toEqual([{ path: '', message: `Invalid input: expected object, received ${received}` }]);
    }
  });
  it('lists dangling references with the nearest ids', () => {
    const broken = JSON.parse(JSON.stringify(dataset));
    broken.visits[0].lead = 'aden-dual';
    const e = error(() => createQuery(broken));
    expect(e.problems[0]).toEqual({ path: 'visits[0].lead', message: 'no person "aden-dual"; nearest: "aden-duale"' });
  });
  it('checks the sources of every citation list, partiesCitations too', () => {
    const broken = JSON.parse(JSON.stringify(dataset)) as { agreements: { partiesCitations: { source: string }[] }[] };
    const first = broken.agreements[0]?.partiesCitations[0];
    if (!first) throw new Error('fixture: the first agreement cites its parties');
    first.source = 'kdf-chief-rwanda-visitt';
    const e = error(() => createQuery(broken));
    expect(e.problems[0]).toEqual({ path: 'agreements[0].partiesCitations[0].source', message: 'no source "kdf-chief-rwanda-visitt"; nearest: "kdf-chief-rwanda-visit"' });
  });
});
