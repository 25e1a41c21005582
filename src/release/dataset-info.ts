import info from '../../generated/dataset-info.json' with { type: 'json' };
import type { DatasetName } from '../schema/dataset.js';
import { deepFreeze, type DeepReadonly } from '../util/deep-freeze.js';
import { canonicalJson, normalizeSha256, sha256Hex } from './hash.js';

/**
 * Size, hash and record count of one published JSON file.
 *
 * @example
 * ```ts
 * import { datasetInfo, type DatasetFileInfo } from 'kenya-defence-cooperation';
 * const visitsFile: DatasetFileInfo = datasetInfo.datasets.visits;
 * console.log(visitsFile.file, visitsFile.count, visitsFile.sha256);
 * ```
 */
export interface DatasetFileInfo {
  /** Path inside the package, e.g. `data/visits.json` (import it as `kenya-defence-cooperation/data/visits.json`). */
  readonly file: string;
  /** Number of records in the file. */
  readonly count: number;
  /** Size of the file in bytes. */
  readonly bytes: number;
  /** Hex SHA-256 of the file's bytes. */
  readonly sha256: string;
}

/**
 * Facts about the data shipped in this version of the package, generated at build time.
 *
 * @example
 * ```ts
 * import { datasetInfo, type DatasetInfo } from 'kenya-defence-cooperation';
 * const info: DatasetInfo = datasetInfo;
 * console.log(info.version, info.engagements);
 * ```
 */
export interface DatasetInfo {
  /** The package version the data was built for. */
  readonly version: string;
  /** The all-in-one `data/dataset.json` (what {@link loadDataset} reads). */
  readonly dataset: DatasetFileInfo;
  /** One entry per dataset (`data/<dataset>.json`). */
  readonly datasets: Readonly<Record<DatasetName, DatasetFileInfo>>;
  /** Number of engagements across all visits (they are records with ids of their own). */
  readonly engagements: number;
}

/**
 * Version, record counts and SHA-256 hashes of the data in this package, the same facts as
 * `data/datapackage.json`. Pin a hash from here (or from the release notes) to check later that a
 * download of `dataset.json` is the exact data you analysed.
 *
 * @example
 * ```ts
 * import { datasetInfo } from 'kenya-defence-cooperation';
 * console.log(datasetInfo.version, datasetInfo.datasets.visits.count, datasetInfo.dataset.sha256);
 * ```
 */
export const datasetInfo: DeepReadonly<DatasetInfo> = deepFreeze(info as DatasetInfo);

/**
 * True when `json` hashes to `expectedSha256` (hex, or `sha256:`-prefixed as in datapackage.json).
 * A string is hashed as given (its UTF-8 bytes, as downloaded); a parsed object is hashed in the
 * build's canonical form (two-space JSON plus a newline), which reproduces the file's bytes.
 *
 * @example
 * ```ts
 * import { dataset, datasetInfo, verifyDatasetHash } from 'kenya-defence-cooperation';
 * // In an app: const text = await (await fetch(pinnedUrl)).text(); then verify `text` the same way.
 * if (!(await verifyDatasetHash(dataset, datasetInfo.dataset.sha256))) throw new Error('not the pinned data');
 * ```
 * @throws when `expectedSha256` is not a SHA-256 hex digest.
 */
export async function verifyDatasetHash(json: string | object, expectedSha256: string): Promise<boolean> {
  const expected = normalizeSha256(expectedSha256);
  if (expected === undefined) throw new Error(`verifyDatasetHash: "${expectedSha256}" is not a SHA-256 digest (64 hex digits, optionally prefixed "sha256:")`);
  const actual = await sha256Hex(typeof json === 'string' ? json : canonicalJson(json));
  return actual === expected;
}
