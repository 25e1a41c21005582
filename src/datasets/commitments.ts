import records from '../../generated/data/commitments.json' with { type: 'json' };
import type { Commitment } from '../schema/index.js';
import { deepFreeze, type DeepReadonly } from '../util/deep-freeze.js';

// The JSON was produced by the build from zod-parsed records, so it has the schema's type;
// TypeScript only sees the widened JSON literal type, hence the cast.
/**
 * The bundled commitments dataset: pledges of money, personnel and basing access. Validated at build time against the `Commitment` schema,
 * sorted by id and deep-frozen. Import it from `kenya-defence-cooperation/datasets/commitments` to
 * bundle this dataset alone.
 *
 * @example
 * ```ts
 * import { commitments } from 'kenya-defence-cooperation/datasets/commitments';
 * const record = commitments.find((item) => item.id === 'kenya-haiti-police-contingent');
 * console.log(record?.citations[0]?.quote);
 * ```
 */
export const commitments: readonly DeepReadonly<Commitment>[] = deepFreeze(records as unknown as Commitment[]);
