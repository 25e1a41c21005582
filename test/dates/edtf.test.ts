import { describe, expect, it } from 'vitest';
import { edtfBounds, parseEdtf } from '../../src/dates/edtf.js';

describe('edtfBounds', () => {
  it('ends a month on its last day, in leap and common years', () => {
    expect(edtfBounds('2024-02')).toEqual({ earliest: '2024-02-01', latest: '2024-02-29' });
    expect(edtfBounds('2023-02')).toEqual({ earliest: '2023-02-01', latest: '2023-02-28' });
    expect(edtfBounds('1900-02')).toEqual({ earliest: '1900-02-01', latest: '1900-02-28' });
    expect(edtfBounds('2024-04?')).toEqual({ earliest: '2024-04-01', latest: '2024-04-30' });
  });

  it('keeps years before 100 in their own century (the Date constructor reads 0–99 as 1900–1999)', () => {
    expect(edtfBounds('0001-01')).toEqual({ earliest: '0001-01-01', latest: '0001-01-31' });
    expect(edtfBounds('0004-02')).toEqual({ earliest: '0004-02-01', latest: '0004-02-29' });
    expect(edtfBounds('0099-12/0100-01')).toEqual({ earliest: '0099-12-01', latest: '0100-01-31' });
    // Year 0 is a leap year in the proleptic Gregorian calendar; 1900, which the Date constructor reads instead, is not.
    expect(edtfBounds('0000-02')).toEqual({ earliest: '0000-02-01', latest: '0000-02-29' });
    expect(edtfBounds('0000-02-29')).toEqual({ earliest: '0000-02-29', latest: '0000-02-29' });
    expect(() => parseEdtf('0004-02-29')).not.toThrow();
    expect(() => parseEdtf('0100-02-29')).toThrow('day 29 does not exist in 0100-02 (which has 28 days)');
  });

  it('leaves open and unknown interval ends unbounded', () => {
    expect(edtfBounds('2024-02-04~/..')).toEqual({ earliest: '2024-02-04', latest: null });
    expect(edtfBounds('/2024-01')).toEqual({ earliest: null, latest: '2024-01-31' });
  });
});
