/**
 * `npm run build:data [-- --data DIR --sources DIR --out DIR --json]`: validates the data exactly
 * like `npm run validate` and, when it is clean, writes generated/ (JSON data, JSON Schemas,
 * ids.ts, manifest.json). Exits 1 on any issue, 2 on bad arguments.
 */
import { buildData } from './lib/build-data.js';
import { formatReport } from './lib/check-data.js';
import { displayPath } from './lib/display-path.js';
import { parseCliOptions, type CliOptions } from './lib/options.js';

let options: CliOptions;
try {
  options = parseCliOptions(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\nusage: build-data [--data DIR] [--sources DIR] [--out DIR] [--json]\n`);
  process.exit(2);
}
const { checked, written } = buildData(options);
process.stdout.write(formatReport(checked, options.json));
if (checked.issues.length > 0) {
  process.stderr.write('build:data failed: fix the issues above; nothing was written.\n');
  process.exitCode = 1;
} else if (!options.json) {
  process.stdout.write(`wrote ${written.length} files to ${displayPath(options.outDir)}\n`);
}
