import { boundsOf, describeBounds } from '../../date-bounds.js';
import { parsedRecords } from '../../records.js';
import type { Finding, Rule } from '../../types.js';

/**
 * An engagement's date must be able to fall within its visit's dates. Partial dates are
 * ranges of possible days; the check fails only when the two ranges cannot overlap, so a
 * less precise engagement date ("2025-11" in a visit of 3–6 November) passes, and an
 * unbounded side of either range never fails.
 */
export const engagementWithinVisitRule: Rule = {
  name: 'dates',
  description: "Each engagement's `when` can fall within its visit's `when`.",
  check(context) {
    const findings: Finding[] = [];
    for (const { record, data: visit } of parsedRecords(context, 'visits')) {
      const visitBounds = boundsOf(visit.when.value);
      if (!visitBounds) continue;
      visit.engagements.forEach((engagement, index) => {
        if (!engagement.when) return;
        const bounds = boundsOf(engagement.when.value);
        if (!bounds) return;
        const endsBefore = bounds.latest !== null && visitBounds.earliest !== null && bounds.latest < visitBounds.earliest;
        const startsAfter = bounds.earliest !== null && visitBounds.latest !== null && bounds.earliest > visitBounds.latest;
        if (!endsBefore && !startsAfter) return;
        findings.push({
          record,
          path: ['engagements', index, 'when', 'value'],
          message: `engagement "${engagement.id}" is dated ${engagement.when.value} (${describeBounds(bounds)}), which is ${endsBefore ? 'before' : 'after'} its visit's when ${visit.when.value} (${describeBounds(visitBounds)})`,
        });
      });
    }
    return findings;
  },
};
