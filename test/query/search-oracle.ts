// A deliberately naive search: every searchable text of every record, normalized and matched
// one by one, with no index. The reference the search property test compares `search()` with.
// It restates the rules of src/query/search.ts (which fields, which weights, how hits rank)
// without sharing its code: only text normalization (`searchFold`) is shared.
import type { Dataset } from '../../src/schema/dataset.js';
import { BRITISH_OF_AMERICAN, searchFold } from '../../src/query/spelling.js';
import type { DeepReadonly } from '../../src/util/deep-freeze.js';

type Data = DeepReadonly<Dataset>;

const KIND_ORDER = ['person', 'organization', 'place', 'agreement', 'visit', 'engagement', 'commitment', 'post', 'source', 'disagreement'];
const WEIGHT: Record<string, number> = { name: 100, abbreviations: 95, otherNames: 90, title: 80, aliases: 80, role: 70, titlesAsWritten: 70, topics: 60, headline: 50, quote: 40 };

export interface NaiveHit {
  readonly kind: string;
  readonly id: string;
  readonly field: string;
  readonly path: string;
  readonly text: string;
  readonly score: number;
}

interface Text {
  readonly kind: string;
  readonly id: string;
  readonly field: string;
  readonly path: string;
  readonly text: string;
}

/** Every `quote` string under `value`, with its path, skipping the top-level key `skip`. */
function quotesUnder(value: unknown, path: string, skip: string | undefined, out: { path: string; text: string }[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, at) => quotesUnder(item, `${path}[${at}]`, undefined, out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === skip) continue;
      const childPath = path === '' ? key : `${path}.${key}`;
      if (key === 'quote' && typeof child === 'string') out.push({ path: childPath, text: child });
      else quotesUnder(child, childPath, undefined, out);
    }
  }
}

/** Every searchable text of the dataset. */
export function searchableTexts(data: Data): Text[] {
  const texts: Text[] = [];
  const record = (kind: string, id: string, value: object, fields: [string, string, string | undefined][], skip?: string): void => {
    for (const [field, path, text] of fields) if (text !== undefined) texts.push({ kind, id, field, path, text });
    const quotes: { path: string; text: string }[] = [];
    quotesUnder(value, '', skip, quotes);
    for (const quote of quotes) texts.push({ kind, id, field: 'quote', ...quote });
  };
  const list = <T>(field: string, name: string, values: readonly T[], text: (value: T) => string, suffix = ''): [string, string, string][] =>
    values.map((value, at) => [field, `${name}[${at}]${suffix}`, text(value)]);
  for (const p of data.people) record('person', p.id, p, [['name', 'name', p.name], ...list('otherNames', 'otherNames', p.otherNames, (v) => v.name, '.name')]);
  for (const o of data.organizations) record('organization', o.id, o, [['name', 'name', o.name], ...list('abbreviations', 'abbreviations', o.abbreviations, (v) => v.name, '.name'), ...list('otherNames', 'otherNames', o.otherNames, (v) => v.name, '.name')]);
  for (const p of data.places) record('place', p.id, p, [['name', 'name', p.name]]);
  for (const a of data.agreements) record('agreement', a.id, a, [['title', 'title', a.title], ...list('aliases', 'aliases', a.aliases, (v) => v.name, '.name'), ...list('topics', 'topics', a.topics, (v) => v)]);
  for (const v of data.visits) {
    record('visit', v.id, v, [['title', 'title', v.title], ...list('topics', 'topics', v.topics, (t) => t)], 'engagements');
    for (const e of v.engagements) record('engagement', e.id, e, [['title', 'title', e.title], ...list('topics', 'topics', e.topics, (t) => t)]);
  }
  for (const p of data.posts) record('post', p.id, p, [['role', 'role', p.role], ...list('titlesAsWritten', 'titlesAsWritten', p.titlesAsWritten, (t) => t)]);
  for (const c of data.commitments) record('commitment', c.id, c, [['title', 'title', c.title]]);
  for (const s of data.sources) record('source', s.id, s, [['headline', 'headline.text', s.headline?.text]]);
  for (const d of data.disagreements) record('disagreement', d.id, d, [['title', 'title', d.title]]);
  return texts;
}

/** The folded names of every organization with an abbreviation that folds to `needle`. */
function namesOfAbbreviation(data: Data, needle: string): string[] {
  const names: string[] = [];
  for (const o of data.organizations) {
    if (!o.abbreviations.some((a) => searchFold(a.name) === needle)) continue;
    for (const name of [o.name, ...o.otherNames.map((v) => v.name)].map(searchFold)) if (name !== '' && name !== needle && !names.includes(name)) names.push(name);
  }
  return names;
}

/** Whether the folded `text` holds `phrase` from a word boundary (its last word maybe cut short). */
function holdsPhrase(text: string, phrase: string): boolean {
  return text.startsWith(phrase) || text.includes(` ${phrase}`);
}

/**
 * The all-words search: no text holds the words together, so each record whose texts hold every
 * distinct word (the last one typed maybe in part, with the British forms it may begin; an
 * abbreviation also by its organization's names; "100m" also as "100 million") is one hit, with
 * its best text: field weight + 30 · (words it holds − 1) / (words − 1), rounded; then the
 * smallest path.
 */
function allWordsHits(data: Data, needle: string, kinds: readonly string[] | undefined, best: Map<string, NaiveHit>): void {
  const typed = needle.split(' ');
  const words = [...new Set(typed)];
  if (words.length < 2 || words.length > 30) return;
  const lastTyped = typed[typed.length - 1] ?? '';
  const holds = (text: string, word: string): boolean => {
    const tokens = text.split(' ');
    if (tokens.includes(word)) return true;
    if (word === lastTyped) {
      if (tokens.some((token) => token.startsWith(word))) return true;
      for (const [american, british] of BRITISH_OF_AMERICAN) if (american.startsWith(word) && american !== word && !british.startsWith(word) && tokens.includes(british)) return true;
    }
    if (namesOfAbbreviation(data, word).some((name) => holdsPhrase(text, name))) return true;
    const amount = /^(\d+)(m|bn)$/.exec(word);
    return amount !== null && holdsPhrase(text, `${amount[1]} ${amount[2] === 'm' ? 'million' : 'billion'}`);
  };
  const byRecord = new Map<string, Text[]>();
  for (const text of searchableTexts(data)) {
    if (kinds && !kinds.includes(text.kind)) continue;
    const key = `${text.kind} ${text.id}`;
    byRecord.set(key, [...(byRecord.get(key) ?? []), text]);
  }
  for (const texts of byRecord.values()) {
    const held = texts.map((text) => {
      const normal = searchFold(text.text);
      return words.filter((word) => normal !== '' && holds(normal, word)).length;
    });
    const everyWord = words.every((word) => texts.some((text) => {
      const normal = searchFold(text.text);
      return normal !== '' && holds(normal, word);
    }));
    if (!everyWord) continue;
    let top: NaiveHit | undefined;
    texts.forEach((text, at) => {
      const count = held[at] ?? 0;
      if (count === 0) return;
      const hit = { ...text, score: (WEIGHT[text.field] ?? 0) + Math.round((30 * (count - 1)) / (words.length - 1)) };
      if (!top || hit.score > top.score || (hit.score === top.score && hit.path < top.path)) top = hit;
    });
    if (top) best.set(`${top.kind} ${top.id} ${top.field}`, top);
  }
}

/**
 * What `search(text, options)` should return: texts that start with the folded needle or
 * contain it after a space; for a last word typed in part, the British forms it may begin (see
 * the fold list); when the needle is an organization's abbreviation, also the texts
 * matching any of that organization's names in the same way; amounts "100m"/"2bn" also as
 * "100 million"/"2 billion"; per record and field the best hit (then the smallest path); when
 * nothing matches, the all-words hits; ranked by score, kind, id and path.
 */
export function naiveSearch(data: Data, text: string, options: { limit?: number; kinds?: readonly string[] } = {}): NaiveHit[] {
  const needle = searchFold(text);
  const needles = [needle];
  // A last word typed in part: where it begins an American word of the fold list but not its
  // British form, the British word (whole) is searched too, as the index holds only that.
  const words = needle.split(' ');
  const last = words.pop() ?? '';
  for (const [american, british] of BRITISH_OF_AMERICAN) if (american.startsWith(last) && american !== last && !british.startsWith(last)) needles.push([...words, british].join(' '));
  // Amounts as "100m" or "2bn" also search "100 million" or "2 billion".
  const spelled = needle.replace(/(?<![a-z0-9])(\d+)(m|bn)(?![a-z0-9])/g, (_, digits: string, unit: string) => `${digits} ${unit === 'm' ? 'million' : 'billion'}`);
  if (spelled !== needle) needles.push(spelled);
  needles.push(...namesOfAbbreviation(data, needle));
  const best = new Map<string, NaiveHit>();
  for (const candidate of searchableTexts(data)) {
    if (options.kinds && !options.kinds.includes(candidate.kind)) continue;
    const normal = searchFold(candidate.text);
    if (normal === '') continue;
    for (const each of needles) {
      const quality = normal === each ? 30 : normal.startsWith(each) ? 20 : normal.includes(` ${each}`) ? 10 : 0;
      if (quality === 0) continue;
      const hit = { ...candidate, score: (WEIGHT[candidate.field] ?? 0) + quality };
      const key = `${hit.kind} ${hit.id} ${hit.field}`;
      const known = best.get(key);
      if (!known || hit.score > known.score || (hit.score === known.score && hit.path < known.path)) best.set(key, hit);
    }
  }
  if (best.size === 0) allWordsHits(data, needle, options.kinds, best);
  const rank = (kind: string): number => KIND_ORDER.indexOf(kind);
  return [...best.values()]
    .sort((a, b) => b.score - a.score || rank(a.kind) - rank(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .slice(0, options.limit ?? 20);
}
