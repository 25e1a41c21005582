import type { QueryIndex } from './build-index.js';
import { idLookup, type IdKind } from './arguments.js';
import { searchFold } from './spelling.js';
import { listOf, nearest } from './suggest.js';

/** How a user would look a record of each kind up, for "it is a … id" hints. */
const LOOKUP_CALL: Readonly<Record<IdKind, string>> = {
  person: 'person()',
  organization: 'organization()',
  place: 'place()',
  visit: 'visit()',
  engagement: 'engagement()',
  agreement: 'agreement()',
  commitment: 'commitment()',
  post: 'post()',
  source: 'source()',
  disagreement: 'disagreement()',
};
const LIST_CALL: Readonly<Record<IdKind, string>> = {
  person: 'people()',
  organization: 'organizations()',
  place: 'dataset.places',
  visit: 'visits()',
  engagement: 'engagements()',
  agreement: 'agreements()',
  commitment: 'commitments()',
  post: 'posts()',
  source: 'sources()',
  disagreement: 'disagreements()',
};

const article = (kind: string): string => (/^[aeiou]/.test(kind) ? 'an' : 'a');

/**
 * The names, abbreviations, titles and aliases a user may type instead of an id, for the kinds
 * that have them and stay small (people, organizations, places, agreements): an error message
 * must not walk 10^6 visit titles.
 */
function namesByKind(index: QueryIndex, kind: IdKind): Iterable<[string, readonly string[]]> {
  const { data } = index;
  switch (kind) {
    case 'person':
      return data.people.map((person) => [person.id, [person.name, ...person.otherNames.map((variant) => variant.name)]]);
    case 'organization':
      return data.organizations.map((organization) => [
        organization.id,
        [organization.name, ...organization.abbreviations.map((variant) => variant.name), ...organization.otherNames.map((variant) => variant.name)],
      ]);
    case 'place':
      return data.places.map((place) => [place.id, [place.name]]);
    case 'agreement':
      return data.agreements.map((agreement) => [agreement.id, [agreement.title, ...agreement.aliases.map((variant) => variant.name)]]);
    default:
      return [];
  }
}

/** Ids whose name, abbreviation or alias is the text typed, or holds it as whole words. */
function idsNamed(index: QueryIndex, kind: IdKind, typed: string): string[] {
  const needle = searchFold(typed);
  if (needle === '') return [];
  const exact: string[] = [];
  const partial: string[] = [];
  for (const [id, names] of namesByKind(index, kind)) {
    const folded = names.map(searchFold);
    if (folded.includes(needle)) exact.push(id);
    else if (folded.some((name) => ` ${name} `.includes(` ${needle} `))) partial.push(id);
  }
  return [...exact, ...partial];
}

/**
 * Ids holding every word of the typed id, shortest first: "kenya-rwanda-agreement" finds
 * "kenya-rwanda-defence-cooperation-agreement", which is too many edits away to be "near".
 */
function idsWithEveryWord(ids: Iterable<string>, typed: string): string[] {
  const words = searchFold(typed).split(' ').filter((word) => word.length > 1);
  if (words.length < 2) return [];
  const found: string[] = [];
  for (const id of ids) {
    const lower = id.toLowerCase();
    if (words.every((word) => lower.includes(word))) found.push(id);
  }
  return found.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The kind an id belongs to when it is not one of `kind`: a visit's engagement given to
 * `visit()` is a common slip. Engagement ids are read from the data, not the engagements table,
 * which an error message must not build.
 */
function otherKindOf(index: QueryIndex, kind: IdKind, id: string): IdKind | undefined {
  for (const other of ['person', 'organization', 'place', 'agreement', 'commitment', 'post', 'source', 'visit'] as const) {
    if (other !== kind && idLookup(index, other).has(id)) return other;
  }
  if (kind !== 'engagement' && index.data.visits.some((visit) => visit.engagements.some((engagement) => engagement.id === id))) return 'engagement';
  return undefined;
}

/**
 * The message for an id that is not one of `kind`: the kind it belongs to, or the ids it may
 * have meant (by name, abbreviation or alias, by its words, then by spelling), or else how to
 * list the ids there are. It never says the dataset is empty unless it is.
 *
 * @example
 * ```ts
 * unknownIdMessage(index, 'organization', 'africom', 'organization');
 * // 'organization: there is no organization with id "africom". Did you mean "united-states-africa-command"?'
 * ```
 */
export function unknownIdMessage(index: QueryIndex, kind: IdKind, id: string, argument: string): string {
  const head = `${argument}: there is no ${kind} with id "${id}".`;
  const ids = [...idLookup(index, kind).all()];
  if (ids.length === 0) return `${head} The dataset has no ${kind} records.`;
  // An id of another kind is certain; a near id is a guess.
  const other = otherKindOf(index, kind, id);
  if (other !== undefined) return `${head} "${id}" is ${article(other)} ${other} id: look it up with ${LOOKUP_CALL[other]}.`;
  const hints = [...new Set([...idsNamed(index, kind, id), ...idsWithEveryWord(ids, id), ...nearest(id, ids)])].slice(0, 3);
  if (hints.length > 0) return `${head} Did you mean ${listOf(hints)}?`;
  return `${head} There ${ids.length === 1 ? 'is 1' : `are ${ids.length}`} ${kind} id${ids.length === 1 ? '' : 's'}; ${LIST_CALL[kind]} lists them.`;
}
