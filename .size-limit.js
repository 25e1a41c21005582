// Size budgets for `npm run size` (size-limit with esbuild: each entry is bundled with its
// dependencies, minified, and measured brotli-compressed). Checked by test/package/size-limit.test.ts.
// Budgets are ~15% above the sizes measured when they were set (2026-11, v0.1.0); raise them
// deliberately (posts, agreements, visits, disagreements and everything were raised on 2026-12-02
// after audit 12 added notes, inferences and an attestation: 1.88, 3.33, 8.57, 1.23 and 133.3 kB;
// posts, agreements, commitments, the query core and everything again on 2026-12-02 after audit 14
// added attestations, notes and links, and the query gained list methods: 2.22, 3.62, 1.25, 122.1
// and 135.5 kB); disagreements again on 2026-12-03 after audit 16 named the recipient and bound
// of the $100 million pledges as disputed and cited the standfirst: 1.36 kB).
// The query core and "everything" are dominated by zod: about 77 kB of their
// ~115 kB, because `import { z } from 'zod'` bundles all of zod v4 (locales included).
import { existsSync } from 'node:fs';
import { URL } from 'node:url';

const DATASET_LIMITS = {
  sources: '1.6 kB',
  people: '1.6 kB',
  organizations: '1.35 kB',
  places: '910 B',
  posts: '2.55 kB',
  agreements: '4.15 kB',
  visits: '9.4 kB',
  commitments: '1.45 kB',
  disagreements: '1.55 kB',
};

// The query entry is built only once its source exists (see tsup.config.ts).
const hasQuery = existsSync(new URL('./src/query/index.ts', import.meta.url));

export default [
  ...(hasQuery ? [{ name: 'query core (kenya-defence-cooperation/query)', path: 'dist/query.js', import: '*', limit: '140 kB' }] : []),
  ...Object.entries(DATASET_LIMITS).map(([name, limit]) => ({
    name: `dataset ${name} (kenya-defence-cooperation/datasets/${name})`,
    path: `dist/datasets/${name}.js`,
    import: `{ ${name} }`,
    limit,
  })),
  { name: 'everything (kenya-defence-cooperation)', path: 'dist/index.js', import: '*', limit: '156 kB' },
];
