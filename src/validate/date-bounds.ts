import { edtfBounds, type DayBounds } from '../dates/edtf.js';

/**
 * Day bounds of an EDTF value, or undefined if it does not parse. Rules call this only on
 * schema-valid records, so undefined means "nothing to compare", never an error of its own.
 */
export function boundsOf(value: string): DayBounds | undefined {
  try {
    return edtfBounds(value);
  } catch {
    return undefined;
  }
}

/** Renders bounds for messages: `2024-01-01 … 2024-01-31`, with `open` for an unbounded side. */
export function describeBounds(bounds: DayBounds): string {
  return `${bounds.earliest ?? 'open'} … ${bounds.latest ?? 'open'}`;
}
