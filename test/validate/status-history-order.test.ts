import { describe, expect, it } from 'vitest';
import { statusHistoryOrderRule } from '../../src/validate/rules/dates/status-history-order.js';
import { check, fixtureText, lineContaining, replaceOnce } from './helpers.js';

describe('dates rule: status history order', () => {
  it('reports an entry whose asOf is earlier than the one before it', () => {
    const edit = (text: string) => replaceOnce(text, "asOf: '2025-03-06'", "asOf: '2025-02'");
    const issues = check({ agreements: edit }, [statusHistoryOrderRule]);
    expect(issues).toEqual([
      {
        file: 'data/agreements.yaml',
        line: lineContaining(edit(fixtureText('agreements')), "asOf: '2025-02'"),
        dataset: 'agreements',
        recordId: 'kenya-ghana-defence-mou-2025',
        path: 'statusHistory[1].asOf',
        rule: 'dates',
        message: 'statusHistory is not ordered by asOf: "2025-02" (from 2025-02-01) comes after "2025-03-05" (from 2025-03-05); move this entry earlier',
      },
    ]);
  });

  it('accepts equal and coarser-but-not-earlier dates', () => {
    expect(check({ agreements: (text) => replaceOnce(text, "asOf: '2025-03-06'", "asOf: '2025-03-05'") }, [statusHistoryOrderRule])).toEqual([]);
  });
});
