import records from '../../generated/data/posts.json' with { type: 'json' };
import type { Post } from '../schema/index.js';
import { deepFreeze, type DeepReadonly } from '../util/deep-freeze.js';

// The JSON was produced by the build from zod-parsed records, so it has the schema's type;
// TypeScript only sees the widened JSON literal type, hence the cast.
/**
 * The bundled posts dataset: who held which post, attested on which dates (Popolo memberships). Validated at build time against the `Post` schema,
 * sorted by id and deep-frozen. Import it from `kenya-defence-cooperation/datasets/posts` to
 * bundle this dataset alone.
 *
 * @example
 * ```ts
 * import { posts } from 'kenya-defence-cooperation/datasets/posts';
 * const record = posts.find((item) => item.id === 'duale-cabinet-secretary-for-defence');
 * console.log(record?.role, record?.attestations[0]?.citations[0]?.quote);
 * ```
 */
export const posts: readonly DeepReadonly<Post>[] = deepFreeze(records as unknown as Post[]);
