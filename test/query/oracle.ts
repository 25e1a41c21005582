// A deliberately naive implementation of the query semantics: plain Array.filter over records
// sorted once, dates read with edtfBounds. It is the reference the property tests compare the
// index against, and the "naive filter" baseline of the benchmark. It shares no code with
// src/query beyond the schema types, the EDTF parser and text normalization.
import { edtfBounds, edtfPrecision } from '../../src/dates/edtf.js';
import type { Dataset } from '../../src/schema/dataset.js';
import { searchFold } from '../../src/query/spelling.js';
import type { DeepReadonly } from '../../src/util/deep-freeze.js';

/** Counts of the records linking two countries (see `Partner`). */
export interface PartnerCounts {
  visits: number;
  agreements: number;
  commitments: number;
  plannedVisits: number;
  unconcludedAgreements: number;
}

type Data = DeepReadonly<Dataset>;
type Visit = Data['visits'][number];
type Engagement = Visit['engagements'][number];
type Agreement = Data['agreements'][number];
type Commitment = Data['commitments'][number];
type Post = Data['posts'][number];
type Person = Data['people'][number];
type Organization = Data['organizations'][number];
type Place = Data['places'][number];
export interface Row {
  readonly engagement: Engagement;
  readonly visit: Visit;
}
export interface Range {
  readonly from: number;
  readonly to: number;
  readonly match: 'overlaps' | 'within';
}
export interface Bounds {
  readonly e: number;
  readonly l: number;
  readonly p: number;
}

const cache = new Map<string, Bounds>();
/** Bounds of an EDTF string as day numbers (±Infinity for open ends), memoized. */
export function bounds(value: string): Bounds {
  let hit = cache.get(value);
  if (!hit) {
    const b = edtfBounds(value);
    hit = {
      e: b.earliest === null ? -Infinity : Date.parse(`${b.earliest}T00:00:00Z`) / 86_400_000,
      l: b.latest === null ? Infinity : Date.parse(`${b.latest}T00:00:00Z`) / 86_400_000,
      p: ['year', 'month', 'day'].indexOf(edtfPrecision(value)),
    };
    cache.set(value, hit);
  }
  return hit;
}
/** Day number of an EDTF argument: earliest of `from`, latest of `to`. */
export function rangeOf(filter: { from?: string; to?: string; during?: string; match?: 'overlaps' | 'within' }): Range | undefined {
  const match = filter.match ?? 'overlaps';
  if (filter.during !== undefined) return { from: bounds(filter.during).e, to: bounds(filter.during).l, match };
  if (filter.from === undefined && filter.to === undefined) return undefined;
  return { from: filter.from === undefined ? -Infinity : bounds(filter.from).e, to: filter.to === undefined ? Infinity : bounds(filter.to).l, match };
}
function hits(b: Bounds, range: Range | undefined): boolean {
  if (!range) return true;
  return range.match === 'overlaps' ? b.e <= range.to && b.l >= range.from : b.e >= range.from && b.l <= range.to;
}
function order<T>(items: readonly T[], id: (item: T) => string, b: (item: T) => Bounds): T[] {
  return [...items].sort((x, y) => {
    const bx = b(x);
    const by = b(y);
    if (bx.e !== by.e) return bx.e < by.e ? -1 : 1;
    if (bx.l !== by.l) return bx.l < by.l ? -1 : 1;
    if (bx.p !== by.p) return bx.p - by.p;
    return id(x) < id(y) ? -1 : id(x) > id(y) ? 1 : 0;
  });
}
const list = <T>(value: T | readonly T[] | undefined): readonly T[] | undefined => (value === undefined ? undefined : Array.isArray(value) ? (value as readonly T[]) : [value as T]);
const any = <T>(wanted: readonly T[] | undefined, have: readonly T[]): boolean => wanted === undefined || wanted.some((item) => have.includes(item));

/** Everything a filter can name, loosely typed (the oracle trusts its caller). */
export interface AnyFilter {
  person?: string | readonly string[];
  roles?: readonly string[];
  country?: string | readonly string[];
  origin?: string | readonly string[];
  destination?: string | readonly string[];
  parties?: readonly string[];
  organization?: string | readonly string[];
  viaPostHolders?: boolean;
  place?: string | readonly string[];
  visit?: string | readonly string[];
  kind?: string | readonly string[];
  status?: string | readonly string[];
  reached?: string | readonly string[];
  topic?: string | readonly string[];
  role?: string | readonly string[];
  parent?: string | readonly string[];
  within?: string | readonly string[];
  from?: string;
  to?: string;
  during?: string;
  match?: 'overlaps' | 'within';
}

/** The naive reference over one dataset. Sorting happens once, here, as a user would do. */
export function createOracle(data: Data) {
  const places = new Map(data.places.map((place) => [place.id, place]));
  const ancestors = (id: string | undefined): string[] => {
    const out: string[] = [];
    let current = id;
    while (current !== undefined && !out.includes(current)) {
      out.push(current);
      current = places.get(current)?.within;
    }
    return out;
  };
  const visitBounds = (visit: Visit): Bounds => bounds(visit.when.value);
  const rowBounds = (row: Row): Bounds => bounds(row.engagement.when?.value ?? row.visit.when.value);
  const entryBounds = (entry: Agreement['statusHistory'][number]): Bounds => bounds(entry.date?.value ?? entry.asOf);
  const earliestOf = (all: Bounds[]): Bounds => all.reduce((best, b) => (b.e < best.e || (b.e === best.e && b.l < best.l) ? b : best), all[0] ?? { e: -Infinity, l: Infinity, p: 0 });
  const agreementBounds = (a: Agreement): Bounds => (a.signed ? bounds(a.signed.value) : earliestOf(a.statusHistory.map(entryBounds)));
  const commitmentBounds = (c: Commitment): Bounds => bounds(c.pledged?.value ?? c.asOf);
  // The sides a commitment filter's parties may stand on: both unless `roles` names them.
  const sidesOf = (c: Commitment, roles: readonly string[] | undefined): Commitment['pledgedBy'][] => [
    ...(roles === undefined || roles.includes('pledger') ? [c.pledgedBy] : []),
    ...(roles === undefined || roles.includes('recipient') ? [c.recipient] : []),
  ];
  const postTerm = (post: Post): Bounds | undefined =>
    post.start || post.end ? { e: post.start ? bounds(post.start.value).e : -Infinity, l: post.end ? bounds(post.end.value).l : Infinity, p: 0 } : undefined;
  const postBoundsAll = (post: Post): Bounds[] => [...post.attestations.map((a) => bounds(a.asOf)), ...(postTerm(post) ? [postTerm(post) as Bounds] : [])];
  const postBounds = (post: Post): Bounds => (post.start ? bounds(post.start.value) : earliestOf(post.attestations.map((a) => bounds(a.asOf))));
  const undated = (): Bounds => ({ e: -Infinity, l: Infinity, p: 0 });

  const visits = order(data.visits, (v) => v.id, visitBounds);
  const rows = order(
    data.visits.flatMap((visit) => visit.engagements.map((engagement) => ({ engagement, visit }))),
    (r) => r.engagement.id,
    rowBounds,
  );
  const agreements = order(data.agreements, (a) => a.id, agreementBounds);
  const commitments = order(data.commitments, (c) => c.id, commitmentBounds);
  const posts = order(data.posts, (p) => p.id, postBounds);
  const people = order(data.people, (p) => p.id, undated);
  const organizations = order(data.organizations, (o) => o.id, undated);
  const latestDone = (a: Agreement): string | undefined => [...a.statusHistory].reverse().find((entry) => !entry.expected)?.status;

  // An engagement only planned within a visit that is under way or took place says nothing
  // about the visit (planned is not done); a planned visit's plans are as certain as the visit.
  const countedEngagements = (visit: Visit): readonly Engagement[] => visit.engagements.filter((e) => e.status.value !== 'planned' || visit.status.value === 'planned');
  const rolesOfVisitPerson = (visit: Visit, engagements: readonly Engagement[], person: string): string[] => {
    const roles: string[] = [];
    if (visit.lead === person) roles.push('lead');
    if (visit.delegation.some((member) => member.person === person)) roles.push('delegation');
    if (engagements.some((e) => e.participants.includes(person))) roles.push('participant');
    if (engagements.some((e) => e.counterparts.some((c) => c.person === person))) roles.push('counterpart');
    return roles;
  };
  // People act for an organization through its posts: unless `viaPostHolders` is false, a
  // visit or engagement is the organization's when a holder of one of its posts takes part in
  // any role and its dates may fall between the post's first and last dated evidence.
  const heldBounds = (post: Post): Bounds => {
    const all = postBoundsAll(post);
    return { e: Math.min(...all.map((b) => b.e)), l: Math.max(...all.map((b) => b.l)), p: 0 };
  };
  const viaHolders = (f: AnyFilter, takesPart: (person: string) => boolean, when: Bounds): boolean =>
    f.viaPostHolders !== false &&
    data.posts.some((post) => post.organization !== undefined && (list(f.organization) ?? []).includes(post.organization) && takesPart(post.person) && hits(when, { from: heldBounds(post).e, to: heldBounds(post).l, match: 'overlaps' }));
  const personMatch = (wanted: readonly string[] | undefined, allowed: readonly string[] | undefined, rolesOf: (person: string) => string[]): boolean =>
    wanted === undefined || wanted.some((person) => rolesOf(person).some((role) => allowed === undefined || allowed.includes(role)));

  return {
    visits(f: AnyFilter = {}): Visit[] {
      const range = rangeOf(f);
      return visits.filter(
        (v) =>
          personMatch(list(f.person), f.roles, (p) => rolesOfVisitPerson(v, countedEngagements(v), p)) &&
          any(list(f.country), [v.origin.country, v.destination.country]) &&
          any(list(f.origin), [v.origin.country]) &&
          any(list(f.destination), [v.destination.country]) &&
          (any(list(f.organization), countedEngagements(v).flatMap((e) => [...e.organizations, ...e.counterparts.flatMap((c) => (c.organization ? [c.organization] : []))])) ||
            viaHolders(f, (person) => rolesOfVisitPerson(v, countedEngagements(v), person).length > 0, visitBounds(v))) &&
          any(list(f.place), [...v.destination.places, ...countedEngagements(v).flatMap((e) => (e.place ? [e.place] : []))].flatMap(ancestors)) &&
          any(list(f.kind), [v.kind]) &&
          any(list(f.status), [v.status.value]) &&
          any(list(f.topic), [...v.topics, ...countedEngagements(v).flatMap((e) => e.topics)]) &&
          hits(visitBounds(v), range),
      );
    },
    engagements(f: AnyFilter = {}): Row[] {
      const range = rangeOf(f);
      return rows.filter(
        (r) =>
          personMatch(list(f.person), f.roles, (p) => rolesOfVisitPerson(r.visit, [r.engagement], p)) &&
          any(list(f.country), [r.visit.origin.country, r.visit.destination.country]) &&
          any(list(f.origin), [r.visit.origin.country]) &&
          any(list(f.destination), [r.visit.destination.country]) &&
          (any(list(f.organization), [...r.engagement.organizations, ...r.engagement.counterparts.flatMap((c) => (c.organization ? [c.organization] : []))]) ||
            viaHolders(f, (person) => rolesOfVisitPerson(r.visit, [r.engagement], person).length > 0, rowBounds(r))) &&
          any(list(f.place), ancestors(r.engagement.place)) &&
          any(list(f.visit), [r.visit.id]) &&
          any(list(f.kind), [r.engagement.kind]) &&
          any(list(f.status), [r.engagement.status.value]) &&
          any(list(f.topic), r.engagement.topics) &&
          hits(rowBounds(r), range),
      );
    },
    agreements(f: AnyFilter = {}): Agreement[] {
      const range = rangeOf(f);
      return agreements.filter(
        (a) =>
          any(list(f.country), a.parties) &&
          (f.parties ?? []).every((party) => a.parties.includes(party)) &&
          any(list(f.person), a.signatories.map((s) => s.person)) &&
          any(list(f.place), ancestors(a.place?.place)) &&
          any(list(f.kind), [a.kind]) &&
          any(list(f.status), latestDone(a) ? [latestDone(a) as string] : []) &&
          any(list(f.reached), a.statusHistory.filter((entry) => !entry.expected).map((entry) => entry.status)) &&
          any(list(f.topic), a.topics) &&
          (range === undefined || a.statusHistory.some((entry) => hits(entryBounds(entry), range))),
      );
    },
    commitments(f: AnyFilter = {}): Commitment[] {
      const range = rangeOf(f);
      return commitments.filter(
        (c) =>
          any(list(f.country), sidesOf(c, f.roles).flatMap((side) => (side.country === undefined ? [] : [side.country]))) &&
          any(list(f.person), sidesOf(c, f.roles).flatMap((side) => (side.person === undefined ? [] : [side.person]))) &&
          any(list(f.organization), sidesOf(c, f.roles).flatMap((side) => (side.organization === undefined ? [] : [side.organization]))) &&
          any(list(f.place), ancestors(c.site)) &&
          any(list(f.kind), [c.kind]) &&
          hits(commitmentBounds(c), range),
      );
    },
    posts(f: AnyFilter = {}): Post[] {
      const range = rangeOf(f);
      return posts.filter(
        (p) =>
          any(list(f.country), [p.country]) &&
          any(list(f.person), [p.person]) &&
          any(list(f.organization), p.organization ? [p.organization] : []) &&
          any(list(f.role)?.map(searchFold), [p.role, ...p.titlesAsWritten].map(searchFold)) &&
          (range === undefined || postBoundsAll(p).some((b) => hits(b, range))),
      );
    },
    people(f: AnyFilter = {}): Person[] {
      return people.filter((person) => {
        const held = data.posts.filter((post) => post.person === person.id);
        return (
          any(list(f.country), [...person.nationality.map((n) => n.country), ...held.map((post) => post.country)]) &&
          any(list(f.organization), held.flatMap((post) => (post.organization ? [post.organization] : [])))
        );
      });
    },
    organizations(f: AnyFilter = {}): Organization[] {
      return organizations.filter(
        (o) =>
          any(list(f.country), o.country ? [o.country] : []) &&
          any(list(f.kind), [o.kind]) &&
          any(list(f.place), ancestors(o.location)) &&
          any(list(f.parent), o.parent ? [o.parent] : []),
      );
    },
    places(f: AnyFilter = {}): Place[] {
      // Data order; `within` is the place itself or any place that contains it.
      return data.places.filter((p) => any(list(f.country), p.country ? [p.country] : []) && any(list(f.kind), [p.kind]) && any(list(f.within), ancestors(p.id)));
    },
    /** Person ids with evidence, strongest first — the as-of rules restated plainly. */
    postHolders(f: AnyFilter, asOf: string): { post: string; evidence: string; gapDays: number; laterHolders: string[] }[] {
      const day = bounds(asOf).e;
      const rank = ['attested-on-date', 'in-stated-term', 'attested-before-and-after', 'last-attested-before', 'first-attested-after'];
      const out: { post: string; evidence: string; gapDays: number; laterHolders: string[] }[] = [];
      // Later holders: others in the same role (folded), country and organization, with an
      // attestation starting after the candidate's last one before the day, and by the day.
      const office = (p: Post): string => [searchFold(p.role), p.country, p.organization ?? ''].join('|');
      const laterHolders = (post: Post, since: number): string[] =>
        posts
          .filter((other) => other.person !== post.person && office(other) === office(post))
          .flatMap((other) => {
            const starts = other.attestations.map((a) => ({ asOf: a.asOf, e: bounds(a.asOf).e })).filter((a) => a.e > since && a.e <= day);
            const first = starts.sort((a, b) => a.e - b.e)[0];
            return first ? [{ key: `${other.id}@${first.asOf}`, e: first.e, id: other.id }] : [];
          })
          .sort((a, b) => a.e - b.e || (a.id < b.id ? -1 : 1))
          .map((entry) => entry.key);
      for (const post of this.posts({ country: f.country, organization: f.organization, role: f.role, person: f.person })) {
        if (post.start && bounds(post.start.value).e > day) continue;
        if (post.end && bounds(post.end.value).l < day) continue;
        const spans = post.attestations.map((a) => bounds(a.asOf));
        const before = spans.filter((b) => b.l < day).map((b) => day - b.l);
        const after = spans.filter((b) => b.e > day).map((b) => b.e - day);
        let evidence: string | undefined;
        let gap = 0;
        if (spans.some((b) => b.e <= day && b.l >= day)) evidence = 'attested-on-date';
        else if (post.start && post.end && bounds(post.start.value).l <= day && bounds(post.end.value).e >= day) evidence = 'in-stated-term';
        else if (before.length && after.length) [evidence, gap] = ['attested-before-and-after', Math.min(...before, ...after)];
        else if (before.length) [evidence, gap] = ['last-attested-before', Math.min(...before)];
        else if (after.length) [evidence, gap] = ['first-attested-after', Math.min(...after)];
        const lastBefore = Math.max(...spans.filter((b) => b.l < day).map((b) => b.l));
        const later = evidence === 'attested-before-and-after' || evidence === 'last-attested-before' ? laterHolders(post, lastBefore) : [];
        if (evidence) out.push({ post: post.id, evidence, gapDays: gap, laterHolders: later });
      }
      return out.sort((a, b) => rank.indexOf(a.evidence) - rank.indexOf(b.evidence) || a.gapDays - b.gapDays || (a.post < b.post ? -1 : 1));
    },
    agreementStatus(id: string, asOf: string): { status: string | undefined; expected: string[]; overdue: string[] } {
      const agreement = data.agreements.find((a) => a.id === id);
      const day = bounds(asOf).e;
      const reported = (agreement?.statusHistory ?? []).filter((entry) => bounds(entry.asOf).e <= day);
      const lastDone = reported.map((entry) => !entry.expected).lastIndexOf(true);
      const expected = reported.slice(lastDone + 1).filter((e) => e.expected);
      // Overdue: the expected date is neither uncertain nor approximate, and its last possible day
      // is before the asked day.
      const overdue = expected.filter((e) => e.date !== undefined && !/[?~%]/.test(e.date.value) && bounds(e.date.value).l < day);
      return { status: reported[lastDone]?.status, expected: expected.map((e) => e.status), overdue: overdue.map((e) => e.status) };
    },
    meetings(person?: string): { engagement: string; traveller: string; counterpart: string }[] {
      return rows.flatMap((r) =>
        r.engagement.counterparts.flatMap((c) =>
          c.person === undefined
            ? []
            : [r.visit.lead, ...r.engagement.participants]
                .filter((t) => person === undefined || t === person || c.person === person)
                .map((t) => ({ engagement: r.engagement.id, traveller: t, counterpart: c.person as string })),
        ),
      );
    },
    partners(country: string): Map<string, PartnerCounts> {
      const out = new Map<string, PartnerCounts>();
      const bump = (other: string, field: 'visits' | 'agreements' | 'commitments', plan?: 'plannedVisits' | 'unconcludedAgreements'): void => {
        if (other === country) return;
        const counts = out.get(other) ?? { visits: 0, agreements: 0, commitments: 0, plannedVisits: 0, unconcludedAgreements: 0 };
        counts[field]++;
        if (plan) counts[plan]++;
        out.set(other, counts);
      };
      for (const v of data.visits) {
        const plan = v.status.value === 'planned' ? 'plannedVisits' : undefined;
        if (v.origin.country === country) bump(v.destination.country, 'visits', plan);
        else if (v.destination.country === country) bump(v.origin.country, 'visits', plan);
      }
      // Concluded: some step reported as done (not expected) is a signing, an establishing, in
      // force or expired.
      const concluded = (a: (typeof data.agreements)[number]): boolean => a.statusHistory.some((s) => !s.expected && ['signed', 'established', 'in-force', 'expired'].includes(s.status));
      for (const a of data.agreements) if (a.parties.includes(country)) for (const p of new Set(a.parties)) bump(p, 'agreements', concluded(a) ? undefined : 'unconcludedAgreements');
      for (const c of data.commitments) {
        if (c.pledgedBy.country === undefined || c.recipient.country === undefined) continue;
        if (c.pledgedBy.country === country) bump(c.recipient.country, 'commitments');
        else if (c.recipient.country === country) bump(c.pledgedBy.country, 'commitments');
      }
      return out;
    },
    /** The kind of a timeline event, read from its key. */
    timelineKind(key: string): string {
      if (key.startsWith('agreement:')) return 'agreement-status';
      if (key.startsWith('post:')) return key.endsWith('#start') ? 'post-start' : key.endsWith('#end') ? 'post-end' : 'post-attestation';
      return key.slice(0, key.indexOf(':'));
    },
    /** Keys of the events on a person's or country's timeline, in order. */
    timelineKeys(subject: { person?: string; country?: string }): string[] {
      const events: { key: string; id: string; b: Bounds }[] = [];
      const add = (key: string, id: string, b: Bounds): void => {
        if (!events.some((e) => e.key === key)) events.push({ key, id, b });
      };
      const p = subject.person;
      const c = subject.country;
      for (const v of data.visits) {
        if (p ? rolesOfVisitPerson(v, countedEngagements(v), p).length > 0 : v.origin.country === c || v.destination.country === c) add(`visit:${v.id}`, v.id, visitBounds(v));
        for (const e of v.engagements) {
          if (p ? rolesOfVisitPerson(v, [e], p).length > 0 : v.origin.country === c || v.destination.country === c) add(`engagement:${e.id}`, e.id, rowBounds({ engagement: e, visit: v }));
        }
      }
      for (const a of data.agreements) {
        if (p ? a.signatories.some((s) => s.person === p) : a.parties.includes(c ?? '')) a.statusHistory.forEach((entry, i) => add(`agreement:${a.id}#statusHistory[${i}]`, a.id, entryBounds(entry)));
      }
      for (const m of data.commitments) {
        const involved = p ? m.pledgedBy.person === p || m.recipient.person === p : m.pledgedBy.country === c || m.recipient.country === c;
        if (involved) add(`commitment:${m.id}`, m.id, commitmentBounds(m));
      }
      for (const post of data.posts) {
        if (p ? post.person !== p : post.country !== c) continue;
        post.attestations.forEach((a, i) => add(`post:${post.id}#attestations[${i}]`, post.id, bounds(a.asOf)));
        if (post.start) add(`post:${post.id}#start`, post.id, bounds(post.start.value));
        if (post.end) add(`post:${post.id}#end`, post.id, bounds(post.end.value));
      }
      return events
        .sort((x, y) => (x.b.e !== y.b.e ? (x.b.e < y.b.e ? -1 : 1) : x.b.l !== y.b.l ? (x.b.l < y.b.l ? -1 : 1) : x.b.p !== y.b.p ? x.b.p - y.b.p : x.id !== y.id ? (x.id < y.id ? -1 : 1) : x.key < y.key ? -1 : 1))
        .map((e) => e.key);
    },
  };
}
