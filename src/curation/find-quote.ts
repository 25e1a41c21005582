import { foldPhrase, foldText, type FoldOptions, type SearchableText } from './search-text.js';

/**
 * Finds a phrase in a source text the way a curator types it — with straight quotes, hyphens
 * and single spaces — and returns the text exactly as the source prints it, so the stored quote
 * passes the build's verbatim check.
 */

/**
 * One place the phrase occurs.
 *
 * @example
 * ```ts
 * import { findQuote, type QuoteMatch } from 'kenya-defence-cooperation';
 * const text = 'The navy chief said the visit was “a new chapter” for\nKenya–Ghana ties.';
 * const [match]: readonly QuoteMatch[] = findQuote(text, 'Kenya-Ghana ties').matches;
 * console.log(match?.exact);                // 'Kenya–Ghana ties' (en dash, as printed)
 * console.log(match?.offset);               // 54
 * console.log(match?.line, match?.column);  // 2 1
 * ```
 */
export interface QuoteMatch {
  /** The exact substring of the source (curly quotes, dashes and line breaks as printed). */
  readonly exact: string;
  /** UTF-16 offset of `exact` in the source. */
  readonly offset: number;
  /** 1-based line of the match start. */
  readonly line: number;
  /** 1-based column (UTF-16 units) of the match start. */
  readonly column: number;
}

/**
 * The longest part of a phrase that does occur, to help fix a quote that does not.
 *
 * @example
 * ```ts
 * import { findQuote, type PartialMatch } from 'kenya-defence-cooperation';
 * const text = 'The navy chief said the visit was “a new chapter” for\nKenya–Ghana ties.';
 * const nearest: PartialMatch | undefined = findQuote(text, 'a new era for Kenya').nearest;
 * console.log(nearest?.words);       // 'for Kenya'
 * console.log(nearest?.share);       // 0.4 (2 of 5 words)
 * console.log(nearest?.match.exact); // 'for\nKenya'
 * console.log(nearest?.context);     // 'the visit was “a new chapter” for\nKenya–Ghana ties.'
 * ```
 */
export interface PartialMatch {
  /** The words of the phrase that were found, as typed. */
  readonly words: string;
  /** Share of the phrase's words found, 0–1. */
  readonly share: number;
  /** Where the found words occur in the source. */
  readonly match: QuoteMatch;
  /** The source text around the match (a little before, and as far after as the phrase is long), to compare. */
  readonly context: string;
}

/**
 * Result of {@link findQuote}.
 *
 * @example
 * ```ts
 * import { findQuote, type QuoteSearch } from 'kenya-defence-cooperation';
 * const search: QuoteSearch = findQuote('Talks resumed. Talks ended.', 'Talks');
 * console.log(search.matches.map((match) => match.offset)); // [0, 15]
 * console.log(search.nearest);                              // undefined: only set when nothing matched
 * console.log(findQuote('Talks resumed.', 'Talks stalled').nearest?.words); // 'Talks'
 * ```
 */
export interface QuoteSearch {
  readonly phrase: string;
  /** Every occurrence, in text order. Empty when the phrase does not occur. */
  readonly matches: readonly QuoteMatch[];
  /** When nothing matched: the longest run of the phrase's words that does occur, if any. */
  readonly nearest?: PartialMatch;
}

/**
 * Options of {@link findQuote}.
 *
 * @example
 * ```ts
 * import { findQuote, type FindQuoteOptions } from 'kenya-defence-cooperation';
 * const options: FindQuoteOptions = { ignoreCase: true };
 * console.log(findQuote('The Navy said so.', 'the navy').matches.length);          // 0: case-exact by default
 * console.log(findQuote('The Navy said so.', 'the navy', options).matches[0]?.exact); // 'The Navy'
 * ```
 */
export type FindQuoteOptions = FoldOptions;

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

function toMatch(text: string, searchable: SearchableText, start: number, length: number): QuoteMatch {
  const offset = searchable.starts[start] ?? 0;
  const end = searchable.ends[start + length - 1] ?? offset;
  return { exact: text.slice(offset, end), offset, ...position(text, offset) };
}

function allMatches(text: string, searchable: SearchableText, needle: string): QuoteMatch[] {
  const matches: QuoteMatch[] = [];
  if (needle === '') return matches;
  for (let at = searchable.folded.indexOf(needle); at !== -1; at = searchable.folded.indexOf(needle, at + 1)) {
    matches.push(toMatch(text, searchable, at, needle.length));
  }
  return matches;
}

/**
 * The longest run of consecutive words of the phrase that occurs in the text. Words, not
 * characters, because a curator fixing a quote thinks in words ("it has 'defense', not 'defence'").
 */
function nearestMatch(text: string, searchable: SearchableText, phrase: string, options: FoldOptions): PartialMatch | undefined {
  const words = phrase.trim().split(/\s+/).filter((word) => word.length > 0);
  for (let length = words.length - 1; length >= 1; length -= 1) {
    let best: { words: string; match: QuoteMatch } | undefined;
    for (let start = 0; start + length <= words.length; start += 1) {
      const run = words.slice(start, start + length).join(' ');
      const needle = foldPhrase(run, options);
      if (needle.length < 3) continue; // "a", "of": found everywhere, helps nobody
      const [first] = allMatches(text, searchable, needle);
      if (first && (!best || run.length > best.words.length)) best = { words: run, match: first };
    }
    if (best) {
      return {
        words: best.words,
        share: length / words.length,
        match: best.match,
        // The difference may lie before the found words or after them, so show both sides.
        context: text.slice(Math.max(0, best.match.offset - 30), best.match.offset + Math.max(phrase.length, best.match.exact.length) + 20),
      };
    }
  }
  return undefined;
}

/**
 * Finds every occurrence of `phrase` in `text`, forgiving curly vs straight quotes, dash
 * variants and whitespace runs (and case, with `ignoreCase`), and returns each occurrence as the
 * exact substring of `text` with its offset, line and column. When there is none, `nearest` holds
 * the longest run of the phrase's words that does occur.
 *
 * @example
 * ```ts
 * const text = 'The navy chief said the visit was “a new chapter” for\nKenya–Ghana ties.';
 * findQuote(text, 'said the visit was "a new chapter" for Kenya-Ghana ties').matches[0].exact;
 * // 'said the visit was “a new chapter” for\nKenya–Ghana ties'
 * findQuote(text, 'a new era').nearest?.words; // 'a new'
 * ```
 */
export function findQuote(text: string, phrase: string, options: FindQuoteOptions = {}): QuoteSearch {
  const searchable = foldText(text, options);
  const matches = allMatches(text, searchable, foldPhrase(phrase, options));
  if (matches.length > 0) return { phrase, matches };
  const nearest = nearestMatch(text, searchable, phrase, options);
  return nearest ? { phrase, matches, nearest } : { phrase, matches };
}
