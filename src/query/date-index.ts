import { spanMatches, type DayWindow } from './days.js';
import { lowerBound, upperBound } from './binary-search.js';

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

  /** True when some date entry of the record at `position` matches the window. */
  matches(position: number, window: DayWindow): boolean {
    if (this.start === undefined) return spanMatches(this.earliest[position] as number, this.latest[position] as number, window);
    const end = this.start[position + 1] as number;
    for (let entry = this.start[position] as number; entry < end; entry++) {
      if (spanMatches(this.earliest[entry] as number, this.latest[entry] as number, window)) return true;
    }
    return false;
  }

  /** Sorted positions of records with a date entry matching the window. */
  positions(window: DayWindow): Int32Array {
    const found: number[] = [];
    for (const dateClass of this.classes) {
      const [low, high] = this.range(dateClass, window);
      for (let at = low; at < high; at++) {
        const entry = dateClass.entries[at] as number;
        if (spanMatches(this.earliest[entry] as number, this.latest[entry] as number, window)) found.push(this.recordOfEntry === undefined ? entry : (this.recordOfEntry[entry] as number));
      }
    }
    const positions = Int32Array.from(found).sort();
    let write = 0;
    for (let read = 0; read < positions.length; read++) {
      if (read === 0 || positions[read] !== positions[read - 1]) positions[write++] = positions[read] as number;
    }
    return positions.subarray(0, write);
  }

  /** Upper estimate of how many entries a window lookup would visit (to pick the cheapest driver). */
  cost(window: DayWindow): number {
    let cost = 0;
    for (const dateClass of this.classes) {
      const [low, high] = this.range(dateClass, window);
      cost += Math.max(0, high - low);
    }
    return cost;
  }

  /** The entries of a class that may match: those starting between `from − maxSpan` and `to`. */
  private range(dateClass: DateClass, window: DayWindow): [number, number] {
    const lookback = window.match === 'overlaps' ? dateClass.maxSpan : 0;
    const low = Number.isFinite(lookback) ? lowerBound(dateClass.entries, this.earliest, window.from - lookback) : 0;
    return [low, upperBound(dateClass.entries, this.earliest, window.to)];
  }
}
