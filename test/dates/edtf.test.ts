import { describe, expect, it } from 'vitest';
import { edtfBounds } from '../../src/dates/edtf.js';

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
  });

  it('leaves open and unknown interval ends unbounded', () => {
    expect(edtfBounds('2024-02-04~/..')).toEqual({ earliest: '2024-02-04', latest: null });
    expect(edtfBounds('/2024-01')).toEqual({ earliest: null, latest: '2024-01-31' });
  });
});
