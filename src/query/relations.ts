import { ISO_COUNTRIES } from '../schema/iso-countries.js';
import { deepFreeze } from '../util/deep-freeze.js';
import { asList, checkCountry, checkId, checkKeys, dateWindow, filterObject, personConstraint } from './arguments.js';
import type { QueryIndex } from './build-index.js';
import { isConcluded } from './concluded.js';
import { DATE_KEYS, ENGAGEMENT_FIELD_KEYS, engagementFieldConstraints } from './filters.js';
import type { Constraint } from './table.js';
import type { CitationRecord, CountryCodeLiteral, EngagementFilter, EngagementRow, IdTypes, OneOrMany, StringIds, VisitRole } from './types.js';

/**
 * Who met whom at one engagement: a traveller (the visit's lead, or a participant) and a named
 * counterpart person.
 *
 * @example
 * ```ts
 * const [first]: readonly Meeting[] = query.meetings({ person: 'aden-duale' });
 * console.log(first?.traveller, '↔', first?.counterpart);
 * ```
 */
export interface Meeting {
  readonly engagement: string;
  readonly visit: string;
  readonly title: string;
  /** The engagement's date, or the visit's where the engagement has none: see `dateFrom`. */
  readonly date: string;
  /**
   * Whose date `date` is: `'engagement'` when the source dates the meeting itself, `'visit'`
   * when it only dates the visit the meeting was part of (a meeting on an unnamed day of a visit
   * dated to the month carries the month, not a day the text never gives).
   */
  readonly dateFrom: 'engagement' | 'visit';
  readonly status: EngagementRow['engagement']['status']['value'];
  readonly traveller: string;
  readonly travellerRole: 'lead' | 'participant';
  readonly counterpart: string;
  readonly citations: readonly CitationRecord[];
}

/**
 * Filter for {@link Query.counterparts}: which meetings to count, by their engagement, with the
 * fields of {@link EngagementFilter} other than the person — `country`, `origin`, `destination`,
 * `organization` (+ `viaPostHolders`), `place`, `visit`, `kind`, `status` (as of its source:
 * `took-place`, `under-way`, `planned`), `topic` — and dates. Without `status`, planned meetings
 * count too: pass `status: 'took-place'` to count only meetings reported as held.
 *
 * @example
 * ```ts
 * const filter: CounterpartFilter = { status: 'took-place', destination: 'US', during: '2024' };
 * ```
 */
export interface CounterpartFilter<I extends IdTypes = StringIds> extends Omit<EngagementFilter<I>, 'person' | 'roles'> {
  /** The engagement's status as of its source; without it, planned meetings count too. */
  readonly status?: EngagementFilter<I>['status'];
}

/**
 * Filter for {@link Query.meetings}: meetings with a person on either side, and the engagement
 * fields of {@link CounterpartFilter} (country, organization, place, kind, status, topic, dates…).
 *
 * @example
 * ```ts
 * const filter: MeetingFilter = { person: 'aden-duale', status: 'planned', during: '2024' };
 * ```
 */
export interface MeetingFilter<I extends IdTypes = StringIds> extends CounterpartFilter<I> {
  /** A person on either side, or any of several. */
  readonly person?: OneOrMany<I['person']>;
}

const MEETING_ROLES: readonly VisitRole[] = ['lead', 'participant', 'counterpart'];

/**
 * Every traveller ↔ counterpart pair, in engagement order (chronological).
 *
 * @example
 * ```ts
 * meetingsOf(index, { person: 'aden-duale' });
 * ```
 */
export function meetingsOf(index: QueryIndex, given?: MeetingFilter): readonly Meeting[] {
  const filter: MeetingFilter = filterObject(given, 'meetings', "{ person: 'aden-duale' }");
  checkKeys(filter, ['person', ...ENGAGEMENT_FIELD_KEYS, ...DATE_KEYS], 'meetings');
  const people = filter.person === undefined ? undefined : new Set(asList(filter.person, 'person').map((id) => checkId(index, 'person', id, 'person')));
  const constraints: Constraint[] = [...(people === undefined ? [] : personConstraint(index, [...people], MEETING_ROLES, MEETING_ROLES)), ...engagementFieldConstraints(index, filter)];
  const positions = index.engagements.select(constraints, dateWindow(filter));
  const out: Meeting[] = [];
  for (const position of positions) {
    const row = index.engagements.records[position] as EngagementRow;
    const { engagement, visit } = row;
    const travellers = [{ id: visit.lead, role: 'lead' as const }, ...engagement.participants.map((id) => ({ id, role: 'participant' as const }))];
    for (const counterpart of engagement.counterparts) {
      if (counterpart.person === undefined) continue;
      for (const traveller of travellers) {
        if (people !== undefined && !people.has(traveller.id) && !people.has(counterpart.person)) continue;
        out.push(
          Object.freeze({
            engagement: engagement.id,
            visit: visit.id,
            title: engagement.title,
            date: row.date,
            dateFrom: row.dateFrom,
            status: engagement.status.value,
            traveller: traveller.id,
            travellerRole: traveller.role,
            counterpart: counterpart.person,
            citations: deepFreeze(counterpart.citations),
          }),
        );
      }
    }
  }
  return Object.freeze(out);
}

/**
 * One person someone met, with how often and at which engagements (each engagement counts once,
 * so the talks and the signing of one visit count as two). `planned` says how many of them were
 * only planned as of their source: without a `status` filter they are counted too.
 *
 * @example
 * ```ts
 * query.counterparts('aden-duale')[0];
 * // { person: 'lloyd-austin', name: 'Lloyd Austin', count: 3, planned: 1,
 * //   engagements: ['austin-duale-talks-2023', 'kenya-us-framework-signing-2023', 'duale-austin-talks-2024'] }
 * ```
 */
export interface CounterpartCount {
  readonly person: string;
  readonly name: string;
  readonly count: number;
  /** Of `count`, the engagements only planned as of their source (status `planned`). */
  readonly planned: number;
  readonly engagements: readonly string[];
}

/**
 * The people a person met (on either side of a meeting), most frequent first, then by id. Counts
 * planned meetings too unless `filter.status` says otherwise.
 *
 * @example
 * ```ts
 * counterpartsOf(index, 'aden-duale', { status: 'took-place' });
 * ```
 */
export function counterpartsOf(index: QueryIndex, person: string, given?: CounterpartFilter): readonly CounterpartCount[] {
  const id = checkId(index, 'person', person, 'person');
  const filter: CounterpartFilter = filterObject(given, 'counterparts', "{ status: 'took-place' }");
  checkKeys(filter, [...ENGAGEMENT_FIELD_KEYS, ...DATE_KEYS], 'counterparts');
  const counts = new Map<string, { engagements: string[]; planned: number }>();
  for (const meeting of meetingsOf(index, { ...filter, person: id })) {
    const other = meeting.traveller === id ? meeting.counterpart : meeting.traveller;
    if (other === id) continue;
    let entry = counts.get(other);
    if (entry === undefined) counts.set(other, (entry = { engagements: [], planned: 0 }));
    // Meetings come in engagement order, so a repeat of one engagement is always the last one.
    if (entry.engagements[entry.engagements.length - 1] === meeting.engagement) continue;
    entry.engagements.push(meeting.engagement);
    if (meeting.status === 'planned') entry.planned++;
  }
  return Object.freeze(
    [...counts]
      .map(([other, { engagements, planned }]) =>
        Object.freeze({
          person: other,
          name: index.people.records[index.people.positionOf.get(other) ?? -1]?.name ?? other,
          count: engagements.length,
          planned,
          engagements: Object.freeze(engagements),
        }),
      )
      .sort((a, b) => b.count - a.count || (a.person < b.person ? -1 : a.person > b.person ? 1 : 0)),
  );
}

/**
 * A country linked to another, with counts of the records that link them, whatever their status:
 * a planned visit or an agreement still to be signed counts as a link, and `plannedVisits` and
 * `unconcludedAgreements` say how many of the counts are such plans (planned is not done). Two
 * visit records the sources leave as possibly the same visit (`related: possibly-same`) count
 * as two, and so do two commitments the sources disagree may be one (see
 * `Query.disagreementsAbout`).
 *
 * @example
 * ```ts
 * const [first] = query.partners('KE');
 * // { country: 'US', name: 'United States', visits: 7, agreements: 5, commitments: 2, total: 14,
 * //   plannedVisits: 1, unconcludedAgreements: 3 }
 * const held = first ? first.visits - first.plannedVisits : 0; // visits reported as held or under way
 * ```
 */
export interface Partner {
  readonly country: CountryCodeLiteral;
  readonly name: string;
  /** Visits from one to the other, either way. */
  readonly visits: number;
  /** Agreements both are party to. */
  readonly agreements: number;
  /** Commitments one pledges and the other receives. */
  readonly commitments: number;
  readonly total: number;
  /** Of `visits`, those only planned as of their source (status `planned`). */
  readonly plannedVisits: number;
  /**
   * Of `agreements`, those no source reports as concluded (signed, established, in force or
   * expired): proposed, being negotiated, or only expected to be signed.
   */
  readonly unconcludedAgreements: number;
}

type Counts = { visits: number; agreements: number; commitments: number; plannedVisits: number; unconcludedAgreements: number };

/**
 * Pair counts between countries, computed in one pass when the query is created so that
 * `partners()` is a lookup whatever the data size.
 *
 * @example
 * ```ts
 * const partners = buildPartnerIndex(index);
 * partnersOf(partners, 'KE');
 * ```
 */
export function buildPartnerIndex(index: QueryIndex): ReadonlyMap<string, ReadonlyMap<string, Counts>> {
  const pairs = new Map<string, Map<string, Counts>>();
  const bump = (a: string, b: string, field: keyof Counts, plan?: 'plannedVisits' | 'unconcludedAgreements'): void => {
    if (a === b) return;
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      let row = pairs.get(from);
      if (!row) pairs.set(from, (row = new Map()));
      let counts = row.get(to);
      if (!counts) row.set(to, (counts = { visits: 0, agreements: 0, commitments: 0, plannedVisits: 0, unconcludedAgreements: 0 }));
      counts[field]++;
      if (plan !== undefined) counts[plan]++;
    }
  };
  for (const visit of index.visits.records) bump(visit.origin.country, visit.destination.country, 'visits', visit.status.value === 'planned' ? 'plannedVisits' : undefined);
  for (const agreement of index.agreements.records) {
    const parties = [...new Set(agreement.parties)];
    const plan = isConcluded(agreement) ? undefined : 'unconcludedAgreements';
    for (let i = 0; i < parties.length; i++) for (let j = i + 1; j < parties.length; j++) bump(parties[i] ?? '', parties[j] ?? '', 'agreements', plan);
  }
  for (const commitment of index.commitments.records) {
    if (commitment.pledgedBy.country !== undefined && commitment.recipient.country !== undefined) bump(commitment.pledgedBy.country, commitment.recipient.country, 'commitments');
  }
  return pairs;
}

/**
 * The countries linked to `country`, most links first, then by code.
 *
 * @example
 * ```ts
 * partnersOf(buildPartnerIndex(index), 'KE');
 * ```
 */
export function partnersOf(pairs: ReadonlyMap<string, ReadonlyMap<string, Counts>>, country: string): readonly Partner[] {
  const code = checkCountry(country, 'country');
  const row = pairs.get(code);
  if (!row) return Object.freeze([]);
  return Object.freeze(
    [...row]
      .map(([other, counts]) =>
        Object.freeze({
          country: other as CountryCodeLiteral,
          name: ISO_COUNTRIES[other as CountryCodeLiteral],
          visits: counts.visits,
          agreements: counts.agreements,
          commitments: counts.commitments,
          total: counts.visits + counts.agreements + counts.commitments,
          plannedVisits: counts.plannedVisits,
          unconcludedAgreements: counts.unconcludedAgreements,
        }),
      )
      .sort((a, b) => b.total - a.total || (a.country < b.country ? -1 : 1)),
  );
}
