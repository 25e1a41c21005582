import { describe, expect, it } from 'vitest';
import { spanOf, type Span } from '../../src/query/days.js';
import { chronologicalOrder } from '../../src/query/order.js';

describe('chronologicalOrder', () => {
  it('orders by earliest day, then latest, then precision (coarser first), then id', () => {
    const values = ['2024-01-15', '2024-01', '2024', '2024-01-01', '2024-01-15', '2023-12-31/2024-01-02'];
    const ids = ['f', 'e', 'd', 'c', 'a', 'b'];
    const order = chronologicalOrder(values.map(spanOf), (index) => ids[index] as string);
    // 2023-12-31/…, then 2024-01-01 (day), the month (Jan 1 … 31), the year (Jan 1 … Dec 31),
    // then the two records of 2024-01-15 by id.
    expect(Array.from(order, (index) => ids[index])).toEqual(['b', 'c', 'e', 'd', 'a', 'f']);
  });

  it('treats equal spans held in different objects as one date (ties broken by id)', () => {
    const first: Span = { earliest: 10, latest: 10, precision: 2 };
    const copy: Span = { earliest: 10, latest: 10, precision: 2 };
    const earlier: Span = { earliest: 9, latest: 12, precision: 2 };
    const ids = ['z', 'a', 'm'];
    const order = chronologicalOrder([first, copy, earlier], (index) => ids[index] as string);
    expect(Array.from(order, (index) => ids[index])).toEqual(['m', 'a', 'z']);
  });

  it('puts open starts first and open ends last', () => {
    const values = ['2024-05-01', '../2024', '2024-05-01/..'];
    const order = chronologicalOrder(values.map(spanOf), (index) => String(index));
    expect(Array.from(order)).toEqual([1, 0, 2]);
  });
});
