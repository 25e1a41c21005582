import path from 'node:path';
import type { DatasetName } from '../../../src/schema/dataset.js';

/**
 * Paths of the generated pages, relative to docs/generated. Every page is a TypeDoc project
 * document; links between them are relative `.md` paths, which TypeDoc rewrites to the pages'
 * HTML URLs and validates.
 */
export const PAGES = {
  guides: 'guides.md',
  dataReference: 'data-reference.md',
  figures: 'figures.md',
  cliReference: 'cli-reference.md',
  dictionary: 'reference/data-dictionary.md',
  dataset: (dataset: DatasetName): string => `reference/${dataset}.md`,
  record: (dataset: DatasetName, id: string): string => `reference/${dataset}/${id}.md`,
} as const;

/** The relative link from one generated page to another (or to any file below docs/). */
export function href(fromPage: string, toPage: string): string {
  const relative = path.posix.relative(path.posix.dirname(fromPage), toPage);
  return relative.startsWith('.') ? relative : `./${relative}`;
}
