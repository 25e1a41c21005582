import records from '../../generated/data/organizations.json' with { type: 'json' };
import type { Organization } from '../schema/index.js';
import { deepFreeze, type DeepReadonly } from '../util/deep-freeze.js';

// The JSON was produced by the build from zod-parsed records, so it has the schema's type;
// TypeScript only sees the widened JSON literal type, hence the cast.
/**
 * The bundled organizations dataset: armed forces, ministries, agencies, coalitions and other bodies. Validated at build time against the `Organization` schema,
 * sorted by id and deep-frozen. Import it from `kenya-defence-cooperation/datasets/organizations` to
 * bundle this dataset alone.
 *
 * @example
 * ```ts
 * import { organizations } from 'kenya-defence-cooperation/datasets/organizations';
 * const record = organizations.find((item) => item.id === 'kenya-defence-forces');
 * console.log(record?.citations[0]?.quote);
 * ```
 */
export const organizations: readonly DeepReadonly<Organization>[] = deepFreeze(records as unknown as Organization[]);
