import type { DatasetName } from '../schema/dataset.js';

/** The singular record kind of each dataset, as used in messages and in disagreement subjects. */
export const DATASET_KIND = {
  sources: 'source',
  people: 'person',
  organizations: 'organization',
  places: 'place',
  posts: 'post',
  agreements: 'agreement',
  visits: 'visit',
  commitments: 'commitment',
  disagreements: 'disagreement',
} as const satisfies Record<DatasetName, string>;

/** A singular record kind, e.g. `"person"`. */
export type RecordKindName = (typeof DATASET_KIND)[DatasetName];

/** The dataset holding records of `kind`, or undefined for an unknown kind. */
export function datasetOfKind(kind: string): DatasetName | undefined {
  const entry = Object.entries(DATASET_KIND).find(([, name]) => name === kind);
  return entry?.[0] as DatasetName | undefined;
}

/** A kind with its indefinite article, for messages: "an organization", "a place". */
export function withArticle(kind: string): string {
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}
