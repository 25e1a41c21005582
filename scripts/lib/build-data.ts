import { buildOutputs } from './build-outputs.js';
import { checkData, type CheckedData } from './check-data.js';
import type { CliOptions } from './options.js';
import { writeOutputs } from './write-outputs.js';

/** The outcome of a build: the validation result, and the files written when it passed. */
export interface BuildResult {
  readonly checked: CheckedData;
  readonly written: readonly string[];
}

/**
 * Validates, then (only if there are no issues) writes the generated files into `outDir`.
 * Nothing is written on failure, so a broken dataset never replaces a good build.
 */
export function buildData(options: Pick<CliOptions, 'dataDir' | 'sourcesDir' | 'outDir'>): BuildResult {
  const checked = checkData(options);
  if (checked.issues.length > 0) return { checked, written: [] };
  const files = buildOutputs(checked.data);
  writeOutputs(options.outDir, files);
  return { checked, written: [...files.keys()] };
}
