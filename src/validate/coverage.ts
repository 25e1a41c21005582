import { coverageReport, type CoverageReport } from '../curation/coverage.js';
import { DATASET_NAMES } from '../schema/dataset.js';
import { findCitations } from './citations.js';
import { isObject } from './paths.js';
import type { LoadedData, SourceText } from './types.js';

/** The coverage of one source: which of its factual sentences no citation touches. */
export interface SourceCoverage {
  readonly source: string;
  readonly file: string;
  /** Undefined when the text could not be read (the source-files rule reports that). */
  readonly report?: CoverageReport;
}

/**
 * For every source record, the quotes that cite it (from every record of every dataset) are
 * matched against its text with {@link coverageReport}: the curator's check that no factual
 * sentence — a name, date, amount or place — was left out of the data.
 *
 * @example
 * ```ts
 * const coverage = sourceCoverage(loaded, (file) => readSource(file));
 * coverage.map((entry) => `${entry.source}: ${entry.report?.cited}/${entry.report?.factual}`);
 * ```
 */
export function sourceCoverage(data: LoadedData, readSource: (file: string) => SourceText | undefined): SourceCoverage[] {
  const quotesBySource = new Map<string, string[]>();
  for (const dataset of DATASET_NAMES) {
    for (const record of data.records[dataset]) {
      for (const citation of findCitations(record.value)) {
        if (typeof citation.source !== 'string' || typeof citation.quote !== 'string') continue;
        const quotes = quotesBySource.get(citation.source) ?? [];
        quotes.push(citation.quote);
        quotesBySource.set(citation.source, quotes);
      }
    }
  }
  return data.records.sources.flatMap((record): SourceCoverage[] => {
    const value = record.value;
    if (!isObject(value) || typeof value['id'] !== 'string' || typeof value['file'] !== 'string') return [];
    const text = readSource(value['file']);
    const base = { source: value['id'], file: value['file'] };
    return [text === undefined ? base : { ...base, report: coverageReport(text.text, quotesBySource.get(value['id']) ?? []) }];
  });
}

/** Number of factual sentences no citation covers, over all sources. */
export function uncitedCount(coverage: readonly SourceCoverage[]): number {
  return coverage.reduce((total, entry) => total + (entry.report?.uncited.length ?? 0), 0);
}

/**
 * The coverage section of the validate report: a line per source with its counts, then each
 * uncited factual sentence with why it counts as factual.
 *
 * @example
 * ```ts
 * formatCoverage(sourceCoverage(loaded, readSource));
 * // coverage  kdf-chief-rwanda-visit  10/10 factual sentences cited (11 sentences)
 * ```
 */
export function formatCoverage(coverage: readonly SourceCoverage[]): string {
  const lines: string[] = [];
  for (const entry of coverage) {
    if (entry.report === undefined) {
      lines.push(`coverage  ${entry.source}  text not readable (${entry.file})`);
      continue;
    }
    const { cited, factual, uncited, sentences } = entry.report;
    lines.push(`coverage  ${entry.source}  ${cited}/${factual} factual sentences cited (${sentences.length} sentences)`);
    for (const sentence of uncited) {
      lines.push(`  uncited  sentence ${sentence.index + 1}: "${sentence.text}"  [${sentence.reasons.join(', ')}]`);
    }
  }
  return lines.join('\n');
}
