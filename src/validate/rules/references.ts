import { DATASET_NAMES, type DatasetName } from '../../schema/dataset.js';
import { findCitations } from '../citations.js';
import { DATASET_KIND, datasetOfKind, withArticle } from '../kinds.js';
import { idOf, isObject, select } from '../paths.js';
import { REFERENCE_FIELDS, SELF_REFERENCE_FIELDS } from '../reference-fields.js';
import { closestId } from '../suggest.js';
import type { Finding, LoadedData, LoadedRecord, PathSegment, Rule } from '../types.js';

type IdIndex = Readonly<Record<DatasetName, ReadonlySet<string>>>;

function indexIds(data: LoadedData): IdIndex {
  const entries = DATASET_NAMES.map((dataset) => {
    const ids = data.records[dataset].map((record) => idOf(record.value)).filter((id): id is string => id !== undefined);
    return [dataset, new Set(ids)] as const;
  });
  return Object.fromEntries(entries) as Record<DatasetName, Set<string>>;
}

/**
 * The message for an id that is not in `target`: says what was expected, whether the id
 * belongs to another kind (a common slip: a place id in an organization field), and the
 * closest existing id when one looks like a typo.
 */
export function unknownReferenceMessage(id: string, target: DatasetName, ids: IdIndex): string {
  const kind = DATASET_KIND[target];
  let message = `unknown ${kind} "${id}": expected the id of a record in ${target}`;
  const elsewhere = DATASET_NAMES.filter((dataset) => dataset !== target && ids[dataset].has(id));
  if (elsewhere.length > 0) message += `; "${id}" is ${elsewhere.map((dataset) => withArticle(DATASET_KIND[dataset])).join(' and ')}, not ${withArticle(kind)}`;
  const suggestion = closestId(id, ids[target]);
  if (suggestion !== undefined) message += `; did you mean "${suggestion}"?`;
  return message;
}

function checkReference(record: LoadedRecord, path: readonly PathSegment[], value: unknown, target: DatasetName, ids: IdIndex): Finding[] {
  // Non-strings are the schema rule's business.
  if (typeof value !== 'string' || ids[target].has(value)) return [];
  return [{ record, path, message: unknownReferenceMessage(value, target, ids) }];
}

function subjectReferences(record: LoadedRecord, ids: IdIndex): Finding[] {
  return select(record.value, ['subjects', '*']).flatMap(({ path, value }) => {
    if (!isObject(value) || typeof value['kind'] !== 'string') return [];
    const target = datasetOfKind(value['kind']);
    return target === undefined ? [] : checkReference(record, [...path, 'id'], value['id'], target, ids);
  });
}

function selfReferences(record: LoadedRecord): Finding[] {
  const own = idOf(record.value);
  const patterns = SELF_REFERENCE_FIELDS[record.dataset] ?? [];
  return patterns.flatMap((pattern) =>
    select(record.value, pattern)
      .filter(({ value }) => own !== undefined && value === own)
      .map(({ path }) => ({ record, path, message: `"${own}" refers to itself; point it at another ${DATASET_KIND[record.dataset]} or remove the field` })),
  );
}

/** Every id reference (fields, citation sources, disagreement subjects) resolves to a record of the right kind. */
export const referencesRule: Rule = {
  name: 'references',
  description: 'Every id reference resolves to an existing record of the expected kind.',
  check(context) {
    const ids = indexIds(context.data);
    const findings: Finding[] = [];
    for (const dataset of DATASET_NAMES) {
      for (const record of context.data.records[dataset]) {
        for (const field of REFERENCE_FIELDS[dataset]) {
          for (const { path, value } of select(record.value, field.pattern)) findings.push(...checkReference(record, path, value, field.target, ids));
        }
        for (const citation of findCitations(record.value)) {
          findings.push(...checkReference(record, [...citation.path, 'source'], citation.source, 'sources', ids));
        }
        if (dataset === 'disagreements') findings.push(...subjectReferences(record, ids));
        findings.push(...selfReferences(record));
      }
    }
    return findings;
  },
};
