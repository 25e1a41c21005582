import { parsedRecords } from '../../records.js';
import type { Rule } from '../../types.js';
import { asOfOrderFindings } from './as-of-order.js';

/**
 * A post's attestations read as a timeline (the `attested` column of exports and the CLI, and
 * `show`), so they are ordered by `asOf` (non-decreasing by earliest possible day), as an
 * agreement's status history is. Attestations with an unbounded start are skipped.
 */
export const attestationOrderRule: Rule = {
  name: 'dates',
  description: "A post's attestations are ordered by asOf.",
  check: (context) => [...parsedRecords(context, 'posts')].flatMap(({ record, data: post }) => asOfOrderFindings(record, post.attestations, 'attestations', 'attestation', 'are')),
};
