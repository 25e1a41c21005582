import { readdirSync, readFileSync } from 'node:fs';
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
  return (paragraph ?? '').replace(/\s+/g, ' ');
}

/** Every guide under docs/guides, whoever wrote it, in reading order. */
export function listGuides(dir = GUIDES_DIR): Guide[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort((a, b) => {
      const rank = (name: string): number => {
        const index = ORDER.indexOf(name.replace(/\.md$/, ''));
        return index === -1 ? ORDER.length : index;
      };
      return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
    });
  return files.map((file) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const title = frontMatterTitle(text) ?? /^#\s+(.+)$/m.exec(text)?.[1]?.trim() ?? file.replace(/\.md$/, '');
    return { file, title, summary: firstParagraph(text) };
  });
}

/**
 * The "Guides" page: a table of every guide, with the guides as its children in the site's
 * navigation. Generated so that a guide another contributor adds appears without editing
 * typedoc.json.
 */
export function guidesPage(guides: readonly Guide[]): string {
  const relative = (file: string): string => path.posix.relative(path.posix.dirname(PAGES.guides), path.posix.join(path.relative(GENERATED_DOCS_DIR, GUIDES_DIR).split(path.sep).join('/'), file));
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
