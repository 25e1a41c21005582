import type { DatasetName } from '../../schema/dataset.js';
import { select, type PathPattern } from '../paths.js';
import type { Finding, LoadedRecord, PathSegment, Rule } from '../types.js';

/** Arrays that must be sorted (and so also free of duplicates): parties are a set, written in one canonical order. */
const SORTED: Readonly<Partial<Record<DatasetName, readonly PathPattern[]>>> = {
  agreements: [['parties']],
};

/** Arrays of values or ids that are sets: a repeat is a copy-paste slip and would double-count in queries. */
const UNIQUE: Readonly<Partial<Record<DatasetName, readonly PathPattern[]>>> = {
  agreements: [['topics']],
  visits: [
    ['topics'],
    ['agreements'],
    ['destination', 'places'],
    ['engagements', '*', 'topics'],
    ['engagements', '*', 'participants'],
    ['engagements', '*', 'organizations'],
    ['engagements', '*', 'agreements'],
  ],
  commitments: [['agreements'], ['visits']],
};

function duplicates(record: LoadedRecord, path: readonly PathSegment[], items: readonly unknown[]): Finding[] {
  const firstIndex = new Map<string, number>();
  const findings: Finding[] = [];
  items.forEach((item, index) => {
    if (typeof item !== 'string') return;
    const first = firstIndex.get(item);
    if (first === undefined) firstIndex.set(item, index);
    else findings.push({ record, path: [...path, index], message: `"${item}" is listed twice (first at [${first}]); remove the repeat` });
  });
  return findings;
}

function unsorted(record: LoadedRecord, path: readonly PathSegment[], items: readonly unknown[]): Finding[] {
  const strings = items.filter((item): item is string => typeof item === 'string');
  // Plain code-unit order, so the canonical order never depends on the machine's locale.
  const sorted = [...new Set(strings)].sort();
  if (strings.length === sorted.length && strings.every((item, index) => item === sorted[index])) return [];
  return [{ record, path, message: `must be sorted and without repeats: write [${sorted.map((item) => JSON.stringify(item)).join(', ')}]` }];
}

/** Agreement parties are sorted and unique; topic and id lists contain no repeats. */
export const sortedUniqueRule: Rule = {
  name: 'sorted-unique',
  description: 'Agreement parties are sorted and unique; topic and id lists have no repeats.',
  check(context) {
    const findings: Finding[] = [];
    for (const [table, check] of [
      [SORTED, unsorted],
      [UNIQUE, duplicates],
    ] as const) {
      for (const [dataset, patterns] of Object.entries(table) as [DatasetName, readonly PathPattern[]][]) {
        for (const record of context.data.records[dataset]) {
          for (const pattern of patterns) {
            for (const { path, value } of select(record.value, pattern)) if (Array.isArray(value)) findings.push(...check(record, path, value));
          }
        }
      }
    }
    return findings;
  },
};
