import { describe, expect, it } from 'vitest';
import { postPeriodRule } from '../../src/validate/rules/dates/post-period.js';
import { check, fixtureText, lineContaining, replaceOnce } from './helpers.js';

describe('dates rule: post period', () => {
  it('reports a post that ends before it starts', () => {
    const edit = (text: string) => replaceOnce(text, "value: '2026'", "value: '2022-06'");
    const issues = check({ posts: edit }, [postPeriodRule]);
    expect(issues).toEqual([
      {
        file: 'data/posts.yaml',
        line: lineContaining(edit(fixtureText('posts')), "'2022-06'"),
        dataset: 'posts',
        recordId: 'amina-wekesa-defence-cabinet-secretary',
        path: 'end.value',
        rule: 'dates',
        message: 'the post ends (2022-06: 2022-06-01 … 2022-06-30) before it starts (2023: 2023-01-01 … 2023-12-31)',
      },
    ]);
  });

  it('accepts partial dates that may be in order', () => {
    expect(check({ posts: (text) => replaceOnce(text, "value: '2026'", "value: '2023-01'") }, [postPeriodRule])).toEqual([]);
  });
});
