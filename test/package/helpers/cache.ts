import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Where the package tests keep the packed tarball, the consumer project and the extra Node
 * binaries. Outside the repo so that nothing here can be resolved from the repo's own
 * node_modules (a consumer must only see what the tarball ships), and shared between test
 * files, runs and concurrent `npm test`s so that installs happen once.
 */
export const CACHE_ROOT = path.join(tmpdir(), 'kdc-package-tests');

const COMPLETE_MARKER = '.complete';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock file atomically (O_EXCL); false when someone else holds it. */
function tryLock(lockFile: string): boolean {
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** A lock whose holder died (a killed test run) would otherwise block every later run. */
function removeIfStale(lockFile: string): void {
  let pid: number;
  try {
    pid = Number(readFileSync(lockFile, 'utf8'));
  } catch {
    return; // released meanwhile
  }
  if (Number.isInteger(pid) && pid > 0 && !processAlive(pid)) rmSync(lockFile, { force: true });
}

/**
 * Returns `dir`, creating it with `create` unless a complete copy exists. Vitest runs test files
 * in parallel workers, and other checkouts may run the same tests at once, so creation is
 * guarded by a lock file and finished directories are marked complete: nobody reads a
 * half-installed project, and a crashed creation is redone.
 */
export async function cachedDir(dir: string, create: (dir: string) => Promise<void>): Promise<string> {
  const marker = path.join(dir, COMPLETE_MARKER);
  const lockFile = `${dir}.lock`;
  mkdirSync(path.dirname(dir), { recursive: true });
  for (;;) {
    if (existsSync(marker)) return dir;
    if (tryLock(lockFile)) break;
    removeIfStale(lockFile);
    await sleep(250);
  }
  try {
    if (existsSync(marker)) return dir;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    await create(dir);
    writeFileSync(marker, new Date().toISOString());
    return dir;
  } finally {
    rmSync(lockFile, { force: true });
  }
}

/**
 * Deletes cached directories named `<prefix>*` that were last completed more than `maxAgeMs`
 * ago, so that a new dist/ per edit does not fill the temp dir. Recent ones are kept because a
 * concurrent run may still be using them.
 */
export function pruneCache(prefix: string, keep: string, maxAgeMs: number): void {
  if (!existsSync(CACHE_ROOT)) return;
  const now = Date.now();
  for (const name of readdirSync(CACHE_ROOT)) {
    const dir = path.join(CACHE_ROOT, name);
    if (!name.startsWith(prefix) || name.endsWith('.lock') || dir === keep) continue;
    const marker = path.join(dir, COMPLETE_MARKER);
    if (existsSync(marker) && now - statSync(marker).mtimeMs > maxAgeMs) rmSync(dir, { recursive: true, force: true });
  }
}
