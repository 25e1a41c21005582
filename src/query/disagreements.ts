import type { z } from 'zod';
import { RecordKind } from '../schema/disagreement.js';
import { checkId, checkValue } from './arguments.js';
import type { QueryIndex } from './build-index.js';
import { deepFreeze } from '../util/deep-freeze.js';
import type { DisagreementRecord } from './types.js';

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
