import type { Issue } from './types.js';

/**
 * One issue as a line a terminal and an editor both understand:
 * `data/visits.yaml:42  visits › some-visit › engagements[0].when.value  [dates] message`.
 */
export function formatIssue(issue: Issue): string {
  const location = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  const subject = [issue.dataset, issue.recordId, issue.path].filter((part) => part !== '').join(' › ');
  return `${location}  ${subject}  [${issue.rule}] ${issue.message}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * The closing line: `3 errors in 2 records`, or `✓ 9 datasets, 120 records valid`. File-level
 * issues (no record) count as errors but not as records.
 */
export function formatSummary(issues: readonly Issue[], datasetCount: number, recordCount: number): string {
  if (issues.length === 0) return `✓ ${plural(datasetCount, 'dataset')}, ${plural(recordCount, 'record')} valid`;
  const records = new Set(issues.filter((issue) => issue.recordId !== '').map((issue) => `${issue.dataset}\u0000${issue.recordId}`));
  return `${plural(issues.length, 'error')} in ${plural(records.size, 'record')}`;
}
