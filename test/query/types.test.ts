import { describe, expectTypeOf, it } from 'vitest';
import { createQuery, query, type BundledIds, type PersonRecord, type Query, type VisitRecord } from '../../src/index.js';

type BundledQuery = Query<BundledIds>;
import type { PersonId } from '../../generated/ids.js';

// Checked by `tsc --noEmit` (tsconfig includes test/): each @ts-expect-error must see an error,
// so a misspelt bundled id, a lower-case country or an unknown topic failing to compile is proven.
function compileOnly(): void {
  query.person('aden-duale');
  // @ts-expect-error 'aden-dual' is not a bundled person id
  query.person('aden-dual');
  // @ts-expect-error countries are upper-case ISO codes
  query.visits({ country: 'ke' });
  // @ts-expect-error not a topic of the vocabulary
  query.visits({ topic: 'navy' });
  // @ts-expect-error a visit id is not an agreement id
  query.agreementStatus('burns-nairobi-visit-2024', '2024-01-01');
  query.disagreementsAbout('commitment', 'us-haiti-mission-100m');
  // @ts-expect-error a visit id is not a commitment id
  query.disagreementsAbout('commitment', 'burns-nairobi-visit-2024');
  // @ts-expect-error engagements are not subjects of disagreements
  query.disagreementsAbout('engagement', 'kahariri-meets-muganga');
  const user = createQuery({});
  user.person('anyone-at-all');
  user.visits({ person: 'anyone' });
}
void compileOnly;

describe('types', () => {
  it('bundled ids are literal unions; user data takes strings', () => {
    expectTypeOf<BundledQuery['person']>().parameter(0).toEqualTypeOf<PersonId>();
    expectTypeOf<ReturnType<typeof createQuery>['person']>().parameter(0).toEqualTypeOf<string>();
    expectTypeOf<ReturnType<BundledQuery['person']>>().toEqualTypeOf<PersonRecord>();
    expectTypeOf<ReturnType<BundledQuery['visits']>>().toEqualTypeOf<readonly VisitRecord[]>();
  });
});
