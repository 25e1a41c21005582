import { describe, expect, it } from 'vitest';
import { uncertainNeedsInferenceRule } from '../../src/validate/rules/dates/uncertain-needs-inference.js';
import { check, fixtureText, lineContaining, replaceOnce } from './helpers.js';

describe('dates rule: uncertain values need an inference', () => {
  it('reports a "?" date without inference', () => {
    const edit = (text: string) => replaceOnce(text, "value: '2025-03-04'\n        citations", "value: '2025-03-04?'\n        citations");
    const issues = check({ visits: edit }, [uncertainNeedsInferenceRule]);
    expect(issues).toEqual([
      {
        file: 'data/visits.yaml',
        line: lineContaining(edit(fixtureText('visits')), "'2025-03-04?'"),
        dataset: 'visits',
        recordId: 'wekesa-ghana-2025-03',
        path: 'engagements[0].when.value',
        rule: 'dates',
        message:
          '"2025-03-04?" is marked uncertain ("?") but has no inference; add `inference` (method and reasoning) saying what the value rests on, or drop the "?" if the text prints the date',
      },
    ]);
  });

  it('accepts "?" with an inference, and "~" without one', () => {
    const edits = {
      visits: (text: string) => replaceOnce(text, "value: '2025-03-05'\n        asWritten", "value: '2025-03-05?'\n        asWritten"),
      posts: (text: string) => replaceOnce(text, "value: '2023'", "value: '2023~'"),
    };
    expect(check(edits, [uncertainNeedsInferenceRule])).toEqual([]);
  });
});
