import {
  countRecords,
  DATASET_COUNT,
  formatCoverage,
  formatIssue,
  formatSummary,
  RULES,
  sourceCoverage,
  validateData,
  type Issue,
  type LoadedData,
  type SourceCoverage,
} from '../../src/validate/index.js';
import { createIdLockRule } from '../../src/validate/rules/id-lock.js';
import { readIdLock } from '../release/id-lock-file.js';
import { displayPath } from './display-path.js';
import { loadDataDir } from './load-data.js';
import type { CliOptions } from './options.js';
import { createSourceReader } from './read-sources.js';

/** Loaded data with every issue found in it. */
export interface CheckedData {
  readonly data: LoadedData;
  readonly issues: readonly Issue[];
  /** Which factual sentences of each source no citation covers. */
  readonly coverage: readonly SourceCoverage[];
}

/** Loads the data directory and runs every rule against it, reading texts from the sources directory. */
export function checkData(options: Pick<CliOptions, 'dataDir' | 'sourcesDir'>): CheckedData {
  const data = loadDataDir(options.dataDir);
  const readSource = createSourceReader(options.sourcesDir);
  // Published ids (data/id-lock.json beside the data) must not vanish; no lock file, nothing locked.
  const lock = readIdLock(options.dataDir);
  const rules = lock === undefined ? RULES : [...RULES, createIdLockRule(lock)];
  const issues = validateData(data, { readSource, sourcesLabel: displayPath(options.sourcesDir), rules });
  return { data, issues, coverage: sourceCoverage(data, readSource) };
}

/** The report both CLIs print: one line per issue and a summary, or a JSON document with `--json`. */
export function formatReport(checked: CheckedData, json: boolean): string {
  const records = countRecords(checked.data);
  if (json) {
    const coverage = checked.coverage.map(({ source, file, report }) => ({
      source,
      file,
      factual: report?.factual,
      cited: report?.cited,
      uncited: report?.uncited.map(({ index, text, reasons }) => ({ sentence: index + 1, text, reasons })),
    }));
    return `${JSON.stringify({ valid: checked.issues.length === 0, datasets: DATASET_COUNT, records, issues: checked.issues, coverage }, null, 2)}\n`;
  }
  const lines = checked.issues.map(formatIssue);
  lines.push(formatSummary(checked.issues, DATASET_COUNT, records));
  if (checked.coverage.length > 0) lines.push(formatCoverage(checked.coverage));
  return `${lines.join('\n')}\n`;
}
