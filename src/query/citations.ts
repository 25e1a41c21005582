import { isCitationsKey } from '../util/citation-keys.js';
import { deepFreeze } from '../util/deep-freeze.js';
import { checkId, checkValue, tableFor, type IdKind } from './arguments.js';
import type { QueryIndex } from './build-index.js';
import { QUERY_RECORD_KINDS, type QueryRecordKind } from './records.js';
import type { CitationRecord, SourceRecord } from './types.js';

/**
 * A citation of a record, with where in the record it supports a fact and the source's metadata
 * (headline, publication date, credit) so a reader can judge and find it.
 *
 * @example
 * ```ts
 * const [first]: readonly ResolvedCitation[] = query.citationsOf('person', 'aden-duale');
 * console.log(first?.quote, first?.source.headline?.text);
 * ```
 */
export interface ResolvedCitation {
  /** Path of the cited fact in the record, e.g. `when` or `engagements[0].counterparts[1]`. */
  readonly path: string;
  readonly quote: string;
  readonly note?: string;
  readonly source: SourceRecord;
}

/** Finds a record of any kind by id. */
export function recordOf(index: QueryIndex, kind: QueryRecordKind, id: string): unknown {
  checkValue(QUERY_RECORD_KINDS, kind, 'kind');
  const checked = checkId(index, kind as IdKind, id, 'id');
  if (kind === 'disagreement') return index.disagreements.get(checked);
  switch (kind) {
    case 'place':
      return index.places.get(checked);
    case 'source':
      return index.sources.get(checked);
    case 'engagement':
      return index.engagements.records[index.engagements.positionOf.get(checked) ?? -1]?.engagement;
    default: {
      const table = tableFor(index, kind);
      return table.records[table.positionOf.get(checked) ?? -1];
    }
  }
}

/**
 * Every citation anywhere in a record, in document order, each with its source record. A visit's
 * citations include those of its engagements (the engagement's own are under `engagement`).
 *
 * @example
 * ```ts
 * citationsFor(index, 'engagement', 'kahariri-meets-muganga');
 * ```
 */
export function citationsFor(index: QueryIndex, kind: QueryRecordKind, id: string): readonly ResolvedCitation[] {
  const record = recordOf(index, kind, id);
  const out: ResolvedCitation[] = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, position) => walk(item, `${path}[${position}]`));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (isCitationsKey(key) && Array.isArray(child)) {
        // `citations` cite the object holding them; `partiesCitations` and the like, one field of it.
        const cited = key === 'citations' ? path : path === '' ? key : `${path}.${key}`;
        for (const citation of child as readonly CitationRecord[]) {
          const source = index.sources.get(citation.source);
          // References were checked when the query was created, so a missing source is a bug.
          if (!source) throw new Error(`internal: source "${citation.source}" missing`);
          out.push(Object.freeze({ path: cited === '' ? '.' : cited, quote: citation.quote, ...(citation.note === undefined ? {} : { note: citation.note }), source: deepFreeze(source) }));
        }
      } else if (typeof child === 'object' && child !== null) walk(child, path === '' ? key : `${path}.${key}`);
    }
  };
  walk(record, '');
  return Object.freeze(out);
}
