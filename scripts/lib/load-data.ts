import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { DATASET_NAMES, type DatasetName } from '../../src/schema/dataset.js';
import type { Issue, LoadedData, LoadedRecord, PathSegment } from '../../src/validate/types.js';
import { displayPath } from './display-path.js';

/** Records of one file plus the problems found reading it. */
export interface ParsedFile {
  readonly records: LoadedRecord[];
  readonly issues: Issue[];
}

function fileIssue(file: string, dataset: DatasetName, rule: 'yaml' | 'load', message: string, line?: number): Issue {
  return { file, ...(line === undefined ? {} : { line }), dataset, recordId: '', path: '', rule, message };
}

/**
 * The line of the field at `path` under `node`. For a map key it is the key's own line (where
 * the curator reads `when:`), not the line its nested value starts on. When the path leaves the
 * document (a required field that is missing), the nearest existing ancestor's line is returned.
 */
function lineOfPath(node: unknown, path: readonly PathSegment[], lineOf: (offset: number) => number): number | undefined {
  let current: unknown = node;
  let line = isNodeWithRange(current) ? lineOf(current.range[0]) : undefined;
  for (const segment of path) {
    if (isMap(current)) {
      const pair = current.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === segment);
      if (!pair) break;
      if (isNodeWithRange(pair.key)) line = lineOf(pair.key.range[0]);
      current = pair.value;
    } else if (isSeq(current) && typeof segment === 'number') {
      current = current.items[segment];
      if (!isNodeWithRange(current)) break;
      line = lineOf(current.range[0]);
    } else {
      break;
    }
  }
  return line;
}

function isNodeWithRange(value: unknown): value is YamlNode & { range: [number, number, number] } {
  return (isMap(value) || isSeq(value) || isScalar(value)) && Array.isArray(value.range);
}

/**
 * Parses one dataset file's text. Uses `parseDocument` rather than `parse` so every record and
 * field keeps its position, which is what lets issues point at a line.
 */
export function parseDatasetText(dataset: DatasetName, file: string, text: string): ParsedFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number): number => lineCounter.linePos(offset).line;

  if (document.errors.length > 0) {
    // A file with syntax errors cannot be trusted record by record; report the errors only.
    const issues = document.errors.map((error) => fileIssue(file, dataset, 'yaml', error.message, lineOf(error.pos[0])));
    return { records: [], issues };
  }
  const contents = document.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return { records: [], issues: [] };
  if (!isSeq(contents)) {
    return { records: [], issues: [fileIssue(file, dataset, 'load', 'expected a YAML sequence of records (each starting with "- id: …")', 1)] };
  }
  const values: unknown = document.toJS();
  const items = Array.isArray(values) ? values : [];
  const records = contents.items.map((node, index): LoadedRecord => {
    const line = isNodeWithRange(node) ? lineOf(node.range[0]) : undefined;
    return {
      dataset,
      file,
      index,
      value: items[index],
      ...(line === undefined ? {} : { line }),
      lineOf: (fieldPath) => lineOfPath(node, fieldPath, lineOf),
    };
  });
  return { records, issues: [] };
}

/**
 * Loads `<dir>/<dataset>.yaml` for every dataset. A missing file is an issue rather than an
 * exception, so one run reports it alongside everything else.
 */
export function loadDataDir(dir: string): LoadedData {
  const records = {} as Record<DatasetName, LoadedRecord[]>;
  const loadIssues: Issue[] = [];
  for (const dataset of DATASET_NAMES) {
    const absolute = path.resolve(dir, `${dataset}.yaml`);
    const file = displayPath(absolute);
    if (!existsSync(absolute)) {
      records[dataset] = [];
      loadIssues.push(fileIssue(file, dataset, 'load', `missing data file; create it (an empty dataset is "[]")`));
      continue;
    }
    const parsed = parseDatasetText(dataset, file, readFileSync(absolute, 'utf8'));
    records[dataset] = parsed.records;
    loadIssues.push(...parsed.issues);
  }
  return { records, loadIssues };
}
