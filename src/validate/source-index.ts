import { idOf, isObject } from './paths.js';
import type { LoadedData, LoadedRecord } from './types.js';

/** A source record with the fields the text checks need, read from the raw YAML value. */
export interface SourceEntry {
  readonly record: LoadedRecord;
  readonly id: string;
  readonly file: string;
}

/**
 * Source records by id, taken from the raw data so quote checks still run when a source has an
 * unrelated schema error. The first record wins on duplicate ids (unique-ids reports the rest).
 */
export function indexSources(data: LoadedData): ReadonlyMap<string, SourceEntry> {
  const index = new Map<string, SourceEntry>();
  for (const record of data.records.sources) {
    const id = idOf(record.value);
    const file = isObject(record.value) ? record.value['file'] : undefined;
    if (id !== undefined && typeof file === 'string' && !index.has(id)) index.set(id, { record, id, file });
  }
  return index;
}
