import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWithUnicodePasses, normalizeText } from '../../src/query/normalize.js';

describe('normalizeText', () => {
  it('folds case, accents and punctuation', () => {
    expect(normalizeText('Al-Muqrin')).toBe('al muqrin');
    expect(normalizeText('AL–MUQRIN')).toBe('al muqrin');
    expect(normalizeText('Muqrín')).toBe('muqrin');
    expect(normalizeText('  Manda   Bay ')).toBe('manda bay');
    expect(normalizeText("Kenya's KDF (2023)")).toBe('kenya s kdf 2023');
    expect(normalizeText('---')).toBe('');
  });

  it('gives ASCII text (its short path) the same result as the Unicode passes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 40 }), (text) => {
        expect(normalizeText(text)).toBe(foldWithUnicodePasses(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives any text, ASCII or not, the same result as the Unicode passes', () => {
    const character = fc.oneof(fc.constantFrom('a', 'Z', '9', ' ', '-', 'é', 'Í', 'ñ', '\u0301', 'ß', 'Ⅻ', '²', 'ǅ', '–', '\u00a0', 'İ'), fc.string({ unit: 'grapheme', maxLength: 1 }));
    fc.assert(
      fc.property(fc.array(character, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(normalizeText(text)).toBe(foldWithUnicodePasses(text));
      }),
      { numRuns: 2000 },
    );
  });
});
