import { LONG_TIER, MEDIUM_TIER, SHORT_TIER, type ByTier } from './date-index.js';

/**
 * Posting lists of one dimension: key number `k` owns `positions[offsets[k] … offsets[k + 1]]`,
 * sorted and without duplicates. `flags`, when present, runs parallel to `positions`: the roles
 * (lead, counterpart …) in which the record holds the key, OR-ed over its mentions.
 */
export interface Postings {
  readonly offsets: Int32Array;
  readonly positions: Int32Array;
  readonly flags?: Uint8Array;
}

/**
 * The same lists restricted to records dated by a short span (up to a month), a medium one (a
 * year) and a long or open-ended one (see `spanTier`): a day window combined with a key reads a
 * binary-searched slice of each instead of scanning a year of the key's records.
 */
export type TieredPostings = ByTier<Postings>;

const EMPTY = new Int32Array(0);

// Packing bounds of a builder entry: (key · 2^26 + record) · 2^4 + flags stays below 2^53, the
// range in which a float holds integers exactly.
const FLAG_LIMIT = 2 ** 4;
const RECORD_LIMIT = 2 ** 26;
const KEY_LIMIT = 2 ** 23;
const ENTRY_PER_KEY = RECORD_LIMIT * FLAG_LIMIT;

/** The sorted positions under key number `key` (empty if none). */
export function postingList(postings: Postings, key: number | undefined): Int32Array {
  if (key === undefined || key < 0 || key + 1 >= postings.offsets.length) return EMPTY;
  return postings.positions.subarray(postings.offsets[key] ?? 0, postings.offsets[key + 1] ?? 0);
}

/**
 * The sorted positions under key number `key` held in at least one role of `mask`.
 *
 * @example
 * ```ts
 * positionsWithFlags(postings, people.get('aden-duale'), LEAD);
 * ```
 */
export function positionsWithFlags(postings: Postings, key: number | undefined, mask: number): Int32Array {
  if (key === undefined || key < 0 || key + 1 >= postings.offsets.length || postings.flags === undefined) return EMPTY;
  const from = postings.offsets[key] ?? 0;
  const to = postings.offsets[key + 1] ?? 0;
  const flags = postings.flags;
  let count = 0;
  for (let at = from; at < to; at++) if (((flags[at] as number) & mask) !== 0) count++;
  const out = new Int32Array(count);
  let write = 0;
  for (let at = from; at < to; at++) if (((flags[at] as number) & mask) !== 0) out[write++] = postings.positions[at] as number;
  return out;
}

/**
 * Collects (key number, record, flags) triples, then groups them by key with a counting sort.
 * Millions of small per-key arrays would cost far more memory and GC time than the positions
 * themselves; one flat Int32Array per dimension costs almost nothing.
 *
 * The triples are kept in plain arrays, not typed arrays, while collecting: V8 counts
 * ArrayBuffer memory as external memory and starts a full mark of the whole heap for about
 * every 64 MB of it allocated. Next to 10^6 records (a heap of ~3 GB) each full mark costs
 * seconds, so scratch lives on the JS heap and only the compact result is a typed array.
 *
 * Records may be added in any order and numbered in any way: large tables add them in input
 * order, which follows the records' layout in memory (walking 10^6 records in result order
 * makes nearly every field read a cache miss), and `build` maps input numbers to positions.
 */
export class PostingsBuilder {
  /** Entries packed as `(key · RECORD_LIMIT + record) · FLAG_LIMIT + flags`: one push per entry. */
  private entries: number[] = [];

  /** @param withFlags keep a role bit mask per entry (see {@link Postings.flags}). */
  constructor(private readonly withFlags = false) {}

  /** Records that `record` is found under key number `key` (in the roles of `flags`). */
  add(key: number, record: number, flags = 0): void {
    if (record >= RECORD_LIMIT || key >= KEY_LIMIT) throw new RangeError(`internal: the index holds at most ${RECORD_LIMIT} records and ${KEY_LIMIT} keys per dimension`);
    this.entries.push((key * RECORD_LIMIT + record) * FLAG_LIMIT + flags);
  }

  /**
   * Groups the entries by key (`keyCount` = how many key numbers exist). Each list comes out
   * sorted by position; a record naming the same key twice (it met the same person at two
   * engagements) appears once, with the flags of both mentions.
   *
   * @param positionOf maps the record numbers given to `add` to positions (input index →
   *   result position); omit when they are positions already.
   */
  build(keyCount: number, positionOf?: Int32Array): Postings {
    const entries = this.entries;
    const length = entries.length;
    const fill = new Int32Array(keyCount + 1);
    for (let i = 0; i < length; i++) {
      const at = Math.floor((entries[i] as number) / ENTRY_PER_KEY) + 1;
      fill[at] = (fill[at] as number) + 1;
    }
    for (let key = 0; key < keyCount; key++) fill[key + 1] = (fill[key + 1] as number) + (fill[key] as number);
    const positions = new Int32Array(length);
    const entryFlags = this.withFlags ? new Uint8Array(length) : undefined;
    // A list needs sorting only if its positions arrived out of order (they do when records are
    // added in input order and positions follow the result order).
    const last = new Int32Array(keyCount).fill(-1);
    const unsorted = new Uint8Array(keyCount);
    for (let i = 0; i < length; i++) {
      const entry = entries[i] as number;
      const key = Math.floor(entry / ENTRY_PER_KEY);
      const recordAndFlags = entry - key * ENTRY_PER_KEY;
      const record = Math.floor(recordAndFlags / FLAG_LIMIT);
      const position = positionOf === undefined ? record : (positionOf[record] as number);
      const at = fill[key] as number;
      positions[at] = position;
      if (entryFlags !== undefined) entryFlags[at] = recordAndFlags - record * FLAG_LIMIT;
      fill[key] = at + 1;
      if (position < (last[key] as number)) unsorted[key] = 1;
      last[key] = position;
    }
    // After the scatter, fill[k] is where key k's list ends: sort the lists that need it, then
    // compact each in place, merging duplicates.
    const offsets = new Int32Array(keyCount + 1);
    const scratch = { buffer: new Float64Array(0) };
    let write = 0;
    let read = 0;
    for (let key = 0; key < keyCount; key++) {
      const end = fill[key] as number;
      if (unsorted[key] === 1) sortList(positions, entryFlags, read, end, scratch);
      offsets[key] = write;
      let previous = -1;
      for (; read < end; read++) {
        const position = positions[read] as number;
        if (position === previous && entryFlags !== undefined) {
          entryFlags[write - 1] = (entryFlags[write - 1] as number) | (entryFlags[read] as number);
        } else if (position !== previous) {
          if (entryFlags !== undefined) entryFlags[write] = entryFlags[read] as number;
          positions[write++] = previous = position;
        }
      }
    }
    offsets[keyCount] = write;
    // Release the scratch: a table keeps only the compact result.
    this.entries = [];
    return {
      offsets,
      positions: positions.subarray(0, write),
      ...(entryFlags === undefined ? {} : { flags: entryFlags.subarray(0, write) }),
    };
  }
}

/**
 * Splits off the entries of short, medium and long spans (`tierOfPosition`, see `spanTier`;
 * one-day records stay only in the whole lists), with the same key numbering.
 *
 * Tables split their lists on the first question that needs it, not while building: next to a
 * large heap, typed-array memory allocated during the build starts a full mark of the heap
 * (see {@link PostingsBuilder}), and most questions never read these parts. One pass per part:
 * the passes are sequential reads, and one pass filling all three parts measured 2× slower
 * (8·10^6 entries: 181–192 ms against 389–435 ms).
 *
 * @example
 * ```ts
 * const { short, medium, long } = splitByTier(postings, dates.positionTiers());
 * ```
 */
export function splitByTier(postings: Postings, tierOfPosition: Uint8Array): TieredPostings {
  return { short: tierPart(postings, tierOfPosition, SHORT_TIER), medium: tierPart(postings, tierOfPosition, MEDIUM_TIER), long: tierPart(postings, tierOfPosition, LONG_TIER) };
}

/** The entries of `postings` whose position is of tier `tier` in `tiers`, with the same key numbering. */
function tierPart(postings: Postings, tiers: Uint8Array, tier: number): Postings {
  const { offsets, positions, flags } = postings;
  let count = 0;
  for (let at = 0; at < positions.length; at++) if (tiers[positions[at] as number] === tier) count++;
  const partOffsets = new Int32Array(offsets.length);
  const partPositions = new Int32Array(count);
  const partFlags = flags === undefined ? undefined : new Uint8Array(count);
  let write = 0;
  for (let key = 0; key + 1 < offsets.length; key++) {
    partOffsets[key] = write;
    for (let at = offsets[key] as number; at < (offsets[key + 1] as number); at++) {
      if (tiers[positions[at] as number] !== tier) continue;
      if (partFlags !== undefined) partFlags[write] = flags?.[at] as number;
      partPositions[write++] = positions[at] as number;
    }
  }
  partOffsets[offsets.length - 1] = write;
  return { offsets: partOffsets, positions: partPositions, ...(partFlags === undefined ? {} : { flags: partFlags }) };
}

/**
 * Sorts `positions[from … to)` ascending, carrying the flags along when there are any: each
 * (position, flags) pair is packed into one float (`position · 256 + flags`, exact below 2^45)
 * so that a native numeric sort orders both; `scratch` is reused across lists.
 */
function sortList(positions: Int32Array, flags: Uint8Array | undefined, from: number, to: number, scratch: { buffer: Float64Array }): void {
  if (flags === undefined) {
    positions.subarray(from, to).sort();
    return;
  }
  const length = to - from;
  if (scratch.buffer.length < length) scratch.buffer = new Float64Array(Math.max(length, scratch.buffer.length * 2));
  const packed = scratch.buffer.subarray(0, length);
  for (let offset = 0; offset < length; offset++) packed[offset] = (positions[from + offset] as number) * 256 + (flags[from + offset] as number);
  packed.sort();
  for (let offset = 0; offset < length; offset++) {
    const value = packed[offset] as number;
    const position = Math.floor(value / 256);
    positions[from + offset] = position;
    flags[from + offset] = value - position * 256;
  }
}
