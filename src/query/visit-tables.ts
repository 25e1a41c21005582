import { DateIndex } from './date-index.js';
import { spanOf, type Span } from './days.js';
import { freezeRecord } from './freeze.js';
import { lazy } from './lazy.js';
import { chronologicalOrder } from './order.js';
import { PostingsBuilder, splitByTier, type Postings, type TieredPostings } from './postings.js';
import { postingsDimension, Table, type Dimension } from './table.js';
import type { KeyLookup } from './vocabulary.js';
import { Vocabulary } from './vocabulary.js';
import type { EngagementRow, VisitRecord } from './types.js';

type Engagement = VisitRecord['engagements'][number];

/**
 * Key numbering shared by the visit and engagement tables, so that a person referenced by both
 * is interned once per reference, and the place hierarchy is walked once per place.
 */
export class VisitKeys {
  readonly people = new Vocabulary();
  readonly countries = new Vocabulary();
  readonly organizations = new Vocabulary();
  readonly places = new Vocabulary();
  readonly topics = new Vocabulary();
  readonly statuses = new Vocabulary();
  private readonly chains: (Int32Array | undefined)[] = [];

  /** @param ancestors the place and every place it lies within (ids). */
  constructor(private readonly ancestors: (place: string) => readonly string[]) {}

  /** Numbers of the place and every place it lies within, so a city finds its venues. */
  placeChain(place: string): Int32Array {
    const number = this.places.intern(place);
    let chain = this.chains[number];
    if (chain === undefined) {
      chain = Int32Array.from(this.ancestors(place), (id) => this.places.intern(id));
      this.chains[number] = chain;
    }
    return chain;
  }
}

/** Roles a person holds in an event, as flag bits of the `person` postings. */
const LEAD = 1;
const DELEGATION = 2;
const PARTICIPANT = 4;
const COUNTERPART = 8;
/** Sides a country is on, as flag bits of the `country` postings. */
const ORIGIN = 1;
const DESTINATION = 2;

/**
 * Posting-list builders for the dimensions of visits and engagements. `person` carries the role
 * of each mention as flags and `country` the side, so the role dimensions (`person:lead`,
 * `country:origin` …) read the same lists instead of keeping copies. Named fields rather than a
 * list indexed by dimension keep the per-key work to one vocabulary lookup and three pushes.
 */
class EventPostings {
  readonly person = new PostingsBuilder(true);
  readonly country = new PostingsBuilder(true);
  readonly organization = new PostingsBuilder();
  readonly place = new PostingsBuilder();
  readonly kind = new PostingsBuilder();
  readonly status = new PostingsBuilder();
  readonly topic = new PostingsBuilder();
  readonly kinds = new Vocabulary();

  constructor(private readonly keys: VisitKeys) {}

  /** Keys from the visit around an event: who travelled, and between which countries. */
  visitSide(visit: VisitRecord, record: number): void {
    const { people, countries } = this.keys;
    this.person.add(people.intern(visit.lead), record, LEAD);
    for (const member of visit.delegation) {
      if (member.person !== undefined) this.person.add(people.intern(member.person), record, DELEGATION);
    }
    this.country.add(countries.intern(visit.origin.country), record, ORIGIN);
    this.country.add(countries.intern(visit.destination.country), record, DESTINATION);
  }

  /** Keys from one engagement: who took part, whom they met, organizations, topics, place. */
  engagement(engagement: Engagement, record: number): void {
    const { people, organizations, topics } = this.keys;
    for (const id of engagement.participants) this.person.add(people.intern(id), record, PARTICIPANT);
    for (const counterpart of engagement.counterparts) {
      if (counterpart.person !== undefined) this.person.add(people.intern(counterpart.person), record, COUNTERPART);
      if (counterpart.organization !== undefined) this.organization.add(organizations.intern(counterpart.organization), record);
    }
    for (const id of engagement.organizations) this.organization.add(organizations.intern(id), record);
    for (const topic of engagement.topics) this.topic.add(topics.intern(topic), record);
    if (engagement.place !== undefined) this.places(engagement.place, record);
  }

  places(place: string, record: number): void {
    for (const number of this.keys.placeChain(place)) this.place.add(number, record);
  }

  /**
   * The dimensions, with record numbers (input indexes) mapped to positions; each dimension
   * splits its lists by span length on first use (see `splitByTier`), `dates` giving the tiers.
   */
  build(positionOfInput: Int32Array, dates: DateIndex): Map<string, Dimension> {
    const { people, countries, organizations, places, topics, statuses } = this.keys;
    const dimension = (lookup: KeyLookup, postings: Postings, tiers: () => TieredPostings, mask?: number): Dimension => postingsDimension(lookup, postings, mask === undefined ? { tiers } : { mask, tiers });
    const built = (lookup: Vocabulary, builder: PostingsBuilder): Dimension => {
      const postings = builder.build(lookup.size, positionOfInput);
      return dimension(lookup, postings, tiersOf(postings, dates));
    };
    const person = this.person.build(people.size, positionOfInput);
    const country = this.country.build(countries.size, positionOfInput);
    // The role dimensions share the lists of `person` and `country`, and so their split.
    const personTiers = tiersOf(person, dates);
    const countryTiers = tiersOf(country, dates);
    return new Map([
      ['person', dimension(people, person, personTiers)],
      ['person:lead', dimension(people, person, personTiers, LEAD)],
      ['person:delegation', dimension(people, person, personTiers, DELEGATION)],
      ['person:participant', dimension(people, person, personTiers, PARTICIPANT)],
      ['person:counterpart', dimension(people, person, personTiers, COUNTERPART)],
      ['country', dimension(countries, country, countryTiers)],
      ['country:origin', dimension(countries, country, countryTiers, ORIGIN)],
      ['country:destination', dimension(countries, country, countryTiers, DESTINATION)],
      ['organization', built(organizations, this.organization)],
      ['place', built(places, this.place)],
      ['kind', built(this.kinds, this.kind)],
      ['status', built(statuses, this.status)],
      ['topic', built(topics, this.topic)],
    ]);
  }
}

/** The split of `postings` by span length (see `splitByTier`), made on first call and kept. */
function tiersOf(postings: Postings, dates: DateIndex): () => TieredPostings {
  return lazy(() => splitByTier(postings, dates.positionTiers()));
}

/**
 * Result order of records whose spans and ids were read in input order: the records in that
 * order, the permutation both ways, and the one date entry each record has.
 */
function chronological<R>(input: readonly R[], spans: readonly Span[], ids: readonly string[]) {
  const count = input.length;
  const order = chronologicalOrder(spans, (index) => ids[index] as string);
  const records: R[] = [];
  const positionOfInput = new Int32Array(count);
  const from = new Float32Array(count);
  const to = new Float32Array(count);
  let exact = true;
  for (let position = 0; position < count; position++) {
    const index = order[position] as number;
    records.push(input[index] as R);
    positionOfInput[index] = position;
    const span = spans[index] as Span;
    from[position] = span.earliest;
    to[position] = span.latest;
    exact &&= from[position] === span.earliest && to[position] === span.latest;
  }
  // Days that a Float32 cannot hold exactly (never in EDTF's four-digit years): keep 64 bits.
  const dates = exact
    ? new DateIndex(undefined, from, to)
    : new DateIndex(
        undefined,
        Float64Array.from(order, (index) => (spans[index] as Span).earliest),
        Float64Array.from(order, (index) => (spans[index] as Span).latest),
      );
  return { records, order, positionOfInput, dates };
}

/**
 * Whether an engagement's people, organizations, place and topics count as its visit's: not when
 * the engagement is only planned within a visit that is under way or took place. Planned is not
 * done: a lecture a traveller "will give" does not make the visit one to its venue, nor a meeting
 * "lined up" one with that person. The planned engagements of a planned visit count, being as
 * certain as the visit itself. Plans within a visit stay findable in the engagements table.
 *
 * @example
 * ```ts
 * engagementCountsForVisit(visit, visit.engagements[0]);
 * ```
 */
export function engagementCountsForVisit(visit: VisitRecord, engagement: Engagement): boolean {
  return engagement.status.value !== 'planned' || visit.status.value === 'planned';
}

/**
 * The visits table: every visit under its people (all roles), countries, organizations and
 * places met at its engagements (see {@link engagementCountsForVisit}), the places it went to,
 * kind, status and topics. One walk over the visits in input order reads their dates, ids and
 * keys.
 */
export function visitTable(visits: readonly VisitRecord[], keys: VisitKeys): Table<VisitRecord> {
  const postings = new EventPostings(keys);
  const spans: Span[] = [];
  const ids: string[] = [];
  for (let index = 0; index < visits.length; index++) {
    const visit = visits[index] as VisitRecord;
    spans.push(spanOf(visit.when.value));
    ids.push(visit.id);
    postings.visitSide(visit, index);
    for (const place of visit.destination.places) postings.places(place, index);
    postings.kind.add(postings.kinds.intern(visit.kind), index);
    postings.status.add(keys.statuses.intern(visit.status.value), index);
    for (const topic of visit.topics) postings.topic.add(keys.topics.intern(topic), index);
    for (const engagement of visit.engagements) if (engagementCountsForVisit(visit, engagement)) postings.engagement(engagement, index);
  }
  const { records, order, positionOfInput, dates } = chronological(visits, spans, ids);
  return new Table({ records, order, positionOfInput, id: (visit) => visit.id, dimensions: postings.build(positionOfInput, dates), dates });
}

/** The span an engagement is dated by: its own date, else its visit's. */
export function engagementSpan(row: EngagementRow): Span {
  return spanOf(row.date);
}

/**
 * The engagements table: one row per engagement with its visit, found under the visit's
 * travellers and countries as well as its own participants, counterparts, place, kind and
 * status; and under its visit (keyed by the visit's position in the visits table).
 */
export function engagementTable(visits: Table<VisitRecord>, visitOrder: readonly VisitRecord[], keys: VisitKeys): Table<EngagementRow> {
  // Rows are made walking the visits in input order (their order in memory); `visitOrder` is
  // the input the visits table was built from.
  const visitPositions = visits.inputPositions();
  const postings = new EventPostings(keys);
  const byVisit = new PostingsBuilder();
  const rows: EngagementRow[] = [];
  const spans: Span[] = [];
  const ids: string[] = [];
  for (let at = 0; at < visitOrder.length; at++) {
    const visit = visitOrder[at] as VisitRecord;
    const visitPosition = visitPositions[at] as number;
    for (const engagement of visit.engagements) {
      const row = rows.length;
      const date = engagement.when?.value ?? visit.when.value;
      rows.push(Object.freeze({ engagement, visit, date, dateFrom: engagement.when === undefined ? 'visit' : 'engagement' } as const));
      spans.push(spanOf(date));
      ids.push(engagement.id);
      postings.visitSide(visit, row);
      postings.engagement(engagement, row);
      postings.kind.add(postings.kinds.intern(engagement.kind), row);
      postings.status.add(keys.statuses.intern(engagement.status.value), row);
      byVisit.add(visitPosition, row);
    }
  }
  const { records, order, positionOfInput, dates } = chronological(rows, spans, ids);
  const dimensions = postings.build(positionOfInput, dates);
  const visitLookup: KeyLookup = { get: (id) => visits.positionOf.get(id) };
  const byVisitPostings = byVisit.build(visits.records.length, positionOfInput);
  dimensions.set('visit', postingsDimension(visitLookup, byVisitPostings, { tiers: tiersOf(byVisitPostings, dates) }));
  // A row is frozen already; freezing its visit freezes the engagement it holds too.
  return new Table({ records, order, positionOfInput, id: (row) => row.engagement.id, dimensions, dates, freeze: (row) => freezeRecord(row.visit) });
}
