import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createQuery } from '../../src/query/index.js';
import { normalizeText } from '../../src/query/normalize.js';
import type { Dataset } from '../../src/schema/dataset.js';
import { AgreementStatus } from '../../src/schema/vocabularies.js';
import { dataArbWithFilter, withVocab } from './property-helpers.js';
import { datasetArb, dateArb, dayArb } from './arbitraries.js';
import { bounds, createOracle, type AnyFilter } from './oracle.js';

// Each property builds the index over a random valid dataset and checks that the indexed answer
// equals the naive filter's, in the same order. ~100 runs of datasets with ≤14 visits keep the
// whole file to a few seconds.
const RUNS = { numRuns: 100 };
// Generous: the runs take a few seconds, but the machine may be shared with other work.
const TIMEOUT = 120_000;
const ids = (records: readonly { id: string }[]): string[] => records.map((record) => record.id);

function check(name: string, fields: readonly (keyof AnyFilter)[], vocabulary: Partial<Record<'kind' | 'status' | 'reached', readonly string[]>>, run: (query: ReturnType<typeof createQuery>, oracle: ReturnType<typeof createOracle>, filter: AnyFilter) => void): void {
  it(`${name} equals the naive filter`, () => {
    fc.assert(
      fc.property(dataArbWithFilter(fields).chain(([data, filter]) => withVocab(data, filter, vocabulary)), ([data, filter]) => {
        run(createQuery(data), createOracle(data), filter);
      }),
      RUNS,
    );
  }, TIMEOUT);
}

describe('indexed queries equal a naive filter over random valid datasets', () => {
  const visitFields = ['person', 'roles', 'country', 'origin', 'destination', 'organization', 'viaPostHolders', 'place', 'topic', 'match'] as const;
  check('visits', visitFields, { kind: ['visit', 'working-visit', 'official-visit'], status: ['planned', 'took-place'] }, (q, o, f) => {
    expect(ids(q.visits(f as never))).toEqual(ids(o.visits(f)));
  });
  check('engagements', ['person', 'roles', 'country', 'origin', 'destination', 'organization', 'viaPostHolders', 'place', 'visit', 'topic', 'match'], { kind: ['meeting', 'lecture', 'bilateral-talks'], status: ['took-place'] }, (q, o, f) => {
    expect(q.engagements(f as never).map((row) => row.engagement.id)).toEqual(o.engagements(f).map((row) => row.engagement.id));
  });
  it('meetings and counterparts by engagement fields equal the naive filter', () => {
    // Meetings and counterparts read engagements: the engagement filter restated (by the oracle's
    // engagements) selects which meetings count, and the person is on either side. A random
    // filter of many fields rarely keeps a meeting, so each field is also tried alone with every
    // value the data's engagements hold.
    let narrowed = 0;
    const fields = ['person', 'country', 'origin', 'destination', 'organization', 'viaPostHolders', 'place', 'visit', 'topic', 'match'] as const;
    const vocabulary = { kind: ['meeting', 'lecture', 'bilateral-talks'], status: ['took-place', 'planned'] };
    fc.assert(
      fc.property(dataArbWithFilter(fields).chain(([data, filter]) => withVocab(data, filter, vocabulary)), ([data, random]) => {
        const q = createQuery(data);
        const o = createOracle(data);
        const rows = data.visits.flatMap((visit) => visit.engagements.map((engagement) => ({ visit, engagement })));
        const values = (pick: (row: (typeof rows)[number]) => readonly (string | undefined)[]): string[] => [...new Set(rows.flatMap(pick))].filter((value): value is string => value !== undefined);
        const single: AnyFilter[] = [
          ...values((r) => [r.visit.origin.country, r.visit.destination.country]).flatMap((code) => [{ country: code }, { origin: code }, { destination: code }]),
          ...values((r) => [...r.engagement.organizations, ...r.engagement.counterparts.map((c) => c.organization)]).flatMap((organization) => [{ organization }, { organization, viaPostHolders: false }]),
          ...values((r) => [r.engagement.place]).map((place) => ({ place })),
          ...values((r) => [r.visit.id]).map((visit) => ({ visit })),
          ...values((r) => r.engagement.topics).map((topic) => ({ topic })),
          ...values((r) => [r.engagement.kind]).map((kind) => ({ kind })),
          ...values((r) => [r.engagement.status.value]).map((status) => ({ status })),
        ];
        const people = data.people.map((person) => person.id);
        for (const f of [random, ...single.map((filter, at) => ({ ...filter, ...(at % 2 === 0 ? { person: people[at % people.length] } : {}) }))]) {
          const { person, ...engagementFields } = f;
          const selected = new Set(o.engagements(engagementFields).map((row) => row.engagement.id));
          const chosen = person === undefined ? undefined : new Set(Array.isArray(person) ? person : [person]);
          const onSide = (m: { traveller: string; counterpart: string }): boolean => chosen === undefined || chosen.has(m.traveller) || chosen.has(m.counterpart);
          const expected = o.meetings().filter((m) => selected.has(m.engagement) && onSide(m));
          expect(q.meetings(f as never).map((m) => ({ engagement: m.engagement, traveller: m.traveller, counterpart: m.counterpart })), JSON.stringify(f)).toEqual(expected);
          // Worth something only where the engagement fields keep some meetings and drop others.
          if (expected.length > 0 && expected.length < o.meetings().filter(onSide).length) narrowed++;
          for (const one of chosen ?? []) {
            const met = new Map<string, Set<string>>();
            for (const m of expected) {
              if (m.traveller !== one && m.counterpart !== one) continue;
              const other = m.traveller === one ? m.counterpart : m.traveller;
              if (other !== one) met.set(other, (met.get(other) ?? new Set()).add(m.engagement));
            }
            expect(new Map(q.counterparts(one, engagementFields as never).map((c) => [c.person, c.count])), JSON.stringify(f)).toEqual(new Map([...met].map(([other, set]) => [other, set.size])));
          }
        }
      }),
      { numRuns: 60 },
    );
    expect(narrowed).toBeGreaterThan(100);
  }, TIMEOUT);
  check('agreements', ['country', 'parties', 'person', 'place', 'topic', 'match'], { kind: ['framework', 'communique'], status: ['signed', 'negotiating', 'in-force'], reached: AgreementStatus.options }, (q, o, f) => {
    expect(ids(q.agreements(f as never))).toEqual(ids(o.agreements(f)));
  });
  check('commitments', ['country', 'person', 'organization', 'place', 'match'], { kind: ['funding', 'personnel'] }, (q, o, f) => {
    const filter = { ...f, ...(f.person !== undefined && f.roles !== undefined ? { roles: ['pledger'] } : {}) };
    expect(ids(q.commitments(filter as never))).toEqual(ids(o.commitments(filter)));
  });
  it('commitments by side (roles with person, country or organization) equal the naive filter', () => {
    const sides = fc.uniqueArray(fc.constantFrom('pledger', 'recipient'), { minLength: 1, maxLength: 2 });
    fc.assert(
      fc.property(dataArbWithFilter(['country', 'person', 'organization']), sides, ([data, filter], roles) => {
        if (filter.country === undefined && filter.person === undefined && filter.organization === undefined) return;
        const withRoles = { ...filter, roles };
        expect(ids(createQuery(data).commitments(withRoles as never))).toEqual(ids(createOracle(data).commitments(withRoles)));
      }),
      RUNS,
    );
  }, TIMEOUT);
  check('posts', ['country', 'person', 'organization', 'role', 'match'], {}, (q, o, f) => {
    expect(ids(q.posts(f as never))).toEqual(ids(o.posts(f)));
  });
  check('people', ['country', 'organization'], {}, (q, o, f) => {
    const filter = { country: f.country, organization: f.organization };
    expect(ids(q.people(filter as never))).toEqual(ids(o.people(filter)));
  });
  check('places', ['country', 'within'], { kind: ['city', 'venue', 'military-site', 'region'] }, (q, o, f) => {
    const filter = { country: f.country, within: f.within, kind: f.kind };
    expect(ids(q.places(filter as never))).toEqual(ids(o.places(filter)));
  });
  check('organizations', ['country', 'place', 'parent'], { kind: ['armed-force', 'ministry', 'coalition'] }, (q, o, f) => {
    const filter = { country: f.country, place: f.place, parent: f.parent, kind: f.kind };
    expect(ids(q.organizations(filter as never))).toEqual(ids(o.organizations(filter)));
  });

  it('a visit is found under the people, organizations, places and topics of its engagements only where they count for it (planned within a visit under way or held: no)', () => {
    // Every key of every engagement, not a random pick: a key reached only through a planned
    // engagement of an actual visit is rare in a random filter, and is the case this checks.
    fc.assert(
      fc.property(datasetArb, (data) => {
        const query = createQuery(data);
        const oracle = createOracle(data);
        const engagements = data.visits.flatMap((visit) => visit.engagements);
        const people = new Set(engagements.flatMap((e) => [...e.participants, ...e.counterparts.flatMap((c) => (c.person ? [c.person] : []))]));
        const organizations = new Set(engagements.flatMap((e) => [...e.organizations, ...e.counterparts.flatMap((c) => (c.organization ? [c.organization] : []))]));
        const places = new Set(engagements.flatMap((e) => (e.place ? [e.place] : [])));
        const topics = new Set(engagements.flatMap((e) => e.topics));
        const filters: AnyFilter[] = [
          ...[...people].map((person) => ({ person, roles: ['participant', 'counterpart'] })),
          ...[...organizations].map((organization) => ({ organization })),
          ...[...places].map((place) => ({ place })),
          ...[...topics].map((topic) => ({ topic })),
        ];
        for (const filter of filters) expect(ids(query.visits(filter as never)), JSON.stringify(filter)).toEqual(ids(oracle.visits(filter)));
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('places within each place are the place and every place it contains, at any depth', () => {
    let nested = 0;
    fc.assert(
      fc.property(datasetArb, (data) => {
        const query = createQuery(data);
        const oracle = createOracle(data);
        for (const place of data.places) {
          const found = ids(query.places({ within: place.id }));
          expect(found, place.id).toEqual(ids(oracle.places({ within: place.id })));
          if (found.length > 1) nested++;
        }
      }),
      RUNS,
    );
    // Worth something only if places do nest in the random data.
    expect(nested).toBeGreaterThan(20);
  }, TIMEOUT);

  it('visits and engagements of an organization include its post holders\' while in post, unless viaPostHolders is false', () => {
    // Every organization with a post, with and without its post holders and with a date range:
    // a random filter rarely names such an organization at a time its holder travels.
    let reachedOnlyThroughHolders = 0;
    fc.assert(
      fc.property(datasetArb, fc.option(dateArb, { nil: undefined }), (data, during) => {
        const query = createQuery(data);
        const oracle = createOracle(data);
        const withPosts = [...new Set(data.posts.flatMap((post) => (post.organization === undefined ? [] : [post.organization])))];
        for (const organization of withPosts) {
          for (const viaPostHolders of [undefined, true, false]) {
            const filter: AnyFilter = { organization, ...(viaPostHolders === undefined ? {} : { viaPostHolders }), ...(during === undefined ? {} : { during }) };
            const visits = ids(query.visits(filter as never));
            expect(visits, JSON.stringify(filter)).toEqual(ids(oracle.visits(filter)));
            expect(query.engagements(filter as never).map((row) => row.engagement.id), JSON.stringify(filter)).toEqual(oracle.engagements(filter).map((row) => row.engagement.id));
            if (viaPostHolders === undefined) reachedOnlyThroughHolders += visits.length - query.visits({ ...filter, viaPostHolders: false } as never).length;
          }
        }
      }),
      RUNS,
    );
    // The property is only worth something if post holders do reach visits the organization's own keys do not.
    expect(reachedOnlyThroughHolders).toBeGreaterThan(20);
  }, TIMEOUT);

  it('date ranges ending on, just before and just after record bounds match the naive filter', () => {
    // Range ends are drawn from the records' own first and last days, shifted by -1/0/+1, so
    // every boundary comparison (< vs <=) is exercised for both match modes.
    const shifted = datasetArb.chain((data) => {
      const days = [...new Set(data.visits.flatMap((v) => [bounds(v.when.value).e, bounds(v.when.value).l]).filter(Number.isFinite))];
      const around = days.length === 0 ? fc.constant(19_737) : fc.tuple(fc.constantFrom(...days), fc.constantFrom(-1, 0, 1)).map(([day, shift]) => day + shift);
      return fc.tuple(fc.constant(data), around, around, fc.constantFrom('overlaps' as const, 'within' as const));
    });
    fc.assert(
      fc.property(shifted, ([data, a, b, match]) => {
        const iso = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
        const filter = { from: iso(Math.min(a, b)), to: iso(Math.max(a, b)), match };
        const query = createQuery(data);
        const oracle = createOracle(data);
        expect(ids(query.visits(filter))).toEqual(ids(oracle.visits(filter)));
        expect(query.engagements(filter).map((r) => r.engagement.id)).toEqual(oracle.engagements(filter).map((r) => r.engagement.id));
      }),
      { numRuns: 200 },
    );
  }, TIMEOUT);

  it('postHolders equals the naive evidence rules', () => {
    let withLaterHolders = 0;
    fc.assert(
      fc.property(dataArbWithFilter(['country', 'organization', 'person']), dayArb, fc.option(fc.integer({ min: 0, max: 800 }), { nil: undefined }), ([data, filter], day, maxGapDays) => {
        // The random question, and every post (a random filter seldom keeps two holders of one office).
        for (const question of [{ country: filter.country, organization: filter.organization, person: filter.person }, {}]) {
          const got = createQuery(data)
            .postHolders({ ...question, asOf: day, maxGapDays } as never)
            .map((h) => ({ post: h.post.id, evidence: h.evidence, gapDays: h.gapDays, laterHolders: h.laterHolders.map((later) => `${later.post}@${later.asOf}`) }));
          // maxGapDays keeps the candidates no further than that from the day.
          const expected = createOracle(data).postHolders(question, day).filter((holder) => maxGapDays === undefined || holder.gapDays <= maxGapDays);
          expect(got).toEqual(expected);
          if (expected.some((holder) => holder.laterHolders.length > 0)) withLaterHolders++;
        }
      }),
      { numRuns: 300 },
    );
    // Worth something only if candidates with later holders do occur in the random data.
    expect(withLaterHolders).toBeGreaterThan(15);
  }, TIMEOUT);

  it('agreementStatus equals the latest done entry reported by the day, with later expected ones', () => {
    fc.assert(
      fc.property(datasetArb, dayArb, (data, day) => {
        const query = createQuery(data);
        const oracle = createOracle(data);
        for (const agreement of data.agreements) {
          const answer = query.agreementStatus(agreement.id, day);
          expect({ status: answer.status, expected: answer.expected.map((e) => e.status), overdue: answer.overdue.map((e) => e.status) }).toEqual(oracle.agreementStatus(agreement.id, day));
          if (answer.status === undefined) expect(answer.reason).toMatch(/reported/);
        }
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('meetings, counterparts and partners equal naive counts', () => {
    fc.assert(
      fc.property(datasetArb, (data: Dataset) => {
        const query = createQuery(data);
        const oracle = createOracle(data);
        const statusOfEngagement = new Map(data.visits.flatMap((v) => v.engagements.map((e) => [e.id, e.status.value] as const)));
        expect(query.meetings().map((m) => ({ engagement: m.engagement, traveller: m.traveller, counterpart: m.counterpart }))).toEqual(oracle.meetings());
        for (const person of data.people) {
          const expected = new Map<string, Set<string>>();
          for (const m of oracle.meetings(person.id)) {
            const other = m.traveller === person.id ? m.counterpart : m.traveller;
            if (other !== person.id) expected.set(other, (expected.get(other) ?? new Set()).add(m.engagement));
          }
          const got = query.counterparts(person.id);
          expect(new Map(got.map((c) => [c.person, c.count]))).toEqual(new Map([...expected].map(([other, set]) => [other, set.size])));
          expect(new Map(got.map((c) => [c.person, c.planned]))).toEqual(new Map([...expected].map(([other, set]) => [other, [...set].filter((id) => statusOfEngagement.get(id) === 'planned').length])));
          expect(got.map((c) => c.count)).toEqual([...got.map((c) => c.count)].sort((a, b) => b - a));
        }
        for (const country of new Set(data.visits.map((v) => v.origin.country))) {
          const got = new Map(query.partners(country as never).map((p) => [p.country as string, { visits: p.visits, agreements: p.agreements, commitments: p.commitments, plannedVisits: p.plannedVisits, unconcludedAgreements: p.unconcludedAgreements }]));
          expect(got).toEqual(oracle.partners(country));
        }
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('timelines equal the naive event list in the documented order', () => {
    fc.assert(
      fc.property(datasetArb, (data) => {
        const query = createQuery(data);
        const oracle = createOracle(data);
        for (const person of data.people.slice(0, 3)) expect(query.timeline({ person: person.id }).map((e) => e.key)).toEqual(oracle.timelineKeys({ person: person.id }));
        for (const country of ['KE', 'US']) expect(query.timeline({ country: country as never }).map((e) => e.key)).toEqual(oracle.timelineKeys({ country }));
        // One kind at a time, and two together: the kind filter keeps exactly the events of those kinds.
        const kinds = ['visit', 'engagement', 'agreement-status', 'commitment', 'post-attestation', 'post-start', 'post-end'] as const;
        for (const person of data.people.slice(0, 2)) {
          const all = oracle.timelineKeys({ person: person.id });
          for (const [at, kind] of kinds.entries()) {
            const pair = [kind, kinds[(at + 3) % kinds.length] ?? kind];
            expect(query.timeline({ person: person.id, kind }).map((e) => e.key)).toEqual(all.filter((key) => oracle.timelineKind(key) === kind));
            expect(query.timeline({ person: person.id, kind: pair }).map((e) => e.key)).toEqual(all.filter((key) => (pair as readonly string[]).includes(oracle.timelineKind(key))));
          }
        }
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('search finds every person and organization by its name, and every hit contains the text', () => {
    fc.assert(
      fc.property(datasetArb, (data) => {
        const query = createQuery(data);
        for (const record of [...data.people, ...data.organizations]) {
          const hits = query.search(record.name, { limit: 1000 });
          expect(hits.some((hit) => hit.id === record.id && hit.field === 'name')).toBe(true);
          for (const hit of hits) expect(` ${normalizeText(hit.text)}`).toContain(` ${normalizeText(record.name)}`);
        }
      }),
      { numRuns: 30 },
    );
  }, TIMEOUT);
});
