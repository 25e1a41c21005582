import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createQuery, query, QueryError } from '../../src/query/index.js';
import { normalizeText } from '../../src/query/normalize.js';
import { editDistance } from '../../src/query/suggest.js';
import { datasetArb } from './arbitraries.js';
import { searchableTexts } from './search-oracle.js';

describe('searchSuggestions over the bundled data', () => {
  it('respells words the index does not hold with the nearest words it does', () => {
    // 001 writes "General Michael Langley", "Burns", "Nairobi"; 000 writes "Rwanda".
    expect(query.searchSuggestions('Langly')).toEqual(['langley']);
    expect(query.searchSuggestions('gen langly')).toEqual(['gen langley']);
    expect(query.searchSuggestions('burnz')).toEqual(['burns']);
    expect(query.searchSuggestions('kahariri rwandda')).toEqual(['kahariri rwanda']);
    // Two edits are allowed from five letters up: "cooperaton" → "cooperation".
    expect(query.searchSuggestions('defence cooperaton')).toEqual(['defence cooperation']);
  });

  it('suggests nothing when the search finds something, or no word has a near spelling', () => {
    expect(query.search('kdf').length).toBeGreaterThan(0);
    expect(query.searchSuggestions('kdf')).toEqual([]);
    expect(query.searchSuggestions('xyzzy')).toEqual([]);
    // Four letters allow one edit only: "duel" is two from "duale".
    expect(query.searchSuggestions('duel')).toEqual([]);
  });

  it('keeps to the kinds asked for, and checks its arguments as search does', () => {
    expect(query.searchSuggestions('langly', { kinds: ['person'] })).toEqual(['langley']);
    // No commitment names Langley: a respelling that finds nothing of these kinds is no help.
    expect(query.searchSuggestions('langly', { kinds: ['commitment'] })).toEqual([]);
    expect(() => query.searchSuggestions('langly', { kinds: ['persons' as never] })).toThrow(QueryError);
    expect(() => query.searchSuggestions(42 as never)).toThrow(QueryError);
  });
});

describe('searchSuggestions over random valid datasets', () => {
  it('every suggestion finds something, is near what was typed, and is offered only when the text finds nothing', () => {
    let offered = 0;
    fc.assert(
      fc.property(
        datasetArb.chain((data) => {
          const words = [...new Set(searchableTexts(data).flatMap((text) => normalizeText(text.text).split(' ')).filter((word) => word.length >= 3))];
          // A word of the data with one letter dropped, doubled or changed: a typo.
          const typo = words.length === 0 ? fc.constant('zzz') : fc.tuple(fc.constantFrom(...words), fc.nat(), fc.constantFrom('drop', 'double', 'change')).map(([word, at, how]) => {
            const cut = at % word.length;
            if (how === 'drop') return word.slice(0, cut) + word.slice(cut + 1);
            if (how === 'double') return word.slice(0, cut) + (word[cut] ?? '') + word.slice(cut);
            return `${word.slice(0, cut)}q${word.slice(cut + 1)}`;
          });
          return fc.tuple(fc.constant(data), typo);
        }),
        ([data, typed]) => {
          const q = createQuery(data);
          const suggestions = q.searchSuggestions(typed);
          if (q.search(typed).length > 0) expect(suggestions).toEqual([]);
          expect(suggestions.length).toBeLessThanOrEqual(3);
          if (suggestions.length > 0) offered++;
          for (const spelling of suggestions) {
            expect(q.search(spelling).length, spelling).toBeGreaterThan(0);
            expect(editDistance(normalizeText(typed), spelling)).toBeLessThanOrEqual(normalizeText(typed).length >= 5 ? 2 : 1);
          }
        },
      ),
      { numRuns: 100 },
    );
    // Most typos of a word the data holds are a suggestion away from it.
    expect(offered).toBeGreaterThan(30);
  }, 120_000);
});
