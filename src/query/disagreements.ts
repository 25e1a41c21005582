import type { z } from 'zod';
import { Disagreement, RecordKind } from '../schema/disagreement.js';
import { asList, checkId, checkKeys, checkValue, filterObject } from './arguments.js';
import type { QueryIndex } from './build-index.js';
import { deepFreeze } from '../util/deep-freeze.js';
import type { DisagreementRecord, IdTypes, OneOrMany, StringIds } from './types.js';

/**
 * The record kinds a disagreement can be about (its `subjects[].kind`).
 *
 * @example
 * ```ts
 * import { query, type DisagreementSubjectKind } from 'kenya-defence-cooperation';
 * const kind: DisagreementSubjectKind = 'visit';
 * query.disagreementsAbout(kind, 'austin-kenya-visit-2023').map((item) => item.id); // ['austin-nairobi-visit-timing']
 * ```
 */
export type DisagreementSubjectKind = z.infer<typeof RecordKind>;

/** Disagreements by the records they are about (`kind` NUL `id`), in data order. */
export type DisagreementsBySubject = ReadonlyMap<string, readonly DisagreementRecord[]>;

const subjectKey = (kind: string, id: string): string => `${kind}\u0000${id}`;

/**
 * Groups the disagreements by each record they are about, once per query.
 *
 * @example
 * ```ts
 * const bySubject = disagreementsBySubject(index);
 * ```
 */
export function disagreementsBySubject(index: QueryIndex): DisagreementsBySubject {
  const groups = new Map<string, DisagreementRecord[]>();
  for (const disagreement of index.disagreements.values()) {
    // A disagreement naming one record in two fields is listed once for it.
    for (const key of new Set(disagreement.subjects.map((subject) => subjectKey(subject.kind, subject.id)))) {
      const list = groups.get(key) ?? [];
      list.push(disagreement);
      groups.set(key, list);
    }
  }
  return groups;
}

/**
 * The disagreements between the sources about one record, in data order: where a record's
 * value is one of several claims, this says so (the two US "$100 million" pledges may be one).
 *
 * @example
 * ```ts
 * disagreementsAbout(index, disagreementsBySubject(index), 'visit', 'austin-kenya-visit-2023');
 * ```
 */
export function disagreementsAbout(index: QueryIndex, bySubject: DisagreementsBySubject, kind: unknown, id: unknown): readonly DisagreementRecord[] {
  const checkedKind = checkValue(RecordKind.options, kind, 'kind');
  const checkedId = checkId(index, checkedKind, id, 'id');
  return deepFreeze([...(bySubject.get(subjectKey(checkedKind, checkedId)) ?? [])]);
}

/**
 * How a disagreement stands: `'unresolved'` — the sources conflict and the data keeps both
 * claims; `'kept-both'` — the readings may be compatible and are kept side by side.
 *
 * @example
 * ```ts
 * import type { DisagreementResolution } from 'kenya-defence-cooperation';
 * const open: DisagreementResolution = 'unresolved';
 * ```
 */
export type DisagreementResolution = z.infer<typeof Disagreement>['resolution'];

const RESOLUTIONS: readonly DisagreementResolution[] = Disagreement.shape.resolution.options;

/**
 * Filter for {@link Query.disagreements}. Every given field must match (AND); a list in one
 * field matches any of its values (OR).
 *
 * @example
 * ```ts
 * import { query, type DisagreementFilter } from 'kenya-defence-cooperation';
 * const filter: DisagreementFilter = { kind: 'visit', resolution: 'unresolved' };
 * query.disagreements(filter).map((item) => item.id); // ['austin-nairobi-visit-timing']
 * ```
 */
export interface DisagreementFilter<I extends IdTypes = StringIds> {
  /** The kind of a record the disagreement is about (one of its `subjects`). */
  readonly kind?: OneOrMany<DisagreementSubjectKind>;
  /** A source cited by one of its claims. */
  readonly source?: OneOrMany<I['source']>;
  readonly resolution?: OneOrMany<DisagreementResolution>;
}

/**
 * The disagreements matching every given field, in data order.
 *
 * @example
 * ```ts
 * disagreementsMatching(index, { source: 'duale-us-trip-2024' });
 * ```
 */
export function disagreementsMatching(index: QueryIndex, given: DisagreementFilter | undefined): readonly DisagreementRecord[] {
  const filter: DisagreementFilter = filterObject(given, 'disagreements', "{ kind: 'visit' }");
  checkKeys(filter, ['kind', 'source', 'resolution'], 'disagreements');
  const kinds = filter.kind === undefined ? undefined : new Set(asList(filter.kind, 'kind').map((kind) => checkValue(RecordKind.options, kind, 'kind')));
  const sources = filter.source === undefined ? undefined : new Set(asList(filter.source, 'source').map((id) => checkId(index, 'source', id, 'source')));
  const resolutions = filter.resolution === undefined ? undefined : new Set(asList(filter.resolution, 'resolution').map((value) => checkValue(RESOLUTIONS, value, 'resolution')));
  const out: DisagreementRecord[] = [];
  for (const disagreement of index.disagreements.values()) {
    if (kinds !== undefined && !disagreement.subjects.some((subject) => kinds.has(subject.kind))) continue;
    if (sources !== undefined && !disagreement.claims.some((claim) => claim.citations.some((citation) => sources.has(citation.source)))) continue;
    if (resolutions !== undefined && !resolutions.has(disagreement.resolution)) continue;
    out.push(disagreement);
  }
  return deepFreeze(out);
}
