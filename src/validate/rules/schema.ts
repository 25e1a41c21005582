import type { z } from 'zod';
import { EdtfError, parseEdtf } from '../../dates/edtf.js';
import { EdtfString } from '../../schema/common.js';
import { DATASET_NAMES } from '../../schema/dataset.js';
import type { Finding, LoadedRecord, PathSegment, Rule } from '../types.js';

/**
 * The EDTF refinement's message only says the value is not a date. When the failing value is
 * one the EdtfString schema rejects with that same message, ask the parser for the precise
 * reason ("day 30 does not exist in 2023-02") — that is what the curator needs to fix it.
 */
function edtfReason(input: unknown, message: string): string | undefined {
  if (typeof input !== 'string') return undefined;
  const asEdtf = EdtfString.safeParse(input);
  if (asEdtf.success || asEdtf.error.issues[0]?.message !== message) return undefined;
  try {
    parseEdtf(input);
  } catch (error) {
    if (error instanceof EdtfError) return `"${input}" is not a valid date: ${error.reason}`;
  }
  return undefined;
}

/** Turns one zod issue into findings: one per unknown key, so each gets its own line. */
function findingsFor(record: LoadedRecord, issue: z.core.$ZodIssue): Finding[] {
  const path = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ record, path: [...path, key], message: `unknown field "${key}" (the schema does not allow it here; check the spelling)` }));
  }
  let message = edtfReason(issue.input, issue.message) ?? issue.message;
  // YAML reads an unquoted 2024 as a number; the fix is quoting, which the zod text does not say.
  if (issue.code === 'invalid_type' && issue.expected === 'string' && typeof issue.input === 'number') {
    message = `${message} — write it in quotes: "${issue.input}"`;
  }
  return [{ record, path, message }];
}

/** Every record must satisfy its dataset's zod schema; each zod issue is reported at its field path. */
export const schemaRule: Rule = {
  name: 'schema',
  description: "Every record satisfies its dataset's zod schema.",
  check(context) {
    const findings: Finding[] = [];
    for (const dataset of DATASET_NAMES) {
      for (const record of context.data.records[dataset]) {
        const result = context.schemaResult(record);
        if (!result.success) findings.push(...result.issues.flatMap((issue) => findingsFor(record, issue)));
      }
    }
    return findings;
  },
};
