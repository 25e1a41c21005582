/**
 * Loads one version of the data as plain JSON, from wherever it lives: a git revision's
 * data/*.yaml, a data directory of YAML, a directory of built JSON (generated/data, a package's
 * dist/data), or an npm tarball. YAML is normalized exactly as build:data does, so two versions
 * compare record by record rather than by formatting.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DATASET_NAMES, type DatasetName } from '../../src/schema/dataset.js';
import type { DatasetJson } from '../../src/release/diff.js';
import { idOf } from '../../src/validate/paths.js';
import type { LoadedData, LoadedRecord } from '../../src/validate/types.js';
import { parsedDataset } from '../lib/build-outputs.js';
import { parseDatasetText } from '../lib/load-data.js';

/** A loaded version and how to name it in the notes. */
export interface LoadedVersion {
  readonly label: string;
  readonly data: DatasetJson;
}

function byId(a: unknown, b: unknown): number {
  const left = idOf(a) ?? '';
  const right = idOf(b) ?? '';
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * YAML texts → normalized JSON. Uses build:data's own normalization (schema parse, records
 * sorted by id); when an old version no longer passes today's schema, falls back to the raw
 * records sorted by id, so a major change can still be described.
 */
export function normalizeYaml(texts: Readonly<Record<DatasetName, string | undefined>>): DatasetJson {
  const records = {} as Record<DatasetName, LoadedRecord[]>;
  for (const dataset of DATASET_NAMES) records[dataset] = parseDatasetText(dataset, `data/${dataset}.yaml`, texts[dataset] ?? '[]').records;
  const loaded: LoadedData = { records, loadIssues: [] };
  try {
    return parsedDataset(loaded) as unknown as DatasetJson;
  } catch {
    return Object.fromEntries(DATASET_NAMES.map((dataset) => [dataset, records[dataset].map((record) => record.value).sort(byId)]));
  }
}

function git(repo: string, args: readonly string[]): string {
  return execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

/** The last tag reachable from HEAD, or undefined when the repository has none. */
export function lastTag(repo: string): string | undefined {
  try {
    return git(repo, ['describe', '--tags', '--abbrev=0']).trim() || undefined;
  } catch {
    return undefined;
  }
}

function fromGit(repo: string, rev: string): DatasetJson {
  git(repo, ['rev-parse', '--verify', `${rev}^{commit}`]);
  const texts = Object.fromEntries(
    DATASET_NAMES.map((dataset) => {
      try {
        return [dataset, git(repo, ['show', `${rev}:data/${dataset}.yaml`])];
      } catch {
        return [dataset, undefined]; // the dataset did not exist yet at that revision
      }
    }),
  ) as Record<DatasetName, string | undefined>;
  return normalizeYaml(texts);
}

function fromDirectory(dir: string): DatasetJson {
  if (existsSync(path.join(dir, 'dataset.json'))) return JSON.parse(readFileSync(path.join(dir, 'dataset.json'), 'utf8')) as DatasetJson;
  if (DATASET_NAMES.some((dataset) => existsSync(path.join(dir, `${dataset}.json`)))) {
    return Object.fromEntries(
      DATASET_NAMES.map((dataset) => {
        const file = path.join(dir, `${dataset}.json`);
        return [dataset, existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as unknown[]) : []];
      }),
    );
  }
  if (DATASET_NAMES.some((dataset) => existsSync(path.join(dir, `${dataset}.yaml`)))) {
    const texts = Object.fromEntries(DATASET_NAMES.map((dataset) => [dataset, existsSync(path.join(dir, `${dataset}.yaml`)) ? readFileSync(path.join(dir, `${dataset}.yaml`), 'utf8') : undefined]));
    return normalizeYaml(texts as Record<DatasetName, string | undefined>);
  }
  throw new Error(`${dir}: no dataset.json, <dataset>.json or <dataset>.yaml files here`);
}

function fromTarball(file: string): DatasetJson {
  const dir = mkdtempSync(path.join(tmpdir(), 'kdc-release-'));
  try {
    execFileSync('tar', ['-xzf', file, '-C', dir], { stdio: 'ignore' });
    return fromDirectory(path.join(dir, 'package', 'dist', 'data'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Loads a version named by `spec`: an existing path (directory or `.tgz`) or else a git revision
 * of `repo` (a tag such as `v0.1.0`, a branch, `HEAD`).
 *
 * @example
 * ```ts
 * loadVersion('v0.1.0', repo);        // the tag's data/*.yaml, normalized
 * loadVersion('generated/data', repo); // a build's JSON
 * ```
 */
export function loadVersion(spec: string, repo: string): LoadedVersion {
  const candidate = path.resolve(spec);
  if (existsSync(candidate)) {
    const data = statSync(candidate).isDirectory() ? fromDirectory(candidate) : fromTarball(candidate);
    return { label: spec, data };
  }
  return { label: spec, data: fromGit(repo, spec) };
}
