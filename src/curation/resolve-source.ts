import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadSourcesFile } from './sources-file.js';
import { sourceIdFromFileName } from './source-id.js';

/**
 * Finds an article text from what a curator types: a path to a file, a source id from
 * `data/sources.yaml`, or a file name in the sources directory. Node-only.
 */

/** An article text and the id it is (or would be) cited by. */
export interface ResolvedSource {
  readonly id: string;
  readonly path: string;
  readonly text: string;
  /** False when the text is not (yet) listed in `data/sources.yaml`; `id` is then derived from the file name. */
  readonly listed: boolean;
}

/**
 * Resolves `reference` to a source text, or returns the reason it cannot.
 *
 * @example
 * ```ts
 * const found = resolveSource('duale-us-trip-2024', { dataDir: 'data', sourcesDir: '../shared/sources' });
 * if (typeof found === 'string') console.error(found); else console.log(found.path);
 * ```
 */
export function resolveSource(reference: string, dirs: { dataDir: string; sourcesDir: string }): ResolvedSource | string {
  const sourcesYaml = path.join(dirs.dataDir, 'sources.yaml');
  const { entries } = loadSourcesFile(sourcesYaml);
  const read = (filePath: string): string => readFileSync(filePath, 'utf8');
  if (existsSync(reference) && statSync(reference).isFile()) {
    const entry = entries.find((candidate) => candidate.file === path.basename(reference));
    return { id: entry?.id ?? sourceIdFromFileName(reference), path: reference, text: read(reference), listed: entry !== undefined };
  }
  const entry = entries.find((candidate) => candidate.id === reference || candidate.file === reference || candidate.file === `${reference}.txt`);
  if (entry?.file !== undefined) {
    const filePath = path.join(dirs.sourcesDir, entry.file);
    if (!existsSync(filePath)) return `Source "${entry.id}" is listed with file ${entry.file}, but ${filePath} does not exist. Point --sources (or KDC_SOURCES_DIR) at the directory of article texts.`;
    return { id: entry.id, path: filePath, text: read(filePath), listed: true };
  }
  const known = entries.map((candidate) => candidate.id).join(', ') || 'none';
  return `"${reference}" is neither a file nor a source id in ${sourcesYaml}. Known source ids: ${known}.`;
}
