import { DATASET_NAMES } from '../../schema/dataset.js';
import { idOf, select } from '../paths.js';
import type { Finding, LoadedRecord, PathSegment, Rule } from '../types.js';

interface Occurrence {
  readonly record: LoadedRecord;
  readonly path: readonly PathSegment[];
}

function where(occurrence: Occurrence): string {
  const line = occurrence.record.lineOf(occurrence.path);
  return line === undefined ? occurrence.record.file : `${occurrence.record.file}:${line}`;
}

/** Ids must be unique within each dataset, and engagement ids unique across all visits and distinct from visit ids. */
export const uniqueIdsRule: Rule = {
  name: 'unique-ids',
  description: 'Ids are unique within each dataset; engagement ids are unique across all visits and differ from visit ids.',
  check(context) {
    const findings: Finding[] = [];
    for (const dataset of DATASET_NAMES) {
      const seen = new Map<string, Occurrence>();
      for (const record of context.data.records[dataset]) {
        const id = idOf(record.value);
        if (id === undefined) continue;
        const first = seen.get(id);
        if (first) findings.push({ record, path: ['id'], message: `duplicate id "${id}" in ${dataset}: already used at ${where(first)}` });
        else seen.set(id, { record, path: ['id'] });
      }
    }

    // Engagements are addressed by id on their own (ENGAGEMENT_IDS, disagreement fields), so they
    // share one namespace with each other and must not shadow the visits that contain them.
    const visitIds = new Map<string, Occurrence>();
    for (const record of context.data.records.visits) {
      const id = idOf(record.value);
      if (id !== undefined && !visitIds.has(id)) visitIds.set(id, { record, path: ['id'] });
    }
    const engagementIds = new Map<string, Occurrence>();
    for (const record of context.data.records.visits) {
      for (const { path, value } of select(record.value, ['engagements', '*', 'id'])) {
        if (typeof value !== 'string') continue;
        const first = engagementIds.get(value);
        const visit = visitIds.get(value);
        if (first) findings.push({ record, path, message: `duplicate engagement id "${value}": already used at ${where(first)}` });
        else engagementIds.set(value, { record, path });
        if (visit) findings.push({ record, path, message: `engagement id "${value}" is also the id of a visit (${where(visit)}); give the engagement its own id` });
      }
    }
    return findings;
  },
};
