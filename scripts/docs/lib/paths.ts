import path from 'node:path';

/** Repository root: scripts/docs/lib is three levels below it. */
export const ROOT = path.resolve(import.meta.dirname, '../../..');
/** Markdown written by the generators; git-ignored, rebuilt by every `npm run docs`. */
export const GENERATED_DOCS_DIR = path.join(ROOT, 'docs', 'generated');
/** The SVG figures; committed because the README embeds them. */
export const FIGURES_DIR = path.join(ROOT, 'docs', 'figures');
/** Hand-written guides, by several authors. */
export const GUIDES_DIR = path.join(ROOT, 'docs', 'guides');
