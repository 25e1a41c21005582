import { parsedRecords } from '../../records.js';
import type { Rule } from '../../types.js';
import { asOfOrderFindings } from './as-of-order.js';

/**
 * An agreement's status history reads as a timeline, so entries are ordered by `asOf`
 * (non-decreasing by earliest possible day). Entries with an unbounded start are skipped.
 */
export const statusHistoryOrderRule: Rule = {
  name: 'dates',
  description: "An agreement's statusHistory is ordered by asOf.",
  check: (context) => [...parsedRecords(context, 'agreements')].flatMap(({ record, data: agreement }) => asOfOrderFindings(record, agreement.statusHistory, 'statusHistory', 'entry', 'is')),
};
