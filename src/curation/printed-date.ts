import { format, parseISO } from 'date-fns';
import { findQuote, type QuoteMatch } from './find-quote.js';

/**
 * Ways articles print a calendar day, most specific first, so the longest printed form wins
 * ("Sunday, February 4, 2024" before "February 4, 2024").
 */
const PRINTED_FORMS = [
  "'date' yyyy-MM-dd", // the dateline the article files in this project carry
  'EEEE, MMMM d, yyyy',
  'EEEE, d MMMM yyyy',
  'EEEE d MMMM yyyy',
  'MMMM d, yyyy',
  'MMMM d yyyy',
  'd MMMM yyyy',
  'MMM. d, yyyy',
  'MMM d, yyyy',
  'd MMM yyyy',
  'yyyy-MM-dd',
] as const;

/**
 * Looks for `isoDay` printed in `text` in any of the usual forms ("February 4, 2024",
 * "4 February 2024", "2024-02-04", …) and returns the first (most specific) form found.
 *
 * @example
 * ```ts
 * findPrintedDate('Accra, Tuesday, 4 March 2025 — The ship docked.', '2025-03-04')?.exact;
 * // 'Tuesday, 4 March 2025'
 * ```
 */
export function findPrintedDate(text: string, isoDay: string): QuoteMatch | undefined {
  const day = parseISO(isoDay);
  for (const form of PRINTED_FORMS) {
    const [match] = findQuote(text, format(day, form)).matches;
    if (match) return match;
  }
  return undefined;
}
