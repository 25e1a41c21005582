import { boundsOf, describeBounds } from '../../date-bounds.js';
import { parsedRecords } from '../../records.js';
import type { Finding, Rule } from '../../types.js';

/** A post cannot end before it starts: fails when the earliest possible start is after the latest possible end. */
export const postPeriodRule: Rule = {
  name: 'dates',
  description: 'A post does not end before it starts.',
  check(context) {
    const findings: Finding[] = [];
    for (const { record, data: post } of parsedRecords(context, 'posts')) {
      if (!post.start || !post.end) continue;
      const start = boundsOf(post.start.value);
      const end = boundsOf(post.end.value);
      if (!start?.earliest || !end?.latest || start.earliest <= end.latest) continue;
      findings.push({
        record,
        path: ['end', 'value'],
        message: `the post ends (${post.end.value}: ${describeBounds(end)}) before it starts (${post.start.value}: ${describeBounds(start)})`,
      });
    }
    return findings;
  },
};
