import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateSynthetic } from '../../bench/synthetic.js';
import { createQuery } from '../../src/query/create-query.js';
import { DateIndex } from '../../src/query/date-index.js';
import { createOracle } from './oracle.js';

// Day windows combined with a key (a country's visits in a month) may be answered from a
// binary-searched slice of the key's list (DateIndex.slicePlan: tiered, with the key's short, medium and long
// records listed apart, or by lookback) rather than from the date lookup or the whole list. These datasets are large enough that the planner picks each of the
// three ways for some of the questions; every answer must equal the naive filter.
describe('a key with a date window, answered from a slice of its list', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['typical dates', { visits: 4000, seed: 11 }],
    ['edgy dates (open ends, intervals, shared boundaries)', { visits: 3000, seed: 12, edgy: true }],
  ])('%s: visits and engagements by country or person in a window equal the naive filter', { timeout: 120_000 }, (_, options) => {
    const data = generateSynthetic(options);
    const query = createQuery(data, { validate: false });
    const oracle = createOracle(data);
    const slices = vi.spyOn(DateIndex.prototype as unknown as { runSlice: () => Int32Array }, 'runSlice');
    const tieredSlices = vi.spyOn(DateIndex.prototype as unknown as { runTieredSlice: () => Int32Array }, 'runTieredSlice');
    const countries = [...new Set(data.visits.map((visit) => visit.destination.country))];
    const people = data.people.slice(0, 12).map((person) => person.id);
    const windows = [
      { during: '2024-02-15' },
      { during: '2023-12' },
      { during: '2001' },
      { from: '1995-06-01', to: '1995-07-10' },
      { from: '2023-01-31', to: '2023-02-01' },
      { to: '1991-03' },
      { from: '2025-12' },
      // Covers every record: reading the key's whole list is cheapest.
      { from: '1980', to: '2030' },
    ];
    let compared = 0;
    for (const window of windows) {
      for (const match of ['overlaps', 'within'] as const) {
        for (const country of countries) {
          const filter = { country, ...window, match };
          expect(query.visits(filter as never).map((visit) => visit.id)).toEqual(oracle.visits(filter).map((visit) => visit.id));
          compared++;
        }
        for (const person of people) {
          const filter = { person, ...window, match };
          expect(query.engagements(filter as never).map((row) => row.engagement.id)).toEqual(oracle.engagements(filter).map((row) => row.engagement.id));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
    // Both slice paths were taken, and not for every question.
    expect(slices.mock.calls.length).toBeGreaterThan(0);
    expect(tieredSlices.mock.calls.length).toBeGreaterThan(0);
    expect(slices.mock.calls.length + tieredSlices.mock.calls.length).toBeLessThan(compared);
  });
});
