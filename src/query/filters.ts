import {
  AgreementKind,
  AgreementStatus,
  CommitmentKind,
  EngagementKind,
  EventStatus,
  OrganizationKind,
  PlaceKind,
  Topic,
  VisitKind,
} from '../schema/vocabularies.js';
import { checkKeys, checkValue, countryConstraint, dateWindow, filterObject, idConstraint, personConstraint, valueConstraint, asList } from './arguments.js';
import type { QueryIndex } from './build-index.js';
import { QueryError } from './errors.js';
import { organizationConstraint } from './organization-constraint.js';
import { searchFold } from './spelling.js';
import { nearest, listOf } from './suggest.js';
import type { Constraint, Table } from './table.js';
import type {
  AgreementFilter,
  AgreementRecord,
  CommitmentFilter,
  CommitmentRecord,
  CommitmentRole,
  EngagementFilter,
  EngagementRow,
  OrganizationFilter,
  OrganizationRecord,
  PersonFilter,
  PersonRecord,
  PlaceFilter,
  PlaceRecord,
  PostFilter,
  PostRecord,
  VisitFilter,
  VisitRecord,
  VisitRole,
} from './types.js';

/** The date fields every dated filter takes. */
export const DATE_KEYS = ['from', 'to', 'during', 'match'] as const;
/**
 * Roles a person can match a visit or engagement in, all matched by default.
 *
 * @example
 * ```ts
 * import { query, VISIT_ROLES } from 'kenya-defence-cooperation';
 * VISIT_ROLES; // ['lead', 'delegation', 'participant', 'counterpart']
 * query.visits({ person: 'lloyd-austin', roles: ['counterpart'] }).map((visit) => visit.id);
 * ```
 */
export const VISIT_ROLES: readonly VisitRole[] = Object.freeze(['lead', 'delegation', 'participant', 'counterpart']);
/**
 * Roles a person can match a commitment in, all matched by default.
 *
 * @example
 * ```ts
 * import { query, COMMITMENT_ROLES } from 'kenya-defence-cooperation';
 * COMMITMENT_ROLES; // ['pledger', 'recipient']
 * query.commitments({ person: 'lloyd-austin', roles: ['pledger'] }).map((commitment) => commitment.id);
 * ```
 */
export const COMMITMENT_ROLES: readonly CommitmentRole[] = Object.freeze(['pledger', 'recipient']);

function run<R>(table: Table<R>, constraints: readonly Constraint[], window: ReturnType<typeof dateWindow>): readonly R[] {
  const positions = table.select(constraints, window);
  const out = new Array<R>(positions.length);
  for (let index = 0; index < positions.length; index++) out[index] = table.output(positions[index] ?? 0);
  return Object.freeze(out);
}

/**
 * Visits matching every given field, in chronological order.
 *
 * @example
 * ```ts
 * visitsMatching(index, { place: 'nairobi', during: '2024-01' });
 * ```
 */
export function visitsMatching(index: QueryIndex, input: VisitFilter | undefined): readonly VisitRecord[] {
  const filter: VisitFilter = filterObject(input, 'visits');
  checkKeys(filter, ['person', 'roles', 'country', 'origin', 'destination', 'organization', 'viaPostHolders', 'place', 'kind', 'status', 'topic', ...DATE_KEYS], 'visits');
  return run(index.visits, [
    ...personConstraint(index, filter.person, filter.roles, VISIT_ROLES),
    ...countryConstraint(filter.country, 'country', 'country'),
    ...countryConstraint(filter.origin, 'origin', 'country:origin'),
    ...countryConstraint(filter.destination, 'destination', 'country:destination'),
    ...organizationConstraint(index, index.visits, filter.organization, filter.viaPostHolders),
    ...idConstraint(index, 'place', filter.place, 'place'),
    ...valueConstraint(VisitKind.options, filter.kind, 'kind'),
    ...valueConstraint(EventStatus.options, filter.status, 'status'),
    ...valueConstraint(Topic.options, filter.topic, 'topic'),
  ], dateWindow(filter));
}

/**
 * Engagements (with their visits) matching every given field, in chronological order.
 *
 * @example
 * ```ts
 * engagementsMatching(index, { person: 'aden-duale', roles: ['lead'] });
 * ```
 */
export function engagementsMatching(index: QueryIndex, input: EngagementFilter | undefined): readonly EngagementRow[] {
  const filter: EngagementFilter = filterObject(input, 'engagements');
  checkKeys(filter, ['person', 'roles', ...ENGAGEMENT_FIELD_KEYS, ...DATE_KEYS], 'engagements');
  return run(index.engagements, [...personConstraint(index, filter.person, filter.roles, VISIT_ROLES), ...engagementFieldConstraints(index, filter)], dateWindow(filter));
}

/** The fields of an engagement filter other than the person and the dates. */
export const ENGAGEMENT_FIELD_KEYS = ['country', 'origin', 'destination', 'organization', 'viaPostHolders', 'place', 'visit', 'kind', 'status', 'topic'] as const;

/**
 * The constraints of an engagement filter's fields other than the person and the dates, shared
 * by `engagements()` and the meetings and counterparts read from engagements.
 *
 * @example
 * ```ts
 * index.engagements.select(engagementFieldConstraints(index, { country: 'RW' }), undefined);
 * ```
 */
export function engagementFieldConstraints(index: QueryIndex, filter: Omit<EngagementFilter, 'person' | 'roles'>): Constraint[] {
  return [
    ...countryConstraint(filter.country, 'country', 'country'),
    ...countryConstraint(filter.origin, 'origin', 'country:origin'),
    ...countryConstraint(filter.destination, 'destination', 'country:destination'),
    ...organizationConstraint(index, index.engagements, filter.organization, filter.viaPostHolders),
    ...idConstraint(index, 'place', filter.place, 'place'),
    ...idConstraint(index, 'visit', filter.visit, 'visit'),
    ...valueConstraint(EngagementKind.options, filter.kind, 'kind'),
    ...valueConstraint(EventStatus.options, filter.status, 'status'),
    ...valueConstraint(Topic.options, filter.topic, 'topic'),
  ];
}

/**
 * Agreements matching every given field, in chronological order.
 *
 * @example
 * ```ts
 * agreementsMatching(index, { parties: ['KE', 'RW'] });
 * ```
 */
export function agreementsMatching(index: QueryIndex, input: AgreementFilter | undefined): readonly AgreementRecord[] {
  const filter: AgreementFilter = filterObject(input, 'agreements');
  checkKeys(filter, ['country', 'parties', 'person', 'place', 'kind', 'status', 'reached', 'topic', ...DATE_KEYS], 'agreements');
  // "All of these parties" is one single-term constraint per party (AND), unlike `country` (OR).
  const parties = filter.parties === undefined ? [] : asList(filter.parties, 'parties').flatMap((code) => countryConstraint(code, 'parties', 'country'));
  return run(index.agreements, [
    ...countryConstraint(filter.country, 'country', 'country'),
    ...parties,
    ...idConstraint(index, 'person', filter.person, 'person'),
    ...idConstraint(index, 'place', filter.place, 'place'),
    ...valueConstraint(AgreementKind.options, filter.kind, 'kind'),
    ...valueConstraint(AgreementStatus.options, filter.status, 'status'),
    ...valueConstraint(AgreementStatus.options, filter.reached, 'reached'),
    ...valueConstraint(Topic.options, filter.topic, 'topic'),
  ], dateWindow(filter));
}

/**
 * The sides (`roles`) on which a commitment filter's person, country and organization must
 * stand, or undefined for either side. Roles with none of the three would restrict nothing.
 */
function commitmentSides(filter: CommitmentFilter): readonly CommitmentRole[] | undefined {
  if (filter.roles === undefined) return undefined;
  if (filter.person === undefined && filter.country === undefined && filter.organization === undefined) {
    throw new QueryError('invalid-argument', 'roles', 'roles: only meaningful together with person, country or organization (the side they stand on).');
  }
  return asList(filter.roles, 'roles').map((role) => checkValue(COMMITMENT_ROLES, role, 'roles'));
}

/**
 * One constraint of a party field on the given sides: its terms on each side's dimension
 * (`country:pledger` …), merged into one "any of" constraint.
 */
function sideConstraint(sides: readonly CommitmentRole[] | undefined, constraintOn: (dimension: string) => Constraint[], field: string): Constraint[] {
  if (sides === undefined || COMMITMENT_ROLES.every((role) => sides.includes(role))) return constraintOn(field);
  const perSide = sides.map((role) => constraintOn(`${field}:${role}`));
  if (perSide.every((constraints) => constraints.length === 0)) return [];
  return [{ terms: perSide.flatMap((constraints) => constraints.flatMap((constraint) => constraint.terms)) }];
}

/**
 * Commitments matching every given field, in chronological order.
 *
 * @example
 * ```ts
 * commitmentsMatching(index, { country: 'US' });
 * ```
 */
export function commitmentsMatching(index: QueryIndex, input: CommitmentFilter | undefined): readonly CommitmentRecord[] {
  const filter: CommitmentFilter = filterObject(input, 'commitments');
  checkKeys(filter, ['country', 'person', 'roles', 'organization', 'place', 'kind', ...DATE_KEYS], 'commitments');
  const sides = commitmentSides(filter);
  return run(index.commitments, [
    ...sideConstraint(sides, (dimension) => countryConstraint(filter.country, 'country', dimension), 'country'),
    ...(filter.person === undefined ? [] : personConstraint(index, filter.person, sides, COMMITMENT_ROLES)),
    ...sideConstraint(sides, (dimension) => idConstraint(index, 'organization', filter.organization, 'organization', dimension), 'organization'),
    ...idConstraint(index, 'place', filter.place, 'place'),
    ...valueConstraint(CommitmentKind.options, filter.kind, 'kind'),
  ], dateWindow(filter));
}

/**
 * The role constraint: roles are free text in the data, so they are compared folded (case,
 * punctuation and "Defense"/"Defence" spelling ignored, see `searchFold`), with a post's role
 * and with each of its titles as written.
 */
function roleConstraint(index: QueryIndex, value: PostFilter['role']): Constraint[] {
  if (value === undefined) return [];
  return [
    {
      terms: asList(value, 'role').map((role) => {
        if (typeof role !== 'string') throw new QueryError('invalid-argument', 'role', 'role must be a string such as "Cabinet Secretary for Defence".');
        const key = searchFold(role);
        if (index.posts.posting('role', key).length === 0) {
          const roles = [...new Set(index.posts.records.map((post) => post.role))];
          const titles = [...new Set(index.posts.records.flatMap((post) => post.titlesAsWritten))].filter((title) => !roles.includes(title));
          // Roles and titles holding every word typed, in any order ("Defence Secretary" is in
          // "Secretary of Defense" and "Cabinet Secretary for Defence"), then near spellings;
          // one name per folded form.
          const words = searchFold(role).split(' ');
          const holding = [...roles, ...titles].filter((name) => {
            const held = new Set(searchFold(name).split(' '));
            return words.every((word) => held.has(word));
          });
          const byFold = new Map<string, string>();
          for (const name of [...holding, ...nearest(role, [...roles, ...titles], 4)]) if (!byFold.has(searchFold(name))) byFold.set(searchFold(name), name);
          const hint = [...byFold.values()].slice(0, 4);
          const known = hint.length > 0 ? `Nearest roles and titles as written: ${listOf(hint)}.` : `Roles in the data include ${listOf(roles.sort().slice(0, 10))}.`;
          throw new QueryError('unknown-value', 'role', `role: no post has the role or title "${role}". ${known}`);
        }
        return { dimension: 'role', key };
      }),
    },
  ];
}

/**
 * Posts matching every given field.
 *
 * @example
 * ```ts
 * postsMatching(index, { country: 'KE', role: 'cabinet secretary for defence' });
 * ```
 */
export function postsMatching(index: QueryIndex, input: PostFilter | undefined): readonly PostRecord[] {
  const filter: PostFilter = filterObject(input, 'posts');
  checkKeys(filter, ['country', 'person', 'organization', 'role', ...DATE_KEYS], 'posts');
  return run(index.posts, [
    ...countryConstraint(filter.country, 'country', 'country'),
    ...idConstraint(index, 'person', filter.person, 'person'),
    ...idConstraint(index, 'organization', filter.organization, 'organization'),
    ...roleConstraint(index, filter.role),
  ], dateWindow(filter));
}

/**
 * People matching every given field, by id.
 *
 * @example
 * ```ts
 * peopleMatching(index, { country: 'RW' });
 * ```
 */
export function peopleMatching(index: QueryIndex, input: PersonFilter | undefined): readonly PersonRecord[] {
  const filter: PersonFilter = filterObject(input, 'people');
  checkKeys(filter, ['country', 'organization'], 'people');
  return run(index.people, [
    ...countryConstraint(filter.country, 'country', 'country'),
    ...idConstraint(index, 'organization', filter.organization, 'organization'),
  ], undefined);
}

/**
 * Organizations matching every given field, by id.
 *
 * @example
 * ```ts
 * organizationsMatching(index, { country: 'US' });
 * ```
 */
export function organizationsMatching(index: QueryIndex, input: OrganizationFilter | undefined): readonly OrganizationRecord[] {
  const filter: OrganizationFilter = filterObject(input, 'organizations');
  checkKeys(filter, ['country', 'kind', 'place', 'parent'], 'organizations');
  return run(index.organizations, [
    ...countryConstraint(filter.country, 'country', 'country'),
    ...valueConstraint(OrganizationKind.options, filter.kind, 'kind'),
    ...idConstraint(index, 'place', filter.place, 'place'),
    ...idConstraint(index, 'organization', filter.parent, 'parent'),
  ], undefined);
}

/**
 * Places matching every given field, in data order.
 *
 * @example
 * ```ts
 * placesMatching(index, { within: 'nairobi' });
 * ```
 */
export function placesMatching(index: QueryIndex, input: PlaceFilter | undefined): readonly PlaceRecord[] {
  const filter: PlaceFilter = filterObject(input, 'places');
  checkKeys(filter, ['country', 'kind', 'within'], 'places');
  return run(index.placeTable, [
    ...countryConstraint(filter.country, 'country', 'country'),
    ...valueConstraint(PlaceKind.options, filter.kind, 'kind'),
    ...idConstraint(index, 'place', filter.within, 'within'),
  ], undefined);
}

export { checkValue };
