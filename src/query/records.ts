import type { DatasetName } from '../schema/dataset.js';

/**
 * The record kinds the query layer answers about, singular, as used in search hits, timelines
 * and {@link Query.citationsOf}.
 *
 * @example
 * ```ts
 * const kind: QueryRecordKind = 'engagement';
 * ```
 */
export type QueryRecordKind =
  | 'source'
  | 'person'
  | 'organization'
  | 'place'
  | 'post'
  | 'agreement'
  | 'visit'
  | 'engagement'
  | 'commitment'
  | 'disagreement';

/** Every record kind, in the order results of different kinds are ranked on ties. */
export const QUERY_RECORD_KINDS: readonly QueryRecordKind[] = Object.freeze([
  'person',
  'organization',
  'place',
  'agreement',
  'visit',
  'engagement',
  'commitment',
  'post',
  'source',
  'disagreement',
]);

/** The dataset holding each kind at top level (engagements live inside visits). */
export const DATASET_OF: Readonly<Record<Exclude<QueryRecordKind, 'engagement'>, DatasetName>> = Object.freeze({
  source: 'sources',
  person: 'people',
  organization: 'organizations',
  place: 'places',
  post: 'posts',
  agreement: 'agreements',
  visit: 'visits',
  commitment: 'commitments',
  disagreement: 'disagreements',
});
