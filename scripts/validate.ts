/**
 * `npm run validate [-- --data DIR --sources DIR --json]`: checks every dataset and prints each
 * issue with file:line, record and field path. Exits 1 on any issue, 2 on bad arguments.
 */
import { checkData, formatReport } from './lib/check-data.js';
import { parseCliOptions, type CliOptions } from './lib/options.js';

let options: CliOptions;
try {
  options = parseCliOptions(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\nusage: validate [--data DIR] [--sources DIR] [--json]\n`);
  process.exit(2);
}
const checked = checkData(options);
const report = formatReport(checked, options.json);
process.stdout.write(report);
process.exitCode = checked.issues.length === 0 ? 0 : 1;
