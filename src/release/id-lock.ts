/**
 * The id lock: every id ever published, per dataset (and for engagements), so that a release
 * cannot silently drop or reuse one. Pure functions over the lock and the ids present in the
 * data; reading and writing data/id-lock.json is the scripts' job. Internal (not re-exported
 * from the package): consumers see its effect as ids that keep working.
 */
import { z } from 'zod';
import { RecordId } from '../schema/common.js';
import { DATASET_NAMES, type DatasetName } from '../schema/dataset.js';

/** The datasets with ids, plus engagements (their ids are addressable on their own). */
export const LOCK_KEYS = [...DATASET_NAMES, 'engagements'] as const;
/** One key of the lock: a dataset name or `engagements`. */
export type LockKey = (typeof LOCK_KEYS)[number];

const Deprecated = z.strictObject({
  id: RecordId,
  reason: z.string().min(10).describe('Why the record was withdrawn, for the release notes and for users who pinned the id.'),
  since: z.string().optional().describe('The version that first shipped without the id.'),
});

const Redirected = z.strictObject({
  id: RecordId,
  to: RecordId.describe('The successor id (same dataset); it must exist in the data.'),
  reason: z.string().min(10).optional(),
  since: z.string().optional(),
});

const LockedDataset = z.strictObject({
  ids: z.array(RecordId).describe('Published ids that must exist in the data.'),
  deprecated: z.array(Deprecated).describe('Published ids removed on purpose, with the reason.'),
  redirected: z.array(Redirected).describe('Published ids replaced by another id (merged or renamed records).'),
});

/** The schema of data/id-lock.json. */
export const IdLock = z.strictObject({
  $comment: z.string().optional(),
  datasets: z.strictObject(Object.fromEntries(LOCK_KEYS.map((key) => [key, LockedDataset])) as Record<LockKey, typeof LockedDataset>),
});
/** The parsed id lock. */
export type IdLock = z.infer<typeof IdLock>;

/** The ids present in the data, per lock key. */
export type PresentIds = Readonly<Record<LockKey, ReadonlySet<string>>>;

/** The part of a dataset the lock reads: ids, and engagement ids inside visits. */
export type IdsOf = { readonly [K in Exclude<DatasetName, 'visits'>]: readonly { readonly id: string }[] } & {
  readonly visits: readonly { readonly id: string; readonly engagements: readonly { readonly id: string }[] }[];
};

/** One violation of the lock. */
export interface LockProblem {
  readonly dataset: LockKey;
  readonly id: string;
  readonly message: string;
}

const GUIDE = 'docs/guides/versioning.md';

/** The data file a lock key's records live in (engagements live in visits). */
export function dataFileOf(key: LockKey): string {
  return `data/${key === 'engagements' ? 'visits' : key}.yaml`;
}

/**
 * Every way the data breaks the lock: a published id missing without a deprecation or redirect,
 * a redirect to an id that does not exist, a retired id reused, an id listed twice.
 *
 * @example
 * ```ts
 * checkIdLock(lock, presentIds(dataset)); // [] when every published id is still there
 * ```
 */
export function checkIdLock(lock: IdLock, present: PresentIds): LockProblem[] {
  const problems: LockProblem[] = [];
  for (const key of LOCK_KEYS) {
    const entry = lock.datasets[key];
    const ids = present[key];
    const file = dataFileOf(key);
    const seen = new Set<string>();
    const listed = [...entry.ids, ...entry.deprecated.map((item) => item.id), ...entry.redirected.map((item) => item.id)];
    for (const id of listed) {
      if (seen.has(id)) problems.push({ dataset: key, id, message: `${key}: id "${id}" is listed more than once in data/id-lock.json; keep it in exactly one of ids, deprecated or redirected` });
      seen.add(id);
    }
    for (const id of entry.ids) {
      if (ids.has(id)) continue;
      problems.push({
        dataset: key,
        id,
        message:
          `${key}: published id "${id}" is missing from ${file}. Published ids must keep working for users who pinned them: ` +
          `restore the record, or move the id in data/id-lock.json from ${key}.ids to ${key}.deprecated (with a reason) or ` +
          `${key}.redirected (with the successor id in "to"); removing an id is a major change (${GUIDE}).`,
      });
    }
    for (const item of entry.redirected) {
      if (!ids.has(item.to)) {
        problems.push({ dataset: key, id: item.id, message: `${key}: id "${item.id}" is redirected to "${item.to}", which is not in ${file}; redirect to an id that exists` });
      }
    }
    for (const id of [...entry.deprecated.map((item) => item.id), ...entry.redirected.map((item) => item.id)]) {
      if (ids.has(id)) {
        problems.push({
          dataset: key,
          id,
          message: `${key}: id "${id}" was retired (deprecated or redirected in data/id-lock.json) but is in ${file} again; a retired id must never be reused with a new meaning: give the record a new id, or, if it is the same record restored, move the id back to ${key}.ids`,
        });
      }
    }
  }
  return problems;
}

/** Ids in the data that the lock does not know yet (new since the last `npm run id-lock -- --update`). */
export function unlockedIds(lock: IdLock | undefined, present: PresentIds): Record<LockKey, string[]> {
  return Object.fromEntries(
    LOCK_KEYS.map((key) => {
      const entry = lock?.datasets[key];
      const known = new Set([...(entry?.ids ?? []), ...(entry?.deprecated.map((item) => item.id) ?? []), ...(entry?.redirected.map((item) => item.id) ?? [])]);
      return [key, [...present[key]].filter((id) => !known.has(id)).sort()];
    }),
  ) as Record<LockKey, string[]>;
}

function sorted(ids: Iterable<string>): string[] {
  return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The lock with every id present in the data added to `ids`. Never removes anything: retiring an
 * id is a decision recorded by hand in `deprecated` or `redirected`.
 *
 * @example
 * ```ts
 * const next = updateIdLock(lock, presentIds(dataset));
 * ```
 */
export function updateIdLock(lock: IdLock | undefined, present: PresentIds): IdLock {
  const added = unlockedIds(lock, present);
  const datasets = Object.fromEntries(
    LOCK_KEYS.map((key) => {
      const entry = lock?.datasets[key] ?? { ids: [], deprecated: [], redirected: [] };
      return [key, { ids: sorted(new Set([...entry.ids, ...added[key]])), deprecated: entry.deprecated, redirected: entry.redirected }];
    }),
  ) as IdLock['datasets'];
  return {
    $comment:
      lock?.$comment ??
      'Every published id, per dataset. Do not delete entries: move a removed id to "deprecated" (with a reason) or "redirected" (with its successor). Add new ids with `npm run id-lock -- --update` when preparing a release. See docs/guides/versioning.md.',
    datasets,
  };
}

/**
 * The ids in a parsed dataset, per lock key (engagement ids gathered from every visit).
 *
 * @example
 * ```ts
 * presentIds(dataset).engagements.has('duale-al-muqrin-talks-2024'); // true for the bundled data
 * ```
 */
export function presentIds(dataset: IdsOf): PresentIds {
  const present = Object.fromEntries(DATASET_NAMES.map((name) => [name, new Set(dataset[name].map((record) => record.id))])) as Record<LockKey, Set<string>>;
  present.engagements = new Set(dataset.visits.flatMap((visit) => visit.engagements.map((engagement) => engagement.id)));
  return present;
}
