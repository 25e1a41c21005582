import records from '../../generated/data/visits.json' with { type: 'json' };
import type { Visit } from '../schema/index.js';
import { deepFreeze, type DeepReadonly } from '../util/deep-freeze.js';

// The JSON was produced by the build from zod-parsed records, so it has the schema's type;
// TypeScript only sees the widened JSON literal type, hence the cast.
/**
 * The bundled visits dataset: official visits with their engagements (meetings, talks, lectures…). Validated at build time against the `Visit` schema,
 * sorted by id and deep-frozen. Import it from `kenya-defence-cooperation/datasets/visits` to
 * bundle this dataset alone.
 *
 * @example
 * ```ts
 * import { visits } from 'kenya-defence-cooperation/datasets/visits';
 * const record = visits.find((item) => item.id === 'duale-us-official-trip-2024');
 * console.log(record?.citations[0]?.quote);
 * ```
 */
export const visits: readonly DeepReadonly<Visit>[] = deepFreeze(records as unknown as Visit[]);
