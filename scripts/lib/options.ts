import path from 'node:path';
import { parseArgs } from 'node:util';

/** The repository root, found from this file's location so scripts work from any directory. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Options shared by `validate` and `build:data`. */
export interface CliOptions {
  /** Directory of `<dataset>.yaml` files. */
  readonly dataDir: string;
  /** Directory of the article texts. */
  readonly sourcesDir: string;
  /** Print issues as JSON instead of lines. */
  readonly json: boolean;
  /** Output directory of the build. */
  readonly outDir: string;
}

/**
 * Parses `--data DIR`, `--sources DIR`, `--json` and `--out DIR`. The sources directory falls
 * back to `KDC_SOURCES_DIR`, then to `../shared/sources` beside the repository, because the
 * article texts are not ours to ship.
 */
export function parseCliOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): CliOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      data: { type: 'string' },
      sources: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const sources = values.sources ?? env['KDC_SOURCES_DIR'];
  return {
    dataDir: values.data === undefined ? path.join(REPO_ROOT, 'data') : path.resolve(values.data),
    sourcesDir: sources === undefined || sources === '' ? path.resolve(REPO_ROOT, '..', 'shared', 'sources') : path.resolve(sources),
    outDir: values.out === undefined ? path.join(REPO_ROOT, 'generated') : path.resolve(values.out),
    json: values.json ?? false,
  };
}
