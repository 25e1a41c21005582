import { factualReasons } from './factual.js';
import { findQuote } from './find-quote.js';
import { splitSentences } from './sentences.js';

/**
 * Which factual sentences of a source no citation touches: the curator's checklist of facts
 * the data may have missed.
 */

/**
 * One sentence of the source, with its coverage.
 *
 * @example
 * ```ts
 * import { coverageReport, type CoverageSentence } from 'kenya-defence-cooperation';
 * const text = 'Rear Admiral Wanjiru arrived in Tema on Monday. It was a warm welcome.';
 * const [arrival, welcome]: readonly CoverageSentence[] = coverageReport(text, ['arrived in Tema on Monday']).sentences;
 * console.log(arrival?.index, arrival?.start, arrival?.end); // 0 0 47
 * console.log(arrival?.factual, arrival?.cited);             // true true
 * console.log(arrival?.reasons); // ['name: Admiral', 'name: Wanjiru', 'name: Tema', 'date: Monday', 'place: Tema']
 * console.log(welcome?.text, welcome?.factual);              // 'It was a warm welcome.' false
 * ```
 */
export interface CoverageSentence {
  /** 0-based position among the sentences. */
  readonly index: number;
  readonly text: string;
  /** UTF-16 offsets of `text` in the source. */
  readonly start: number;
  readonly end: number;
  /** True when the sentence names, dates, counts or places something (see `reasons`). */
  readonly factual: boolean;
  /** Why it is factual, e.g. `["name: Wanjiru", "date: Monday"]`. */
  readonly reasons: readonly string[];
  /** True when at least one cited quote overlaps the sentence. */
  readonly cited: boolean;
}

/**
 * Result of {@link coverageReport}.
 *
 * @example
 * ```ts
 * import { coverageReport, type CoverageReport } from 'kenya-defence-cooperation';
 * const text = 'Rear Admiral Wanjiru arrived in Tema on Monday. It was a warm welcome.';
 * const report: CoverageReport = coverageReport(text, ['a cold welcome']);
 * console.log(report.sentences.length);   // 2
 * console.log(report.factual, report.cited); // 1 0
 * console.log(report.uncited.map((sentence) => sentence.text)); // ['Rear Admiral Wanjiru arrived in Tema on Monday.']
 * console.log(report.unmatchedQuotes);    // ['a cold welcome']: the text says "a warm welcome"
 * ```
 */
export interface CoverageReport {
  readonly sentences: readonly CoverageSentence[];
  /** Number of factual sentences. */
  readonly factual: number;
  /** Number of factual sentences with at least one overlapping citation. */
  readonly cited: number;
  /** The factual sentences no citation overlaps, in text order. */
  readonly uncited: readonly CoverageSentence[];
  /** Cited quotes that do not occur in the text at all (even forgiving quotes, dashes and spaces). */
  readonly unmatchedQuotes: readonly string[];
}

/**
 * Shortest shared stretch that counts as a quote "overlapping" a sentence.
 *
 * @example
 * ```ts
 * import { coverageReport, MIN_OVERLAP } from 'kenya-defence-cooperation';
 * console.log(MIN_OVERLAP); // 12
 * const text = 'Rear Admiral Wanjiru arrived in Tema on Monday. It was a warm welcome.';
 * // The quote shares 10 characters ("on Monday.") with the first sentence and 13 with the second,
 * // so only the second counts as cited.
 * const report = coverageReport(text, ['on Monday. It was a warm']);
 * console.log(report.sentences.map((sentence) => sentence.cited)); // [false, true]
 * // A quote that lies wholly inside a sentence covers it however short it is.
 * console.log(coverageReport(text, ['Tema']).cited); // 1
 * ```
 */
export const MIN_OVERLAP = 12;

interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Overlap is measured on positions in the text, not on shared wording, so a quote is credited
 * only to the sentences it was actually taken from — not to every sentence that repeats
 * "the two countries".
 */
function overlaps(quote: Span, sentence: Span): boolean {
  const shared = Math.min(quote.end, sentence.end) - Math.max(quote.start, sentence.start);
  if (shared >= MIN_OVERLAP) return true;
  const quoteInside = quote.start >= sentence.start && quote.end <= sentence.end;
  const sentenceInside = sentence.start >= quote.start && sentence.end <= quote.end;
  return quoteInside || sentenceInside;
}

/**
 * Splits `sourceText` into sentences, flags the factual ones (a name, date, amount or place) and
 * marks each as cited when a quote from `citedQuotes` overlaps it by at least
 * {@link MIN_OVERLAP} characters or lies within it. Quotes are located in the text with
 * {@link findQuote}, so typographic differences do not matter.
 *
 * @example
 * ```ts
 * const text = 'Rear Admiral Wanjiru arrived in Tema on Monday. It was a warm welcome.';
 * const report = coverageReport(text, []);
 * report.factual;            // 1
 * report.uncited[0].reasons; // ['name: Admiral', 'name: Wanjiru', 'name: Tema', 'date: Monday', 'place: Tema']
 * coverageReport(text, ['arrived in Tema on Monday']).cited; // 1
 * ```
 */
export function coverageReport(sourceText: string, citedQuotes: readonly string[]): CoverageReport {
  const quoteSpans: Span[] = [];
  const unmatchedQuotes: string[] = [];
  for (const quote of new Set(citedQuotes)) {
    const { matches } = findQuote(sourceText, quote);
    if (matches.length === 0) unmatchedQuotes.push(quote);
    for (const match of matches) quoteSpans.push({ start: match.offset, end: match.offset + match.exact.length });
  }
  const sentences = splitSentences(sourceText).map((sentence, index): CoverageSentence => {
    const reasons = factualReasons(sentence.text);
    return {
      index,
      ...sentence,
      factual: reasons.length > 0,
      reasons,
      cited: quoteSpans.some((span) => overlaps(span, sentence)),
    };
  });
  const factual = sentences.filter((sentence) => sentence.factual);
  const uncited = factual.filter((sentence) => !sentence.cited);
  return { sentences, factual: factual.length, cited: factual.length - uncited.length, uncited, unmatchedQuotes };
}
