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

/** A dimension of the event tables: every one keeps its lists split by span length too. */
type TieredDimension = Required<Dimension>;

/** What a group's lists are turned into dimensions with, once the table's order is known. */
interface ResultOrder {
  /** Input index (the record number given to `add`) → result position. */
  readonly positionOfInput: Int32Array;
  readonly dates: DateIndex;
}

/**
 * The posting lists of a group of dimensions that one walk over a table's records fills: the
 * people of an event (with their roles), its countries (with their sides), organizations,
 * places, topics, kind or status. Each group is built on the first question that reads one of
 * its dimensions, so a question about people does not wait for the lists of topics. The walks
 * ({@link walkVisits}, {@link walkEngagements}) call the methods for the parts of a record each
 * table files the record under; a group reads the fields it needs and ignores the rest.
 */
abstract class KeyGroup {
  /**
   * Whether the walk must go through engagements (most of the reading: skipped otherwise):
   * whether the group reads them at all, that is, overrides {@link engagement}.
   */
  get readsEngagements(): boolean {
    return this.engagement !== KeyGroup.prototype.engagement;
  }

  constructor(protected readonly keys: VisitKeys) {}

  /** Keys from the visit around an event: who travelled, and between which countries. */
  visitSide(_visit: VisitRecord, _record: number): void {}
  /** Keys from one engagement: who took part, whom they met, organizations, topics, place. */
  engagement(_engagement: Engagement, _record: number): void {}
  /** Keys a visit is filed under in the visits table only: its places, kind, status, topics. */
  visitOwn(_visit: VisitRecord, _record: number): void {}
  /** Keys an engagement is filed under in the engagements table only: its kind and status. */
  engagementOwn(_engagement: Engagement, _record: number): void {}

  /** The group's dimensions by name, records numbered as the walk numbered them. */
  abstract build(order: ResultOrder): ReadonlyMap<string, TieredDimension>;
}

/** The dimension of one vocabulary and builder, with its split by span length on first use. */
function dimensionOf(lookup: Vocabulary, builder: PostingsBuilder, order: ResultOrder): TieredDimension {
  const postings = builder.build(lookup.size, order.positionOfInput);
  return tiered(lookup, postings, tiersOf(postings, order.dates));
}

/** A dimension over `postings` (only entries in the roles of `mask`, when given), split by span length by `tiers`. */
function tiered(lookup: KeyLookup, postings: Postings, tiers: () => TieredPostings, mask?: number): TieredDimension {
  return postingsDimension(lookup, postings, mask === undefined ? { tiers } : { mask, tiers }) as TieredDimension;
}

/** `person` and its role dimensions (`person:lead` …), which read the same lists. */
class PeopleGroup extends KeyGroup {
  private readonly person = new PostingsBuilder(true);

  override visitSide(visit: VisitRecord, record: number): void {
    const { people } = this.keys;
    this.person.add(people.intern(visit.lead), record, LEAD);
    for (const member of visit.delegation) {
      if (member.person !== undefined) this.person.add(people.intern(member.person), record, DELEGATION);
    }
  }

  override engagement(engagement: Engagement, record: number): void {
    const { people } = this.keys;
    for (const id of engagement.participants) this.person.add(people.intern(id), record, PARTICIPANT);
    for (const counterpart of engagement.counterparts) {
      if (counterpart.person !== undefined) this.person.add(people.intern(counterpart.person), record, COUNTERPART);
    }
  }

  build(order: ResultOrder): ReadonlyMap<string, TieredDimension> {
    const { people } = this.keys;
    const person = this.person.build(people.size, order.positionOfInput);
    const tiers = tiersOf(person, order.dates);
    return new Map([
      ['person', tiered(people, person, tiers)],
      ['person:lead', tiered(people, person, tiers, LEAD)],
      ['person:delegation', tiered(people, person, tiers, DELEGATION)],
      ['person:participant', tiered(people, person, tiers, PARTICIPANT)],
      ['person:counterpart', tiered(people, person, tiers, COUNTERPART)],
    ]);
  }
}

/** `country` and its side dimensions (`country:origin`, `country:destination`). */
class CountryGroup extends KeyGroup {
  private readonly country = new PostingsBuilder(true);

  override visitSide(visit: VisitRecord, record: number): void {
    const { countries } = this.keys;
    this.country.add(countries.intern(visit.origin.country), record, ORIGIN);
    this.country.add(countries.intern(visit.destination.country), record, DESTINATION);
  }

  build(order: ResultOrder): ReadonlyMap<string, TieredDimension> {
    const { countries } = this.keys;
    const country = this.country.build(countries.size, order.positionOfInput);
    const tiers = tiersOf(country, order.dates);
    return new Map([
      ['country', tiered(countries, country, tiers)],
      ['country:origin', tiered(countries, country, tiers, ORIGIN)],
      ['country:destination', tiered(countries, country, tiers, DESTINATION)],
    ]);
  }
}

/** Organizations met at an engagement, as counterparts or named with it. */
class OrganizationGroup extends KeyGroup {
  private readonly organization = new PostingsBuilder();

  override engagement(engagement: Engagement, record: number): void {
    const { organizations } = this.keys;
    for (const counterpart of engagement.counterparts) {
      if (counterpart.organization !== undefined) this.organization.add(organizations.intern(counterpart.organization), record);
    }
    for (const id of engagement.organizations) this.organization.add(organizations.intern(id), record);
  }

  build(order: ResultOrder): ReadonlyMap<string, TieredDimension> {
    return new Map([['organization', dimensionOf(this.keys.organizations, this.organization, order)]]);
  }
}

/** Places (with every place they lie within): a visit's destination places and engagement places. */
class PlaceGroup extends KeyGroup {
  private readonly place = new PostingsBuilder();

  override engagement(engagement: Engagement, record: number): void {
    if (engagement.place !== undefined) this.add(engagement.place, record);
  }

  override visitOwn(visit: VisitRecord, record: number): void {
    for (const place of visit.destination.places) this.add(place, record);
  }

  private add(place: string, record: number): void {
    for (const number of this.keys.placeChain(place)) this.place.add(number, record);
  }

  build(order: ResultOrder): ReadonlyMap<string, TieredDimension> {
    return new Map([['place', dimensionOf(this.keys.places, this.place, order)]]);
  }
}

/** Topics of a visit and of its engagements. */
class TopicGroup extends KeyGroup {
  private readonly topic = new PostingsBuilder();

  override engagement(engagement: Engagement, record: number): void {
    for (const topic of engagement.topics) this.topic.add(this.keys.topics.intern(topic), record);
  }

  override visitOwn(visit: VisitRecord, record: number): void {
    for (const topic of visit.topics) this.topic.add(this.keys.topics.intern(topic), record);
  }

  build(order: ResultOrder): ReadonlyMap<string, TieredDimension> {
    return new Map([['topic', dimensionOf(this.keys.topics, this.topic, order)]]);
  }
}

/**
 * A key of the record itself: a visit's in the visits table, an engagement's in the engagements
 * table (its kind, or its status).
 */
class OwnKeyGroup extends KeyGroup {
  private readonly postings = new PostingsBuilder();

  constructor(
    keys: VisitKeys,
    private readonly dimension: string,
    private readonly vocabulary: Vocabulary,
    private readonly keyOf: (event: VisitRecord | Engagement) => string,
  ) {
    super(keys);
  }

  override visitOwn(visit: VisitRecord, record: number): void {
    this.postings.add(this.vocabulary.intern(this.keyOf(visit)), record);
  }

  override engagementOwn(engagement: Engagement, record: number): void {
    this.postings.add(this.vocabulary.intern(this.keyOf(engagement)), record);
  }

  build(order: ResultOrder): ReadonlyMap<string, TieredDimension> {
    return new Map([[this.dimension, dimensionOf(this.vocabulary, this.postings, order)]]);
  }
}

/** Every group, with the dimensions it makes (the names a query asks a table for). */
const GROUPS: readonly { readonly make: (keys: VisitKeys) => KeyGroup; readonly dimensions: readonly string[] }[] = [
  { make: (keys) => new PeopleGroup(keys), dimensions: ['person', 'person:lead', 'person:delegation', 'person:participant', 'person:counterpart'] },
  { make: (keys) => new CountryGroup(keys), dimensions: ['country', 'country:origin', 'country:destination'] },
  { make: (keys) => new OrganizationGroup(keys), dimensions: ['organization'] },
  { make: (keys) => new PlaceGroup(keys), dimensions: ['place'] },
  // Kinds are numbered per table (a visit's kinds and an engagement's differ); statuses are shared.
  { make: (keys) => new OwnKeyGroup(keys, 'kind', new Vocabulary(), (event) => event.kind), dimensions: ['kind'] },
  { make: (keys) => new OwnKeyGroup(keys, 'status', keys.statuses, (event) => event.status.value), dimensions: ['status'] },
  { make: (keys) => new TopicGroup(keys), dimensions: ['topic'] },
];

/**
 * The dimensions of the event tables, by the group that builds them together (the benchmark
 * times each group's first use).
 *
 * @example
 * ```ts
 * eventDimensionGroups()[0]; // ['person', 'person:lead', …]
 * ```
 */
export function eventDimensionGroups(): readonly (readonly string[])[] {
  return GROUPS.map((group) => group.dimensions);
}

/**
 * The dimensions of an event table, each group built by `walk` on the first question reading
 * one of its dimensions. Building every list up front cost more than half the visits table at
 * 10^6 visits (docs/index-build.md); a group's walk reads only its own fields.
 */
function deferredDimensions(keys: VisitKeys, walk: (group: KeyGroup) => void, order: ResultOrder): Map<string, Dimension> {
  const dimensions = new Map<string, Dimension>();
  for (const { make, dimensions: names } of GROUPS) {
    const built = lazy(() => {
      const group = make(keys);
      walk(group);
      return group.build(order);
    });
    for (const name of names) {
      const dimension = (): TieredDimension => {
        const found = built().get(name);
        if (found === undefined) throw new Error(`internal: the group listing dimension ${name} did not build it`);
        return found;
      };
      dimensions.set(name, { posting: (key) => dimension().posting(key), tierPostings: (key) => dimension().tierPostings(key) });
    }
  }
  return dimensions;
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
 * kind, status and topics. The build reads each visit's date and id and puts the visits in
 * result order; each group of posting lists is built on first use by a walk over the visits in
 * input order (their order in memory).
 */
export function visitTable(visits: readonly VisitRecord[], keys: VisitKeys): Table<VisitRecord> {
  const spans: Span[] = [];
  const ids: string[] = [];
  for (let index = 0; index < visits.length; index++) {
    const visit = visits[index] as VisitRecord;
    spans.push(spanOf(visit.when.value));
    ids.push(visit.id);
  }
  const { records, order, positionOfInput, dates } = chronological(visits, spans, ids);
  const dimensions = deferredDimensions(keys, (group) => walkVisits(visits, group), { positionOfInput, dates });
  return new Table({ records, order, positionOfInput, id: (visit) => visit.id, dimensions, dates });
}

/** Files each visit (numbered by input index) under `group`'s keys. */
function walkVisits(visits: readonly VisitRecord[], group: KeyGroup): void {
  const { readsEngagements } = group;
  for (let index = 0; index < visits.length; index++) {
    const visit = visits[index] as VisitRecord;
    group.visitSide(visit, index);
    group.visitOwn(visit, index);
    if (!readsEngagements) continue;
    for (const engagement of visit.engagements) if (engagementCountsForVisit(visit, engagement)) group.engagement(engagement, index);
  }
}

/** The span an engagement is dated by: its own date, else its visit's. */
export function engagementSpan(row: EngagementRow): Span {
  return spanOf(row.date);
}

/**
 * The engagements table: one row per engagement with its visit, found under the visit's
 * travellers and countries as well as its own participants, counterparts, place, kind and
 * status; and under its visit (keyed by the visit's position in the visits table). The build
 * makes the rows, puts them in result order and files them under their visits; the other posting
 * lists are built per group on first use, as for the visits table.
 */
export function engagementTable(visits: Table<VisitRecord>, visitOrder: readonly VisitRecord[], keys: VisitKeys): Table<EngagementRow> {
  // Rows are made walking the visits in input order (their order in memory); `visitOrder` is
  // the input the visits table was built from.
  const visitPositions = visits.inputPositions();
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
      byVisit.add(visitPosition, row);
    }
  }
  const { records, order, positionOfInput, dates } = chronological(rows, spans, ids);
  const dimensions = deferredDimensions(keys, (group) => walkEngagements(rows, group), { positionOfInput, dates });
  const visitLookup: KeyLookup = { get: (id) => visits.positionOf.get(id) };
  const byVisitPostings = byVisit.build(visits.records.length, positionOfInput);
  dimensions.set('visit', postingsDimension(visitLookup, byVisitPostings, { tiers: tiersOf(byVisitPostings, dates) }));
  // A row is frozen already; freezing its visit freezes the engagement it holds too.
  return new Table({ records, order, positionOfInput, id: (row) => row.engagement.id, dimensions, dates, freeze: (row) => freezeRecord(row.visit) });
}

/** Files each engagement row (numbered in the order the rows were made) under `group`'s keys. */
function walkEngagements(rows: readonly EngagementRow[], group: KeyGroup): void {
  for (let row = 0; row < rows.length; row++) {
    const { visit, engagement } = rows[row] as EngagementRow;
    group.visitSide(visit, row);
    group.engagement(engagement, row);
    group.engagementOwn(engagement, row);
  }
}
