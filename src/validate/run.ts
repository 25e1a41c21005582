import { DATASET_NAMES } from '../schema/dataset.js';
import { parseRecord, type SchemaResult } from './parse-record.js';
import { formatPath, recordLabel } from './paths.js';
import { allRecords } from './records.js';
import { RULES } from './rules/index.js';
import type { Finding, Issue, LoadedData, LoadedRecord, Rule, RuleContext, SourceText } from './types.js';

/** What the runner needs from outside: article texts (read by the caller, so this module stays pure). */
export interface ValidateOptions {
  readSource(file: string): SourceText | undefined;
  /** Where texts come from, for messages (e.g. the sources directory). */
  readonly sourcesLabel: string;
  /** Rules to run; defaults to {@link RULES}. Tests pass a single rule. */
  readonly rules?: readonly Rule[];
}

/** Builds a rule context whose schema results are computed once per record and shared. */
export function createContext(data: LoadedData, options: ValidateOptions): RuleContext {
  const results = new Map<LoadedRecord, SchemaResult>();
  return {
    data,
    readSource: options.readSource,
    sourcesLabel: options.sourcesLabel,
    schemaResult(record) {
      let result = results.get(record);
      if (!result) {
        result = parseRecord(record);
        results.set(record, result);
      }
      return result;
    },
  };
}

function toIssue(rule: Rule, finding: Finding): Issue {
  const { record, path } = finding;
  const line = record.lineOf(path) ?? record.line;
  return {
    file: record.file,
    ...(line === undefined ? {} : { line }),
    dataset: record.dataset,
    recordId: recordLabel(record),
    path: formatPath(path),
    rule: rule.name,
    message: finding.message,
  };
}

/** Orders issues by file, then line (file-level issues without a line first), then path and rule, so output is stable. */
export function compareIssues(a: Issue, b: Issue): number {
  return compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareText(a.path, b.path) || compareText(a.rule, b.rule) || compareText(a.message, b.message);
}

/** Code-unit order: unlike localeCompare it is the same on every machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Runs every rule over the loaded data and returns all issues (loader issues included), sorted
 * by file and line. Never stops at the first problem: the curator should see everything at once.
 */
export function validateData(data: LoadedData, options: ValidateOptions): Issue[] {
  const context = createContext(data, options);
  const rules = options.rules ?? RULES;
  const issues = [...data.loadIssues, ...rules.flatMap((rule) => rule.check(context).map((finding) => toIssue(rule, finding)))];
  return issues.sort(compareIssues);
}

/** Number of records across all datasets (for the summary line). */
export function countRecords(data: LoadedData): number {
  return allRecords(data).length;
}

/** Number of datasets, for the summary line. */
export const DATASET_COUNT = DATASET_NAMES.length;
