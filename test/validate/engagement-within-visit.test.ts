import { describe, expect, it } from 'vitest';
import { engagementWithinVisitRule } from '../../src/validate/rules/dates/engagement-within-visit.js';
import { check, fixtureText, lineContaining, replaceOnce } from './helpers.js';

describe('dates rule: engagement within visit', () => {
  it('reports an engagement dated after its visit', () => {
    const edit = (text: string) => replaceOnce(text, "value: '2025-03-06'\n        asWritten: Thursday", "value: '2025-03-09'\n        asWritten: Thursday");
    const issues = check({ visits: edit }, [engagementWithinVisitRule]);
    expect(issues).toEqual([
      {
        file: 'data/visits.yaml',
        line: lineContaining(edit(fixtureText('visits')), "'2025-03-09'"),
        dataset: 'visits',
        recordId: 'wekesa-ghana-2025-03',
        path: 'engagements[2].when.value',
        rule: 'dates',
        message:
          'engagement "burma-camp-tour-2025-03-06" is dated 2025-03-09 (2025-03-09 … 2025-03-09), which is after its visit\'s when 2025-03-04/2025-03-06 (2025-03-04 … 2025-03-06)',
      },
    ]);
  });

  it('reports an engagement dated before its visit', () => {
    const issues = check({ visits: (text) => replaceOnce(text, "value: '2025-03-04'\n        citations", "value: '2025-02'\n        citations") }, [engagementWithinVisitRule]);
    expect(issues[0]?.message).toContain('which is before its visit');
  });

  it('accepts a less precise engagement date that can fall within the visit', () => {
    expect(check({ visits: (text) => replaceOnce(text, "value: '2025-03-04'\n        citations", "value: '2025-03'\n        citations") }, [engagementWithinVisitRule])).toEqual([]);
  });

  it('never fails on an open end of the visit', () => {
    const edit = (text: string) =>
      replaceOnce(replaceOnce(text, 'value: 2025-03-04/2025-03-06', "value: 2025-03-04/.."), "value: '2025-03-06'\n        asWritten: Thursday", "value: '2026-01-01'\n        asWritten: Thursday");
    expect(check({ visits: edit }, [engagementWithinVisitRule])).toEqual([]);
  });
});
