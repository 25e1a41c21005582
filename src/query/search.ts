import { asList, checkValue, checkKeys, filterObject } from './arguments.js';
import type { OneOrMany } from './types.js';
import type { QueryIndex } from './build-index.js';
import { QueryError } from './errors.js';
import { britishPrefixNeedles, searchFold, spellOutAmounts } from './spelling.js';
import { QUERY_RECORD_KINDS, type QueryRecordKind } from './records.js';
import { PathTrie, type PathSegment } from './search-paths.js';
import { Vocabulary } from './vocabulary.js';

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
 * // "kdf" also searches the name it abbreviates: the name scores first, the abbreviation second.
 * console.log(hit?.kind, hit?.id, hit?.field); // 'organization' 'kenya-defence-forces' 'name'
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
  /** Only hits on this record kind, or on these kinds. */
  readonly kinds?: OneOrMany<QueryRecordKind>;
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

// Kinds and fields are numbered in four bits each of an occurrence's key (see
// SearchIndex.occurrenceKeys); a seventeenth kind or field needs a wider key.
const SEARCH_FIELDS = Object.keys(FIELD_WEIGHT) as SearchField[];
const FIELD_NUMBER = new Map(SEARCH_FIELDS.map((field, at) => [field, at]));
const KIND_NUMBER = new Map(QUERY_RECORD_KINDS.map((kind, at) => [kind, at]));
if (SEARCH_FIELDS.length > 16 || QUERY_RECORD_KINDS.length > 16) throw new Error('internal: search keys hold at most 16 kinds and 16 fields');

/** The parts of an occurrence key: `path node · 256 + kind number · 16 + field number`. */
function kindOfKey(key: number): QueryRecordKind {
  return QUERY_RECORD_KINDS[(key % 256) >> 4] ?? 'person';
}
function fieldOfKey(key: number): SearchField {
  return SEARCH_FIELDS[key % 16] ?? 'name';
}
function pathOfKey(key: number): number {
  return Math.floor(key / 256);
}

/**
 * Where a text occurs: the record (kind and id), the field, the path within the record and the
 * text as written.
 *
 * @example
 * ```ts
 * const occurrence: Occurrence = { kind: 'person', id: 'aden-duale', field: 'name', path: 'name', text: 'Aden Duale' };
 * ```
 */
export interface Occurrence {
  readonly kind: QueryRecordKind;
  readonly id: string;
  readonly field: SearchField;
  readonly path: string;
  readonly text: string;
}

/**
 * Inverted index over the distinct normalized texts of every searchable field. Occurrences are
 * kept as columns (one entry per occurrence in a few flat arrays) rather than as an object each:
 * at 10^6 visits there are ~10^7 of them, and an object plus a path string apiece made the
 * index larger than the data and its build mostly garbage collection.
 */
export interface SearchIndex {
  /** Distinct normalized texts. */
  readonly texts: readonly string[];
  /** Text `t`'s occurrences are `occurrenceOrder[occurrenceStart[t] … occurrenceStart[t + 1])`. */
  readonly occurrenceStart: Int32Array;
  /** Occurrence numbers grouped by text, in the order they were found. */
  readonly occurrenceOrder: Int32Array;
  /** Per occurrence: `path node · 256 + kind number · 16 + field number`. */
  readonly occurrenceKeys: readonly number[];
  /** Per occurrence: the record's id. */
  readonly occurrenceIds: readonly string[];
  /** Per occurrence: the text as written. */
  readonly occurrenceTexts: readonly string[];
  /** Spells the path nodes of `occurrenceKeys`. */
  readonly paths: PathTrie;
  /** Distinct tokens, sorted, so a prefix is a contiguous range. */
  readonly tokens: readonly string[];
  /** Token `k` occurs in texts `tokenTexts[tokenStart[k] … tokenStart[k + 1])`, ascending. */
  readonly tokenStart: Int32Array;
  readonly tokenTexts: Int32Array;
  /**
   * An organization's abbreviation (folded) → its folded name and other names: texts write
   * "Chief of Kenya Defence Forces" where a reader searches "kdf".
   */
  readonly expansions: ReadonlyMap<string, readonly string[]>;
}

/** The occurrence numbered `at`, spelled out. */
function occurrenceAt(searchable: SearchIndex, at: number): Occurrence {
  const key = searchable.occurrenceKeys[at] ?? 0;
  return {
    kind: kindOfKey(key),
    id: searchable.occurrenceIds[at] ?? '',
    field: fieldOfKey(key),
    path: searchable.paths.spell(pathOfKey(key)),
    text: searchable.occurrenceTexts[at] ?? '',
  };
}

/**
 * Every place the distinct text numbered `textId` occurs, in the order the build found them.
 *
 * @example
 * ```ts
 * const searchable = buildSearchIndex(index);
 * occurrencesOf(searchable, 0).map((occurrence) => occurrence.id);
 * ```
 */
export function occurrencesOf(searchable: SearchIndex, textId: number): Occurrence[] {
  const out: Occurrence[] = [];
  const to = searchable.occurrenceStart[textId + 1] ?? 0;
  for (let at = searchable.occurrenceStart[textId] ?? 0; at < to; at++) out.push(occurrenceAt(searchable, searchable.occurrenceOrder[at] ?? 0));
  return out;
}

/**
 * Collects occurrences while the records are walked, numbering each distinct normalized text
 * once: texts repeat a lot (the same quote supports many facts). Normalizing every occurrence
 * measured faster than looking raw texts up first (1.78–1.85 s against 2.03–2.24 s for the
 * search index over 10^5 synthetic visits): most raw texts are new, and each costs a map entry.
 */
class OccurrenceCollector {
  readonly paths = new PathTrie();
  private readonly normalTexts = new Vocabulary();
  private readonly occurrenceTextIds: number[] = [];
  private readonly occurrenceKeys: number[] = [];
  private readonly occurrenceIds: string[] = [];
  private readonly occurrenceTexts: string[] = [];

  /** Records that `text` occurs at path node `path` of the record `kind`/`id`, in `field`. */
  add(kind: number, id: string, field: number, path: number, text: string): void {
    const textId = this.number(searchFold(text));
    if (textId < 0) return;
    this.occurrenceTextIds.push(textId);
    this.occurrenceKeys.push(path * 256 + kind * 16 + field);
    this.occurrenceIds.push(id);
    this.occurrenceTexts.push(text);
  }

  /** The number of a normalized text, or −1 for the empty text (nothing to find). */
  private number(normal: string): number {
    return normal === '' ? -1 : this.normalTexts.intern(normal);
  }

  /** The index: occurrences grouped by text with a counting sort, and the token lists. */
  build(expansions: ReadonlyMap<string, readonly string[]>): SearchIndex {
    const texts = this.normalTexts.keys;
    const textCount = texts.length;
    const textIds = this.occurrenceTextIds;
    const occurrenceStart = new Int32Array(textCount + 1);
    for (const textId of textIds) occurrenceStart[textId + 1] = (occurrenceStart[textId + 1] as number) + 1;
    for (let textId = 0; textId < textCount; textId++) occurrenceStart[textId + 1] = (occurrenceStart[textId + 1] as number) + (occurrenceStart[textId] as number);
    const fill = occurrenceStart.slice(0, textCount);
    const occurrenceOrder = new Int32Array(textIds.length);
    for (let at = 0; at < textIds.length; at++) {
      const textId = textIds[at] as number;
      occurrenceOrder[fill[textId] as number] = at;
      fill[textId] = (fill[textId] as number) + 1;
    }
    return {
      texts,
      occurrenceStart,
      occurrenceOrder,
      occurrenceKeys: this.occurrenceKeys,
      occurrenceIds: this.occurrenceIds,
      occurrenceTexts: this.occurrenceTexts,
      paths: this.paths,
      ...tokenLists(texts),
      expansions,
    };
  }
}

/** Sorted distinct tokens of the texts, and for each the ascending numbers of the texts holding it. */
function tokenLists(texts: readonly string[]): Pick<SearchIndex, 'tokens' | 'tokenStart' | 'tokenTexts'> {
  const textsOfToken = new Map<string, number[]>();
  let total = 0;
  for (let textId = 0; textId < texts.length; textId++) {
    for (const token of (texts[textId] as string).split(' ')) {
      const list = textsOfToken.get(token);
      // Texts are numbered in order, so a token repeated within one text is the list's last entry.
      if (list === undefined) textsOfToken.set(token, [textId]);
      else if (list[list.length - 1] === textId) continue;
      else list.push(textId);
      total++;
    }
  }
  const tokens = [...textsOfToken.keys()].sort();
  const tokenStart = new Int32Array(tokens.length + 1);
  const tokenTexts = new Int32Array(total);
  let write = 0;
  tokens.forEach((token, at) => {
    tokenStart[at] = write;
    for (const textId of textsOfToken.get(token) ?? []) tokenTexts[write++] = textId;
  });
  tokenStart[tokens.length] = write;
  return { tokens, tokenStart, tokenTexts };
}

/**
 * Builds the search index over every searchable field of every record.
 *
 * @example
 * ```ts
 * const search = buildSearchIndex(index);
 * ```
 */
export function buildSearchIndex(index: QueryIndex): SearchIndex {
  const collector = new OccurrenceCollector();
  const paths = collector.paths;
  const ROOT = PathTrie.ROOT;
  const fieldNumber = (name: SearchField): number => FIELD_NUMBER.get(name) ?? 0;
  const quoteField = fieldNumber('quote');
  const kindNumber = (kind: QueryRecordKind): number => KIND_NUMBER.get(kind) ?? 0;
  const add = (kind: QueryRecordKind, id: string, name: SearchField, path: readonly PathSegment[], text: string): void =>
    collector.add(kindNumber(kind), id, fieldNumber(name), paths.walk(ROOT, path), text);
  /** Every `quote` string under `value` (path node `node`), except under the key `skip`. */
  const quotes = (kind: number, id: string, value: object, node: number, skip?: string): void => {
    if (Array.isArray(value)) {
      for (let position = 0; position < value.length; position++) {
        const item: unknown = value[position];
        if (typeof item === 'object' && item !== null) quotes(kind, id, item, paths.child(node, position), skip);
      }
      return;
    }
    const keys = Object.keys(value);
    for (let at = 0; at < keys.length; at++) {
      const key = keys[at] as string;
      if (key === skip) continue;
      const child: unknown = (value as Record<string, unknown>)[key];
      if (key === 'quote' && typeof child === 'string') collector.add(kind, id, quoteField, paths.child(node, key), child);
      else if (typeof child === 'object' && child !== null) quotes(kind, id, child, paths.child(node, key), skip);
    }
  };
  const quotesOf = (kind: QueryRecordKind, id: string, value: object, skip?: string): void => quotes(kindNumber(kind), id, value, ROOT, skip);
  const data = index.data;
  for (const person of data.people) {
    add('person', person.id, 'name', ['name'], person.name);
    person.otherNames.forEach((variant, at) => add('person', person.id, 'otherNames', ['otherNames', at, 'name'], variant.name));
    quotesOf('person', person.id, person);
  }
  for (const organization of data.organizations) {
    add('organization', organization.id, 'name', ['name'], organization.name);
    organization.abbreviations.forEach((variant, at) => add('organization', organization.id, 'abbreviations', ['abbreviations', at, 'name'], variant.name));
    organization.otherNames.forEach((variant, at) => add('organization', organization.id, 'otherNames', ['otherNames', at, 'name'], variant.name));
    quotesOf('organization', organization.id, organization);
  }
  for (const place of data.places) {
    add('place', place.id, 'name', ['name'], place.name);
    quotesOf('place', place.id, place);
  }
  for (const agreement of data.agreements) {
    add('agreement', agreement.id, 'title', ['title'], agreement.title);
    agreement.aliases.forEach((variant, at) => add('agreement', agreement.id, 'aliases', ['aliases', at, 'name'], variant.name));
    agreement.topics.forEach((topic, at) => add('agreement', agreement.id, 'topics', ['topics', at], topic));
    quotesOf('agreement', agreement.id, agreement);
  }
  for (const visit of data.visits) {
    add('visit', visit.id, 'title', ['title'], visit.title);
    visit.topics.forEach((topic, at) => add('visit', visit.id, 'topics', ['topics', at], topic));
    // Quotes inside an engagement belong to the engagement, not to the visit around it.
    quotesOf('visit', visit.id, visit, 'engagements');
    for (const engagement of visit.engagements) {
      add('engagement', engagement.id, 'title', ['title'], engagement.title);
      engagement.topics.forEach((topic, at) => add('engagement', engagement.id, 'topics', ['topics', at], topic));
      quotesOf('engagement', engagement.id, engagement);
    }
  }
  for (const post of data.posts) {
    add('post', post.id, 'role', ['role'], post.role);
    post.titlesAsWritten.forEach((title, at) => add('post', post.id, 'titlesAsWritten', ['titlesAsWritten', at], title));
    quotesOf('post', post.id, post);
  }
  for (const commitment of data.commitments) {
    add('commitment', commitment.id, 'title', ['title'], commitment.title);
    quotesOf('commitment', commitment.id, commitment);
  }
  for (const source of data.sources) {
    if (source.headline) add('source', source.id, 'headline', ['headline', 'text'], source.headline.text);
    quotesOf('source', source.id, source);
  }
  for (const disagreement of data.disagreements) {
    add('disagreement', disagreement.id, 'title', ['title'], disagreement.title);
    quotesOf('disagreement', disagreement.id, disagreement);
  }
  return collector.build(abbreviationExpansions(data.organizations));
}

/** Each folded abbreviation of an organization → the folded names it stands for (not itself). */
function abbreviationExpansions(organizations: QueryIndex['data']['organizations']): ReadonlyMap<string, readonly string[]> {
  const expansions = new Map<string, string[]>();
  for (const organization of organizations) {
    const names = [organization.name, ...organization.otherNames.map((variant) => variant.name)].map(searchFold);
    for (const abbreviation of organization.abbreviations) {
      const short = searchFold(abbreviation.name);
      if (short === '') continue;
      const list = expansions.get(short) ?? [];
      for (const name of names) if (name !== '' && name !== short && !list.includes(name)) list.push(name);
      expansions.set(short, list);
    }
  }
  return expansions;
}

/**
 * The range `[from, to)` of the sorted `tokens` that begin with `prefix`.
 *
 * @example
 * ```ts
 * prefixRange(['ka', 'kahariri', 'kenya'], 'ka'); // [0, 2]
 * ```
 */
export function prefixRange(tokens: readonly string[], prefix: string): [number, number] {
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
 * The folded needles a search text stands for, the text itself first: a partly typed American
 * word also searches its British form, which the index holds ("defens" → "defence"), and an
 * organization's abbreviation also what its names find ("kdf" → "kenya defence forces").
 *
 * @example
 * ```ts
 * searchNeedles(buildSearchIndex(index), 'KDF'); // ['kdf', 'kenya defence forces']
 * ```
 */
export function searchNeedles(searchable: SearchIndex, text: string): string[] {
  const needle = searchFold(text);
  const spelledOut = spellOutAmounts(needle);
  const amounts = spelledOut === needle ? [] : [spelledOut];
  return [needle, ...britishPrefixNeedles(needle), ...amounts, ...(searchable.expansions.get(needle) ?? [])];
}

/**
 * Finds records whose names, abbreviations, titles, aliases, roles, topics or quotes contain the
 * text, ignoring case, accents and punctuation ("al muqrin" finds "Al-Muqrin") and American or
 * British spelling of a few words ("defense" finds "defence", see `searchFold`). An
 * organization's abbreviation also finds the texts that write its name or other names in full
 * ("kdf" finds "Chief of Kenya Defence Forces"). The text must
 * start at a word boundary; its last word may be a prefix ("kahar" finds "Kahariri"). Commas
 * grouping digits are ignored ("1000" finds "1,000") and "$100m" also searches "$100 million".
 * One hit per record and field (the best); ranked by score, then kind, id and path. When no text
 * holds the words together, the records holding every word in some field are the hits, one per
 * record ("charles kahariri" finds "Charles Muriu Kahariri").
 *
 * @example
 * ```ts
 * searchIndex(index, buildSearchIndex(index), 'charles kahariri')[0]?.id; // 'charles-muriu-kahariri'
 * ```
 *
 * @example
 * ```ts
 * searchIndex(index, buildSearchIndex(index), 'manda bay');
 * ```
 */
export function searchIndex(searchable: SearchIndex, text: string, given?: SearchOptions): readonly SearchHit[] {
  if (typeof text !== 'string') throw new QueryError('invalid-argument', 'text', 'search() takes the text to look for, e.g. search("kdf").');
  const options: SearchOptions = filterObject(given, 'search', "{ limit: 5, kinds: ['person'] }");
  checkKeys(options, ['limit', 'kinds'], 'search');
  const limit = options.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1) throw new QueryError('invalid-argument', 'limit', `limit must be a positive integer, not ${String(options.limit)}.`);
  const kinds = options.kinds === undefined ? undefined : asList(options.kinds, 'kinds').map((kind) => checkValue(QUERY_RECORD_KINDS, kind, 'kinds'));
  const needles = searchNeedles(searchable, text);
  if (needles[0] === '') throw new QueryError('invalid-argument', 'text', `search("${text}"): the text has no letters or digits to look for.`);
  const hits = new Map<string, SearchHit>();
  // Each needle is matched on its own, and a field keeps its best hit over all of them.
  for (const each of needles) collectHits(searchable, each, kinds, hits);
  if (hits.size === 0) collectAllWordsHits(searchable, needles[0] ?? '', kinds, hits);
  const order = (kind: QueryRecordKind): number => QUERY_RECORD_KINDS.indexOf(kind);
  const sorted = [...hits.values()].sort(
    (a, b) => b.score - a.score || order(a.kind) - order(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
  return Object.freeze(sorted.slice(0, limit));
}

/**
 * Numbers of the texts that hold the folded `needle` as a phrase: starting the text or after a
 * space, its last word possibly cut short ("kahar" is in "charles muriu kahariri").
 */
function phraseTexts(searchable: SearchIndex, needle: string): Set<number> {
  const words = needle.split(' ');
  // Candidates come from the word with the fewest texts; the phrase check below does the rest.
  let best: Int32Array[] = [];
  let bestSize = Infinity;
  words.forEach((word, position) => {
    const lists = wordTexts(searchable, word, position === words.length - 1);
    const size = lists.reduce((total, list) => total + list.length, 0);
    if (size < bestSize) {
      bestSize = size;
      best = lists;
    }
  });
  const found = new Set<number>();
  for (const list of best) {
    for (const id of list) {
      if (found.has(id)) continue;
      const normal = searchable.texts[id] ?? '';
      if (normal.startsWith(needle) || normal.includes(` ${needle}`)) found.add(id);
    }
  }
  return found;
}

/** The lists of texts holding `word` as a whole word, or, when `prefix`, a word it begins. */
function wordTexts(searchable: SearchIndex, word: string, prefix: boolean): Int32Array[] {
  const [low, high] = prefixRange(searchable.tokens, word);
  const lists: Int32Array[] = [];
  for (let at = low; at < high; at++) {
    if (!prefix && searchable.tokens[at] !== word) continue;
    lists.push(searchable.tokenTexts.subarray(searchable.tokenStart[at] ?? 0, searchable.tokenStart[at + 1] ?? 0));
  }
  return lists;
}

/** Adds to `hits` the best hit per record and field of the texts matching `needle` (folded). */
function collectHits(searchable: SearchIndex, needle: string, kinds: readonly QueryRecordKind[] | undefined, hits: Map<string, SearchHit>): void {
  for (const id of phraseTexts(searchable, needle)) {
    const normal = searchable.texts[id] ?? '';
    const quality = normal === needle ? 30 : normal.startsWith(needle) ? 20 : 10;
    const to = searchable.occurrenceStart[id + 1] ?? 0;
    for (let slot = searchable.occurrenceStart[id] ?? 0; slot < to; slot++) {
      const occurrence = searchable.occurrenceOrder[slot] ?? 0;
      const key = searchable.occurrenceKeys[occurrence] ?? 0;
      const kind = kindOfKey(key);
      if (kinds && !kinds.includes(kind)) continue;
      const field = fieldOfKey(key);
      const score = FIELD_WEIGHT[field] + quality;
      const recordId = searchable.occurrenceIds[occurrence] ?? '';
      const hitKey = `${kind}\u0000${recordId}\u0000${field}`;
      const known = hits.get(hitKey);
      // Paths are spelled only for occurrences that may win: most lose on score alone.
      if (known !== undefined && score < known.score) continue;
      const path = searchable.paths.spell(pathOfKey(key));
      if (!known || score > known.score || path < known.path) {
        hits.set(hitKey, Object.freeze({ kind, id: recordId, field, path, text: searchable.occurrenceTexts[occurrence] ?? '', score }));
      }
    }
  }
}

/**
 * The distinct words of a folded needle of two or more words, each with whether it may be a
 * prefix (the last word typed, as in a phrase search). A word typed twice counts once.
 *
 * @example
 * ```ts
 * needleWords('kahariri rwan'); // [{ word: 'kahariri', prefix: false }, { word: 'rwan', prefix: true }]
 * ```
 */
export function needleWords(needle: string): { readonly word: string; readonly prefix: boolean }[] {
  const words = needle.split(' ');
  const out = new Map<string, boolean>();
  words.forEach((word, position) => out.set(word, (out.get(word) ?? false) || position === words.length - 1));
  return [...out].map(([word, prefix]) => ({ word, prefix }));
}

/**
 * The texts holding one word of an all-words search: the word itself (its British form too, when
 * typed in part, as for a phrase) and, when it is an organization's abbreviation, the texts that
 * write that organization's names.
 */
function textsOfWord(searchable: SearchIndex, word: string, prefix: boolean): Set<number> {
  const found = new Set<number>();
  const spellings = prefix ? [word, ...britishPrefixNeedles(word)] : [word];
  spellings.forEach((spelling, at) => {
    // The British forms replace the word whole, as britishPrefixNeedles says.
    for (const list of wordTexts(searchable, spelling, prefix && at === 0)) for (const id of list) found.add(id);
  });
  for (const name of searchable.expansions.get(word) ?? []) for (const id of phraseTexts(searchable, name)) found.add(id);
  const spelledOut = spellOutAmounts(word);
  if (spelledOut !== word) for (const id of phraseTexts(searchable, spelledOut)) found.add(id);
  return found;
}

/**
 * When no text holds the words of a search together, the records that hold every word in some
 * field (`"charles kahariri"` finds "Charles Muriu Kahariri", `"kahariri rwanda"` his visit).
 * One hit per record: its text holding the most of the words, then the one in the field of most
 * weight, then the smallest path; scored by that field's weight plus up to 30 as the text holds
 * more of the words (30 when it holds them all).
 */
function collectAllWordsHits(searchable: SearchIndex, needle: string, kinds: readonly QueryRecordKind[] | undefined, hits: Map<string, SearchHit>): void {
  const words = needleWords(needle);
  if (words.length < 2 || words.length > 30) return;
  const textSets = words.map(({ word, prefix }) => textsOfWord(searchable, word, prefix));
  // Bit `w` of a text's mask: the text holds word `w`.
  const maskOfText = new Map<number, number>();
  textSets.forEach((texts, bit) => {
    for (const id of texts) maskOfText.set(id, (maskOfText.get(id) ?? 0) | (1 << bit));
  });
  const full = (1 << words.length) - 1;
  const recordMask = new Map<string, number>();
  const recordOccurrences = new Map<string, number[]>();
  for (const [id, mask] of maskOfText) {
    const to = searchable.occurrenceStart[id + 1] ?? 0;
    for (let slot = searchable.occurrenceStart[id] ?? 0; slot < to; slot++) {
      const occurrence = searchable.occurrenceOrder[slot] ?? 0;
      const kind = kindOfKey(searchable.occurrenceKeys[occurrence] ?? 0);
      if (kinds && !kinds.includes(kind)) continue;
      const record = `${kind}\u0000${searchable.occurrenceIds[occurrence] ?? ''}`;
      recordMask.set(record, (recordMask.get(record) ?? 0) | mask);
      // Pairs: the occurrence, then the mask of its text.
      const list = recordOccurrences.get(record);
      if (list === undefined) recordOccurrences.set(record, [occurrence, mask]);
      else list.push(occurrence, mask);
    }
  }
  const bonus = (held: number): number => Math.round((30 * (held - 1)) / (words.length - 1));
  for (const [record, mask] of recordMask) {
    if (mask !== full) continue;
    let best: SearchHit | undefined;
    const pairs = recordOccurrences.get(record) ?? [];
    for (let at = 0; at < pairs.length; at += 2) {
      const occurrence = pairs[at] as number;
      const textMask = pairs[at + 1] as number;
      const key = searchable.occurrenceKeys[occurrence] ?? 0;
      const field = fieldOfKey(key);
      const score = FIELD_WEIGHT[field] + bonus(bitCount(textMask));
      if (best !== undefined && score < best.score) continue;
      const path = searchable.paths.spell(pathOfKey(key));
      if (best === undefined || score > best.score || path < best.path) {
        best = { kind: kindOfKey(key), id: searchable.occurrenceIds[occurrence] ?? '', field, path, text: searchable.occurrenceTexts[occurrence] ?? '', score };
      }
    }
    if (best !== undefined) hits.set(`${best.kind}\u0000${best.id}\u0000${best.field}`, Object.freeze(best));
  }
}

function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
}
