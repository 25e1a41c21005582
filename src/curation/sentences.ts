/**
 * Splits an article into sentences with their offsets. `Intl.Segmenter` does the Unicode work
 * (quotes, closing punctuation, line breaks); we only undo its breaks after abbreviations,
 * which ICU's default rules do not know ("Gen. Kahariri" is one sentence, not two).
 */

/** A sentence and where it sits in the text. */
export interface TextSentence {
  /** The sentence, without surrounding whitespace. */
  readonly text: string;
  /** UTF-16 offset of the first character of `text` in the source. */
  readonly start: number;
  /** UTF-16 offset just after the last character of `text`. */
  readonly end: number;
}

/** Titles, ranks, months and Latin shorthands that end in a full stop but rarely end a sentence. */
const ABBREVIATIONS = [
  'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Brig', 'Adm', 'Cdr', 'Cmdr', 'Cdre', 'Sgt', 'Cpl', 'Pte', 'Rtd', 'Dr', 'Mr', 'Mrs', 'Ms',
  'Prof', 'Hon', 'Rev', 'St', 'Gov', 'Sen', 'Rep', 'Amb', 'Pres', 'Fr', 'Jr', 'Sr', 'No', 'Nos', 'vs', 'Inc', 'Ltd', 'Co', 'Corp',
  'Mt', 'Ft', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'approx', 'e.g', 'i.e', 'cf',
];
const ABBREVIATION_END = new RegExp(`(?:^|[\\s(“"'‘])(?:${ABBREVIATIONS.map((word) => word.replace('.', '\\.')).join('|')})\\.$`);
/** Initials and dotted acronyms: "J.", "U.S.", "U.N.". A sentence ending in "the U.S." is merged too — rare, and harmless for coverage. */
const INITIALS_END = /(?:^|[\s(“"'‘])(?:[A-Z]\.){1,3}$/;

function endsWithAbbreviation(segment: string): boolean {
  const trimmed = segment.trimEnd();
  // A line break after the stop means the writer ended the line there: keep the break.
  if (/\n\s*$/.test(segment)) return false;
  return ABBREVIATION_END.test(trimmed) || INITIALS_END.test(trimmed);
}

/**
 * ICU breaks after a quoted question or exclamation ("“Is it?” she asked."); a lower-case
 * continuation on the same line shows the sentence goes on.
 */
function continuesQuote(previous: string, next: string): boolean {
  return !/\n\s*$/.test(previous) && /[?!]["”'’]\s*$/.test(previous) && /^[a-z]/.test(next);
}

/**
 * Splits `text` into sentences; paragraph and line breaks always end a sentence.
 *
 * @example
 * ```ts
 * splitSentences('Gen. Wanjiru met Dr. Osei in the U.S. Navy yard. Talks followed.').map((s) => s.text);
 * // ['Gen. Wanjiru met Dr. Osei in the U.S. Navy yard.', 'Talks followed.']
 * ```
 */
export function splitSentences(text: string): TextSentence[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const raw: { segment: string; index: number }[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const previous = raw[raw.length - 1];
    if (previous && (endsWithAbbreviation(previous.segment) || continuesQuote(previous.segment, segment))) previous.segment += segment;
    else raw.push({ segment, index });
  }
  const sentences: TextSentence[] = [];
  for (const { segment, index } of raw) {
    const leading = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (trimmed === '') continue;
    sentences.push({ text: trimmed, start: index + leading, end: index + leading + trimmed.length });
  }
  return sentences;
}
