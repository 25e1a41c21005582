import { checkValue, checkKeys } from './arguments.js';
import type { QueryIndex } from './build-index.js';
import { QueryError } from './errors.js';
import { normalizeText } from './normalize.js';
import { QUERY_RECORD_KINDS, type QueryRecordKind } from './records.js';

/**
 * The field a search hit was found in.
 *
 * @example
 * ```ts
 * const field: SearchField = 'abbreviations';
 * ```
 */
export type SearchField = 'name' | 'abbreviations' | 'otherNames' | 'title' | 'aliases' | 'role' | 'titlesAsWritten' | 'topics' | 'headline' | 'quote';

/**
 * One search hit: the record, the field and its text, and a score (higher is better).
 *
 * @example
 * ```ts
 * const [hit]: readonly SearchHit[] = query.search('kdf');
 * console.log(hit?.kind, hit?.id, hit?.field); // 'organization' 'kenya-defence-forces' 'abbreviations'
 * ```
 */
export interface SearchHit {
  readonly kind: QueryRecordKind;
  readonly id: string;
  readonly field: SearchField;
  /** Where in the record, e.g. `otherNames[0].name` or `engagements[1].citations[0].quote`. */
  readonly path: string;
  /** The matched text as written. */
  readonly text: string;
  readonly score: number;
}

/**
 * Options of {@link Query.search}.
 *
 * @example
 * ```ts
 * query.search('austin', { kinds: ['person'], limit: 5 });
 * ```
 */
export interface SearchOptions {
  /** Most hits to return (default 20). */
  readonly limit?: number;
  /** Only hits on these record kinds. */
  readonly kinds?: readonly QueryRecordKind[];
}

// Names outrank titles, titles outrank quotes: a hit on what a record is called says more about
// the record than a hit on a sentence quoted in support of it.
const FIELD_WEIGHT: Readonly<Record<SearchField, number>> = {
  name: 100,
  abbreviations: 95,
  otherNames: 90,
  title: 80,
  aliases: 80,
  role: 70,
  titlesAsWritten: 70,
  topics: 60,
  headline: 50,
  quote: 40,
};

interface Occurrence {
  readonly kind: QueryRecordKind;
  readonly id: string;
  readonly field: SearchField;
  readonly path: string;
  readonly text: string;
}

/** Inverted index over the distinct normalized texts of every searchable field. */
export interface SearchIndex {
  /** Distinct normalized texts. */
  readonly texts: readonly string[];
  /** Where each distinct text occurs. */
  readonly occurrences: readonly (readonly Occurrence[])[];
  /** Distinct tokens, sorted, so a prefix is a contiguous range. */
  readonly tokens: readonly string[];
  /** For each token (same order), the ids of the texts containing it. */
  readonly postings: readonly Int32Array[];
}

/**
 * Builds the search index. Texts repeat a lot (the same quote supports many facts), so each
 * distinct normalized text is tokenized once.
 *
 * @example
 * ```ts
 * const search = buildSearchIndex(index);
 * ```
 */
export function buildSearchIndex(index: QueryIndex): SearchIndex {
  const textId = new Map<string, number>();
  const texts: string[] = [];
  const occurrences: Occurrence[][] = [];
  const add = (kind: QueryRecordKind, id: string, field: SearchField, path: string, text: string): void => {
    const normal = normalizeText(text);
    if (normal === '') return;
    let at = textId.get(normal);
    if (at === undefined) {
      at = texts.length;
      textId.set(normal, at);
      texts.push(normal);
      occurrences.push([]);
    }
    occurrences[at]?.push({ kind, id, field, path, text });
  };
  // The walk keeps the path to the current object as a stack of keys and indexes and spells it
  // out only where a quote is found: most objects hold none, and a string per object (plus
  // Object.entries' pairs) was most of the walk's cost at 10^6 records.
  const segments: (string | number)[] = [];
  const pathTo = (key: string): string => {
    let path = '';
    for (const segment of segments) path += typeof segment === 'number' ? `[${segment}]` : path === '' ? segment : `.${segment}`;
    return path === '' ? key : `${path}.${key}`;
  };
  /** Every `quote` string under `value`, with its path (`citations[0].quote`), except under `skip`. */
  const quotes = (kind: QueryRecordKind, id: string, value: object, skip?: string): void => {
    if (Array.isArray(value)) {
      for (let position = 0; position < value.length; position++) {
        const item: unknown = value[position];
        if (typeof item !== 'object' || item === null) continue;
        segments.push(position);
        quotes(kind, id, item, skip);
        segments.pop();
      }
      return;
    }
    const keys = Object.keys(value);
    for (let at = 0; at < keys.length; at++) {
      const key = keys[at] as string;
      if (key === skip) continue;
      const child: unknown = (value as Record<string, unknown>)[key];
      if (key === 'quote' && typeof child === 'string') add(kind, id, 'quote', pathTo(key), child);
      else if (typeof child === 'object' && child !== null) {
        segments.push(key);
        quotes(kind, id, child, skip);
        segments.pop();
      }
    }
  };
  const data = index.data;
  for (const person of data.people) {
    add('person', person.id, 'name', 'name', person.name);
    person.otherNames.forEach((variant, at) => add('person', person.id, 'otherNames', `otherNames[${at}].name`, variant.name));
    quotes('person', person.id, person);
  }
  for (const organization of data.organizations) {
    add('organization', organization.id, 'name', 'name', organization.name);
    organization.abbreviations.forEach((variant, at) => add('organization', organization.id, 'abbreviations', `abbreviations[${at}].name`, variant.name));
    organization.otherNames.forEach((variant, at) => add('organization', organization.id, 'otherNames', `otherNames[${at}].name`, variant.name));
    quotes('organization', organization.id, organization);
  }
  for (const place of data.places) {
    add('place', place.id, 'name', 'name', place.name);
    quotes('place', place.id, place);
  }
  for (const agreement of data.agreements) {
    add('agreement', agreement.id, 'title', 'title', agreement.title);
    agreement.aliases.forEach((variant, at) => add('agreement', agreement.id, 'aliases', `aliases[${at}].name`, variant.name));
    agreement.topics.forEach((topic, at) => add('agreement', agreement.id, 'topics', `topics[${at}]`, topic));
    quotes('agreement', agreement.id, agreement);
  }
  for (const visit of data.visits) {
    add('visit', visit.id, 'title', 'title', visit.title);
    visit.topics.forEach((topic, at) => add('visit', visit.id, 'topics', `topics[${at}]`, topic));
    // Quotes inside an engagement belong to the engagement, not to the visit around it.
    quotes('visit', visit.id, visit, 'engagements');
    for (const engagement of visit.engagements) {
      add('engagement', engagement.id, 'title', 'title', engagement.title);
      engagement.topics.forEach((topic, at) => add('engagement', engagement.id, 'topics', `topics[${at}]`, topic));
      quotes('engagement', engagement.id, engagement);
    }
  }
  for (const post of data.posts) {
    add('post', post.id, 'role', 'role', post.role);
    post.titlesAsWritten.forEach((title, at) => add('post', post.id, 'titlesAsWritten', `titlesAsWritten[${at}]`, title));
    quotes('post', post.id, post);
  }
  for (const commitment of data.commitments) {
    add('commitment', commitment.id, 'title', 'title', commitment.title);
    quotes('commitment', commitment.id, commitment);
  }
  for (const source of data.sources) {
    if (source.headline) add('source', source.id, 'headline', 'headline.text', source.headline.text);
    quotes('source', source.id, source);
  }
  for (const disagreement of data.disagreements) {
    add('disagreement', disagreement.id, 'title', 'title', disagreement.title);
    quotes('disagreement', disagreement.id, disagreement);
  }

  const tokenTexts = new Map<string, number[]>();
  texts.forEach((text, id) => {
    for (const token of new Set(text.split(' '))) {
      const list = tokenTexts.get(token);
      if (list) list.push(id);
      else tokenTexts.set(token, [id]);
    }
  });
  const tokens = [...tokenTexts.keys()].sort();
  return {
    texts,
    occurrences,
    tokens,
    postings: tokens.map((token) => Int32Array.from(tokenTexts.get(token) ?? [])),
  };
}

function prefixRange(tokens: readonly string[], prefix: string): [number, number] {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((tokens[mid] ?? '') < prefix) low = mid + 1;
    else high = mid;
  }
  let end = low;
  while (end < tokens.length && (tokens[end] ?? '').startsWith(prefix)) end++;
  return [low, end];
}

/**
 * Finds records whose names, abbreviations, titles, aliases, roles, topics or quotes contain the
 * text, ignoring case, accents and punctuation ("al muqrin" finds "Al-Muqrin"). The text must
 * start at a word boundary; its last word may be a prefix ("kahar" finds "Kahariri"). One hit per
 * record and field (the best); ranked by score, then kind, id and path.
 *
 * @example
 * ```ts
 * searchIndex(index, buildSearchIndex(index), 'manda bay');
 * ```
 */
export function searchIndex(searchable: SearchIndex, text: string, options: SearchOptions = {}): readonly SearchHit[] {
  if (typeof text !== 'string') throw new QueryError('invalid-argument', 'text', 'search() takes the text to look for, e.g. search("kdf").');
  checkKeys(options, ['limit', 'kinds'], 'search');
  const limit = options.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1) throw new QueryError('invalid-argument', 'limit', `limit must be a positive integer, not ${String(options.limit)}.`);
  const kinds = options.kinds?.map((kind) => checkValue(QUERY_RECORD_KINDS, kind, 'kinds'));
  const needle = normalizeText(text);
  if (needle === '') throw new QueryError('invalid-argument', 'text', `search("${text}"): the text has no letters or digits to look for.`);
  const words = needle.split(' ');
  // Candidates come from the word with the fewest texts; the phrase check below does the rest.
  let best: Int32Array[] | undefined;
  let bestSize = Infinity;
  words.forEach((word, position) => {
    const last = position === words.length - 1;
    const [low, high] = last ? prefixRange(searchable.tokens, word) : prefixRange(searchable.tokens, word);
    const lists: Int32Array[] = [];
    let size = 0;
    for (let at = low; at < high; at++) {
      const token = searchable.tokens[at] ?? '';
      // Only the last word may be a prefix; earlier words must be whole words.
      if (!last && token !== word) continue;
      const list = searchable.postings[at];
      if (list) {
        lists.push(list);
        size += list.length;
      }
    }
    if (size < bestSize) {
      bestSize = size;
      best = lists;
    }
  });
  const seen = new Set<number>();
  const hits = new Map<string, SearchHit>();
  for (const list of best ?? []) {
    for (const id of list) {
      if (seen.has(id)) continue;
      seen.add(id);
      const normal = searchable.texts[id] ?? '';
      const at = normal === needle ? 0 : normal.startsWith(needle) ? 0 : normal.indexOf(` ${needle}`);
      if (at < 0) continue;
      const quality = normal === needle ? 30 : normal.startsWith(needle) ? 20 : 10;
      for (const occurrence of searchable.occurrences[id] ?? []) {
        if (kinds && !kinds.includes(occurrence.kind)) continue;
        const score = FIELD_WEIGHT[occurrence.field] + quality;
        const key = `${occurrence.kind}\u0000${occurrence.id}\u0000${occurrence.field}`;
        const known = hits.get(key);
        if (!known || score > known.score || (score === known.score && occurrence.path < known.path)) {
          hits.set(key, Object.freeze({ kind: occurrence.kind, id: occurrence.id, field: occurrence.field, path: occurrence.path, text: occurrence.text, score }));
        }
      }
    }
  }
  const order = (kind: QueryRecordKind): number => QUERY_RECORD_KINDS.indexOf(kind);
  const sorted = [...hits.values()].sort(
    (a, b) => b.score - a.score || order(a.kind) - order(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
  return Object.freeze(sorted.slice(0, limit));
}
