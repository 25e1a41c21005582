import records from '../../generated/data/people.json' with { type: 'json' };
import type { Person } from '../schema/index.js';
import { deepFreeze, type DeepReadonly } from '../util/deep-freeze.js';

// The JSON was produced by the build from zod-parsed records, so it has the schema's type;
// TypeScript only sees the widened JSON literal type, hence the cast.
/**
 * The bundled people dataset: officials and other people named in the sources. Validated at build time against the `Person` schema,
 * sorted by id and deep-frozen. Import it from `kenya-defence-cooperation/datasets/people` to
 * bundle this dataset alone.
 *
 * @example
 * ```ts
 * import { people } from 'kenya-defence-cooperation/datasets/people';
 * const record = people.find((item) => item.id === 'aden-duale');
 * console.log(record?.citations[0]?.quote);
 * ```
 */
export const people: readonly DeepReadonly<Person>[] = deepFreeze(records as unknown as Person[]);
