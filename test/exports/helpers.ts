import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildExports } from '../../scripts/exports/build.js';
import { buildOutputs } from '../../scripts/lib/build-outputs.js';
import { loadDataDir } from '../../scripts/lib/load-data.js';
import { writeOutputs } from '../../scripts/lib/write-outputs.js';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Package facts for test builds (fixed, so the descriptor is comparable across runs). */
export const PKG = { name: 'kenya-defence-cooperation', version: '0.0.0-test', description: 'test build', keywords: ['test'] } as const;

/**
 * Builds data + exports from the current data/*.yaml into a fresh temporary "generated"
 * directory, without reading the article texts (validation is build:data's job, tested elsewhere).
 */
export async function buildIntoTemp(dataDir = path.join(ROOT, 'data')): Promise<string> {
  const generated = mkdtempSync(path.join(tmpdir(), 'kdc-exports-'));
  writeOutputs(generated, buildOutputs(loadDataDir(dataDir)));
  await buildExports(generated, PKG);
  return generated;
}
