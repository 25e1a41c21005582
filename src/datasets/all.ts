import type { Dataset } from '../schema/index.js';
import type { DeepReadonly } from '../util/deep-freeze.js';
import { agreements } from './agreements.js';
import { commitments } from './commitments.js';
import { disagreements } from './disagreements.js';
import { organizations } from './organizations.js';
import { people } from './people.js';
import { places } from './places.js';
import { posts } from './posts.js';
import { sources } from './sources.js';
import { visits } from './visits.js';

/**
 * Every bundled dataset in one object, in the shape of the `Dataset` schema: what the query
 * index is built from.
 *
 * @example
 * ```ts
 * import { dataset } from 'kenya-defence-cooperation';
 * console.log(dataset.visits.length, dataset.agreements.length);
 * ```
 */
export const dataset: DeepReadonly<Dataset> = Object.freeze({
  sources,
  people,
  organizations,
  places,
  posts,
  agreements,
  visits,
  commitments,
  disagreements,
});
