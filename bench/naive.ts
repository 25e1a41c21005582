// The naive baseline: what a user without an index writes — Array.filter with the same
// semantics over records sorted once (chronologically, so results come out in the same order).
// Date strings are parsed once each (memoized), which any sensible caller would also do.
import type { Dataset } from '../src/schema/dataset.js';
import type { DeepReadonly } from '../src/util/deep-freeze.js';
import { engagementCountsForVisit } from '../src/query/visit-tables.js';
import { bounds } from '../test/query/oracle.js';

type Visit = DeepReadonly<Dataset>['visits'][number];

/**
 * Straightforward filters over the visits, sorted once like the index's results. As in the
 * query API, an engagement only planned within a visit under way or held does not count for it.
 */
export function naiveVisits(visits: readonly Visit[]) {
  return {
    byPerson: (person: string): Visit[] =>
      visits.filter(
        (v) =>
          v.lead === person ||
          v.delegation.some((d) => d.person === person) ||
          v.engagements.some((e) => engagementCountsForVisit(v, e) && (e.participants.includes(person) || e.counterparts.some((c) => c.person === person))),
      ),
    byCountry: (country: string): Visit[] => visits.filter((v) => v.origin.country === country || v.destination.country === country),
    /** Visits from or to the country whose date may fall in the days (the default `overlaps`). */
    byCountryDuring: (country: string, from: number, to: number): Visit[] =>
      visits.filter((v) => {
        if (v.origin.country !== country && v.destination.country !== country) return false;
        const b = bounds(v.when.value);
        return b.e <= to && b.l >= from;
      }),
    within: (from: number, to: number): Visit[] =>
      visits.filter((v) => {
        const b = bounds(v.when.value);
        return b.e >= from && b.l <= to;
      }),
  };
}
