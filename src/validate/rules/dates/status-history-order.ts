import { boundsOf } from '../../date-bounds.js';
import { parsedRecords } from '../../records.js';
import type { Finding, Rule } from '../../types.js';

/**
 * An agreement's status history reads as a timeline, so entries are ordered by `asOf`
 * (non-decreasing by earliest possible day). Entries with an unbounded start are skipped.
 */
export const statusHistoryOrderRule: Rule = {
  name: 'dates',
  description: "An agreement's statusHistory is ordered by asOf.",
  check(context) {
    const findings: Finding[] = [];
    for (const { record, data: agreement } of parsedRecords(context, 'agreements')) {
      let previous: { asOf: string; earliest: string } | undefined;
      agreement.statusHistory.forEach((entry, index) => {
        const earliest = boundsOf(entry.asOf)?.earliest;
        if (!earliest) return;
        if (previous && earliest < previous.earliest) {
          findings.push({
            record,
            path: ['statusHistory', index, 'asOf'],
            message: `statusHistory is not ordered by asOf: "${entry.asOf}" (from ${earliest}) comes after "${previous.asOf}" (from ${previous.earliest}); move this entry earlier`,
          });
          return;
        }
        previous = { asOf: entry.asOf, earliest };
      });
    }
    return findings;
  },
};
