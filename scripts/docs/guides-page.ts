import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cell, frontMatter, page, table } from './lib/markdown.js';
import { GENERATED_DOCS_DIR, GUIDES_DIR } from './lib/paths.js';
import { PAGES } from './reference/pages.js';

/** Reading order for the guides that exist; guides not listed here follow alphabetically. */
const ORDER = [
  'getting-started',
  'getting-started-consumers',
  'data-model',
  'dates',
  'citations',
  'querying',
  'exports',
  'versioning',
  'cli',
  'adding-a-source',
  'benchmarks',
];

export interface Guide {
  /** Absolute path of the markdown file. */
  readonly file: string;
  readonly title: string;
  readonly summary: string;
}

function frontMatterTitle(text: string): string | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  const title = match?.[1]?.split(/\r?\n/).find((line) => line.startsWith('title:'));
  return title?.slice('title:'.length).trim().replace(/^["']|["']$/g, '');
}

/** The first prose paragraph after the front matter and the title, for the index table. */
function firstParagraph(text: string): string {
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const paragraph = body
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.trim())
    .find((block) => block !== '' && !block.startsWith('#') && !block.startsWith('```') && !block.startsWith('|') && !block.startsWith('>'));
  // Links are relative to the guide's own file, not to the index page: keep only their text.
  return (paragraph ?? '').replace(/\s+/g, ' ').replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
}

function markdownFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.md')).map((entry) => path.join(dir, entry.name)) : [];
}

/** Every guide under docs/guides (and loose documents in docs/), whoever wrote it, in reading order. */
export function listGuides(dir = GUIDES_DIR): Guide[] {
  const rank = (file: string): number => {
    const index = ORDER.indexOf(path.basename(file, '.md'));
    return index === -1 ? ORDER.length : index;
  };
  // Long-form documents may also sit directly in docs/ (e.g. docs/benchmarks.md); they are guides too.
  const files = [...markdownFiles(dir), ...markdownFiles(path.dirname(dir))].sort((a, b) => rank(a) - rank(b) || (path.basename(a) < path.basename(b) ? -1 : path.basename(a) > path.basename(b) ? 1 : 0));
  return files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const title = frontMatterTitle(text) ?? /^#\s+(.+)$/m.exec(text)?.[1]?.trim() ?? path.basename(file, '.md');
    return { file, title, summary: firstParagraph(text) };
  });
}

/**
 * The "Guides" page: a table of every guide, with the guides as its children in the site's
 * navigation. Generated so that a guide another contributor adds appears without editing
 * typedoc.json.
 */
export function guidesPage(guides: readonly Guide[]): string {
  const relative = (file: string): string => path.relative(path.dirname(path.join(GENERATED_DOCS_DIR, PAGES.guides)), file).split(path.sep).join('/');
  return page([
    frontMatter({ title: 'Guides', children: guides.map((guide) => relative(guide.file)) }),
    '# Guides',
    'How to install, read, query, cite and extend the data.',
    table(
      ['Guide', 'What it covers'],
      guides.map((guide) => [`[${cell(guide.title)}](${relative(guide.file)})`, cell(guide.summary)]),
    ),
  ]);
}
