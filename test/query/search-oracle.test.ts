import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset as bundled } from '../../src/datasets/all.js';
import { buildIndex } from '../../src/query/build-index.js';
import { createQuery } from '../../src/query/index.js';
import { buildSearchIndex, occurrencesOf } from '../../src/query/search.js';
import { normalizeText } from '../../src/query/normalize.js';
import type { Dataset } from '../../src/schema/dataset.js';
import { datasetArb } from './arbitraries.js';
import { naiveSearch, searchableTexts } from './search-oracle.js';

// search() against a naive scan of every searchable text (test/query/search-oracle.ts), hit for
// hit: same records, fields, paths, texts, scores and order.
const TIMEOUT = 120_000;
const KINDS = ['person', 'organization', 'place', 'agreement', 'visit', 'engagement', 'commitment', 'post', 'source', 'disagreement'] as const;

/** Needles drawn from the dataset's own texts: whole texts, word prefixes and phrases from a word boundary, recased. */
function needleArb(data: Dataset): fc.Arbitrary<string> {
  const words = searchableTexts(data).map((text) => normalizeText(text.text).split(' ')).filter((list) => list[0] !== '');
  if (words.length === 0) return fc.string({ minLength: 1, maxLength: 6 });
  const fromText = fc.record({ text: fc.constantFrom(...words), start: fc.nat(), length: fc.integer({ min: 1, max: 3 }), cut: fc.nat(), upper: fc.boolean() }).map(({ text, start, length, cut, upper }) => {
    const from = start % text.length;
    const phrase = text.slice(from, from + length).join(' ');
    // Cut the last word short sometimes (a prefix), never to nothing.
    const end = phrase.length - (cut % Math.max(1, (text[from + length - 1] ?? '').length));
    const needle = phrase.slice(0, Math.max(1, end));
    return upper ? needle.toUpperCase().replace(/ /g, '-') : needle;
  });
  // Words from two texts of one record, in either order: the all-words search when no text
  // holds them together.
  const byRecord = new Map<string, string[][]>();
  for (const text of searchableTexts(data)) {
    const list = normalizeText(text.text).split(' ');
    if (list[0] === '') continue;
    const key = `${text.kind} ${text.id}`;
    byRecord.set(key, [...(byRecord.get(key) ?? []), list]);
  }
  const records = [...byRecord.values()];
  const acrossTexts = fc.record({ record: fc.constantFrom(...records), picks: fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 2, maxLength: 3 }), cut: fc.nat() }).map(({ record, picks, cut }) => {
    const words = picks.map(([text, word]) => {
      const list = record[text % record.length] ?? [];
      return list[word % list.length] ?? '';
    });
    const last = words.pop() ?? '';
    return [...words, last.slice(0, Math.max(1, last.length - (cut % 3)))].join(' ');
  });
  return fc.oneof({ arbitrary: fromText, weight: 4 }, { arbitrary: acrossTexts, weight: 2 }, { arbitrary: fc.string({ minLength: 1, maxLength: 6 }), weight: 1 });
}

const searchable = (needle: string): boolean => normalizeText(needle) !== '';

describe('search equals a naive scan of every text', () => {
  it('the index holds every searchable text once, under its normalized text', () => {
    const line = (text: { kind: string; id: string; field: string; path: string; text: string }): string => JSON.stringify([text.kind, text.id, text.field, text.path, text.text]);
    fc.assert(
      fc.property(datasetArb, (data) => {
        const searchable = buildSearchIndex(buildIndex(data));
        const indexed = searchable.texts.flatMap((normal, textId) => occurrencesOf(searchable, textId).map((occurrence) => {
          expect(normalizeText(occurrence.text)).toBe(normal);
          return line(occurrence);
        }));
        const expected = searchableTexts(data).filter((text) => normalizeText(text.text) !== '').map(line);
        expect(indexed.sort()).toEqual(expected.sort());
      }),
      { numRuns: 40 },
    );
  }, TIMEOUT);

  it('over random valid datasets, with and without a kinds filter', () => {
    fc.assert(
      fc.property(
        datasetArb.chain((data) => fc.tuple(fc.constant(data), fc.array(needleArb(data).filter(searchable), { minLength: 1, maxLength: 8 }), fc.subarray([...KINDS], { minLength: 1 }), fc.integer({ min: 1, max: 40 }))),
        ([data, needles, kinds, limit]) => {
          const query = createQuery(data);
          for (const needle of needles) {
            expect(query.search(needle, { limit: 1000 })).toEqual(naiveSearch(data, needle, { limit: 1000 }));
            expect(query.search(needle, { kinds, limit })).toEqual(naiveSearch(data, needle, { kinds, limit }));
          }
        },
      ),
      { numRuns: 60 },
    );
  }, TIMEOUT);

  it('over the bundled data, for the first one and two words of every searchable text', () => {
    const query = createQuery(bundled);
    const needles = new Set<string>();
    for (const { text } of searchableTexts(bundled)) {
      const words = normalizeText(text).split(' ');
      if (words[0] === '') continue;
      needles.add(words[0] ?? '');
      needles.add(words.slice(0, 2).join(' '));
    }
    expect(needles.size).toBeGreaterThan(200);
    for (const needle of needles) expect(query.search(needle, { limit: 1000 }), needle).toEqual(naiveSearch(bundled, needle, { limit: 1000 }));
  }, TIMEOUT);

  it('over the bundled data, for the first word of one text with the first word of another text of the same record', () => {
    const query = createQuery(bundled);
    const firstWords = new Map<string, string[]>();
    for (const text of searchableTexts(bundled)) {
      const first = normalizeText(text.text).split(' ')[0] ?? '';
      if (first === '') continue;
      const key = `${text.kind} ${text.id}`;
      firstWords.set(key, [...new Set([...(firstWords.get(key) ?? []), first])]);
    }
    let allWords = 0;
    for (const words of firstWords.values()) {
      for (let at = 1; at < words.length && at < 6; at++) {
        const needle = `${words[at]} ${words[0]}`;
        const hits = query.search(needle, { limit: 1000 });
        expect(hits, needle).toEqual(naiveSearch(bundled, needle, { limit: 1000 }));
        if (hits.length > 0 && !hits.some((hit) => normalizeText(hit.text).includes(normalizeText(needle)))) allWords++;
      }
    }
    // Most such pairs are not a phrase of any text: the all-words search answers them.
    expect(allWords).toBeGreaterThan(50);
  }, TIMEOUT);
});
