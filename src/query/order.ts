import type { Span } from './days.js';

/**
 * Result order of a table: by earliest day, then latest day, then precision (coarser first),
 * then id. Returns `order` such that `order[position]` is the input index of the record at that
 * position.
 *
 * A comparator sort over 10^6 records calls back into JavaScript ~2·10^7 times and compares
 * strings on every tie. Instead: records share their Span objects (`spanOf` caches one per
 * distinct date string, and dates repeat), so only the distinct spans — a few tens of
 * thousands — are sorted; records are grouped by their span's rank with a counting sort, and
 * only records whose spans are equal are sorted by id. Scratch is kept on the JS heap (see
 * PostingsBuilder on why typed-array scratch is costly next to a large heap).
 *
 * @example
 * ```ts
 * chronologicalOrder([spanOf('2024'), spanOf('2023-05')], (index) => ['b', 'a'][index]); // Int32Array [1, 0]
 * ```
 */
export function chronologicalOrder(spans: readonly Span[], idOf: (index: number) => string): Int32Array {
  const count = spans.length;
  const rankOfSpan = new Map<Span, number>();
  const distinct: Span[] = [];
  const spanRank: number[] = [];
  for (let index = 0; index < count; index++) {
    const span = spans[index] as Span;
    let rank = rankOfSpan.get(span);
    if (rank === undefined) {
      rank = distinct.length;
      rankOfSpan.set(span, rank);
      distinct.push(span);
    }
    spanRank.push(rank);
  }
  // Equal spans held in different objects (the span cache may have been cleared) share a group.
  const byDate = distinct.map((_, index) => index).sort((a, b) => compareSpans(distinct[a] as Span, distinct[b] as Span));
  const groupOfRank = new Int32Array(distinct.length);
  let groups = 0;
  byDate.forEach((rank, at) => {
    if (at > 0 && compareSpans(distinct[byDate[at - 1] as number] as Span, distinct[rank] as Span) !== 0) groups++;
    groupOfRank[rank] = groups;
  });
  if (distinct.length > 0) groups++;
  const start = new Int32Array(groups + 1);
  for (let index = 0; index < count; index++) {
    const group = (groupOfRank[spanRank[index] as number] as number) + 1;
    start[group] = (start[group] as number) + 1;
  }
  for (let group = 0; group < groups; group++) start[group + 1] = (start[group + 1] as number) + (start[group] as number);
  const order = new Int32Array(count);
  const fill = start.slice(0, groups);
  for (let index = 0; index < count; index++) {
    const group = groupOfRank[spanRank[index] as number] as number;
    order[fill[group] as number] = index;
    fill[group] = (fill[group] as number) + 1;
  }
  const byId = (a: number, b: number): number => {
    const idA = idOf(a);
    const idB = idOf(b);
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  };
  for (let group = 0; group < groups; group++) {
    const from = start[group] as number;
    const to = start[group + 1] as number;
    if (to - from > 1) order.subarray(from, to).sort(byId);
  }
  return order;
}

/** Earliest day, then latest day, then precision (coarser first). */
function compareSpans(a: Span, b: Span): number {
  if (a.earliest !== b.earliest) return a.earliest < b.earliest ? -1 : 1;
  if (a.latest !== b.latest) return a.latest < b.latest ? -1 : 1;
  return a.precision - b.precision;
}
