import { spanMatches, type DayWindow } from './days.js';
import { lowerBound, upperBound } from './binary-search.js';

/**
 * Date entries of a table's records (a record may have several: a post's attestations), with
 * lookups by day window.
 *
 * Entries are split by how many days they span, so that a range lookup needs to look back only
 * by the longest span of its own class: day-precision entries never make the lookup for a
 * one-day window scan a year of month- and year-precision ones.
 */
const CLASS_LIMITS = [0, 31, 366, 4000, Infinity] as const;

interface DateClass {
  /** Entries sorted by earliest day (then position), so a window is a binary-searched range. */
  readonly earliest: Float64Array;
  readonly latest: Float64Array;
  readonly record: Int32Array;
  /** Longest span in the class: how far before a window's start an overlapping entry may begin. */
  readonly maxSpan: number;
}

function classOf(length: number): number {
  let index = 0;
  while (!(length <= (CLASS_LIMITS[index] as number))) index++;
  return index;
}

export class DateIndex {
  private readonly classes: readonly DateClass[];

  /**
   * @param start entries of record `p` are `start[p] … start[p + 1]` in `earliest`/`latest`.
   */
  constructor(
    private readonly start: Int32Array,
    private readonly earliest: Float64Array,
    private readonly latest: Float64Array,
  ) {
    const records = start.length - 1;
    const entryClass = new Uint8Array(earliest.length);
    const sizes = CLASS_LIMITS.map(() => 0);
    for (let entry = 0; entry < earliest.length; entry++) {
      const length = (latest[entry] as number) - (earliest[entry] as number);
      // NaN (−∞ … −∞) cannot occur for valid dates; it would land in the unbounded class.
      const at = Number.isNaN(length) ? CLASS_LIMITS.length - 1 : classOf(length);
      entryClass[entry] = at;
      sizes[at] = (sizes[at] as number) + 1;
    }
    const classes = sizes.map((size) => ({ earliest: new Float64Array(size), latest: new Float64Array(size), record: new Int32Array(size), maxSpan: 0, sorted: true, length: 0 }));
    for (let position = 0; position < records; position++) {
      for (let entry = start[position] as number; entry < (start[position + 1] as number); entry++) {
        const target = classes[entryClass[entry] as number] as (typeof classes)[number];
        const at = target.length++;
        const from = earliest[entry] as number;
        const to = latest[entry] as number;
        if (at > 0 && (target.earliest[at - 1] as number) > from) target.sorted = false;
        target.earliest[at] = from;
        target.latest[at] = to;
        target.record[at] = position;
        const span = to - from;
        if (!(span <= target.maxSpan)) target.maxSpan = Number.isNaN(span) ? Infinity : span;
      }
    }
    // Records are in result order, which is earliest-day order of each record's primary span:
    // tables with one date per record (visits, engagements) come out sorted already. Otherwise
    // sort by earliest, then position.
    this.classes = classes.map((raw) => {
      if (raw.sorted) return raw;
      const order = Array.from({ length: raw.length }, (_, index) => index).sort(
        (a, b) => (raw.earliest[a] as number) - (raw.earliest[b] as number) || (raw.record[a] as number) - (raw.record[b] as number),
      );
      return {
        earliest: Float64Array.from(order, (index) => raw.earliest[index] as number),
        latest: Float64Array.from(order, (index) => raw.latest[index] as number),
        record: Int32Array.from(order, (index) => raw.record[index] as number),
        maxSpan: raw.maxSpan,
      };
    });
  }

  /** True when some date entry of the record at `position` matches the window. */
  matches(position: number, window: DayWindow): boolean {
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
      for (let entry = low; entry < high; entry++) {
        if (spanMatches(dateClass.earliest[entry] as number, dateClass.latest[entry] as number, window)) found.push(dateClass.record[entry] as number);
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
    const low = Number.isFinite(lookback) ? lowerBound(dateClass.earliest, window.from - lookback) : 0;
    return [low, upperBound(dateClass.earliest, window.to)];
  }
}
