import type { Query, QueryRecordKind } from '../query/index.js';

/** Every record kind `show` and `--kind` accept, in the order lookups try them. */
export const RECORD_KINDS: readonly QueryRecordKind[] = [
  'visit',
  'engagement',
  'agreement',
  'commitment',
  'person',
  'organization',
  'place',
  'post',
  'source',
  'disagreement',
];

/** A record found by id, with its kind (and, for an engagement, the visit it is part of). */
export interface FoundRecord {
  readonly kind: QueryRecordKind;
  readonly id: string;
  readonly record: unknown;
  readonly visit?: string;
}

/**
 * The ids of every kind, read from the query's frozen dataset. The query answers lookups by
 * kind only, so finding an id of unknown kind means asking each kind.
 */
function idsOf(query: Query, kind: QueryRecordKind): readonly string[] {
  const data = query.dataset;
  switch (kind) {
    case 'engagement':
      return data.visits.flatMap((visit) => visit.engagements.map((engagement) => engagement.id));
    case 'visit':
      return data.visits.map((record) => record.id);
    case 'agreement':
      return data.agreements.map((record) => record.id);
    case 'commitment':
      return data.commitments.map((record) => record.id);
    case 'person':
      return data.people.map((record) => record.id);
    case 'organization':
      return data.organizations.map((record) => record.id);
    case 'place':
      return data.places.map((record) => record.id);
    case 'post':
      return data.posts.map((record) => record.id);
    case 'source':
      return data.sources.map((record) => record.id);
    case 'disagreement':
      return data.disagreements.map((record) => record.id);
  }
}

/**
 * Every id of every kind (for "nearest ids" hints).
 *
 * @example
 * ```ts
 * allIds(query).length;
 * ```
 */
export function allIds(query: Query, kinds: readonly QueryRecordKind[] = RECORD_KINDS): string[] {
  return kinds.flatMap((kind) => idsOf(query, kind));
}

/** The record of a kind known to have the id, through the query's own lookups. */
function lookup(query: Query, kind: QueryRecordKind, id: string): FoundRecord {
  switch (kind) {
    case 'engagement': {
      const row = query.engagement(id);
      return { kind, id, record: row.engagement, visit: row.visit.id };
    }
    case 'visit':
      return { kind, id, record: query.visit(id) };
    case 'agreement':
      return { kind, id, record: query.agreement(id) };
    case 'commitment':
      return { kind, id, record: query.commitment(id) };
    case 'person':
      return { kind, id, record: query.person(id) };
    case 'organization':
      return { kind, id, record: query.organization(id) };
    case 'place':
      return { kind, id, record: query.place(id) };
    case 'post':
      return { kind, id, record: query.post(id) };
    case 'source':
      return { kind, id, record: query.source(id) };
    case 'disagreement':
      // The query has no single-disagreement lookup; the frozen dataset is the same data.
      return { kind, id, record: query.dataset.disagreements.find((record) => record.id === id) };
  }
}

/**
 * Every record with the id, of the given kinds (ids are unique within a kind, not across kinds).
 *
 * @example
 * ```ts
 * findById(query, 'aden-duale'); // [{ kind: 'person', id: 'aden-duale', record: {...} }]
 * ```
 */
export function findById(query: Query, id: string, kinds: readonly QueryRecordKind[] = RECORD_KINDS): FoundRecord[] {
  return kinds.filter((kind) => idsOf(query, kind).includes(id)).map((kind) => lookup(query, kind, id));
}
