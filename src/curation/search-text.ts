/**
 * A searchable form of a text that forgives typographic differences — curly vs straight quotes,
 * en/em dashes vs hyphens, runs of whitespace, optionally case — while remembering, for every
 * searchable character, which characters of the original it came from. That mapping is what lets
 * a search return the exact original substring, which is what a citation must store.
 */

/** A text in searchable form plus the way back to the original. */
export interface SearchableText {
  /** The folded text that searches run against. */
  readonly folded: string;
  /** For each UTF-16 unit of `folded`, the original offset where its source character starts. */
  readonly starts: readonly number[];
  /** For each UTF-16 unit of `folded`, the original offset just after its source character. */
  readonly ends: readonly number[];
}

/**
 * How to fold; quotes, dashes and whitespace are always folded.
 *
 * @example
 * ```ts
 * import { findQuote, type FoldOptions } from 'kenya-defence-cooperation';
 * const options: FoldOptions = { ignoreCase: true };
 * findQuote('The Navy sailed.', 'the navy', options).matches[0]?.exact; // 'The Navy'
 * ```
 */
export interface FoldOptions {
  /** Also fold case (compare "Navy" and "navy" as equal). Off by default: quotes are case-exact. */
  readonly ignoreCase?: boolean;
}

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC`]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const SPACE = /\s/; // includes no-break and other Unicode spaces

function foldCharacter(character: string, ignoreCase: boolean): string {
  if (SINGLE_QUOTES.test(character)) return "'";
  if (DOUBLE_QUOTES.test(character)) return '"';
  if (DASHES.test(character)) return '-';
  if (character === '\u2026') return '...';
  if (character === '\u00AD' || character === '\u200B') return ''; // soft hyphen, zero-width space: invisible in print
  return ignoreCase ? character.toLowerCase() : character;
}

/**
 * Folds `text` for tolerant searching, keeping the offsets back to the original.
 *
 * @example
 * ```ts
 * const searchable = foldText('“Ready”  —  set');
 * searchable.folded;       // '"Ready" - set'
 * searchable.starts[8];    // 7: the folded space at 8 starts at the original's first space
 * ```
 */
export function foldText(text: string, options: FoldOptions = {}): SearchableText {
  const ignoreCase = options.ignoreCase ?? false;
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  // Iterate by code point so surrogate pairs stay whole and map to both their units.
  for (const character of text) {
    const end = offset + character.length;
    if (SPACE.test(character)) {
      if (folded.endsWith(' ')) {
        ends[ends.length - 1] = end; // a run of spaces is one space, spanning the whole run
      } else {
        folded += ' ';
        starts.push(offset);
        ends.push(end);
      }
    } else {
      const replacement = foldCharacter(character, ignoreCase);
      for (let index = 0; index < replacement.length; index += 1) {
        starts.push(offset);
        ends.push(end);
      }
      folded += replacement;
    }
    offset = end;
  }
  return { folded, starts, ends };
}

/**
 * Folds a search phrase the same way as the text (without offsets), trimming its ends.
 *
 * @example
 * ```ts
 * foldPhrase('  Kenya–Ghana  talks ');  // 'Kenya-Ghana talks'
 * ```
 */
export function foldPhrase(phrase: string, options: FoldOptions = {}): string {
  return foldText(phrase.trim(), options).folded;
}
