/** Posting lists of one dimension: key number `k` owns `positions[offsets[k] … offsets[k + 1]]`. */
export interface Postings {
  readonly offsets: Int32Array;
  readonly positions: Int32Array;
}

const EMPTY = new Int32Array(0);

/** The sorted positions under key number `key` (empty if none). */
export function postingList(postings: Postings, key: number | undefined): Int32Array {
  if (key === undefined || key < 0 || key + 1 >= postings.offsets.length) return EMPTY;
  return postings.positions.subarray(postings.offsets[key] ?? 0, postings.offsets[key + 1] ?? 0);
}

/**
 * Collects (key number, position) pairs, then groups them by key with a stable counting sort.
 * Millions of small per-key arrays would cost far more memory and GC time than the positions
 * themselves; two flat Int32Arrays per dimension cost almost nothing.
 *
 * Pairs may arrive in any position order: large tables emit them in input order, which follows
 * the records' layout in memory, because walking 10^6 records in result (date) order makes
 * nearly every field read a cache and TLB miss. A first counting sort by position restores
 * position order before the one by key.
 */
export class PostingsBuilder {
  private keys: Int32Array;
  private positions: Int32Array;
  private length = 0;
  private ordered = true;

  constructor(capacity = 1024) {
    this.keys = new Int32Array(Math.max(16, capacity));
    this.positions = new Int32Array(Math.max(16, capacity));
  }

  /** Records that `position` is found under key number `key`. */
  add(key: number, position: number): void {
    if (this.length === this.keys.length) this.grow();
    if (this.length > 0 && (this.positions[this.length - 1] as number) > position) this.ordered = false;
    this.keys[this.length] = key;
    this.positions[this.length++] = position;
  }

  private grow(): void {
    const keys = new Int32Array(this.keys.length * 2);
    keys.set(this.keys);
    this.keys = keys;
    const positions = new Int32Array(this.positions.length * 2);
    positions.set(this.positions);
    this.positions = positions;
  }

  /**
   * Groups the pairs by key (`keyCount` = how many key numbers exist). The sort is stable, so
   * each list keeps position order; a record naming the same key twice (it met the same person
   * at two engagements) leaves adjacent duplicates, dropped here rather than checked per add.
   */
  build(keyCount: number, positionCount: number): Postings {
    if (!this.ordered) this.sortByPosition(positionCount);
    const keys = this.keys;
    const fill = new Int32Array(keyCount + 1);
    for (let i = 0; i < this.length; i++) {
      const at = (keys[i] as number) + 1;
      fill[at] = (fill[at] as number) + 1;
    }
    for (let key = 0; key < keyCount; key++) fill[key + 1] = (fill[key + 1] as number) + (fill[key] as number);
    const sorted = new Int32Array(this.length);
    for (let i = 0; i < this.length; i++) {
      const key = keys[i] as number;
      const at = fill[key] as number;
      sorted[at] = this.positions[i] as number;
      fill[key] = at + 1;
    }
    // After the scatter, fill[k] is where key k's list ends: compact each list in place.
    const offsets = new Int32Array(keyCount + 1);
    let write = 0;
    let read = 0;
    for (let key = 0; key < keyCount; key++) {
      const end = fill[key] as number;
      offsets[key] = write;
      let last = -1;
      for (; read < end; read++) {
        const position = sorted[read] as number;
        if (position !== last) sorted[write++] = last = position;
      }
    }
    offsets[keyCount] = write;
    // Release the builder's buffers: a table keeps only the compact result.
    this.keys = this.positions = EMPTY;
    this.length = 0;
    return { offsets, positions: write === sorted.length ? sorted : sorted.slice(0, write) };
  }

  /** Stable counting sort of the pairs by position (positions are `0 … positionCount − 1`). */
  private sortByPosition(positionCount: number): void {
    const fill = new Int32Array(positionCount + 1);
    for (let i = 0; i < this.length; i++) {
      const at = (this.positions[i] as number) + 1;
      fill[at] = (fill[at] as number) + 1;
    }
    for (let position = 0; position < positionCount; position++) fill[position + 1] = (fill[position + 1] as number) + (fill[position] as number);
    const keys = new Int32Array(this.length);
    const positions = new Int32Array(this.length);
    for (let i = 0; i < this.length; i++) {
      const position = this.positions[i] as number;
      const at = fill[position] as number;
      keys[at] = this.keys[i] as number;
      positions[at] = position;
      fill[position] = at + 1;
    }
    this.keys = keys;
    this.positions = positions;
    this.ordered = true;
  }
}
