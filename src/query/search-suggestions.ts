import { QueryError } from './errors.js';
import { prefixRange, searchIndex, type SearchIndex, type SearchOptions } from './search.js';
import { searchFold } from './spelling.js';
import { editDistance } from './suggest.js';

/** How many spellings to try per unknown word, and how many suggestions to return at most. */
const TRIED_PER_WORD = 3;
const MOST = 3;

/**
 * The words of the index within one edit of `word` (two for words of five letters or more),
 * nearest first, then the words more texts hold, then alphabetically.
 */
function nearWords(searchable: SearchIndex, word: string): string[] {
  const most = word.length >= 5 ? 2 : 1;
  const found: { token: string; edits: number; texts: number }[] = [];
  searchable.tokens.forEach((token, at) => {
    if (Math.abs(token.length - word.length) > most || token === word) return;
    const edits = editDistance(word, token);
    if (edits <= most) found.push({ token, edits, texts: (searchable.tokenStart[at + 1] ?? 0) - (searchable.tokenStart[at] ?? 0) });
  });
  found.sort((a, b) => a.edits - b.edits || b.texts - a.texts || (a.token < b.token ? -1 : 1));
  return found.slice(0, TRIED_PER_WORD).map((entry) => entry.token);
}

/** True when the index holds `word` as a whole word or, for the word typed last, begins one. */
function known(tokens: readonly string[], word: string, last: boolean): boolean {
  const [from, to] = prefixRange(tokens, word);
  // Sorted, so the word itself, if held, comes first among those it begins.
  return from < to && (last || tokens[from] === word);
}

/**
 * Spellings of a search that finds nothing, each of which finds something: every word the
 * search index does not hold (as a whole word, or as the start of one for the last word) is
 * replaced by the words of the index within one edit of it, or two for words of five letters or
 * more ("langly" → "langley", "duel" → "duale"), nearest first, then those more texts hold. Returns folded texts, best first, at most three; none when the search
 * already finds something or no word has a near spelling. The same `kinds` narrow both, and
 * `limit` caps the suggestions too.
 *
 * @example
 * ```ts
 * searchSuggestions(buildSearchIndex(index), 'Gen Langly'); // ['gen langley']
 * ```
 */
export function searchSuggestions(searchable: SearchIndex, text: string, options?: SearchOptions): readonly string[] {
  if (typeof text !== 'string') throw new QueryError('invalid-argument', 'text', 'searchSuggestions() takes the text that was searched, e.g. searchSuggestions("langly").');
  // The search checks the text and the options, and says what it accepts.
  if (searchIndex(searchable, text, options).length > 0) return Object.freeze([]);
  const most = Math.min(MOST, options?.limit ?? MOST);
  const words = searchFold(text).split(' ');
  const choices = words.map((word, at) => (known(searchable.tokens, word, at === words.length - 1) ? [word] : nearWords(searchable, word)));
  if (choices.some((list) => list.length === 0) || choices.every((list, at) => list[0] === words[at])) return Object.freeze([]);
  // The best spelling of every word, then each other spelling of one word at a time.
  const candidates = [choices.map((list) => list[0] ?? '')];
  choices.forEach((list, at) => {
    for (const other of list.slice(1)) candidates.push(choices.map((each, position) => (position === at ? other : (each[0] ?? ''))));
  });
  const out: string[] = [];
  for (const candidate of candidates) {
    const spelled = candidate.join(' ');
    if (out.includes(spelled) || searchIndex(searchable, spelled, { ...options, limit: 1 }).length === 0) continue;
    out.push(spelled);
    if (out.length === most) break;
  }
  return Object.freeze(out);
}
