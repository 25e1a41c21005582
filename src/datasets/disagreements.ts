import records from '../../generated/data/disagreements.json' with { type: 'json' };
import type { Disagreement } from '../schema/index.js';
import { deepFreeze, type DeepReadonly } from '../util/deep-freeze.js';

// The JSON was produced by the build from zod-parsed records, so it has the schema's type;
// TypeScript only sees the widened JSON literal type, hence the cast.
/**
 * The bundled disagreements dataset: points where the sources disagree, each claim cited. Validated at build time against the `Disagreement` schema,
 * sorted by id and deep-frozen. Import it from `kenya-defence-cooperation/datasets/disagreements` to
 * bundle this dataset alone.
 *
 * @example
 * ```ts
 * import { disagreements } from 'kenya-defence-cooperation/datasets/disagreements';
 * const record = disagreements.find((item) => item.id === 'us-100m-pledge-purpose');
 * console.log(record?.claims.map((claim) => claim.summary));
 * ```
 */
export const disagreements: readonly DeepReadonly<Disagreement>[] = deepFreeze(records as unknown as Disagreement[]);
