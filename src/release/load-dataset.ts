import { Dataset } from '../schema/dataset.js';
import { deepFreeze, type DeepReadonly } from '../util/deep-freeze.js';
import { canonicalJson, normalizeSha256, sha256Hex } from './hash.js';

/**
 * Where the expected hash of `dataset.json` can come from: a release's `data/datapackage.json`
 * (its `dataset-json` resource's `hash`) or a {@link DatasetInfo}-shaped object (`dataset.sha256`).
 *
 * @example
 * ```ts
 * import { datasetInfo, type DatasetManifest } from 'kenya-defence-cooperation';
 * const manifest: DatasetManifest = datasetInfo;
 * ```
 */
export type DatasetManifest =
  | { readonly resources: readonly { readonly name?: string; readonly path?: string | readonly string[]; readonly hash?: string }[] }
  | { readonly dataset: { readonly sha256: string } };

/**
 * Options of {@link loadDataset}.
 *
 * @example
 * ```ts
 * import { datasetInfo, type LoadDatasetOptions } from 'kenya-defence-cooperation';
 * const options: LoadDatasetOptions = { expectedSha256: datasetInfo.dataset.sha256 };
 * ```
 */
export interface LoadDatasetOptions {
  /** Hex SHA-256 (or `sha256:…`) of the `dataset.json` you pinned. */
  readonly expectedSha256?: string;
  /** A release's datapackage.json, or {@link datasetInfo}: the expected hash is read from it. */
  readonly manifest?: DatasetManifest;
}

/**
 * What went wrong in {@link loadDataset}.
 *
 * @example
 * ```ts
 * import type { DatasetLoadErrorCode } from 'kenya-defence-cooperation';
 * const retryable: DatasetLoadErrorCode[] = ['hash']; // e.g. a truncated download
 * ```
 */
export type DatasetLoadErrorCode = 'json' | 'hash' | 'manifest' | 'schema';

/**
 * Thrown by {@link loadDataset}. `issues` lists every problem, one line each (for schema errors:
 * the field path, e.g. `visits[3].when.value`, then the message).
 *
 * @example
 * ```ts
 * import { DatasetLoadError, loadDataset } from 'kenya-defence-cooperation';
 * try {
 *   await loadDataset('{"visits": []}');
 * } catch (error) {
 *   if (error instanceof DatasetLoadError) console.log(error.code, error.issues[0]); // 'schema', 'sources: …'
 * }
 * ```
 */
export class DatasetLoadError extends Error {
  override readonly name = 'DatasetLoadError';
  constructor(
    readonly code: DatasetLoadErrorCode,
    message: string,
    readonly issues: readonly string[] = [],
  ) {
    super(issues.length === 0 ? message : `${message}\n  ${issues.join('\n  ')}`);
  }
}

const MAX_LISTED_ISSUES = 25;

function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text === '' ? String(segment) : `${text}.${String(segment)}`), '');
}

function hashFromManifest(manifest: DatasetManifest): string {
  if ('resources' in manifest) {
    const resource = manifest.resources.find((candidate) => candidate.name === 'dataset-json' || candidate.path === 'dataset.json');
    if (resource?.hash === undefined) throw new DatasetLoadError('manifest', 'loadDataset: the manifest has no "dataset-json" resource with a hash; pass the datapackage.json of the release you pinned');
    return resource.hash;
  }
  return manifest.dataset.sha256;
}

function expectedHash(options: LoadDatasetOptions): string | undefined {
  const candidates = [options.expectedSha256, options.manifest === undefined ? undefined : hashFromManifest(options.manifest)].filter((value): value is string => value !== undefined);
  const normalized = candidates.map((value) => {
    const hex = normalizeSha256(value);
    if (hex === undefined) throw new DatasetLoadError('manifest', `loadDataset: "${value}" is not a SHA-256 digest (64 hex digits, optionally prefixed "sha256:")`);
    return hex;
  });
  const [first, second] = normalized;
  if (first !== undefined && second !== undefined && first !== second) {
    throw new DatasetLoadError('manifest', `loadDataset: expectedSha256 ${first} and the manifest's hash ${second} disagree; they describe different releases`);
  }
  return first;
}

/**
 * Loads a pinned dataset: the all-in-one `data/dataset.json` of any release, as text (hashed
 * byte for byte) or as the parsed object (hashed in the build's canonical form). Checks its
 * SHA-256 against `expectedSha256` and/or the manifest, validates it with the `Dataset` schema,
 * and returns it deep-frozen. Async because hashing uses Web Crypto (`crypto.subtle`), which
 * works the same in browsers and Node ≥ 20.
 *
 * @example
 * ```ts
 * import { createQuery, dataset, datasetInfo, loadDataset } from 'kenya-defence-cooperation';
 * // In an app the JSON comes from a pinned URL or file:
 * //   const json = await (await fetch('https://cdn.jsdelivr.net/npm/kenya-defence-cooperation@0.1.0/dist/data/dataset.json')).text();
 * const json = JSON.stringify(dataset, null, 2) + '\n';
 * const pinned = await loadDataset(json, { expectedSha256: datasetInfo.dataset.sha256 });
 * console.log(pinned.visits.length, Object.isFrozen(pinned.visits[0]));
 * const query = createQuery(pinned); // the query API over exactly the pinned release
 * ```
 * @throws {@link DatasetLoadError} with code `json` (not JSON), `manifest` (no usable hash),
 * `hash` (not the pinned bytes) or `schema` (the failing fields by path: the first 25, and how many more).
 */
export async function loadDataset(json: string | object, options: LoadDatasetOptions = {}): Promise<DeepReadonly<Dataset>> {
  let value: unknown;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      throw new DatasetLoadError('json', `loadDataset: the input is not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  } else {
    value = json;
  }

  const expected = expectedHash(options);
  if (expected !== undefined) {
    const actual = await sha256Hex(typeof json === 'string' ? json : canonicalJson(json));
    if (actual !== expected) {
      throw new DatasetLoadError('hash', `loadDataset: SHA-256 mismatch: expected ${expected}, got ${actual}. This is not the dataset.json you pinned (a different release, or altered in transit).`);
    }
  }

  const result = Dataset.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${formatIssuePath(issue.path) || '(root)'}: ${issue.message}`);
    const listed = issues.length > MAX_LISTED_ISSUES ? [...issues.slice(0, MAX_LISTED_ISSUES), `… and ${issues.length - MAX_LISTED_ISSUES} more`] : issues;
    throw new DatasetLoadError('schema', `loadDataset: the data does not match the Dataset schema of this package version (${issues.length} issue${issues.length === 1 ? '' : 's'})`, listed);
  }
  return deepFreeze(result.data);
}
