import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSourceReader } from '../../scripts/lib/read-sources.js';
import { parseDatasetText } from '../../scripts/lib/load-data.js';
import { DATASET_NAMES, type DatasetName } from '../../src/schema/dataset.js';
import { validateData } from '../../src/validate/run.js';
import type { Issue, LoadedData, LoadedRecord, Rule } from '../../src/validate/types.js';

/** The fixture directories (a fictional article and a small valid dataset built on it). */
export const FIXTURES_DIR = path.resolve(import.meta.dirname, '..', 'fixtures');
export const VALID_DATA_DIR = path.join(FIXTURES_DIR, 'valid');
export const FIXTURE_SOURCES_DIR = path.join(FIXTURES_DIR, 'sources');

/** Text edits per dataset file, applied to the valid fixture to make one test's bad data. */
export type Edits = Partial<Record<DatasetName, (text: string) => string>>;

/** The valid fixture's text of one dataset. */
export function fixtureText(dataset: DatasetName): string {
  return readFileSync(path.join(VALID_DATA_DIR, `${dataset}.yaml`), 'utf8');
}

/**
 * Replaces exactly one occurrence of `from`. Throws when it is missing or ambiguous, so a
 * fixture edit that no longer applies fails loudly instead of testing valid data.
 */
export function replaceOnce(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  if (first < 0) throw new Error(`fixture edit: ${JSON.stringify(from)} not found`);
  if (text.indexOf(from, first + 1) >= 0) throw new Error(`fixture edit: ${JSON.stringify(from)} occurs more than once`);
  return text.slice(0, first) + to + text.slice(first + from.length);
}

/** The edited texts of every dataset file. */
export function editedTexts(edits: Edits = {}): Record<DatasetName, string> {
  return Object.fromEntries(DATASET_NAMES.map((dataset) => [dataset, (edits[dataset] ?? ((text: string) => text))(fixtureText(dataset))])) as Record<
    DatasetName,
    string
  >;
}

/** Loads the (edited) fixture in memory, labelling files `data/<dataset>.yaml` as the CLI would. */
export function loadFixture(edits: Edits = {}): LoadedData {
  const texts = editedTexts(edits);
  const records = {} as Record<DatasetName, LoadedRecord[]>;
  const loadIssues: Issue[] = [];
  for (const dataset of DATASET_NAMES) {
    const parsed = parseDatasetText(dataset, `data/${dataset}.yaml`, texts[dataset]);
    records[dataset] = parsed.records;
    loadIssues.push(...parsed.issues);
  }
  return { records, loadIssues };
}

/** Runs the given rules (all by default) on the edited fixture, reading the fixture article. */
export function check(edits: Edits = {}, rules?: readonly Rule[]): Issue[] {
  return validateData(loadFixture(edits), {
    readSource: createSourceReader(FIXTURE_SOURCES_DIR),
    sourcesLabel: 'test/fixtures/sources',
    ...(rules === undefined ? {} : { rules }),
  });
}

/** 1-based line of the `occurrence`-th line containing `marker` in `text`. */
export function lineContaining(text: string, marker: string, occurrence = 1): number {
  let seen = 0;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    if (lines[index]?.includes(marker) && ++seen === occurrence) return index + 1;
  }
  throw new Error(`no line ${occurrence} containing ${JSON.stringify(marker)}`);
}

/** Copies the valid fixture into a fresh temp directory with edits applied; returns the directory. */
export function writeFixtureCopy(edits: Edits = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kdc-fixture-'));
  cpSync(VALID_DATA_DIR, dir, { recursive: true });
  const texts = editedTexts(edits);
  for (const dataset of DATASET_NAMES) writeFileSync(path.join(dir, `${dataset}.yaml`), texts[dataset]);
  return dir;
}
