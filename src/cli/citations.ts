import { isCitationsKey } from '../util/citation-keys.js';
import type { Query, ResolvedCitation } from '../query/index.js';
import type { Cell } from './format/result.js';

/**
 * Ids of the sources cited anywhere in a record, in first-cited order.
 *
 * @example
 * ```ts
 * citedSources({ citations: [{ source: 'a', quote: '…' }], when: { citations: [{ source: 'b', quote: '…' }] } }); // ['a', 'b']
 * ```
 */
export function citedSources(record: unknown): string[] {
  const seen = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (isCitationsKey(key) && Array.isArray(child)) {
        for (const citation of child) {
          if (typeof citation === 'object' && citation !== null && 'source' in citation && typeof citation.source === 'string') seen.add(citation.source);
        }
      } else walk(child);
    }
  };
  walk(record);
  return [...seen];
}

type SourceLike = ResolvedCitation['source'];

/**
 * A source's title as a reader would look for it: the printed headline, or else the curator's
 * one-line description (most sources print no headline).
 *
 * @example
 * ```ts
 * sourceTitle(query.source('duale-us-trip-2024'));
 * ```
 */
export function sourceTitle(source: SourceLike): string {
  return source.headline?.text ?? source.description;
}

/**
 * A source's publication date: printed, or else inferred (`inferred: true`), or undefined when
 * the source has neither.
 *
 * @example
 * ```ts
 * sourceDate(query.source('kdf-chief-rwanda-visit')); // { value: '2025-11-05?/2025-11-08?', inferred: true }
 * ```
 */
export function sourceDate(source: SourceLike): { readonly value: string; readonly inferred: boolean } | undefined {
  if (source.published) return { value: source.published.value, inferred: false };
  if (source.publishedInferred) return { value: source.publishedInferred.value, inferred: true };
  return undefined;
}

/** The date for text views: `2024-02-04`, `2025-11-05?/2025-11-08?, inferred` or `undated`. */
function sourceDateText(source: SourceLike): string {
  const date = sourceDate(source);
  if (date === undefined) return 'undated';
  return date.inferred ? `${date.value}, inferred` : date.value;
}

/** A citation as JSON output gives it: the fact's path, the quote, and the source's id, title and date. */
export interface CitationJson {
  readonly path: string;
  readonly source: { readonly id: string; readonly title: string; readonly date: string | null; readonly dateInferred: boolean; readonly credit?: string };
  readonly quote: string;
  readonly note?: string;
}

/**
 * The JSON shape of a resolved citation: the source reduced to what identifies it (the full
 * source record is one `show <source id>` away).
 *
 * @example
 * ```ts
 * query.citationsOf('person', 'aden-duale').map(citationJson);
 * ```
 */
export function citationJson(citation: ResolvedCitation): CitationJson {
  const { source } = citation;
  const date = sourceDate(source);
  return {
    path: citation.path,
    source: {
      id: source.id,
      title: sourceTitle(source),
      date: date?.value ?? null,
      dateInferred: date?.inferred ?? false,
      ...(source.credit ? { credit: source.credit.text } : {}),
    },
    quote: citation.quote,
    ...(citation.note === undefined ? {} : { note: citation.note }),
  };
}

/** Columns of a citation table (csv and table formats of `show`). */
export const CITATION_COLUMNS = ['path', 'source', 'source_date', 'source_date_inferred', 'source_title', 'quote', 'note'] as const;

/**
 * A citation as a flat row matching {@link CITATION_COLUMNS}.
 *
 * @example
 * ```ts
 * citationRow(query.citationsOf('person', 'aden-duale')[0]!);
 * ```
 */
export function citationRow(citation: ResolvedCitation): Cell[] {
  const date = sourceDate(citation.source);
  return [citation.path, citation.source.id, date?.value ?? null, date?.inferred ?? false, sourceTitle(citation.source), citation.quote, citation.note ?? null];
}

/**
 * Citations as indented text for detail views: a numbered line naming the cited field and the
 * source (id, date, title), then the quote in full — quotes are never truncated, since checking
 * them is the point.
 *
 * @example
 * ```ts
 * citationText(query.citationsOf('person', 'aden-duale'));
 * ```
 */
export function citationText(citations: readonly ResolvedCitation[]): string {
  return citations
    .map((citation, index) => {
      const { source } = citation;
      // Citations of the record itself have the path "."; "record" reads better in a listing.
      const head = `[${index + 1}] ${citation.path === '.' ? 'record' : citation.path} — ${source.id} (${sourceDateText(source)}) ${sourceTitle(source)}`;
      const note = citation.note === undefined ? '' : `\n    note: ${citation.note}`;
      // The quote is printed verbatim; only continuation lines are indented.
      return `${head}\n    "${citation.quote.split('\n').join('\n     ')}"${note}`;
    })
    .join('\n');
}

/**
 * Citations with each quote once: citations of the same source, quote and note are merged into
 * one whose path lists every fact it supports (`statusHistory[0], statusHistory[1]`), in the
 * order first cited. A quote that supports several facts (a meeting's sentence for every
 * traveller, one sentence for a step and its date) is then printed once, with all of them.
 *
 * @example
 * ```ts
 * mergeCitations(query.citationsOf('person', 'aden-duale')).map((citation) => citation.path);
 * ```
 */
export function mergeCitations(citations: readonly ResolvedCitation[]): ResolvedCitation[] {
  const merged = new Map<string, { citation: ResolvedCitation; paths: string[] }>();
  for (const citation of citations) {
    const key = JSON.stringify([citation.source.id, citation.quote, citation.note ?? null]);
    const entry = merged.get(key);
    if (entry === undefined) merged.set(key, { citation, paths: [citation.path] });
    else if (!entry.paths.includes(citation.path)) entry.paths.push(citation.path);
  }
  return [...merged.values()].map(({ citation, paths }) =>
    // "." (the record itself) reads as "record" in a list of paths, as citationText prints it alone.
    paths.length === 1 ? citation : { ...citation, path: paths.map((path) => (path === '.' ? 'record' : path)).join(', ') },
  );
}

/**
 * The citations block of a detail view: `citations (N):` and the numbered citations, each quote
 * printed once with every fact it supports (see {@link mergeCitations}), or `citations: none`
 * when there are none.
 *
 * @example
 * ```ts
 * citationBlock(query.citationsOf('person', 'aden-duale'));
 * ```
 */
export function citationBlock(citations: readonly ResolvedCitation[]): string {
  const distinct = mergeCitations(citations);
  return distinct.length === 0 ? 'citations: none' : `citations (${distinct.length}):\n${citationText(distinct)}`;
}

type RawCitation = { readonly source: string; readonly quote: string; readonly note?: string };

/**
 * Resolves raw `{ source, quote }` citations (as timelines and as-of answers carry them) to
 * {@link ResolvedCitation}s with their source records, labelled with the fact they support.
 *
 * @example
 * ```ts
 * resolveCitations(query, holder.citations, 'attestations');
 * ```
 */
export function resolveCitations(query: Query, citations: readonly RawCitation[], path: string): ResolvedCitation[] {
  return citations.map((citation) => ({
    path,
    quote: citation.quote,
    ...(citation.note === undefined ? {} : { note: citation.note }),
    source: query.source(citation.source),
  }));
}
