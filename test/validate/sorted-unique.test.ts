import { describe, expect, it } from 'vitest';
import { sortedUniqueRule } from '../../src/validate/rules/sorted-unique.js';
import { check, fixtureText, lineContaining, replaceOnce } from './helpers.js';

describe('sorted-unique rule', () => {
  it('reports unsorted agreement parties with the sorted list', () => {
    const edit = (text: string) => replaceOnce(text, 'parties: [GH, KE]', 'parties: [KE, GH, KE]');
    const issues = check({ agreements: edit }, [sortedUniqueRule]);
    expect(issues).toEqual([
      {
        file: 'data/agreements.yaml',
        line: lineContaining(edit(fixtureText('agreements')), 'parties:'),
        dataset: 'agreements',
        recordId: 'kenya-ghana-defence-mou-2025',
        path: 'parties',
        rule: 'sorted-unique',
        message: 'must be sorted and without repeats: write ["GH", "KE"]',
      },
    ]);
  });

  it('reports a repeated topic in an engagement', () => {
    const issues = check({ visits: (text) => replaceOnce(text, 'topics: [training]', 'topics: [training, training]') }, [sortedUniqueRule]);
    expect(issues).toEqual([expect.objectContaining({ path: 'engagements[2].topics[1]', message: '"training" is listed twice (first at [0]); remove the repeat' })]);
  });
});
