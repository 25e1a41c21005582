import { spanMatches, type DayWindow, type Span } from './days.js';

/**
 * How to index one record kind: its id, the span it is ordered by, the spans a date filter
 * looks at, and the keys it is found under in each dimension (person, country, topic …).
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

/** One constraint: the record must be in the posting list of at least one of its terms. */
export interface Constraint {
  readonly terms: readonly { readonly dimension: string; readonly key: string }[];
}

// Date entries are split by how many days they span, so that a range lookup needs to look back
// only by the longest span of its own class: day-precision entries never make the lookup for a
// one-day window scan a year of month- and year-precision ones.
const CLASS_LIMITS = [0, 31, 366, 4000] as const;

interface DateClass {
  readonly earliest: Float64Array;
  readonly latest: Float64Array;
  readonly record: Int32Array;
  readonly maxSpan: number;
}

const EMPTY = new Int32Array(0);

/** Posting lists of one dimension: positions grouped by key; key `k` owns `offsets[k] … offsets[k + 1]`. */
interface Postings {
  readonly slots: ReadonlyMap<string, number>;
  readonly offsets: Int32Array;
  readonly positions: Int32Array;
}

/** An append-only Int32 buffer that doubles as it fills. */
class GrowableInt32 {
  private data = new Int32Array(16);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  get(index: number): number {
    return this.data[index] ?? 0;
  }
  set(index: number, value: number): void {
    this.data[index] = value;
  }
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

function lowerBound(values: Float64Array, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((values[mid] ?? 0) < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

function upperBound(values: Float64Array, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((values[mid] ?? 0) <= target) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Sorted union of sorted, duplicate-free lists. */
function union(lists: readonly Int32Array[]): Int32Array {
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
    if (read === 0 || all[read] !== all[read - 1]) all[write++] = all[read] ?? 0;
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
    while (high < list.length && (list[high] ?? 0) < value) {
      this.at = high + 1;
      high += step;
      step *= 2;
    }
    let low = this.at;
    high = Math.min(high, list.length);
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((list[mid] ?? 0) < value) low = mid + 1;
      else high = mid;
    }
    this.at = low;
    return low < list.length && list[low] === value;
  }
}

/**
 * Records of one kind in result order, with posting lists per dimension and date entries for
 * range lookups. Built once; every query reads it and nothing writes it afterwards.
 */
export class Table<R> {
  readonly records: readonly R[];
  readonly positionOf: ReadonlyMap<string, number>;
  private readonly postings: readonly Postings[];
  private readonly dimensionIndex: ReadonlyMap<string, number>;
  private readonly classes: readonly DateClass[];
  /** All date entries by record: entries of record `p` are at `entryStart[p] … entryStart[p + 1]`. */
  private readonly entryStart: Int32Array;
  private readonly entryEarliest: Float64Array;
  private readonly entryLatest: Float64Array;
  readonly dated: boolean;

  constructor(input: readonly R[], spec: TableSpec<R>) {
    const count = input.length;
    const keyEarliest = new Float64Array(count);
    const keyLatest = new Float64Array(count);
    const keyPrecision = new Uint8Array(count);
    const ids: string[] = new Array<string>(count);
    for (let index = 0; index < count; index++) {
      const record = input[index] as R;
      const span = spec.primary(record);
      keyEarliest[index] = span.earliest;
      keyLatest[index] = span.latest;
      keyPrecision[index] = span.precision;
      ids[index] = spec.id(record);
    }
    // Sorting an index array over typed keys avoids allocating a key object per record.
    const order = new Int32Array(count);
    for (let index = 0; index < count; index++) order[index] = index;
    order.sort((a, b) => {
      const e = (keyEarliest[a] ?? 0) - (keyEarliest[b] ?? 0);
      if (e !== 0 && !Number.isNaN(e)) return e;
      const l = (keyLatest[a] ?? 0) - (keyLatest[b] ?? 0);
      if (l !== 0 && !Number.isNaN(l)) return l;
      const p = (keyPrecision[a] ?? 0) - (keyPrecision[b] ?? 0);
      if (p !== 0) return p;
      const idA = ids[a] ?? '';
      const idB = ids[b] ?? '';
      return idA < idB ? -1 : idA > idB ? 1 : 0;
    });
    const records = new Array<R>(count);
    const positionOf = new Map<string, number>();
    for (let position = 0; position < count; position++) {
      const source = order[position] ?? 0;
      records[position] = input[source] as R;
      positionOf.set(ids[source] ?? '', position);
    }
    this.records = Object.freeze(records);
    this.positionOf = positionOf;

    // Posting lists are stored compactly (one Int32Array of positions per dimension, grouped by
    // key, plus offsets): millions of small per-key arrays would cost far more memory and GC time
    // than the positions themselves. Pairs are collected in position order, then grouped by a
    // stable counting sort, so every list comes out sorted.
    const dimensionCount = spec.dimensions.length;
    const slots = spec.dimensions.map(() => new Map<string, number>());
    const pairSlot = spec.dimensions.map(() => new GrowableInt32());
    const pairPosition = spec.dimensions.map(() => new GrowableInt32());
    const lastPosition = spec.dimensions.map(() => new GrowableInt32());
    this.dimensionIndex = new Map(spec.dimensions.map((name, index) => [name, index]));
    let current = 0;
    const emit = (dimension: number, key: string): void => {
      if (dimension < 0 || dimension >= dimensionCount) return;
      const map = slots[dimension] as Map<string, number>;
      const last = lastPosition[dimension] as GrowableInt32;
      let slot = map.get(key);
      if (slot === undefined) {
        slot = map.size;
        map.set(key, slot);
        last.push(-1);
      }
      // A record can name the same key twice (met the same person at two engagements).
      if (last.get(slot) === current) return;
      last.set(slot, current);
      (pairSlot[dimension] as GrowableInt32).push(slot);
      (pairPosition[dimension] as GrowableInt32).push(current);
    };
    for (current = 0; current < count; current++) spec.keys(records[current] as R, emit);
    this.postings = spec.dimensions.map((_, dimension) => {
      const map = slots[dimension] as Map<string, number>;
      const slotsOf = (pairSlot[dimension] as GrowableInt32).view();
      const positionsIn = (pairPosition[dimension] as GrowableInt32).view();
      const offsets = new Int32Array(map.size + 1);
      for (let i = 0; i < slotsOf.length; i++) {
        const at = (slotsOf[i] ?? 0) + 1;
        offsets[at] = (offsets[at] ?? 0) + 1;
      }
      for (let slot = 0; slot < map.size; slot++) offsets[slot + 1] = (offsets[slot + 1] ?? 0) + (offsets[slot] ?? 0);
      const fill = offsets.slice(0, map.size);
      const positions = new Int32Array(slotsOf.length);
      for (let i = 0; i < slotsOf.length; i++) {
        const slot = slotsOf[i] ?? 0;
        positions[fill[slot] ?? 0] = positionsIn[i] ?? 0;
        fill[slot] = (fill[slot] ?? 0) + 1;
      }
      return { slots: map, offsets, positions };
    });

    this.dated = spec.dates !== undefined;
    const starts = new Int32Array(count + 1);
    const earliest: number[] = [];
    const latest: number[] = [];
    const perClass = CLASS_LIMITS.map(() => ({ earliest: [] as number[], latest: [] as number[], record: [] as number[], maxSpan: 0 }));
    const unbounded = { earliest: [] as number[], latest: [] as number[], record: [] as number[], maxSpan: Infinity };
    if (spec.dates) {
      for (let position = 0; position < count; position++) {
        starts[position] = earliest.length;
        for (const span of spec.dates(records[position] as R)) {
          earliest.push(span.earliest);
          latest.push(span.latest);
          const length = span.latest - span.earliest;
          const classIndex = CLASS_LIMITS.findIndex((limit) => length <= limit);
          const target = classIndex < 0 ? unbounded : (perClass[classIndex] ?? unbounded);
          target.earliest.push(span.earliest);
          target.latest.push(span.latest);
          target.record.push(position);
          if (length > target.maxSpan) target.maxSpan = length;
        }
      }
    }
    starts[count] = earliest.length;
    this.entryStart = starts;
    this.entryEarliest = Float64Array.from(earliest);
    this.entryLatest = Float64Array.from(latest);
    this.classes = [...perClass, unbounded].map((raw) => {
      // Entries of one record arrive in position order, which is earliest-day order for the
      // primary span only; sort each class by earliest so range lookups can binary-search.
      const idx = raw.earliest.map((_, index) => index).sort((a, b) => (raw.earliest[a] ?? 0) - (raw.earliest[b] ?? 0) || (raw.record[a] ?? 0) - (raw.record[b] ?? 0));
      return {
        earliest: Float64Array.from(idx, (index) => raw.earliest[index] ?? 0),
        latest: Float64Array.from(idx, (index) => raw.latest[index] ?? 0),
        record: Int32Array.from(idx, (index) => raw.record[index] ?? 0),
        maxSpan: raw.maxSpan,
      };
    });
  }

  /** The sorted positions of records under `key` in `dimension` (empty if none). */
  posting(dimension: string, key: string): Int32Array {
    const index = this.dimensionIndex.get(dimension);
    if (index === undefined) throw new Error(`internal: unknown dimension ${dimension}`);
    const postings = this.postings[index];
    const slot = postings?.slots.get(key);
    if (postings === undefined || slot === undefined) return EMPTY;
    return postings.positions.subarray(postings.offsets[slot] ?? 0, postings.offsets[slot + 1] ?? 0);
  }

  /** Keys present in a dimension (for suggestions and relation counts). */
  keysOf(dimension: string): IterableIterator<string> {
    const index = this.dimensionIndex.get(dimension);
    return (this.postings[index ?? -1]?.slots ?? new Map<string, number>()).keys();
  }

  /** True when some date entry of the record at `position` matches the window. */
  matchesWindow(position: number, window: DayWindow): boolean {
    const end = this.entryStart[position + 1] ?? 0;
    for (let entry = this.entryStart[position] ?? 0; entry < end; entry++) {
      if (spanMatches(this.entryEarliest[entry] ?? 0, this.entryLatest[entry] ?? 0, window)) return true;
    }
    return false;
  }

  /** Sorted positions of records with a date entry matching the window. */
  private windowPositions(window: DayWindow): Int32Array {
    const found: number[] = [];
    for (const dateClass of this.classes) {
      const lookback = window.match === 'overlaps' ? dateClass.maxSpan : 0;
      const low = Number.isFinite(lookback) ? lowerBound(dateClass.earliest, window.from - lookback) : 0;
      const high = upperBound(dateClass.earliest, window.to);
      for (let entry = low; entry < high; entry++) {
        if (spanMatches(dateClass.earliest[entry] ?? 0, dateClass.latest[entry] ?? 0, window)) found.push(dateClass.record[entry] ?? 0);
      }
    }
    const positions = Int32Array.from(found).sort();
    let write = 0;
    for (let read = 0; read < positions.length; read++) {
      if (read === 0 || positions[read] !== positions[read - 1]) positions[write++] = positions[read] ?? 0;
    }
    return positions.subarray(0, write);
  }

  /** Upper estimate of how many entries a window lookup would visit (to pick the cheapest driver). */
  private windowCost(window: DayWindow): number {
    let cost = 0;
    for (const dateClass of this.classes) {
      const lookback = window.match === 'overlaps' ? dateClass.maxSpan : 0;
      const low = Number.isFinite(lookback) ? lowerBound(dateClass.earliest, window.from - lookback) : 0;
      cost += Math.max(0, upperBound(dateClass.earliest, window.to) - low);
    }
    return cost;
  }

  /**
   * Positions of records meeting every constraint and the window, in result order. Drives from
   * the cheapest source (smallest posting list, or the date lookup) and checks the rest per
   * candidate, so cost follows the smallest input rather than the table size.
   */
  select(constraints: readonly Constraint[], window: DayWindow | undefined): Int32Array {
    const lists = constraints.map((constraint) => union(constraint.terms.map((term) => this.posting(term.dimension, term.key))));
    lists.sort((a, b) => a.length - b.length);
    const smallest = lists[0];
    if (smallest !== undefined && smallest.length === 0) return EMPTY;
    let driver: Int32Array;
    let rest: Int32Array[];
    let checkWindow = window !== undefined;
    if (window !== undefined && (smallest === undefined || this.windowCost(window) < smallest.length)) {
      driver = this.windowPositions(window);
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
      const position = driver[read] ?? 0;
      for (const cursor of cursors) if (!cursor.has(position)) continue outer;
      if (checkWindow && window !== undefined && !this.matchesWindow(position, window)) continue;
      out[write++] = position;
    }
    return out.subarray(0, write);
  }
}
