import fc from 'fast-check';
import { generateSynthetic } from '../../bench/synthetic.js';
import type { Dataset } from '../../src/schema/dataset.js';
import { EngagementKind, EventStatus, Topic, VisitKind, AgreementKind, AgreementStatus, CommitmentKind, OrganizationKind } from '../../src/schema/vocabularies.js';
import type { AnyFilter } from './oracle.js';
import { bounds } from './oracle.js';

/**
 * Schema-valid datasets: tiny pools (4 countries, 5 people, 2 years) so that people meet
 * themselves, places nest, dates collide and partial or open dates are common.
 */
export const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({ seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }), visits: fc.integer({ min: 0, max: 14 }) })
  .map(({ seed, visits }) => generateSynthetic({ visits, seed, edgy: true }));

// The same tiny pools as the edgy datasets (2023–2024, months 1/2/12, days 1/15/16/28) plus
// neighbours, so that range ends fall on, just before and just after record dates.
const dayArb = fc.record({ y: fc.integer({ min: 2022, max: 2025 }), m: fc.constantFrom(1, 2, 3, 11, 12), d: fc.constantFrom(1, 14, 15, 16, 17, 28) }).map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
/** A date argument at day, month or year precision. */
export const dateArb: fc.Arbitrary<string> = fc.tuple(dayArb, fc.constantFrom(10, 7, 4)).map(([day, length]) => day.slice(0, length));
export { dayArb };

const pickSome = <T>(values: readonly T[]): fc.Arbitrary<T | T[]> =>
  values.length === 0 ? fc.constant([] as T[]) : fc.oneof(fc.constantFrom(...values), fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: 2 }));

/** Filters over the ids, countries and vocabulary of a dataset; every field optional. */
export function filterArb(data: Dataset, fields: readonly (keyof AnyFilter)[]): fc.Arbitrary<AnyFilter> {
  const countries = [...new Set([...data.visits.flatMap((v) => [v.origin.country, v.destination.country]), ...data.agreements.flatMap((a) => a.parties), 'KE', 'US'])];
  const pools: Partial<Record<keyof AnyFilter, fc.Arbitrary<unknown>>> = {
    person: pickSome(data.people.map((p) => p.id)),
    roles: fc.uniqueArray(fc.constantFrom('lead', 'delegation', 'participant', 'counterpart'), { minLength: 1, maxLength: 4 }),
    country: pickSome(countries),
    origin: pickSome(countries),
    destination: pickSome(countries),
    parties: fc.uniqueArray(fc.constantFrom(...countries), { minLength: 1, maxLength: 2 }),
    organization: pickSome(data.organizations.map((o) => o.id)),
    viaPostHolders: fc.boolean(),
    parent: pickSome(data.organizations.map((o) => o.id)),
    place: pickSome(data.places.map((p) => p.id)),
    // A dataset may have no visits, and an empty list is refused (tested elsewhere).
    ...(data.visits.length > 0 ? { visit: pickSome(data.visits.map((v) => v.id)) } : {}),
    within: pickSome(data.places.map((p) => p.id)),
    topic: pickSome(Topic.options),
    // Roles and titles as written, in another case, so that folding and titles both count.
    role: pickSome([...new Set(data.posts.flatMap((p) => [p.role, ...p.titlesAsWritten]))].map((name, at) => (at % 2 === 0 ? name.toUpperCase() : name))),
  };
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const field of fields) {
    const pool = pools[field];
    if (pool) record[field] = fc.option(pool, { nil: undefined, freq: 2 });
  }
  return fc.record({ ...record, match: fc.option(fc.constantFrom('overlaps' as const, 'within' as const), { nil: undefined }), dates: fc.option(fc.tuple(fc.option(dateArb, { nil: undefined }), fc.option(dateArb, { nil: undefined })), { nil: undefined }) }).map((raw) => {
    const filter: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(raw)) if (value !== undefined && key !== 'dates' && key !== 'match') filter[key] = value;
    const dates = raw.dates;
    if (dates && (dates[0] !== undefined || dates[1] !== undefined)) {
      let [from, to] = dates;
      // Keep ranges valid (from's first day ≤ to's last day); invalid ones are tested elsewhere.
      if (from !== undefined && to !== undefined && bounds(from).e > bounds(to).l) [from, to] = [to, from];
      if (from !== undefined) filter['from'] = from;
      if (to !== undefined) filter['to'] = to;
      if (raw.match !== undefined) filter['match'] = raw.match;
    }
    if (filter['roles'] !== undefined && filter['person'] === undefined) delete filter['roles'];
    if (filter['viaPostHolders'] !== undefined && filter['organization'] === undefined) delete filter['viaPostHolders'];
    return filter as AnyFilter;
  });
}

/** Vocabulary pools per filter kind. */
export const vocab = {
  visitKind: VisitKind.options,
  engagementKind: EngagementKind.options,
  eventStatus: EventStatus.options,
  agreementKind: AgreementKind.options,
  agreementStatus: AgreementStatus.options,
  commitmentKind: CommitmentKind.options,
  organizationKind: OrganizationKind.options,
};
