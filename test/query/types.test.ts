import { describe, expectTypeOf, it } from 'vitest';
import { createQuery, query, type BundledIds, type PersonRecord, type Query, type TimelineSubject, type VisitRecord } from '../../src/index.js';

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
  // Ids read from results are typed `string`: they flow back into questions, checked at run time.
  const [visit] = query.visits({ place: 'nairobi' });
  if (visit) {
    query.person(visit.lead);
    query.visits({ person: visit.lead, place: 'nairobi' });
    query.visits({ person: [visit.lead, 'aden-duale'] });
    query.timeline({ person: visit.lead });
    query.citationsOf('visit', visit.id);
    query.counterparts(visit.lead, { organization: 'kenya-defence-forces' });
    query.counterparts('aden-duale', { place: visit.destination.places[0] ?? 'nairobi' });
    query.meetings({ person: visit.lead, organization: 'kenya-defence-forces' });
    // @ts-expect-error an organization literal is checked beside a person read from a result
    query.counterparts(visit.lead, { organization: 'kdf' });
  }
  query.counterparts('aden-duale', { destination: 'US', organization: 'kenya-defence-forces', status: 'took-place' });
  // @ts-expect-error a counterparts filter checks organization ids
  query.counterparts('aden-duale', { organization: 'kdf' });
  // @ts-expect-error and the person
  query.counterparts('aden-dual', { destination: 'US' });
  // @ts-expect-error a meetings filter checks place ids
  query.meetings({ place: 'nairobbi' });
  // A key the filter does not take fails to compile in the generic signature too, where it
  // would otherwise pass and then be refused at run time.
  // @ts-expect-error meetings take a person on either side, not roles
  query.meetings({ person: 'aden-duale', roles: ['lead'] });
  // @ts-expect-error nor beside a person read from a result
  query.meetings({ person: String(query.visits({})[0]?.lead), roles: ['lead'] });
  // @ts-expect-error counterparts take no person in the filter: it is the first argument
  query.counterparts(String(query.visits({})[0]?.lead), { destination: 'US', person: 'lloyd-austin' });
  // @ts-expect-error a misspelt key beside a valid one
  query.visits({ place: 'nairobi', persons: 'aden-duale' });
  // @ts-expect-error nor beside a literal person, in the overload that checks literal ids
  query.counterparts('aden-duale', { destination: 'US', person: 'lloyd-austin' });
  // @ts-expect-error viaPostHolders belongs to an organization's timeline, not a person's
  query.timeline({ person: String(query.visits({})[0]?.lead), viaPostHolders: false });
  // @ts-expect-error nor a country's
  query.timeline({ country: 'KE', viaPostHolders: true });
  // @ts-expect-error nor does a timeline take roles
  query.timeline({ organization: String(query.visits({})[0]?.lead), roles: ['lead'] });
  // A key of one member of a union filter is a key of the filter: an organization's timeline
  // takes viaPostHolders, also beside an id read from a result, and a variable of the union type passes.
  query.timeline({ organization: String(query.visits({})[0]?.lead), viaPostHolders: false });
  const subject: TimelineSubject = { organization: 'kenya-defence-forces', viaPostHolders: false };
  query.timeline(subject);
  const [rwanda] = query.agreements({ parties: ['KE', 'RW'] });
  if (rwanda) query.agreementStatus(rwanda.id, '2026-01-01');
  const hit = query.search('kdf')[0];
  if (hit) query.organizations({ parent: hit.id });
  // Literals are still checked, in either signature.
  // @ts-expect-error 'aden-dual' is not a bundled person id
  query.visits({ person: 'aden-dual' });
  // @ts-expect-error nor in a list beside a known id
  query.visits({ person: ['aden-duale', 'aden-dual'] });
  // @ts-expect-error nor beside an id read from a result
  query.visits({ person: 'aden-dual', place: visit?.destination.places[0] ?? 'nairobi' });
  // @ts-expect-error nor in a timeline subject
  query.timeline({ person: 'aden-dual' });
  query.disagreements({ source: 'duale-us-trip-2024' });
  // @ts-expect-error not a source id
  query.disagreements({ source: 'duale-us-trip' });
  query.disagreement('us-100m-pledge-purpose');
  // @ts-expect-error not a disagreement id
  query.disagreement('us-100m-pledge');
  query.timeline({ person: 'aden-duale', kind: ['visit', 'post-start'] });
  // @ts-expect-error a timeline kind is an event kind
  query.timeline({ person: 'aden-duale', kind: 'visits' });
  // @ts-expect-error nor as a parent organization
  query.organizations({ parent: 'kdf' });
  query.places({ within: 'nairobi' });
  // @ts-expect-error nor as the place others lie within
  query.places({ within: 'nairobbi' });
  const user = createQuery({});
  user.person('anyone-at-all');
  user.visits({ person: 'anyone' });
}
void compileOnly;

describe('types', () => {
  it('bundled ids are literal unions; user data takes strings', () => {
    // The bundled lookups take the literal ids (what editors offer); user data takes any string.
    expectTypeOf(query.person).toMatchTypeOf<(id: PersonId) => PersonRecord>();
    expectTypeOf<ReturnType<typeof createQuery>['person']>().toMatchTypeOf<(id: string) => PersonRecord>();
    expectTypeOf<ReturnType<BundledQuery['person']>>().toEqualTypeOf<PersonRecord>();
    expectTypeOf<ReturnType<BundledQuery['visits']>>().toEqualTypeOf<readonly VisitRecord[]>();
  });
});
