import type { z } from 'zod';
import { DATASET_NAMES, type DatasetName, type RECORD_SCHEMAS } from '../schema/dataset.js';
import type { LoadedData, LoadedRecord, RuleContext } from './types.js';

/** The zod output type of one dataset's records. */
export type RecordOf<D extends DatasetName> = z.output<(typeof RECORD_SCHEMAS)[D]>;

/** Every loaded record of every dataset, in dataset order then file order. */
export function allRecords(data: LoadedData): LoadedRecord[] {
  return DATASET_NAMES.flatMap((dataset) => data.records[dataset]);
}

/**
 * The records of `dataset` that passed their schema, typed. Rules about meaning (dates, order)
 * use these: a record the schema rejects is already reported, and guessing at its shape would
 * only add noise.
 */
export function parsedRecords<D extends DatasetName>(context: RuleContext, dataset: D): { record: LoadedRecord; data: RecordOf<D> }[] {
  return context.data.records[dataset].flatMap((record) => {
    const result = context.schemaResult(record);
    // The cast is sound: schemaResult ran exactly RECORD_SCHEMAS[dataset] on this record.
    return result.success ? [{ record, data: result.data as RecordOf<D> }] : [];
  });
}
