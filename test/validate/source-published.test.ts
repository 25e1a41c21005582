import { describe, expect, it } from 'vitest';
import { sourcePublishedRule } from '../../src/validate/rules/dates/source-published.js';
import { check, fixtureText, lineContaining, replaceOnce } from './helpers.js';

const claim = (key: string, value: string) => `  ${key}:\n    value: '${value}'\n    citations:\n      - source: fixture-article\n        quote: on Tuesday, March 4, 2025\n`;

describe('dates rule: published or publishedInferred', () => {
  it('reports a source with both', () => {
    const edit = (text: string) => replaceOnce(text, '  description:', `${claim('published', '2025-03-04')}${claim('publishedInferred', '2025-03-04')}  description:`);
    const issues = check({ sources: edit }, [sourcePublishedRule]);
    expect(issues).toEqual([
      {
        file: 'data/sources.yaml',
        line: lineContaining(edit(fixtureText('sources')), 'publishedInferred:'),
        dataset: 'sources',
        recordId: 'fixture-article',
        path: 'publishedInferred',
        rule: 'dates',
        message: 'a source has either `published` (the text prints the date) or `publishedInferred`, never both; keep `published` and drop the inferred one',
      },
    ]);
  });

  it('accepts either one alone', () => {
    expect(check({ sources: (text) => replaceOnce(text, '  description:', `${claim('published', '2025-03-04')}  description:`) }, [sourcePublishedRule])).toEqual([]);
  });
});
