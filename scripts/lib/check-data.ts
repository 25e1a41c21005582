import { countRecords, DATASET_COUNT, formatIssue, formatSummary, validateData, type Issue, type LoadedData } from '../../src/validate/index.js';
import { displayPath } from './display-path.js';
import { loadDataDir } from './load-data.js';
import type { CliOptions } from './options.js';
import { createSourceReader } from './read-sources.js';

/** Loaded data with every issue found in it. */
export interface CheckedData {
  readonly data: LoadedData;
  readonly issues: readonly Issue[];
}

/** Loads the data directory and runs every rule against it, reading texts from the sources directory. */
export function checkData(options: Pick<CliOptions, 'dataDir' | 'sourcesDir'>): CheckedData {
  const data = loadDataDir(options.dataDir);
  const issues = validateData(data, { readSource: createSourceReader(options.sourcesDir), sourcesLabel: displayPath(options.sourcesDir) });
  return { data, issues };
}

/** The report both CLIs print: one line per issue and a summary, or a JSON document with `--json`. */
export function formatReport(checked: CheckedData, json: boolean): string {
  const records = countRecords(checked.data);
  if (json) {
    return `${JSON.stringify({ valid: checked.issues.length === 0, datasets: DATASET_COUNT, records, issues: checked.issues }, null, 2)}\n`;
  }
  const lines = checked.issues.map(formatIssue);
  lines.push(formatSummary(checked.issues, DATASET_COUNT, records));
  return `${lines.join('\n')}\n`;
}
