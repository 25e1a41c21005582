/**
 * `npx tsx scripts/docs/report-examples.ts`: lists public exports whose doc comments have no
 * @example, grouped by the file that declares them, so authors know what to document.
 */
import { publicEntryPoints } from './api/entry-points.js';
import { collectPublicExports } from './api/public-api.js';

const root = process.cwd();
const exports = collectPublicExports(root, publicEntryPoints(root));
const missing = exports.filter((item) => item.examples.length === 0);
const byFile = new Map<string, string[]>();
for (const item of missing) byFile.set(item.declaredIn, [...(byFile.get(item.declaredIn) ?? []), item.name]);
for (const [file, names] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) process.stdout.write(`${file}: ${names.join(', ')}\n`);
process.stdout.write(`${exports.length} public exports, ${missing.length} without @example\n`);
