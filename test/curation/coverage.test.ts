import { describe, expect, it } from 'vitest';
import { coverageReport } from '../../src/curation/coverage.js';
import { factualReasons } from '../../src/curation/factual.js';
import { splitSentences } from '../../src/curation/sentences.js';
import { fixtureText } from './helpers.js';

const text = fixtureText();

describe('splitSentences', () => {
  it('does not split after titles, ranks and dotted acronyms', () => {
    const sentences = splitSentences('Gen. Wanjiru met Dr. Osei and Capt. Otieno in the U.S. embassy. Talks followed.');
    expect(sentences.map((sentence) => sentence.text)).toEqual(['Gen. Wanjiru met Dr. Osei and Capt. Otieno in the U.S. embassy.', 'Talks followed.']);
  });

  it('ends sentences at paragraph breaks and keeps quoted questions whole', () => {
    const sentences = splitSentences('Kenya, Ghana navies chart a new course\n\n“Is it ready?” she asked. It is.');
    expect(sentences.map((sentence) => sentence.text)).toEqual(['Kenya, Ghana navies chart a new course', '“Is it ready?” she asked.', 'It is.']);
  });

  it('gives offsets that point back at the sentence', () => {
    for (const sentence of splitSentences(text)) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});

describe('factualReasons', () => {
  it('flags names, dates, amounts and places', () => {
    expect(factualReasons('Rear Admiral Wekesa arrived in Tema on Monday with 120 sailors.')).toEqual([
      'name: Admiral',
      'name: Wekesa',
      'name: Tema',
      'date: Monday',
      'amount: 120',
      'place: Tema',
    ]);
    expect(factualReasons('The pact comes with $2.5 million in support.')).toEqual(['amount: $2.5 million']);
    expect(factualReasons('A delegation will travel next week.')).toEqual(['date: next week']);
    expect(factualReasons('The exercise is planned for May 7 and 8.')).toEqual(['date: May 7 and 8']);
  });

  it('does not count the sentence-initial capital, "I", or a verb "may"', () => {
    expect(factualReasons('It was, by all accounts, a warm and friendly occasion.')).toEqual([]);
    expect(factualReasons('They may come, I think.')).toEqual([]);
  });
});

describe('coverageReport', () => {
  it('reports which factual sentences of the fixture are cited', () => {
    const report = coverageReport(text, [
      'on Wednesday, March 12, held talks in Accra', // straight quotes/dashes need not matter
      '"Our two navies share the same seas - and the same troubles',
    ]);
    const byStart = (prefix: string) => report.sentences.find((sentence) => sentence.text.startsWith(prefix));
    expect(byStart('Rear Admiral Amani Wekesa')).toMatchObject({ factual: true, cited: true });
    expect(byStart('“Our two navies')).toMatchObject({ factual: true, cited: true });
    expect(byStart('The visit follows')).toMatchObject({ factual: true, cited: false });
    expect(byStart('The visit follows')?.reasons).toEqual(expect.arrayContaining(['date: last month', 'place: Mombasa', 'amount: 120']));
    expect(byStart('It was, by all accounts')).toMatchObject({ factual: false, reasons: [], cited: false });
    expect(report.cited).toBe(2);
    expect(report.factual).toBe(report.sentences.filter((sentence) => sentence.factual).length);
    expect(report.uncited).toHaveLength(report.factual - 2);
    expect(report.uncited.every((sentence) => sentence.factual && !sentence.cited)).toBe(true);
    expect(report.unmatchedQuotes).toEqual([]);
  });

  it('counts a short quote inside a sentence, and a 12-character overlap, but not less', () => {
    const source = 'Ghana will send cadets to Kenya. The ship docked at Tema on Monday.';
    expect(coverageReport(source, ['cadets']).cited).toBe(1); // short, but lies within the sentence
    // "Kenya. The ship" overlaps the second sentence by "The ship" (8 characters) only.
    const report = coverageReport(source, ['to Kenya. The ship']);
    expect(report.sentences.map((sentence) => sentence.cited)).toEqual([false, false]);
    const longer = coverageReport(source, ['Kenya. The ship docked at']);
    expect(longer.sentences.map((sentence) => sentence.cited)).toEqual([false, true]);
  });

  it('credits a quote only where it was taken from, not to sentences that repeat the words', () => {
    const source = 'The two countries met in Accra. Later the two countries met in Nairobi.';
    const report = coverageReport(source, ['The two countries met in Accra']);
    expect(report.sentences.map((sentence) => sentence.cited)).toEqual([true, false]);
  });

  it('lists quotes that do not occur in the text', () => {
    expect(coverageReport(text, ['a sentence that is not there']).unmatchedQuotes).toEqual(['a sentence that is not there']);
  });
});
