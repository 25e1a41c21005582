import { describe, expect, it } from 'vitest';
import { formatIssue, formatSummary } from '../../src/validate/format.js';
import type { Issue } from '../../src/validate/types.js';

const issue: Issue = {
  file: 'data/visits.yaml',
  line: 42,
  dataset: 'visits',
  recordId: 'kahariri-rwanda-2025-11',
  path: 'engagements[0].when.value',
  rule: 'dates',
  message: 'something is off',
};

describe('issue formatting', () => {
  it('prints file:line, dataset › record › path, rule and message', () => {
    expect(formatIssue(issue)).toBe('data/visits.yaml:42  visits › kahariri-rwanda-2025-11 › engagements[0].when.value  [dates] something is off');
  });

  it('leaves out what a file-level issue does not have', () => {
    expect(formatIssue({ file: 'data/posts.yaml', dataset: 'posts', recordId: '', path: '', rule: 'load', message: 'missing' })).toBe('data/posts.yaml  posts  [load] missing');
  });

  it('summarizes errors per record, or success', () => {
    expect(formatSummary([issue, { ...issue, path: 'when' }], 9, 50)).toBe('2 errors in 1 record');
    expect(formatSummary([], 9, 1)).toBe('✓ 9 datasets, 1 record valid');
  });
});
