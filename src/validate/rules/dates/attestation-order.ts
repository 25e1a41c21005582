import { boundsOf } from '../../date-bounds.js';
import { parsedRecords } from '../../records.js';
import type { Finding, Rule } from '../../types.js';

/**
 * A post's attestations read as a timeline (the `attested` column of exports and the CLI, and
 * `show`), so they are ordered by `asOf` (non-decreasing by earliest possible day), as an
 * agreement's status history is. Attestations with an unbounded start are skipped.
 */
export const attestationOrderRule: Rule = {
  name: 'dates',
  description: "A post's attestations are ordered by asOf.",
  check(context) {
    const findings: Finding[] = [];
    for (const { record, data: post } of parsedRecords(context, 'posts')) {
      let previous: { asOf: string; earliest: string } | undefined;
      post.attestations.forEach((attestation, index) => {
        const earliest = boundsOf(attestation.asOf)?.earliest;
        if (!earliest) return;
        if (previous && earliest < previous.earliest) {
          findings.push({
            record,
            path: ['attestations', index, 'asOf'],
            message: `attestations are not ordered by asOf: "${attestation.asOf}" (from ${earliest}) comes after "${previous.asOf}" (from ${previous.earliest}); move this attestation earlier`,
          });
          return;
        }
        previous = { asOf: attestation.asOf, earliest };
      });
    }
    return findings;
  },
};
