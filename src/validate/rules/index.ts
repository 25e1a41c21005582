import type { Rule } from '../types.js';
import { attestationOrderRule } from './dates/attestation-order.js';
import { engagementWithinVisitRule } from './dates/engagement-within-visit.js';
import { postPeriodRule } from './dates/post-period.js';
import { sourcePublishedRule } from './dates/source-published.js';
import { statusHistoryOrderRule } from './dates/status-history-order.js';
import { uncertainNeedsInferenceRule } from './dates/uncertain-needs-inference.js';
import { quotesRule } from './quotes.js';
import { referencesRule } from './references.js';
import { schemaRule } from './schema.js';
import { sortedUniqueRule } from './sorted-unique.js';
import { sourceFilesRule } from './source-files.js';
import { uniqueIdsRule } from './unique-ids.js';

/** Every rule, in the order they run (the output is sorted by file and line regardless). */
export const RULES: readonly Rule[] = [
  schemaRule,
  uniqueIdsRule,
  referencesRule,
  sourceFilesRule,
  quotesRule,
  engagementWithinVisitRule,
  postPeriodRule,
  statusHistoryOrderRule,
  attestationOrderRule,
  sourcePublishedRule,
  uncertainNeedsInferenceRule,
  sortedUniqueRule,
];
