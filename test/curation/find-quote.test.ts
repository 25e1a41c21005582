import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { citationSnippet } from '../../src/curation/citation-snippet.js';
import { findQuote } from '../../src/curation/find-quote.js';
import { fixtureText } from './helpers.js';

const text = fixtureText();

describe('findQuote', () => {
  it('finds a phrase typed with straight quotes, a hyphen and single spaces, and returns the exact source text', () => {
    const typed = '"Our two navies share the same seas - and the same troubles';
    const { matches } = findQuote(text, typed);
    expect(matches).toHaveLength(1);
    const [match] = matches;
    expect(match?.exact).toBe('“Our two navies share the same seas — and the same   troubles');
    expect(match?.line).toBe(10);
    expect(match?.column).toBe(1);
    expect(text.slice(match?.offset, (match?.offset ?? 0) + (match?.exact.length ?? 0))).toBe(match?.exact);
  });

  it('treats an en dash and a hyphen alike', () => {
    expect(findQuote(text, 'covering 2031-2036').matches[0]?.exact).toBe('covering 2031–2036');
  });

  it('matches across a line break', () => {
    const source = 'The pact was signed\nin Accra.';
    expect(findQuote(source, 'signed in Accra').matches[0]).toMatchObject({ exact: 'signed\nin Accra', line: 1 });
  });

  it('is case-sensitive unless asked not to be', () => {
    expect(findQuote(text, 'rear admiral amani wekesa').matches).toHaveLength(0);
    const [match] = findQuote(text, 'rear admiral amani wekesa', { ignoreCase: true }).matches;
    expect(match).toMatchObject({ exact: 'Rear Admiral Amani Wekesa', line: 6, column: 1 });
  });

  it('returns every occurrence in text order', () => {
    const matches = findQuote(text, 'Rear Admiral').matches;
    expect(matches.map((match) => match.line)).toEqual([6, 6]);
    expect(matches[0]!.offset).toBeLessThan(matches[1]!.offset);
  });

  it('suggests the nearest partial match when the phrase does not occur', () => {
    const search = findQuote(text, 'held talks in Tema with his Ghanaian counterpart');
    expect(search.matches).toHaveLength(0);
    expect(search.nearest?.words).toBe('with his Ghanaian counterpart');
    expect(search.nearest?.match.line).toBe(6);
    expect(search.nearest?.context).toContain('held talks in Accra');
  });

  it('has no nearest match when no word run occurs', () => {
    expect(findQuote(text, 'zebra quokka').nearest).toBeUndefined();
  });
});

describe('citationSnippet', () => {
  it('renders a paste-ready citation that parses back to the exact quote', () => {
    const exact = findQuote(text, '"Our two navies share the same seas - and the same troubles').matches[0]!.exact;
    const snippet = citationSnippet('fixture-article', exact);
    expect(snippet).toBe('- source: fixture-article\n  quote: "“Our two navies share the same seas — and the same   troubles"\n');
    expect(parse(snippet)).toEqual([{ source: 'fixture-article', quote: exact }]);
  });

  it('escapes quotes, backslashes, line breaks and invisible characters', () => {
    const exact = 'He said "yes" \\ then\nleft\u00A0early';
    const snippet = citationSnippet('s', exact);
    expect(snippet).toBe('- source: s\n  quote: "He said \\"yes\\" \\\\ then\\nleft\\u00A0early"\n');
    expect(parse(snippet)).toEqual([{ source: 's', quote: exact }]);
  });
});
