import type { z } from 'zod';
import { RECORD_SCHEMAS } from '../schema/dataset.js';
import type { LoadedRecord } from './types.js';

/** The result of checking one record against its dataset's schema. */
export type SchemaResult =
  | { readonly success: true; readonly data: unknown }
  | { readonly success: false; readonly issues: readonly z.core.$ZodIssue[] };

/**
 * Runs the record's zod schema. `reportInput` keeps the offending value on each issue so the
 * schema rule can say more than zod's generic text.
 */
export function parseRecord(record: LoadedRecord): SchemaResult {
  const result = RECORD_SCHEMAS[record.dataset].safeParse(record.value, { reportInput: true });
  return result.success ? { success: true, data: result.data } : { success: false, issues: result.error.issues };
}
