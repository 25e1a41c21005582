import { describe, expect, it } from 'vitest';
import { edtfBounds, edtfPrecision } from '../../src/dates/edtf.js';
import { dayNumber, spanOf } from '../../src/query/days.js';

/** The span the general EDTF parser gives, independent of spanOf's shortcuts. */
function expectedSpan(edtf: string): { earliest: number; latest: number; precision: number } {
  const bounds = edtfBounds(edtf);
  return {
    earliest: bounds.earliest === null ? -Infinity : dayNumber(bounds.earliest),
    latest: bounds.latest === null ? Infinity : dayNumber(bounds.latest),
    precision: { year: 0, month: 1, day: 2 }[edtfPrecision(edtf)],
  };
}

describe('spanOf', () => {
  it('gives every single date, qualified or not, the span the EDTF parser gives', () => {
    const values: string[] = [];
    for (const year of ['0001', '1899', '1970', '2000', '2023', '2024', '2100']) {
      values.push(year);
      for (let month = 1; month <= 12; month++) {
        const mm = String(month).padStart(2, '0');
        values.push(`${year}-${mm}`);
        for (const day of [1, 15, 28, 29, 30, 31]) {
          const value = `${year}-${mm}-${String(day).padStart(2, '0')}`;
          // Only dates that exist: 29 February in leap years, no 31 April.
          if (edtfIsValid(value)) values.push(value);
        }
      }
    }
    for (const value of values) {
      for (const qualifier of ['', '?', '~', '%']) {
        expect({ value: value + qualifier, span: { ...spanOf(value + qualifier) } }).toEqual({ value: value + qualifier, span: expectedSpan(value + qualifier) });
      }
    }
    expect(values.length).toBeGreaterThan(400);
  });

  it('gives intervals and open ends the parser\'s span too', () => {
    for (const value of ['2024-01-05/2024-01-09', '2024-01/', '2024-01-05/..', '/2024-01', '../2024', '2023/2024-06']) {
      expect({ value, span: { ...spanOf(value) } }).toEqual({ value, span: expectedSpan(value) });
    }
  });
});

function edtfIsValid(value: string): boolean {
  try {
    edtfBounds(value);
    return true;
  } catch {
    return false;
  }
}
