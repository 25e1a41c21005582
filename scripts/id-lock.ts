/**
 * `npm run id-lock [-- --update | --check] [--data DIR]`: the lock of published ids
 * (data/id-lock.json).
 *
 * - no flag: reports locked ids, ids not locked yet, and lock violations;
 * - `--update`: adds every id in the data to the lock (run when preparing a release, after the
 *   data is final; never removes anything);
 * - `--check`: exits 1 when an id is not locked yet or the lock is violated (release CI).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkIdLock, LOCK_KEYS, unlockedIds, updateIdLock } from '../src/release/id-lock.js';
import { presentInLoaded } from '../src/validate/rules/id-lock.js';
import { loadDataDir } from './lib/load-data.js';
import { ID_LOCK_FILE, readIdLock } from './release/id-lock-file.js';

const USAGE = 'usage: id-lock [--update | --check] [--data DIR]';
let values: { update?: boolean; check?: boolean; data?: string };
try {
  ({ values } = parseArgs({ options: { update: { type: 'boolean' }, check: { type: 'boolean' }, data: { type: 'string' } }, strict: true }));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
  process.exit(2);
}
const dataDir = values.data === undefined ? path.resolve(import.meta.dirname, '..', 'data') : path.resolve(values.data);
const lockFile = path.join(dataDir, ID_LOCK_FILE);
const loaded = loadDataDir(dataDir);
const present = presentInLoaded(loaded);
const lock = readIdLock(dataDir);
const fresh = unlockedIds(lock, present);
const freshCount = LOCK_KEYS.reduce((sum, key) => sum + fresh[key].length, 0);

if (values.update) {
  const next = updateIdLock(lock, present);
  writeFileSync(lockFile, `${JSON.stringify(next, null, 2)}\n`, 'utf8');
  const total = LOCK_KEYS.reduce((sum, key) => sum + next.datasets[key].ids.length, 0);
  process.stdout.write(`id-lock: added ${freshCount} id(s); ${total} published ids locked in ${path.relative(process.cwd(), lockFile)}\n`);
  for (const key of LOCK_KEYS) for (const id of fresh[key]) process.stdout.write(`  + ${key}: ${id}\n`);
  const problems = checkIdLock(next, present);
  for (const problem of problems) process.stderr.write(`${problem.message}\n`);
  process.exitCode = problems.length > 0 ? 1 : 0;
} else {
  const problems = lock === undefined ? [] : checkIdLock(lock, present);
  if (lock === undefined) process.stdout.write(`id-lock: no ${ID_LOCK_FILE} in ${dataDir}; nothing is locked. Create it with --update.\n`);
  for (const key of LOCK_KEYS) for (const id of fresh[key]) process.stdout.write(`not locked yet: ${key}: ${id}\n`);
  for (const problem of problems) process.stderr.write(`${problem.message}\n`);
  process.stdout.write(`id-lock: ${problems.length} violation(s), ${freshCount} id(s) not locked yet${freshCount > 0 ? ' (run `npm run id-lock -- --update` when preparing the release)' : ''}\n`);
  process.exitCode = problems.length > 0 || (values.check === true && freshCount > 0) ? 1 : 0;
}
