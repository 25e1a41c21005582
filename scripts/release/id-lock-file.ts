import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { IdLock } from '../../src/release/id-lock.js';

/** The lock file's name, beside the data files. */
export const ID_LOCK_FILE = 'id-lock.json';

/**
 * Reads `<dataDir>/id-lock.json`. Undefined when there is none (a fresh data directory, a test
 * fixture): nothing has been published from it, so nothing is locked.
 * @throws with the file and the failing fields when the lock is not valid JSON or fails its schema.
 */
export function readIdLock(dataDir: string): IdLock | undefined {
  const file = path.join(dataDir, ID_LOCK_FILE);
  if (!existsSync(file)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  const result = IdLock.safeParse(value);
  if (!result.success) {
    throw new Error(`${file}: ${result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')}`);
  }
  return result.data;
}
