import { DateIndex, type Plan, type TierLists } from './date-index.js';
import type { DayWindow, Span } from './days.js';
import { freezeRecord } from './freeze.js';
import { chronologicalOrder } from './order.js';
import { postingList, positionsWithFlags, PostingsBuilder, type Postings, type TieredPostings } from './postings.js';
import { Vocabulary, type KeyLookup } from './vocabulary.js';

/**
 * How to index one record kind generically: its id, the span it is ordered by, the spans a date
 * filter looks at, and the keys it is found under in each dimension (person, country, topic …).
 * The large tables (visits, engagements) have hand-written builders in visit-tables.ts instead.
 */
export interface TableSpec<R> {
  readonly dimensions: readonly string[];
  id(record: R): string;
  /** Orders results: by earliest day, then latest, then precision (coarser first), then id. */
  primary(record: R): Span;
  /** Spans a date filter tests (any may match); omit for kinds without dates. */
  dates?(record: R): readonly Span[];
  /** Calls `emit(dimension index, key)` for every key the record is found under. */
  keys(record: R, emit: (dimension: number, key: string) => void): void;
}

/**
 * One constraint: the record must be in the posting list of at least one of its terms, or, when
 * `positions` is given, among those positions (sorted, no duplicates; the terms are then unread).
 */
export interface Constraint {
  readonly terms: readonly { readonly dimension: string; readonly key: string }[];
  readonly positions?: Int32Array;
}

/** A dimension: the sorted positions of the records found under a key. */
export interface Dimension {
  posting(key: string): Int32Array;
  /** The same, split off for records of short, medium and long spans (see Postings.short). */
  tierPostings?(key: string): TierLists;
}

/**
 * A dimension read from posting lists: `lookup` numbers the key, `postings` holds the lists.
 * With `mask`, only entries holding the key in one of those roles (see {@link Postings.flags}):
 * the role dimensions (`person:lead` …) share the lists of `person` rather than keeping copies.
 * With `tiers`, the lists split by span length (see `splitByTier`), made on first use and
 * shared by the dimensions reading the same lists.
 *
 * @example
 * ```ts
 * postingsDimension(people, personPostings, { mask: LEAD }).posting('aden-duale');
 * ```
 */
export function postingsDimension(lookup: KeyLookup, postings: Postings, options: { readonly mask?: number; readonly tiers?: () => TieredPostings } = {}): Dimension {
  const { mask, tiers } = options;
  const read = (from: Postings, key: string): Int32Array => (mask === undefined ? postingList(from, lookup.get(key)) : positionsWithFlags(from, lookup.get(key), mask));
  const posting = (key: string): Int32Array => read(postings, key);
  if (tiers === undefined) return { posting };
  return {
    posting,
    tierPostings: (key) => {
      const { short, medium, long } = tiers();
      return { short: read(short, key), medium: read(medium, key), long: read(long, key) };
    },
  };
}

/** What a table is made of; see {@link tableOf} and visit-tables.ts for how it is built. */
export interface TableParts<R> {
  /** Records in result order (chronological, then by id). */
  readonly records: readonly R[];
  id(record: R): string;
  readonly dimensions: ReadonlyMap<string, Dimension>;
  readonly dates?: DateIndex;
  /** Makes a record safe to hand out (default: deep-freeze it). */
  freeze?(record: R): void;
  /**
   * `order[p]` = where the record at position `p` was in the input. Lets {@link Table.positionOf}
   * walk records in input order, which is usually their order in memory (much faster at 10^6).
   */
  readonly order?: Int32Array;
  /** The inverse of `order`, when the builder has it already. */
  readonly positionOfInput?: Int32Array;
}

const EMPTY = new Int32Array(0);

/**
 * Sorted union of sorted, duplicate-free lists.
 *
 * @example
 * ```ts
 * union([Int32Array.of(1, 4), Int32Array.of(2, 4)]); // Int32Array [1, 2, 4]
 * ```
 */
export function union(lists: readonly Int32Array[]): Int32Array {
  if (lists.length === 1) return lists[0] ?? EMPTY;
  let total = 0;
  for (const list of lists) total += list.length;
  const all = new Int32Array(total);
  let offset = 0;
  for (const list of lists) {
    all.set(list, offset);
    offset += list.length;
  }
  all.sort();
  let write = 0;
  for (let read = 0; read < all.length; read++) {
    if (read === 0 || all[read] !== all[read - 1]) all[write++] = all[read] as number;
  }
  return all.subarray(0, write);
}

/** A cursor over a sorted list answering "is x in it?" for increasing x by galloping forward. */
class Cursor {
  private at = 0;
  constructor(private readonly list: Int32Array) {}
  has(value: number): boolean {
    const list = this.list;
    let step = 1;
    let high = this.at;
    while (high < list.length && (list[high] as number) < value) {
      this.at = high + 1;
      high += step;
      step *= 2;
    }
    let low = this.at;
    high = Math.min(high, list.length);
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((list[mid] as number) < value) low = mid + 1;
      else high = mid;
    }
    this.at = low;
    return low < list.length && list[low] === value;
  }
}

/**
 * Records of one kind in result order, with posting lists per dimension and date entries for
 * range lookups. Built once; every query reads it and nothing writes it afterwards.
 *
 * Records are frozen as they are handed out ({@link output}), not when the table is built: deep-
 * freezing 10^6 records up front would cost more than building the index.
 */
export class Table<R> {
  readonly records: readonly R[];
  private readonly idOf: (record: R) => string;
  private readonly dimensions: ReadonlyMap<string, Dimension>;
  private readonly dates: DateIndex | undefined;
  private readonly freeze: (record: R) => void;
  private readonly frozen: Uint8Array;
  private readonly order: Int32Array | undefined;
  private positions: Map<string, number> | undefined;
  private inputToPosition: Int32Array | undefined;

  constructor(parts: TableParts<R>) {
    this.records = Object.freeze(parts.records);
    this.idOf = parts.id;
    this.dimensions = parts.dimensions;
    this.dates = parts.dates;
    this.freeze = parts.freeze ?? freezeRecord;
    this.frozen = new Uint8Array(parts.records.length);
    this.order = parts.order;
    this.inputToPosition = parts.positionOfInput;
  }

  /** Position of each record by id; built on first use (only id lookups need it). */
  get positionOf(): ReadonlyMap<string, number> {
    if (this.positions === undefined) {
      const positions = new Map<string, number>();
      const count = this.records.length;
      if (this.order === undefined) {
        for (let position = 0; position < count; position++) positions.set(this.idOf(this.records[position] as R), position);
      } else {
        const inputToPosition = this.inputPositions();
        for (let index = 0; index < count; index++) {
          const position = inputToPosition[index] as number;
          positions.set(this.idOf(this.records[position] as R), position);
        }
      }
      this.positions = positions;
    }
    return this.positions;
  }

  /** `inputPositions()[i]` = the position of the `i`-th input record (requires `order`). */
  inputPositions(): Int32Array {
    if (this.inputToPosition === undefined) {
      if (this.order === undefined) throw new Error('internal: table built without its input order');
      const inputToPosition = new Int32Array(this.order.length);
      for (let position = 0; position < this.order.length; position++) inputToPosition[this.order[position] as number] = position;
      this.inputToPosition = inputToPosition;
    }
    return this.inputToPosition;
  }

  /** The record at `position`, frozen (once) so that callers cannot change shared data. */
  output(position: number): R {
    const record = this.records[position] as R;
    if (this.frozen[position] === 0) {
      this.freeze(record);
      this.frozen[position] = 1;
    }
    return record;
  }

  /** The sorted positions of records under `key` in `dimension` (empty if none). */
  posting(dimension: string, key: string): Int32Array {
    const found = this.dimensions.get(dimension);
    if (found === undefined) throw new Error(`internal: unknown dimension ${dimension}`);
    return found.posting(key);
  }

  /** The short-, medium- and long-span parts of a constraint's list, when every dimension it reads keeps them. */
  private tierLists(constraint: Constraint): TierLists | undefined {
    if (constraint.positions !== undefined) return undefined;
    const short: Int32Array[] = [];
    const medium: Int32Array[] = [];
    const long: Int32Array[] = [];
    for (const term of constraint.terms) {
      const tierPostings = this.dimensions.get(term.dimension)?.tierPostings;
      if (tierPostings === undefined) return undefined;
      const parts = tierPostings(term.key);
      short.push(parts.short);
      medium.push(parts.medium);
      long.push(parts.long);
    }
    return { short: union(short), medium: union(medium), long: union(long) };
  }

  /**
   * The slice of the smallest list the window covers, or the date lookup, when either visits
   * fewer entries than the smallest list (undefined: drive from the list).
   */
  private windowDriver(dates: DateIndex, window: DayWindow, smallest: { readonly constraint: Constraint; readonly list: Int32Array } | undefined): { covers: 'list and window' | 'window'; plan: Plan } | undefined {
    const listCost = smallest?.list.length ?? Infinity;
    const plan = smallest === undefined ? undefined : dates.slicePlan(smallest.list, window, () => this.tierLists(smallest.constraint));
    const slice = plan !== undefined && plan.cost < listCost ? plan : undefined;
    // The date lookup's cost takes binary searches in every date class: skip them when the slice
    // costs no more than the records starting in the window, which that lookup visits anyway.
    if (slice !== undefined && slice.cost <= dates.leastLookupCost(window)) return { covers: 'list and window', plan: slice };
    const lookup = dates.lookup(window);
    if (slice !== undefined && slice.cost < lookup.cost) return { covers: 'list and window', plan: slice };
    return lookup.cost < listCost ? { covers: 'window', plan: lookup } : undefined;
  }

  /** True when some date entry of the record at `position` matches the window. */
  matchesWindow(position: number, window: DayWindow): boolean {
    return this.dates?.matches(position, window) ?? false;
  }

  /**
   * Positions of records meeting every constraint and the window, in result order. Drives from
   * the cheapest source (smallest posting list, or the date lookup) and checks the rest per
   * candidate, so cost follows the smallest input rather than the table size.
   */
  select(constraints: readonly Constraint[], window: DayWindow | undefined): Int32Array {
    const listed = constraints.map((constraint) => ({ constraint, list: constraint.positions ?? union(constraint.terms.map((term) => this.posting(term.dimension, term.key))) }));
    listed.sort((a, b) => a.list.length - b.list.length);
    const lists = listed.map(({ list }) => list);
    const smallest = lists[0];
    if (smallest !== undefined && smallest.length === 0) return EMPTY;
    // A window on a table without dates matches nothing (as no date entry can match it).
    if (window !== undefined && this.dates === undefined) return EMPTY;
    let driver: Int32Array;
    let rest: Int32Array[];
    let checkWindow = window !== undefined;
    // Three ways to drive: the date lookup, the smallest list, or (dates in position order) the
    // slice of the smallest list the window covers; the cheapest by entries visited wins.
    const windowDriver = window !== undefined && this.dates !== undefined ? this.windowDriver(this.dates, window, listed[0]) : undefined;
    if (windowDriver?.covers === 'list and window') {
      driver = windowDriver.plan.run();
      rest = lists.slice(1);
      checkWindow = false;
    } else if (windowDriver?.covers === 'window') {
      driver = windowDriver.plan.run();
      rest = lists;
      checkWindow = false;
    } else if (smallest !== undefined) {
      driver = smallest;
      rest = lists.slice(1);
    } else {
      driver = Int32Array.from(this.records, (_, index) => index);
      rest = [];
    }
    if (rest.length === 0 && !checkWindow) return driver;
    const cursors = rest.map((list) => new Cursor(list));
    const out = new Int32Array(driver.length);
    let write = 0;
    outer: for (let read = 0; read < driver.length; read++) {
      const position = driver[read] as number;
      for (const cursor of cursors) if (!cursor.has(position)) continue outer;
      if (checkWindow && window !== undefined && !this.matchesWindow(position, window)) continue;
      out[write++] = position;
    }
    return out.subarray(0, write);
  }
}

/**
 * Builds a table from a {@link TableSpec}: for the smaller kinds (agreements, posts, people …),
 * where a callback per key costs little.
 *
 * @example
 * ```ts
 * const table = tableOf(data.posts, { dimensions: ['person'], id: (p) => p.id, primary: postPrimary, keys: (p, emit) => emit(0, p.person) });
 * ```
 */
export function tableOf<R>(input: readonly R[], spec: TableSpec<R>): Table<R> {
  const count = input.length;
  const spans = input.map((record) => spec.primary(record));
  const order = chronologicalOrder(spans, (index) => spec.id(input[index] as R));
  const records = Array.from(order, (index) => input[index] as R);

  const vocabularies = spec.dimensions.map(() => new Vocabulary());
  const builders = spec.dimensions.map(() => new PostingsBuilder());
  let current = 0;
  const emit = (dimension: number, key: string): void => {
    const vocabulary = vocabularies[dimension];
    if (vocabulary !== undefined) builders[dimension]?.add(vocabulary.intern(key), current);
  };
  for (current = 0; current < count; current++) spec.keys(records[current] as R, emit);
  const dimensions = new Map<string, Dimension>();
  spec.dimensions.forEach((name, index) => {
    const vocabulary = vocabularies[index] as Vocabulary;
    dimensions.set(name, postingsDimension(vocabulary, (builders[index] as PostingsBuilder).build(vocabulary.size)));
  });

  let dates: DateIndex | undefined;
  if (spec.dates) {
    const start = new Int32Array(count + 1);
    const from: number[] = [];
    const to: number[] = [];
    for (let position = 0; position < count; position++) {
      start[position] = from.length;
      for (const span of spec.dates(records[position] as R)) {
        from.push(span.earliest);
        to.push(span.latest);
      }
    }
    start[count] = from.length;
    dates = new DateIndex(start, from, to);
  }
  return new Table({ records, id: spec.id, dimensions, dates });
}
