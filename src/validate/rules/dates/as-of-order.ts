import { boundsOf } from '../../date-bounds.js';
import type { Finding } from '../../types.js';

/**
 * Findings for a list that reads as a timeline (an agreement's status history, a post's
 * attestations) where an item's `asOf` starts earlier than the one before it. Items with an
 * unbounded start are skipped; equal and coarser-but-not-earlier dates are in order.
 *
 * @example
 * ```ts
 * asOfOrderFindings(record, post.attestations, 'attestations', 'attestation', 'are');
 * ```
 */
export function asOfOrderFindings(record: Finding['record'], items: readonly { readonly asOf: string }[], field: string, noun: string, verb: 'is' | 'are'): Finding[] {
  const findings: Finding[] = [];
  let previous: { asOf: string; earliest: string } | undefined;
  items.forEach((item, index) => {
    const earliest = boundsOf(item.asOf)?.earliest;
    if (!earliest) return;
    if (previous && earliest < previous.earliest) {
      findings.push({
        record,
        path: [field, index, 'asOf'],
        message: `${field} ${verb} not ordered by asOf: "${item.asOf}" (from ${earliest}) comes after "${previous.asOf}" (from ${previous.earliest}); move this ${noun} earlier`,
      });
      return;
    }
    previous = { asOf: item.asOf, earliest };
  });
  return findings;
}
