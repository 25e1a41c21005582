import { DateIndex } from './date-index.js';
import { spanOf, type Span } from './days.js';
import { freezeRecord } from './freeze.js';
import { chronologicalOrder } from './order.js';
import { PostingsBuilder } from './postings.js';
import { Table, type Dimension } from './table.js';
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

/**
 * Posting-list builders for the dimensions of visits and engagements (`person` is the union of
 * the four role lists). Named fields rather than a list indexed by dimension keep the per-key
 * work to one vocabulary lookup and two typed-array writes.
 */
class EventPostings {
  readonly person: PostingsBuilder;
  readonly lead: PostingsBuilder;
  readonly delegation: PostingsBuilder;
  readonly participant: PostingsBuilder;
  readonly counterpart: PostingsBuilder;
  readonly country: PostingsBuilder;
  readonly origin: PostingsBuilder;
  readonly destination: PostingsBuilder;
  readonly organization: PostingsBuilder;
  readonly place: PostingsBuilder;
  readonly kind: PostingsBuilder;
  readonly status: PostingsBuilder;
  readonly topic: PostingsBuilder;
  readonly kinds = new Vocabulary();

  constructor(
    count: number,
    private readonly keys: VisitKeys,
  ) {
    const rare = count >> 3;
    this.person = new PostingsBuilder(count * 2);
    this.lead = new PostingsBuilder(count);
    this.delegation = new PostingsBuilder(rare);
    this.participant = new PostingsBuilder(rare);
    this.counterpart = new PostingsBuilder(count);
    this.country = new PostingsBuilder(count * 2);
    this.origin = new PostingsBuilder(count);
    this.destination = new PostingsBuilder(count);
    this.organization = new PostingsBuilder(rare);
    this.place = new PostingsBuilder(count);
    this.kind = new PostingsBuilder(count);
    this.status = new PostingsBuilder(count);
    this.topic = new PostingsBuilder(count);
  }

  /** Keys from the visit around an event: who travelled, and between which countries. */
  visitSide(visit: VisitRecord, position: number): void {
    const { people, countries } = this.keys;
    const lead = people.intern(visit.lead);
    this.lead.add(lead, position);
    this.person.add(lead, position);
    for (const member of visit.delegation) {
      if (member.person === undefined) continue;
      const person = people.intern(member.person);
      this.delegation.add(person, position);
      this.person.add(person, position);
    }
    const origin = countries.intern(visit.origin.country);
    const destination = countries.intern(visit.destination.country);
    this.origin.add(origin, position);
    this.destination.add(destination, position);
    this.country.add(origin, position);
    this.country.add(destination, position);
  }

  /** Keys from one engagement: who took part, whom they met, organizations, topics, place. */
  engagement(engagement: Engagement, position: number): void {
    const { people, organizations, topics } = this.keys;
    for (const id of engagement.participants) {
      const person = people.intern(id);
      this.participant.add(person, position);
      this.person.add(person, position);
    }
    for (const counterpart of engagement.counterparts) {
      if (counterpart.person !== undefined) {
        const person = people.intern(counterpart.person);
        this.counterpart.add(person, position);
        this.person.add(person, position);
      }
      if (counterpart.organization !== undefined) this.organization.add(organizations.intern(counterpart.organization), position);
    }
    for (const id of engagement.organizations) this.organization.add(organizations.intern(id), position);
    for (const topic of engagement.topics) this.topic.add(topics.intern(topic), position);
    if (engagement.place !== undefined) this.places(engagement.place, position);
  }

  places(place: string, position: number): void {
    for (const number of this.keys.placeChain(place)) this.place.add(number, position);
  }

  build(count: number): Map<string, Dimension> {
    const { people, countries, organizations, places, topics, statuses } = this.keys;
    const dimension = (lookup: Vocabulary, builder: PostingsBuilder): Dimension => ({ lookup, postings: builder.build(lookup.size, count) });
    return new Map([
      ['person', dimension(people, this.person)],
      ['person:lead', dimension(people, this.lead)],
      ['person:delegation', dimension(people, this.delegation)],
      ['person:participant', dimension(people, this.participant)],
      ['person:counterpart', dimension(people, this.counterpart)],
      ['country', dimension(countries, this.country)],
      ['country:origin', dimension(countries, this.origin)],
      ['country:destination', dimension(countries, this.destination)],
      ['organization', dimension(organizations, this.organization)],
      ['place', dimension(places, this.place)],
      ['kind', dimension(this.kinds, this.kind)],
      ['status', dimension(statuses, this.status)],
      ['topic', dimension(topics, this.topic)],
    ]);
  }
}

/**
 * Records in result order, with the permutation both ways and the one date entry each record
 * has (`start[p] = p`, as {@link DateIndex} expects). The span and id of each record are read
 * once, in input order.
 */
function chronological<R>(input: readonly R[], spanOfRecord: (record: R) => Span, idOf: (record: R) => string) {
  const count = input.length;
  const earliest = new Float64Array(count);
  const latest = new Float64Array(count);
  const precision = new Uint8Array(count);
  const ids = new Array<string>(count);
  for (let index = 0; index < count; index++) {
    const record = input[index] as R;
    const span = spanOfRecord(record);
    earliest[index] = span.earliest;
    latest[index] = span.latest;
    precision[index] = span.precision;
    ids[index] = idOf(record);
  }
  const order = chronologicalOrder(earliest, latest, precision, (index) => ids[index] as string);
  const records = new Array<R>(count);
  const positionOfInput = new Int32Array(count);
  const start = new Int32Array(count + 1);
  const from = new Float64Array(count);
  const to = new Float64Array(count);
  for (let position = 0; position < count; position++) {
    const index = order[position] as number;
    records[position] = input[index] as R;
    positionOfInput[index] = position;
    start[position] = position;
    from[position] = earliest[index] as number;
    to[position] = latest[index] as number;
  }
  start[count] = count;
  return { records, order, positionOfInput, dates: new DateIndex(start, from, to) };
}

/**
 * The visits table: every visit under its people (all roles), countries, organizations and
 * places met at its engagements, the places it went to, kind, status and topics.
 */
export function visitTable(visits: readonly VisitRecord[], keys: VisitKeys): Table<VisitRecord> {
  const { records, order, positionOfInput, dates } = chronological(visits, (visit) => spanOf(visit.when.value), (visit) => visit.id);
  const postings = new EventPostings(records.length, keys);
  // Input order, not result order: see PostingsBuilder.
  for (let index = 0; index < visits.length; index++) {
    const visit = visits[index] as VisitRecord;
    const position = positionOfInput[index] as number;
    postings.visitSide(visit, position);
    for (const place of visit.destination.places) postings.places(place, position);
    postings.kind.add(postings.kinds.intern(visit.kind), position);
    postings.status.add(keys.statuses.intern(visit.status.value), position);
    for (const topic of visit.topics) postings.topic.add(keys.topics.intern(topic), position);
    for (const engagement of visit.engagements) postings.engagement(engagement, position);
  }
  return new Table({ records, order, id: (visit) => visit.id, dimensions: postings.build(records.length), dates });
}

/** The span an engagement is dated by: its own date, else its visit's. */
export function engagementSpan(row: EngagementRow): Span {
  return spanOf(row.engagement.when?.value ?? row.visit.when.value);
}

/**
 * The engagements table: one row per engagement with its visit, found under the visit's
 * travellers and countries as well as its own participants, counterparts, place, kind and
 * status; and under its visit (keyed by the visit's position in the visits table).
 */
export function engagementTable(visits: Table<VisitRecord>, visitOrder: readonly VisitRecord[], keys: VisitKeys): Table<EngagementRow> {
  // Rows are made walking the visits in input order (their order in memory); `visitOrder` is
  // the input the visits table was built from.
  const rows: EngagementRow[] = [];
  for (const visit of visitOrder) for (const engagement of visit.engagements) rows.push(Object.freeze({ engagement, visit }));
  const { records, order, positionOfInput, dates } = chronological(rows, engagementSpan, (row) => row.engagement.id);
  const visitPositions = visits.inputPositions();
  const postings = new EventPostings(records.length, keys);
  const byVisit = new PostingsBuilder(records.length);
  let index = 0;
  visitOrder.forEach((visit, at) => {
    const visitPosition = visitPositions[at] as number;
    for (const engagement of visit.engagements) {
      const position = positionOfInput[index++] as number;
      postings.visitSide(visit, position);
      postings.engagement(engagement, position);
      postings.kind.add(postings.kinds.intern(engagement.kind), position);
      postings.status.add(keys.statuses.intern(engagement.status.value), position);
      byVisit.add(visitPosition, position);
    }
  });
  const dimensions = postings.build(records.length);
  const visitLookup: KeyLookup = { get: (id) => visits.positionOf.get(id) };
  dimensions.set('visit', { lookup: visitLookup, postings: byVisit.build(visits.records.length, records.length) });
  // A row is frozen already; freezing its visit freezes the engagement it holds too.
  return new Table({ records, order, id: (row) => row.engagement.id, dimensions, dates, freeze: (row) => freezeRecord(row.visit) });
}
