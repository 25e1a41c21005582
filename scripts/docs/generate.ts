/**
 * `npx tsx scripts/docs/generate.ts` (the first half of `npm run docs`): writes the data
 * reference and the guides index into docs/generated/ and the SVG figures into docs/figures/,
 * from the schemas and the bundled data. TypeDoc then turns them into site pages. Output is a
 * pure function of the repository's contents, so running it twice changes nothing.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIGURES_DIR, GENERATED_DOCS_DIR, ROOT } from './lib/paths.js';
import { figureFiles } from './figures/index.js';
import { docPages } from './pages.js';

if (!existsSync(path.join(ROOT, 'generated', 'data', 'dataset.json'))) {
  process.stderr.write('docs: generated/data/dataset.json is missing; run `npm run build:data` first.\n');
  process.exit(1);
}

// Start from an empty directory so that a record removed from the data loses its page too.
rmSync(GENERATED_DOCS_DIR, { recursive: true, force: true });
const pages = docPages();
for (const [relative, text] of pages) {
  const file = path.join(GENERATED_DOCS_DIR, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
const figures = figureFiles();
mkdirSync(FIGURES_DIR, { recursive: true });
for (const [name, svg] of figures) writeFileSync(path.join(FIGURES_DIR, name), svg);
process.stdout.write(`docs: wrote ${pages.size} pages to docs/generated and ${figures.size} figures to docs/figures\n`);
