import records from '../../generated/data/places.json' with { type: 'json' };
import type { Place } from '../schema/index.js';
import { deepFreeze, type DeepReadonly } from '../util/deep-freeze.js';

// The JSON was produced by the build from zod-parsed records, so it has the schema's type;
// TypeScript only sees the widened JSON literal type, hence the cast.
/**
 * The bundled places dataset: cities, venues, military sites and regions. Validated at build time against the `Place` schema,
 * sorted by id and deep-frozen. Import it from `kenya-defence-cooperation/datasets/places` to
 * bundle this dataset alone.
 *
 * @example
 * ```ts
 * import { places } from 'kenya-defence-cooperation/datasets/places';
 * const record = places.find((item) => item.id === 'nairobi');
 * console.log(record?.citations[0]?.quote);
 * ```
 */
export const places: readonly DeepReadonly<Place>[] = deepFreeze(records as unknown as Place[]);
