import { spanMatches, type DayWindow } from './days.js';
import { containsValue, lowerBound, lowerBoundValue, upperBound, upperBoundValue } from './binary-search.js';

/**
 * Date entries of a table's records (a record may have several: a post's attestations), with
 * lookups by day window.
 *
 * Entries are split by how many days they span, so that a range lookup needs to look back only
 * by the longest span of its own class: day-precision entries never make the lookup for a
 * one-day window scan a year of month- and year-precision ones.
 *
 * Days are stored as 32-bit floats when that is exact: day numbers of four-digit years are
 * integers far below 2^24, which a Float32 holds exactly, as it holds ±Infinity for open ends;
 * at 10^6 records this halves the index's largest part. Other days keep 64-bit floats.
 */
const CLASS_LIMITS = [0, 31, 366, 4000, Infinity] as const;

/**
 * Spans of at most this many days (a day, a month, a short interval) are short: a record of
 * that tier that may overlap a window starts at most a month before it.
 *
 * @example
 * ```ts
 * spanTier(0, SHORT_SPAN); // 0
 * ```
 */
export const SHORT_SPAN = 31;

/**
 * Spans longer than this (in days) count as long: intervals over years and open-ended ones,
 * which may overlap any window. Spans between {@link SHORT_SPAN} and this (a year) are medium.
 *
 * @example
 * ```ts
 * spanTier(0, 400); // 2
 * ```
 */
export const LONG_SPAN = 366;

/** Tier of a span by length: one day. */
export const DAY_TIER = 0;
/** Tier of a span by length: short, 2 to {@link SHORT_SPAN} days (a month). */
export const SHORT_TIER = 1;
/** Tier of a span by length: medium, up to {@link LONG_SPAN} days (a year). */
export const MEDIUM_TIER = 2;
/** Tier of a span by length: long, or open on a side. */
export const LONG_TIER = 3;

/**
 * The tier of a span from `earliest` to `latest` by its length in days; open ends are long.
 * Each posting list keeps its short, medium and long records apart (see `Postings.short`), so
 * that a key with a day window reads its one-day records starting in the window, a month-deep
 * slice of its short records, a year-deep slice of its medium ones and only those of its long
 * ones that start before the window ends.
 *
 * @example
 * ```ts
 * spanTier(0, 0);        // 0: a day
 * spanTier(0, 30);       // 1: a month
 * spanTier(0, 364);      // 2: a year
 * spanTier(0, Infinity); // 3: open-ended
 * ```
 */
export function spanTier(earliest: number, latest: number): number {
  const length = latest - earliest;
  return length === 0 ? DAY_TIER : length <= SHORT_SPAN ? SHORT_TIER : length <= LONG_SPAN ? MEDIUM_TIER : LONG_TIER;
}

/**
 * One value for each tier of spans a key's list is split into (see {@link spanTier}): short,
 * medium and long. One-day records stay only in the whole list.
 */
export interface ByTier<T> {
  readonly short: T;
  readonly medium: T;
  readonly long: T;
}

/** The short-, medium- and long-span parts of a key's list. */
export type TierLists = ByTier<Int32Array>;

/** A way to find the positions matching a window, with its cost in entries visited. */
export interface Plan {
  readonly cost: number;
  run(): Int32Array;
}

/** One binary-searched range of a position list read by a tiered slice. */
interface Part {
  readonly list: Int32Array;
  readonly low: number;
  readonly high: number;
  /** Skip records of more than one day: in the key's whole list, the others come from their own parts. */
  readonly onlyDays: boolean;
}

interface DateClass {
  /** Entry numbers sorted by earliest day (then record), so a window is a binary-searched range. */
  readonly entries: Int32Array;
  /** Longest span in the class: how far before a window's start an overlapping entry may begin. */
  readonly maxSpan: number;
}

/** Days as stored: see the note above. */
export type DayArray = Float32Array | Float64Array;

/** `days` as a Float32Array when every value survives the conversion, else as a Float64Array. */
export function compactDays(days: ArrayLike<number>): DayArray {
  if (days instanceof Float32Array) return days;
  for (let index = 0; index < days.length; index++) {
    const day = days[index] as number;
    if (Math.fround(day) !== day) return days instanceof Float64Array ? days : Float64Array.from(days);
  }
  return Float32Array.from(days);
}

function classOf(length: number): number {
  let index = 0;
  while (!(length <= (CLASS_LIMITS[index] as number))) index++;
  return index;
}

export class DateIndex {
  private readonly classes: readonly DateClass[];
  private readonly earliest: DayArray;
  private readonly latest: DayArray;
  /** Entry numbers of record `p` are `start[p] … start[p + 1]`; without `start`, entry `p` is record `p`'s only one. */
  private readonly start: Int32Array | undefined;
  /** The record of each entry (only with `start`). */
  private readonly recordOfEntry: Int32Array | undefined;
  /**
   * True when each record has one entry and earliest days never decrease with the position
   * (visits, engagements: records are in result order): a day range is then a position range.
   */
  private readonly monotone: boolean;
  private tiers: Uint8Array | undefined;

  /**
   * @param start entries of record `p` are `start[p] … start[p + 1]` in `earliest`/`latest`;
   *   `undefined` when every record has exactly one entry (entry `p` belongs to record `p`).
   */
  constructor(start: Int32Array | undefined, earliest: ArrayLike<number>, latest: ArrayLike<number>) {
    this.start = start;
    this.earliest = compactDays(earliest);
    this.latest = compactDays(latest);
    const entries = this.earliest.length;
    let recordOfEntry: Int32Array | undefined;
    if (start !== undefined) {
      recordOfEntry = new Int32Array(entries);
      for (let record = 0; record + 1 < start.length; record++) recordOfEntry.fill(record, start[record], start[record + 1]);
    }
    this.recordOfEntry = recordOfEntry;
    let monotone = start === undefined;
    for (let entry = 1; monotone && entry < entries; entry++) monotone = (this.earliest[entry - 1] as number) <= (this.earliest[entry] as number);
    this.monotone = monotone;
    const entryClass = new Uint8Array(entries);
    const sizes = CLASS_LIMITS.map(() => 0);
    for (let entry = 0; entry < entries; entry++) {
      const length = (this.latest[entry] as number) - (this.earliest[entry] as number);
      // NaN (−∞ … −∞) cannot occur for valid dates; it would land in the unbounded class.
      const at = Number.isNaN(length) ? CLASS_LIMITS.length - 1 : classOf(length);
      entryClass[entry] = at;
      sizes[at] = (sizes[at] as number) + 1;
    }
    const raw = sizes.map((size) => ({ entries: new Int32Array(size), length: 0, maxSpan: 0, sorted: true }));
    // Entries are numbered in record order, so each class fills in record order.
    for (let entry = 0; entry < entries; entry++) {
      const target = raw[entryClass[entry] as number] as (typeof raw)[number];
      const from = this.earliest[entry] as number;
      if (target.length > 0 && (this.earliest[target.entries[target.length - 1] as number] as number) > from) target.sorted = false;
      target.entries[target.length++] = entry;
      const span = (this.latest[entry] as number) - from;
      if (!(span <= target.maxSpan)) target.maxSpan = Number.isNaN(span) ? Infinity : span;
    }
    // Records are in result order, which is earliest-day order of each record's primary span:
    // tables with one date per record (visits, engagements) come out sorted already. Otherwise
    // sort by earliest, then record (entry numbers follow record order).
    this.classes = raw.map(({ entries: list, maxSpan, sorted }) => {
      if (!sorted) {
        const earliestOf = this.earliest;
        const ordered = Array.from(list).sort((a, b) => (earliestOf[a] as number) - (earliestOf[b] as number) || a - b);
        return { entries: Int32Array.from(ordered), maxSpan };
      }
      return { entries: list, maxSpan };
    });
  }

  /**
   * The tier of each record's span (see {@link spanTier}), by position; made on first call and
   * kept. Tables with one date entry per record only.
   */
  positionTiers(): Uint8Array {
    if (this.tiers === undefined) {
      if (this.start !== undefined) throw new Error('internal: span tiers need one date entry per record');
      const tiers = new Uint8Array(this.earliest.length);
      for (let position = 0; position < tiers.length; position++) tiers[position] = spanTier(this.earliest[position] as number, this.latest[position] as number);
      this.tiers = tiers;
    }
    return this.tiers;
  }

  /** True when some date entry of the record at `position` matches the window. */
  matches(position: number, window: DayWindow): boolean {
    if (this.start === undefined) return spanMatches(this.earliest[position] as number, this.latest[position] as number, window);
    const end = this.start[position + 1] as number;
    for (let entry = this.start[position] as number; entry < end; entry++) {
      if (spanMatches(this.earliest[entry] as number, this.latest[entry] as number, window)) return true;
    }
    return false;
  }

  /**
   * The date lookup for a window: the sorted positions of records with a matching date entry,
   * and its cost in entries visited. Computing the cost takes a few binary searches per date
   * class, so callers that may not run the lookup check {@link DateIndex.leastLookupCost} first.
   */
  lookup(window: DayWindow): Plan {
    // One entry per record, in earliest-day order: a record certainly within the window starts
    // in it, so the records starting in the window are the only candidates (two searches).
    if (this.monotone && window.match === 'within') {
      const low = lowerBoundValue(this.earliest, window.from);
      const high = upperBoundValue(this.earliest, window.to);
      return { cost: high - low, run: () => this.collectRange(low, high, window) };
    }
    const ranges = this.classes.map((dateClass) => this.range(dateClass, window));
    let cost = 0;
    for (const [low, high] of ranges) cost += Math.max(0, high - low);
    return { cost, run: () => this.collectClasses(ranges, cost, window) };
  }

  /**
   * A lower bound of `lookup(window).cost` from two binary searches: the lookup visits at least
   * every record that starts in the window (monotone indexes; 0 otherwise).
   */
  leastLookupCost(window: DayWindow): number {
    if (!this.monotone) return 0;
    return upperBoundValue(this.earliest, window.to) - lowerBoundValue(this.earliest, window.from);
  }

  /** Positions `low … high` (monotone: entry = position) whose span matches the window. */
  private collectRange(low: number, high: number, window: DayWindow): Int32Array {
    const out = new Int32Array(Math.max(0, high - low));
    let write = 0;
    for (let position = low; position < high; position++) {
      if (spanMatches(this.earliest[position] as number, this.latest[position] as number, window)) out[write++] = position;
    }
    return out.subarray(0, write);
  }

  private collectClasses(ranges: readonly [number, number][], bound: number, window: DayWindow): Int32Array {
    const positions = new Int32Array(bound);
    let count = 0;
    this.classes.forEach((dateClass, index) => {
      const [low, high] = ranges[index] as [number, number];
      for (let at = low; at < high; at++) {
        const entry = dateClass.entries[at] as number;
        if (spanMatches(this.earliest[entry] as number, this.latest[entry] as number, window)) positions[count++] = this.recordOfEntry === undefined ? entry : (this.recordOfEntry[entry] as number);
      }
    });
    const found = positions.subarray(0, count).sort();
    if (this.recordOfEntry === undefined) return found;
    // A record with several matching entries (a post attested twice in the window) appears once.
    let write = 0;
    for (let read = 0; read < found.length; read++) {
      if (read === 0 || found[read] !== found[read - 1]) found[write++] = found[read] as number;
    }
    return found.subarray(0, write);
  }

  /**
   * The cheapest way to find the positions of `list` (sorted) matching the window, when dates
   * are monotone, with its cost in entries visited; undefined otherwise.
   *
   * Records whose span is at most `lookback` days and that may match the window start between
   * `from − lookback` and `to`, which in a monotone index is one range of positions, hence one
   * binary-searched slice of `list`. With the key's short, medium and long records listed apart
   * (`tiersOf`, see {@link spanTier}), four such slices answer an 'overlaps' window: a
   * country's visits in a month read its one-day records in that month, about two months of
   * its short records, a year of its medium ones and its long ones that start before the
   * window ends. Without them, records of longer spans that start before the slice are found
   * in their date classes and looked up in `list`, and the lookback is picked per call among
   * the classes' longest spans.
   */
  slicePlan(list: Int32Array, window: DayWindow, tiersOf?: () => TierLists | undefined): Plan | undefined {
    if (!this.monotone) return undefined;
    const tiers = window.match === 'overlaps' ? tiersOf?.() : undefined;
    if (tiers !== undefined) return this.tieredPlan(list, tiers, window);
    let best: Plan | undefined;
    const consider = (cost: number, run: () => Int32Array): void => {
      if (best === undefined || cost < best.cost) best = { cost, run };
    };
    const lookbacks = window.match === 'within' ? [0] : [...new Set(this.classes.map((dateClass) => dateClass.maxSpan))].filter(Number.isFinite);
    for (const lookback of lookbacks) {
      const { low, high } = this.listSlice(list, window, lookback);
      let cost = high - low;
      // 'within' needs no long entries: a record certainly in the window starts in it.
      if (window.match === 'overlaps') for (const dateClass of this.classes) if (dateClass.maxSpan > lookback) cost += 2 * this.longCount(dateClass, window, lookback);
      consider(cost, () => this.runSlice(list, window, lookback, low, high));
    }
    return best;
  }

  /**
   * The plan when the key's short, medium and long records are listed apart (`tiers`), for
   * 'overlaps': one-day records of `list` starting in the window, short records from a month
   * before it, medium records from a year before, and long records starting before it ends.
   * Each part is one binary-searched range, so the cost follows the rows found rather than the
   * key's whole history.
   */
  private tieredPlan(list: Int32Array, tiers: TierLists, window: DayWindow): Plan {
    const slice = (of: Int32Array, lookback: number, onlyDays: boolean): Part => ({ list: of, ...this.listSlice(of, window, lookback), onlyDays });
    const parts: readonly Part[] = [
      // Long records may start any time before the window ends: an unbounded lookback.
      slice(tiers.long, Infinity, false),
      slice(tiers.medium, LONG_SPAN, false),
      slice(tiers.short, SHORT_SPAN, false),
      // The key's whole list holds its other records too: they come from their own parts.
      slice(list, 0, true),
    ];
    let cost = 0;
    for (const part of parts) cost += part.high - part.low;
    return { cost, run: () => this.runTieredSlice(parts, cost, window) };
  }

  private runTieredSlice(parts: readonly Part[], bound: number, window: DayWindow): Int32Array {
    const out = new Int32Array(bound);
    let write = 0;
    let sorted = true;
    for (const { list, low, high, onlyDays } of parts) {
      for (let at = low; at < high; at++) {
        const position = list[at] as number;
        const earliest = this.earliest[position] as number;
        const latest = this.latest[position] as number;
        if (onlyDays && latest !== earliest) continue;
        if (!spanMatches(earliest, latest, window)) continue;
        if (write > 0 && (out[write - 1] as number) > position) sorted = false;
        out[write++] = position;
      }
    }
    const found = out.subarray(0, write);
    return sorted ? found : found.sort();
  }

  private runSlice(list: Int32Array, window: DayWindow, lookback: number, low: number, high: number): Int32Array {
    const early: number[] = [];
    if (window.match === 'overlaps') {
      for (const dateClass of this.classes) {
        if (!(dateClass.maxSpan > lookback)) continue;
        const [from, to] = this.longRange(dateClass, window, lookback);
        for (let at = from; at < to; at++) {
          const entry = dateClass.entries[at] as number;
          if (spanMatches(this.earliest[entry] as number, this.latest[entry] as number, window) && containsValue(list, entry)) early.push(entry);
        }
      }
    }
    // Early entries start before `from − lookback`, so (monotone) their positions precede the slice.
    early.sort((a, b) => a - b);
    const out = new Int32Array(early.length + (high - low));
    let write = 0;
    for (let read = 0; read < early.length; read++) if (read === 0 || early[read] !== early[read - 1]) out[write++] = early[read] as number;
    for (let at = low; at < high; at++) {
      const position = list[at] as number;
      if (spanMatches(this.earliest[position] as number, this.latest[position] as number, window)) out[write++] = position;
    }
    return out.subarray(0, write);
  }

  /**
   * The part `list[low … high)` of a sorted position list whose records start between
   * `from − lookback` and `to` (monotone index only).
   */
  private listSlice(list: Int32Array, window: DayWindow, lookback: number): { low: number; high: number } {
    const first = lowerBoundValue(this.earliest, window.from - lookback);
    const end = upperBoundValue(this.earliest, window.to);
    return { low: lowerBoundValue(list, first), high: lowerBoundValue(list, end) };
  }

  /** Entries of a long class that start before `from − lookback` yet may overlap the window. */
  private longRange(dateClass: DateClass, window: DayWindow, lookback: number): [number, number] {
    const low = Number.isFinite(dateClass.maxSpan) ? lowerBound(dateClass.entries, this.earliest, window.from - dateClass.maxSpan) : 0;
    return [low, lowerBound(dateClass.entries, this.earliest, window.from - lookback)];
  }

  private longCount(dateClass: DateClass, window: DayWindow, lookback: number): number {
    const [low, high] = this.longRange(dateClass, window, lookback);
    return Math.max(0, high - low);
  }

  /** The entries of a class that may match: those starting between `from − maxSpan` and `to`. */
  private range(dateClass: DateClass, window: DayWindow): [number, number] {
    const lookback = window.match === 'overlaps' ? dateClass.maxSpan : 0;
    const low = Number.isFinite(lookback) ? lowerBound(dateClass.entries, this.earliest, window.from - lookback) : 0;
    return [low, upperBound(dateClass.entries, this.earliest, window.to)];
  }
}
