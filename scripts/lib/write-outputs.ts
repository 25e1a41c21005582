import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { OutputFiles } from './build-outputs.js';

/**
 * Writes the build into `outDir`, first removing what a previous build wrote there (but nothing
 * else), so a record deleted from the data cannot linger as a stale JSON file.
 */
export function writeOutputs(outDir: string, files: OutputFiles): void {
  for (const owned of ['data', 'schema', 'ids.ts', 'manifest.json']) rmSync(path.join(outDir, owned), { recursive: true, force: true });
  for (const [relative, text] of files) {
    const absolute = path.join(outDir, relative);
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, text, 'utf8');
  }
}
