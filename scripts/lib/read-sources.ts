import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SourceText } from '../../src/validate/types.js';

/**
 * A reader for article texts in `dir`, caching each file (many quotes cite the same text).
 * The hash is taken over the raw bytes, so it matches `sha256sum` of the file.
 */
export function createSourceReader(dir: string): (file: string) => SourceText | undefined {
  const cache = new Map<string, SourceText | undefined>();
  return (file) => {
    if (cache.has(file)) return cache.get(file);
    // Only bare file names: a raw value from a record that failed its schema must not escape the directory.
    const absolute = path.join(dir, file);
    let result: SourceText | undefined;
    if (path.basename(file) === file && existsSync(absolute)) {
      const bytes = readFileSync(absolute);
      result = { text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') };
    }
    cache.set(file, result);
    return result;
  };
}
