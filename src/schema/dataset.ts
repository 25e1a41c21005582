import { z } from 'zod';
import { Agreement } from './agreement.js';
import { Commitment } from './commitment.js';
import { Disagreement } from './disagreement.js';
import { Organization } from './organization.js';
import { Person } from './person.js';
import { Place } from './place.js';
import { Post } from './post.js';
import { Source } from './source.js';
import { Visit } from './visit.js';

/**
 * The record schema of every dataset, keyed by dataset name. The order is the order datasets
 * are validated, built and documented in.
 *
 * @example
 * ```ts
 * import { RECORD_SCHEMAS, visits } from 'kenya-defence-cooperation';
 * console.log(RECORD_SCHEMAS.visits.safeParse(visits[0]).success); // true
 * ```
 */
export const RECORD_SCHEMAS = {
  sources: Source,
  people: Person,
  organizations: Organization,
  places: Place,
  posts: Post,
  agreements: Agreement,
  visits: Visit,
  commitments: Commitment,
  disagreements: Disagreement,
} as const;

/**
 * Name of one dataset, e.g. `"visits"`.
 *
 * @example
 * ```ts
 * import type { DatasetName } from 'kenya-defence-cooperation';
 * const name: DatasetName = 'visits';
 * ```
 */
export type DatasetName = keyof typeof RECORD_SCHEMAS;

/**
 * Every dataset name, in build order.
 *
 * @example
 * ```ts
 * import { DATASET_NAMES, dataset } from 'kenya-defence-cooperation';
 * for (const name of DATASET_NAMES) console.log(name, dataset[name].length);
 * ```
 */
export const DATASET_NAMES = Object.keys(RECORD_SCHEMAS) as DatasetName[];

/**
 * All datasets together: what the build validates and the query index reads.
 *
 * @example
 * ```ts
 * import { Dataset, dataset } from 'kenya-defence-cooperation';
 * console.log(Dataset.safeParse(dataset).success); // true
 * ```
 */
export const Dataset = z
  .strictObject({
    sources: z.array(Source),
    people: z.array(Person),
    organizations: z.array(Organization),
    places: z.array(Place),
    posts: z.array(Post),
    agreements: z.array(Agreement),
    visits: z.array(Visit),
    commitments: z.array(Commitment),
    disagreements: z.array(Disagreement),
  })
  .meta({ id: 'Dataset', title: 'Dataset', description: 'Every record kind of the package, one array each.' });

/** All datasets together, inferred from {@link Dataset}. */
export type Dataset = z.infer<typeof Dataset>;
