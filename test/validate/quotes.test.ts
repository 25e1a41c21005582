import { describe, expect, it } from 'vitest';
import { quotesRule } from '../../src/validate/rules/quotes.js';
import { check, fixtureText, lineContaining, replaceOnce } from './helpers.js';

describe('quotes rule', () => {
  it('reports a quote that is not in the source, at the quote field', () => {
    const edit = (text: string) => replaceOnce(text, 'quote: Ghana pledged to host 40 Kenyan officer cadets\n', 'quote: Ghana pledged to host 50 Kenyan officer cadets\n');
    const issues = check({ commitments: edit }, [quotesRule]);
    expect(issues).toEqual([
      {
        file: 'data/commitments.yaml',
        line: lineContaining(edit(fixtureText('commitments')), 'host 50'),
        dataset: 'commitments',
        recordId: 'ghana-cadet-places-2026',
        path: 'pledgedBy.citations[0].quote',
        rule: 'quotes',
        message: 'quote not found in source "fixture-article" (fixture-article.txt): "Ghana pledged to host 50 Kenyan officer cadets"',
      },
    ]);
  });

  it('says when a quote differs only in quote marks and whitespace, giving the exact wording', () => {
    const edit = (text: string) =>
      replaceOnce(
        text,
        'quote: “This agreement will deepen training and maritime security cooperation between our forces,” Wekesa said.',
        `quote: '"This agreement will deepen  training and maritime security cooperation between our forces," Wekesa said.'`,
      );
    const issues = check({ visits: edit }, [quotesRule]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: 'engagements[1].statements[0].citations[0].quote' });
    expect(issues[0]?.message).toContain(
      'it differs only in whitespace, quote marks or dashes — the source has: "“This agreement will deepen training and maritime security cooperation between our forces,” Wekesa said."',
    );
  });

  it('treats an en dash typed as a hyphen as a typography difference', () => {
    const issues = check({ places: (text) => replaceOnce(text, 'quote: NAIROBI', "quote: 'NAIROBI - Kenya''s'") }, [quotesRule]);
    expect(issues[0]?.message).toContain('the source has: "NAIROBI — Kenya\'s"');
  });

  it('says when a quote differs in letter case', () => {
    const issues = check({ places: (text) => replaceOnce(text, 'quote: NAIROBI', 'quote: Nairobi — Kenya') }, [quotesRule]);
    expect(issues[0]?.message).toContain('it differs in letter case (and perhaps typography) — the source has: "NAIROBI — Kenya"');
  });

  it('checks citation lists named after a field, such as an agreement\'s partiesCitations', () => {
    const issues = check({ agreements: (text) => replaceOnce(text, 'quote: Kenya and Ghana sign defence pact', 'quote: Kenya and Ghana sign naval pact') }, [quotesRule]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ dataset: 'agreements', path: 'partiesCitations[0].quote' });
  });

  it('leaves unknown sources to the references rule', () => {
    expect(check({ places: (text) => replaceOnce(text, '- source: fixture-article\n      quote: NAIROBI', '- source: elsewhere\n      quote: not there') }, [quotesRule])).toEqual([]);
  });
});
