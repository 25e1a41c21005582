import records from '../../generated/data/sources.json' with { type: 'json' };
import type { Source } from '../schema/index.js';
import { deepFreeze, type DeepReadonly } from '../util/deep-freeze.js';

// The JSON was produced by the build from zod-parsed records, so it has the schema's type;
// TypeScript only sees the widened JSON literal type, hence the cast.
/**
 * The bundled sources dataset: the four source articles: metadata, SHA-256 and dates (never the full text). Validated at build time against the `Source` schema,
 * sorted by id and deep-frozen. Import it from `kenya-defence-cooperation/datasets/sources` to
 * bundle this dataset alone.
 *
 * @example
 * ```ts
 * import { sources } from 'kenya-defence-cooperation/datasets/sources';
 * const record = sources.find((item) => item.id === 'duale-us-trip-2024');
 * console.log(record?.published?.value, record?.description);
 * ```
 */
export const sources: readonly DeepReadonly<Source>[] = deepFreeze(records as unknown as Source[]);
