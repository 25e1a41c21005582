/**
 * Validation of the package's data: pure rules over loaded records. Reading files (YAML, article
 * texts) is the caller's job; see scripts/lib.
 */
export { formatIssue, formatSummary } from './format.js';
export { formatPath } from './paths.js';
export { RULES } from './rules/index.js';
export { compareIssues, countRecords, createContext, DATASET_COUNT, validateData, type ValidateOptions } from './run.js';
export type { Finding, Issue, LoadedData, LoadedRecord, PathSegment, Rule, RuleContext, RuleName, SourceText } from './types.js';
export { formatCoverage, sourceCoverage, uncitedCount, type SourceCoverage } from './coverage.js';
