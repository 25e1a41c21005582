import { checkIdLock, LOCK_KEYS, type IdLock, type LockKey, type PresentIds } from '../../release/id-lock.js';
import type { DatasetName } from '../../schema/dataset.js';
import { idOf, select } from '../paths.js';
import type { Finding, LoadedData, LoadedRecord, Rule } from '../types.js';

/**
 * Ids present in the loaded (raw) data, so the rule also runs when some records fail their schema.
 *
 * @example
 * ```ts
 * presentInLoaded(loadDataDir('data')).visits.size;
 * ```
 */
export function presentInLoaded(data: LoadedData): PresentIds {
  const present = Object.fromEntries(LOCK_KEYS.map((key) => [key, new Set<string>()])) as Record<LockKey, Set<string>>;
  for (const key of LOCK_KEYS) {
    if (key === 'engagements') continue;
    for (const record of data.records[key]) {
      const id = idOf(record.value);
      if (id !== undefined) present[key].add(id);
    }
  }
  for (const record of data.records.visits) {
    for (const { value } of select(record.value, ['engagements', '*', 'id'])) if (typeof value === 'string') present.engagements.add(value);
  }
  return present;
}

/**
 * A stand-in record for an id that is no longer in the data: issues need a record to name, and
 * the missing id is exactly what the curator must see in the record column.
 */
function missingRecord(data: LoadedData, key: LockKey, id: string): LoadedRecord {
  const dataset: DatasetName = key === 'engagements' ? 'visits' : key;
  const file = data.records[dataset][0]?.file ?? `data/${dataset}.yaml`;
  return { dataset, file, index: -1, value: { id }, lineOf: () => undefined };
}

/**
 * The id-lock rule for a given lock (read by the caller from `<data>/id-lock.json`): published
 * ids must stay, unless the lock marks them deprecated or redirected.
 *
 * @example
 * ```ts
 * validateData(data, { readSource, sourcesLabel, rules: [...RULES, createIdLockRule(lock)] });
 * ```
 */
export function createIdLockRule(lock: IdLock): Rule {
  return {
    name: 'id-lock',
    description: 'Every id published in a release (data/id-lock.json) is still in the data, or is marked deprecated or redirected there.',
    check(context): Finding[] {
      return checkIdLock(lock, presentInLoaded(context.data)).map((problem) => ({
        record: missingRecord(context.data, problem.dataset, problem.id),
        path: [],
        message: problem.message,
      }));
    },
  };
}
