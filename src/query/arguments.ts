import { ISO_COUNTRIES } from '../schema/iso-countries.js';
import { parseDateArgument, type DateMatch, type DayWindow } from './days.js';
import { QueryError } from './errors.js';
import type { QueryIndex } from './build-index.js';
import type { Constraint, Table } from './table.js';
import { listOf, nearest } from './suggest.js';
import { unknownIdMessage } from './unknown-id.js';
import type { DateFilter, OneOrMany } from './types.js';

/** Kinds whose ids can be checked against the index. */
export type IdKind = 'person' | 'organization' | 'place' | 'visit' | 'engagement' | 'agreement' | 'commitment' | 'post' | 'source' | 'disagreement';

/** Looks up whether an id exists, and lists ids for suggestions. */
export function idLookup(index: QueryIndex, kind: IdKind): { has(id: string): boolean; all(): Iterable<string> } {
  if (kind === 'place') return { has: (id) => index.places.has(id), all: () => index.places.keys() };
  if (kind === 'source') return { has: (id) => index.sources.has(id), all: () => index.sources.keys() };
  if (kind === 'disagreement') return { has: (id) => index.disagreements.has(id), all: () => index.disagreements.keys() };
  // Only the table asked about: tables are built on first use, and checking a person id must not
  // build the engagements table.
  const positions = tableFor(index, kind).positionOf;
  return { has: (id) => positions.has(id), all: () => positions.keys() };
}

/** The table holding records of `kind` (reading only that one, so only it gets built). */
export function tableFor(index: QueryIndex, kind: Exclude<IdKind, 'place' | 'source' | 'disagreement'>): Pick<Table<unknown>, 'records' | 'positionOf'> {
  switch (kind) {
    case 'person':
      return index.people;
    case 'organization':
      return index.organizations;
    case 'visit':
      return index.visits;
    case 'engagement':
      return index.engagements;
    case 'agreement':
      return index.agreements;
    case 'commitment':
      return index.commitments;
    case 'post':
      return index.posts;
  }
}

function asList<T>(value: OneOrMany<T>, argument: string): readonly T[] {
  const list: readonly T[] = Array.isArray(value) ? (value as readonly T[]) : [value as T];
  if (list.length === 0) throw new QueryError('invalid-argument', argument, `${argument}: an empty list matches nothing; leave ${argument} out to match everything.`);
  return list;
}

/**
 * Checks an id argument, throwing `unknown-id` with the nearest existing ids.
 *
 * @example
 * ```ts
 * checkId(index, 'person', 'aden-dual', 'person'); // throws: no person "aden-dual"; did you mean "aden-duale"?
 * ```
 */
export function checkId(index: QueryIndex, kind: IdKind, id: unknown, argument: string): string {
  if (typeof id !== 'string') throw new QueryError('invalid-argument', argument, `${argument} must be ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} id (a string), not ${id === null ? 'null' : typeof id}.`);
  const lookup = idLookup(index, kind);
  if (lookup.has(id)) return id;
  throw new QueryError('unknown-id', argument, unknownIdMessage(index, kind, id, argument));
}

/**
 * Checks an ISO 3166-1 alpha-2 code: `'XX'` is unknown; `'ke'` is told to use upper case `KE`.
 *
 * @example
 * ```ts
 * checkCountry('ke', 'country'); // throws: "ke" is not a country code; use upper case "KE"
 * ```
 */
export function checkCountry(code: unknown, argument: string): string {
  if (typeof code === 'string' && Object.hasOwn(ISO_COUNTRIES, code)) return code;
  if (typeof code === 'string' && Object.hasOwn(ISO_COUNTRIES, code.toUpperCase())) {
    throw new QueryError('unknown-country', argument, `${argument}: "${code}" is not a country code; use upper case "${code.toUpperCase()}" (ISO 3166-1 alpha-2).`);
  }
  // A list where one code is taken ("partners(['KE'])") would otherwise read as "KE" refused.
  if (typeof code !== 'string') {
    const given = Array.isArray(code) ? `a list (${JSON.stringify(code)})` : code === null ? 'null' : typeof code;
    throw new QueryError('invalid-argument', argument, `${argument}: takes one country code, a string such as "KE", not ${given}.`);
  }
  throw new QueryError(
    'unknown-country',
    argument,
    `${argument}: "${String(code)}" is not an ISO 3166-1 alpha-2 country code. Accepted: two upper-case letters such as "KE" (Kenya), "RW" (Rwanda), "US" (United States).`,
  );
}

/**
 * Checks a vocabulary value (kind, status, topic, role…), listing what is accepted.
 *
 * @example
 * ```ts
 * checkValue(['planned', 'took-place'], 'done', 'status'); // throws: accepted "planned" or "took-place"
 * ```
 */
export function checkValue<T extends string>(accepted: readonly T[], value: unknown, argument: string): T {
  if (typeof value === 'string' && (accepted as readonly string[]).includes(value)) return value as T;
  const hint = typeof value === 'string' ? nearest(value, accepted, 1) : [];
  throw new QueryError(
    'unknown-value',
    argument,
    `${argument}: "${String(value)}" is not accepted.${hint.length > 0 ? ` Did you mean "${hint[0] ?? ''}"?` : ''} Accepted: ${listOf(accepted)}.`,
  );
}

/**
 * The filter argument of `method`, or `{}` when omitted; anything but a plain object (null, an
 * array, a string) is a typed error rather than a TypeError from deep inside the query.
 */
export function filterObject<F extends object>(filter: F | undefined, method: string, example = "{ country: 'KE' }"): F | Record<string, never> {
  if (filter === undefined) return {};
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
    throw new QueryError('invalid-argument', 'filter', `${method}() takes an object of options, e.g. ${example}.`);
  }
  return filter;
}

/** Rejects filter fields the query does not know, so a typo is not silently ignored. */
export function checkKeys(filter: object, accepted: readonly string[], method: string): void {
  for (const key of Object.keys(filter)) {
    if (!accepted.includes(key)) {
      throw new QueryError('unknown-option', key, `${method}(): unknown filter "${key}". Accepted: ${listOf(accepted)}.`);
    }
  }
}

/** The date window of a filter, or undefined when it has no date fields. */
export function dateWindow(filter: DateFilter): DayWindow | undefined {
  const match: DateMatch = filter.match === undefined ? 'overlaps' : checkValue(['overlaps', 'within'] as const, filter.match, 'match');
  if (filter.during !== undefined) {
    if (filter.from !== undefined || filter.to !== undefined) {
      throw new QueryError('invalid-argument', 'during', 'during: give either during or from/to, not both.');
    }
    const span = parseDateArgument(filter.during, 'during');
    return { from: span.earliest, to: span.latest, match };
  }
  if (filter.from === undefined && filter.to === undefined) {
    if (filter.match !== undefined) throw new QueryError('invalid-argument', 'match', 'match: needs a date range (from, to or during).');
    return undefined;
  }
  const from = filter.from === undefined ? -Infinity : parseDateArgument(filter.from, 'from').earliest;
  const to = filter.to === undefined ? Infinity : parseDateArgument(filter.to, 'to').latest;
  if (from > to) {
    throw new QueryError('invalid-range', 'from', `from (${String(filter.from)}) is after to (${String(filter.to)}): the range is empty. Swap them, or use during for a single period.`);
  }
  return { from, to, match };
}

/** Builds one constraint from a filter field holding ids, checking each id. */
export function idConstraint(index: QueryIndex, kind: IdKind, value: OneOrMany<string> | undefined, argument: string, dimension = argument): Constraint[] {
  if (value === undefined) return [];
  return [{ terms: asList(value, argument).map((id) => ({ dimension, key: checkId(index, kind, id, argument) })) }];
}

/** Builds one constraint from a filter field holding country codes. */
export function countryConstraint(value: OneOrMany<string> | undefined, argument: string, dimension: string): Constraint[] {
  if (value === undefined) return [];
  return [{ terms: asList(value, argument).map((code) => ({ dimension, key: checkCountry(code, argument) })) }];
}

/** Builds one constraint from a filter field holding vocabulary values. */
export function valueConstraint<T extends string>(accepted: readonly T[], value: OneOrMany<string> | undefined, argument: string, dimension = argument): Constraint[] {
  if (value === undefined) return [];
  return [{ terms: asList(value, argument).map((item) => ({ dimension, key: checkValue(accepted, item, argument) })) }];
}

/**
 * The person constraint: any of the given people in any of the given roles. With every role
 * allowed, the precomputed union list is used instead of merging one list per role.
 */
export function personConstraint<R extends string>(
  index: QueryIndex,
  value: OneOrMany<string> | undefined,
  roles: readonly R[] | undefined,
  allRoles: readonly R[],
): Constraint[] {
  if (value === undefined) {
    if (roles !== undefined) throw new QueryError('invalid-argument', 'roles', 'roles: only meaningful together with person.');
    return [];
  }
  const people = asList(value, 'person').map((id) => checkId(index, 'person', id, 'person'));
  const chosen = roles === undefined ? allRoles : asList(roles, 'roles').map((role) => checkValue(allRoles, role, 'roles'));
  const every = allRoles.every((role) => chosen.includes(role));
  return [{ terms: people.flatMap((person) => (every ? [{ dimension: 'person', key: person }] : chosen.map((role) => ({ dimension: `person:${role}`, key: person })))) }];
}

export { asList };
