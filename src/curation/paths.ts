import path from 'node:path';

/**
 * Where the curation scripts read and write. Node-only. The sources directory defaults to
 * `../shared/sources` beside the repository because the article texts are not ours to ship.
 */

/** The repository root, found from this file's location so scripts work from any directory. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

/** The directories a curation command works with. */
export interface CurationDirs {
  /** Directory of `<dataset>.yaml` files (default `<repo>/data`). */
  readonly dataDir: string;
  /** Directory of the article texts. */
  readonly sourcesDir: string;
}

/**
 * Resolves `--data` and `--sources` (then `KDC_SOURCES_DIR`, then `../shared/sources`).
 *
 * @example
 * ```ts
 * curationDirs({ sources: '/tmp/texts' }, {}).sourcesDir; // '/tmp/texts'
 * curationDirs({}, { KDC_SOURCES_DIR: '/srv/texts' }).sourcesDir; // '/srv/texts'
 * ```
 */
export function curationDirs(flags: { data?: string | undefined; sources?: string | undefined }, env: NodeJS.ProcessEnv = process.env): CurationDirs {
  const sources = flags.sources ?? env['KDC_SOURCES_DIR'];
  return {
    dataDir: flags.data === undefined ? path.join(REPO_ROOT, 'data') : path.resolve(flags.data),
    sourcesDir: sources === undefined || sources === '' ? path.resolve(REPO_ROOT, '..', 'shared', 'sources') : path.resolve(sources),
  };
}
