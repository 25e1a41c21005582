import { describe, expect, it } from 'vitest';
import { DAY_TIER, LONG_TIER, MEDIUM_TIER, SHORT_TIER, spanTier } from '../../src/query/date-index.js';
import { postingList, positionsWithFlags, PostingsBuilder, splitByTier } from '../../src/query/postings.js';

const list = (values: Int32Array): number[] => Array.from(values);

describe('PostingsBuilder', () => {
  it('groups entries by key, each list sorted by position, with record numbers mapped to positions', () => {
    const builder = new PostingsBuilder();
    // Records 0, 1, 2 in input order land at positions 2, 0, 1.
    const positionOf = Int32Array.from([2, 0, 1]);
    builder.add(0, 0);
    builder.add(1, 0);
    builder.add(0, 1);
    builder.add(0, 2);
    builder.add(1, 2);
    const postings = builder.build(3, positionOf);
    expect(list(postingList(postings, 0))).toEqual([0, 1, 2]);
    expect(list(postingList(postings, 1))).toEqual([1, 2]);
    expect(list(postingList(postings, 2))).toEqual([]);
    expect(list(postingList(postings, undefined))).toEqual([]);
    expect(list(postingList(postings, 7))).toEqual([]);
  });

  it('keeps one entry per record and key, OR-ing the flags of repeated mentions', () => {
    const builder = new PostingsBuilder(true);
    builder.add(5, 3, 1); // record 3 mentions key 5 as role 1 …
    builder.add(5, 1, 8);
    builder.add(5, 3, 8); // … and again as role 8
    builder.add(2, 3, 2);
    const postings = builder.build(6);
    expect(list(postingList(postings, 5))).toEqual([1, 3]);
    expect(Array.from(postings.flags ?? [])).toEqual([2, 8, 9]);
    expect(list(positionsWithFlags(postings, 5, 1))).toEqual([3]);
    expect(list(positionsWithFlags(postings, 5, 8))).toEqual([1, 3]);
    expect(list(positionsWithFlags(postings, 5, 2))).toEqual([]);
    expect(list(positionsWithFlags(postings, 2, 2))).toEqual([3]);
  });

  it('sorts large out-of-order lists with their flags and drops duplicates', () => {
    const builder = new PostingsBuilder(true);
    const count = 5000;
    // A permutation of 0 … count−1, each record mentioning key 0 twice with different roles.
    const positionOf = Int32Array.from({ length: count }, (_, index) => (index * 7919) % count);
    for (let record = 0; record < count; record++) {
      builder.add(0, record, record % 2 === 0 ? 1 : 2);
      builder.add(0, record, 4);
    }
    const postings = builder.build(1, positionOf);
    expect(list(postingList(postings, 0))).toEqual(Array.from({ length: count }, (_, index) => index));
    const expectedFlags = new Map<number, number>();
    for (let record = 0; record < count; record++) expectedFlags.set(positionOf[record] as number, (record % 2 === 0 ? 1 : 2) | 4);
    expect(Array.from(postings.flags ?? [])).toEqual(Array.from({ length: count }, (_, position) => expectedFlags.get(position)));
  });

  it('keeps each list\'s short-, medium- and long-span positions apart, with their flags', () => {
    const builder = new PostingsBuilder(true);
    // Positions 0 … 5: a month, a day, a year, three years, open-ended, a day.
    const tiers = Uint8Array.from([SHORT_TIER, DAY_TIER, MEDIUM_TIER, LONG_TIER, LONG_TIER, DAY_TIER]);
    for (const [key, record, flags] of [[0, 4, 1], [0, 2, 2], [0, 0, 1], [1, 3, 4], [1, 5, 1], [0, 3, 8], [1, 2, 1]] as const) builder.add(key, record, flags);
    const postings = builder.build(2);
    const { short, medium, long } = splitByTier(postings, tiers);
    expect(list(postingList(postings, 0))).toEqual([0, 2, 3, 4]);
    expect(list(postingList(short, 0))).toEqual([0]);
    expect(list(postingList(short, 1))).toEqual([]);
    expect(list(postingList(medium, 0))).toEqual([2]);
    expect(list(postingList(medium, 1))).toEqual([2]);
    expect(list(postingList(long, 0))).toEqual([3, 4]);
    expect(list(postingList(long, 1))).toEqual([3]);
    expect(list(positionsWithFlags(long, 0, 8))).toEqual([3]);
    expect(list(positionsWithFlags(long, 0, 1))).toEqual([4]);
  });
});

describe('spanTier', () => {
  it('splits spans at one day, 31 and 366 days, open ends being long', () => {
    expect([spanTier(10, 10), spanTier(10, 11), spanTier(0, 31), spanTier(0, 32), spanTier(0, 365), spanTier(0, 366), spanTier(0, 367)]).toEqual([DAY_TIER, SHORT_TIER, SHORT_TIER, MEDIUM_TIER, MEDIUM_TIER, MEDIUM_TIER, LONG_TIER]);
    expect([spanTier(-Infinity, 5), spanTier(5, Infinity), spanTier(-Infinity, Infinity)]).toEqual([LONG_TIER, LONG_TIER, LONG_TIER]);
  });
});
