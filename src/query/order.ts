import { lowerBound } from './binary-search.js';

/**
 * Result order of a table: by earliest day, then latest day, then precision (coarser first),
 * then id. Returns `order` such that `order[position]` is the input index of the record at that
 * position.
 *
 * A comparator sort over 10^6 records calls back into JavaScript ~2·10^7 times and compares
 * strings on every tie. Instead, the (earliest, latest, precision) triple is packed into one
 * exact float, the distinct triples (a few tens of thousands: records share dates) are ranked
 * with a native numeric sort, records are grouped by rank with a stable counting sort, and only
 * records sharing a triple are sorted by id.
 */
export function chronologicalOrder(earliest: Float64Array, latest: Float64Array, precision: Uint8Array, idOf: (index: number) => string): Int32Array {
  const count = earliest.length;
  const packed = new Float64Array(count);
  for (let index = 0; index < count; index++) {
    const key = pack(earliest[index] as number, latest[index] as number, precision[index] as number);
    if (key === undefined) return comparatorOrder(earliest, latest, precision, idOf);
    packed[index] = key;
  }
  // Distinct packed keys, ascending: their index is the rank.
  const distinct = packed.slice().sort();
  let distinctCount = 0;
  for (let read = 0; read < count; read++) {
    if (read === 0 || distinct[read] !== distinct[distinctCount - 1]) distinct[distinctCount++] = distinct[read] as number;
  }
  const ranks = distinct.subarray(0, distinctCount);
  const rank = new Int32Array(count);
  const start = new Int32Array(distinctCount + 1);
  for (let index = 0; index < count; index++) {
    const r = lowerBound(ranks, packed[index] as number);
    rank[index] = r;
    start[r + 1] = (start[r + 1] as number) + 1;
  }
  for (let r = 0; r < distinctCount; r++) start[r + 1] = (start[r + 1] as number) + (start[r] as number);
  const order = new Int32Array(count);
  const fill = start.slice(0, distinctCount);
  for (let index = 0; index < count; index++) {
    const r = rank[index] as number;
    order[fill[r] as number] = index;
    fill[r] = (fill[r] as number) + 1;
  }
  const byId = (a: number, b: number): number => {
    const idA = idOf(a);
    const idB = idOf(b);
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  };
  for (let r = 0; r < distinctCount; r++) {
    const from = start[r] as number;
    const to = start[r + 1] as number;
    if (to - from > 1) order.subarray(from, to).sort(byId);
  }
  return order;
}

// Day numbers are offset into 22 bits (years ≈ −900 … 10 500); an unbounded end takes the
// extreme value on its side, which sorts it as the comparator would.
const DAY_BITS = 2 ** 22;
const DAY_OFFSET = 2 ** 20 + 1;

/** (earliest, latest, precision) as one float that sorts like the triple, or undefined if out of range. */
function pack(earliest: number, latest: number, precision: number): number | undefined {
  const e = earliest === -Infinity ? 0 : earliest === Infinity ? DAY_BITS - 1 : earliest + DAY_OFFSET;
  const l = latest === -Infinity ? 0 : latest === Infinity ? DAY_BITS - 1 : latest + DAY_OFFSET;
  if (!(e >= 0 && e < DAY_BITS && l >= 0 && l < DAY_BITS && Number.isInteger(e) && Number.isInteger(l)) || precision > 3) return undefined;
  return (e * DAY_BITS + l) * 4 + precision;
}

/** The plain comparator sort, for dates outside the packed range (never in real data). */
function comparatorOrder(earliest: Float64Array, latest: Float64Array, precision: Uint8Array, idOf: (index: number) => string): Int32Array {
  const order = new Int32Array(earliest.length);
  for (let index = 0; index < order.length; index++) order[index] = index;
  const compare = (x: number, y: number): number => (x < y ? -1 : x > y ? 1 : 0);
  return order.sort((a, b) => {
    const byEarliest = compare(earliest[a] as number, earliest[b] as number);
    if (byEarliest !== 0) return byEarliest;
    const byLatest = compare(latest[a] as number, latest[b] as number);
    if (byLatest !== 0) return byLatest;
    if (precision[a] !== precision[b]) return (precision[a] as number) - (precision[b] as number);
    const idA = idOf(a);
    const idB = idOf(b);
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  });
}
