import type { AgreementRecord } from './types.js';

/**
 * Stages at which an agreement has been concluded. A plan to sign, or a text still proposed or
 * being negotiated, does not make two states parties to an agreement in fact: planned is not done.
 */
export const CONCLUDED_STAGES: ReadonlySet<AgreementRecord['statusHistory'][number]['status']> = new Set(['signed', 'established', 'in-force', 'expired']);

/**
 * Whether a source reports the agreement as concluded (signed, established, in force or since
 * expired) at some date, not only as expected to be.
 *
 * @example
 * ```ts
 * import { agreements, isConcluded } from 'kenya-defence-cooperation';
 * agreements.filter((agreement) => !isConcluded(agreement)).map((agreement) => agreement.id);
 * // ['bsd-2019-joint-communique', 'bsd-guiding-agreement', 'kenya-rwanda-defence-cooperation-agreement',
 * //  'sgi-joint-country-action-plan']: still in negotiation, or only expected to be signed
 * ```
 */
export function isConcluded(agreement: AgreementRecord): boolean {
  return agreement.statusHistory.some((entry) => !entry.expected && CONCLUDED_STAGES.has(entry.status));
}
