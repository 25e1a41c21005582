import records from '../../generated/data/agreements.json' with { type: 'json' };
import type { Agreement } from '../schema/index.js';
import { deepFreeze, type DeepReadonly } from '../util/deep-freeze.js';

// The JSON was produced by the build from zod-parsed records, so it has the schema's type;
// TypeScript only sees the widened JSON literal type, hence the cast.
/**
 * The bundled agreements dataset: agreements, frameworks, dialogues, action plans and communiqués with their status histories. Validated at build time against the `Agreement` schema,
 * sorted by id and deep-frozen. Import it from `kenya-defence-cooperation/datasets/agreements` to
 * bundle this dataset alone.
 *
 * @example
 * ```ts
 * import { agreements } from 'kenya-defence-cooperation/datasets/agreements';
 * const record = agreements.find((item) => item.id === 'kenya-us-defense-cooperation-framework-2023');
 * console.log(record?.citations[0]?.quote);
 * ```
 */
export const agreements: readonly DeepReadonly<Agreement>[] = deepFreeze(records as unknown as Agreement[]);
