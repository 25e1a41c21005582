import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isSeq, parseDocument } from 'yaml';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const DATA_DIR = path.join(ROOT, 'data');

/** A temporary copy of data/ (YAML files and id-lock.json) that a test may edit freely. */
export function copyData(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kdc-release-data-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}

/** Edits one record (found by id) of `<dir>/<dataset>.yaml` in place, keeping the rest of the file as written. */
export function editRecord(dir: string, dataset: string, id: string, edit: (record: Record<string, unknown>) => Record<string, unknown> | undefined): void {
  const file = path.join(dir, `${dataset}.yaml`);
  const document = parseDocument(readFileSync(file, 'utf8'));
  const values = document.toJS() as Record<string, unknown>[];
  const index = values.findIndex((record) => record['id'] === id);
  if (index < 0 || !isSeq(document.contents)) throw new Error(`${file}: no record ${id}`);
  const next = edit(structuredClone(values[index] as Record<string, unknown>));
  // Deleting or setting through the document API keeps every other record exactly as written.
  if (next === undefined) document.deleteIn([index]);
  else document.setIn([index], document.createNode(next));
  writeFileSync(file, document.toString(), 'utf8');
}

/** The first record of a dataset as loaded from data/ (to pick a real id and field). */
export function firstRecord(dataset: string): Record<string, unknown> {
  const document = parseDocument(readFileSync(path.join(DATA_DIR, `${dataset}.yaml`), 'utf8'));
  const values = document.toJS() as Record<string, unknown>[];
  const first = values[0];
  if (!first) throw new Error(`${dataset}: empty`);
  return first;
}
