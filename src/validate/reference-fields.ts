import type { DatasetName } from '../schema/dataset.js';
import type { PathPattern } from './paths.js';

/** A field holding the id of a record in `target`. */
export interface ReferenceField {
  readonly pattern: PathPattern;
  readonly target: DatasetName;
}

/** Person and organization fields of a statement's `by`, a counterpart or a commitment party. */
function whoFields(prefix: PathPattern): ReferenceField[] {
  return [
    { pattern: [...prefix, 'person'], target: 'people' },
    { pattern: [...prefix, 'organization'], target: 'organizations' },
  ];
}

const engagement: PathPattern = ['engagements', '*'];

/**
 * Every id-valued field of every record kind, except citation sources (found anywhere by
 * walking) and disagreement subjects (whose target depends on their `kind`). Keep this table in
 * step with src/schema: a field missing here is a reference nobody checks.
 */
export const REFERENCE_FIELDS: Readonly<Record<DatasetName, readonly ReferenceField[]>> = {
  sources: [],
  people: [],
  organizations: [
    { pattern: ['parent'], target: 'organizations' },
    { pattern: ['location'], target: 'places' },
  ],
  places: [{ pattern: ['within'], target: 'places' }],
  posts: [
    { pattern: ['person'], target: 'people' },
    { pattern: ['organization'], target: 'organizations' },
  ],
  agreements: [
    { pattern: ['signatories', '*', 'person'], target: 'people' },
    { pattern: ['place', 'place'], target: 'places' },
    { pattern: ['related', '*', 'agreement'], target: 'agreements' },
  ],
  visits: [
    { pattern: ['lead'], target: 'people' },
    { pattern: ['delegation', '*', 'person'], target: 'people' },
    { pattern: ['destination', 'places', '*'], target: 'places' },
    { pattern: ['agreements', '*'], target: 'agreements' },
    { pattern: ['related', '*', 'visit'], target: 'visits' },
    ...whoFields(['statements', '*', 'by']),
    { pattern: [...engagement, 'place'], target: 'places' },
    { pattern: [...engagement, 'participants', '*'], target: 'people' },
    ...whoFields([...engagement, 'counterparts', '*']),
    { pattern: [...engagement, 'organizations', '*'], target: 'organizations' },
    { pattern: [...engagement, 'agreements', '*'], target: 'agreements' },
    ...whoFields([...engagement, 'statements', '*', 'by']),
  ],
  commitments: [
    ...whoFields(['pledgedBy']),
    ...whoFields(['recipient']),
    { pattern: ['site'], target: 'places' },
    { pattern: ['agreements', '*'], target: 'agreements' },
    { pattern: ['visits', '*'], target: 'visits' },
  ],
  disagreements: [],
};

/**
 * Fields that point at another record of the same dataset and so must not point at the record
 * itself (an organization that is its own parent is a data-entry slip).
 */
export const SELF_REFERENCE_FIELDS: Readonly<Partial<Record<DatasetName, readonly PathPattern[]>>> = {
  organizations: [['parent']],
  places: [['within']],
  agreements: [['related', '*', 'agreement']],
  visits: [['related', '*', 'visit']],
};
