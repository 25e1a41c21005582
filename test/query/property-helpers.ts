import fc from 'fast-check';
import type { Dataset } from '../../src/schema/dataset.js';
import { datasetArb, filterArb } from './arbitraries.js';
import type { AnyFilter } from './oracle.js';

/** A dataset together with a filter drawn from its own ids. */
export function dataArbWithFilter(fields: readonly (keyof AnyFilter)[]): fc.Arbitrary<[Dataset, AnyFilter]> {
  return datasetArb.chain((data) => filterArb(data, fields).map((filter): [Dataset, AnyFilter] => [data, filter]));
}

/** Adds optional `kind`/`status` filters drawn from the given vocabulary. */
export function withVocab(data: Dataset, filter: AnyFilter, vocabulary: Partial<Record<'kind' | 'status' | 'reached', readonly string[]>>): fc.Arbitrary<[Dataset, AnyFilter]> {
  const extra: Record<string, fc.Arbitrary<string | undefined>> = {};
  for (const [key, values] of Object.entries(vocabulary)) if (values.length > 0) extra[key] = fc.option(fc.constantFrom(...values), { nil: undefined });
  return fc.record(extra).map((chosen): [Dataset, AnyFilter] => {
    const out: Record<string, unknown> = { ...filter };
    for (const [key, value] of Object.entries(chosen)) if (value !== undefined) out[key] = value;
    return [data, out as AnyFilter];
  });
}
