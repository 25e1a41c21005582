import type { DatasetName } from '../schema/dataset.js';
import type { SchemaResult } from './parse-record.js';

/** One step of a field path: an object key or an array index. */
export type PathSegment = string | number;

/** The names of the validation rules, as printed in brackets after each issue. */
export type RuleName = 'yaml' | 'load' | 'schema' | 'unique-ids' | 'references' | 'source-files' | 'quotes' | 'dates' | 'sorted-unique' | 'id-lock';

/**
 * One problem in the data, located as precisely as the loader allows. This is the shape the CLI
 * prints and `--json` emits.
 */
export interface Issue {
  /** The data file, as given to the loader (usually relative to the working directory). */
  readonly file: string;
  /** 1-based line of the offending field (or of its nearest existing ancestor). */
  readonly line?: number;
  readonly dataset: DatasetName;
  /** The record's `id`, or `#<index>` when the record has no usable id; empty for file-level issues. */
  readonly recordId: string;
  /** Field path inside the record, e.g. `engagements[2].when.value`; empty for the record itself. */
  readonly path: string;
  readonly rule: RuleName;
  readonly message: string;
}

/**
 * One record as read from a data file. The value is untouched YAML data (`unknown`), because
 * rules must cope with records the schema rejects; `parsed` holds the zod output when it passed.
 */
export interface LoadedRecord {
  readonly dataset: DatasetName;
  readonly file: string;
  /** Position of the record in its file's sequence. */
  readonly index: number;
  readonly value: unknown;
  /** Line of the record's first field. */
  readonly line?: number;
  /** Line of the field at `path` (or its nearest existing ancestor); undefined when unknown. */
  lineOf(path: readonly PathSegment[]): number | undefined;
}

/** Every dataset as loaded, plus issues the loader itself found (YAML syntax, missing files). */
export interface LoadedData {
  readonly records: Readonly<Record<DatasetName, readonly LoadedRecord[]>>;
  readonly loadIssues: readonly Issue[];
}

/** An article text with its SHA-256 (hex, of the UTF-8 bytes), as read from the sources directory. */
export interface SourceText {
  readonly text: string;
  readonly sha256: string;
}

/**
 * A problem a rule found, before the runner attaches file and line. Rules stay free of file
 * handling this way and can be tested on in-memory records.
 */
export interface Finding {
  readonly record: LoadedRecord;
  readonly path: readonly PathSegment[];
  readonly message: string;
}

/** What every rule gets: the data, the schema results, and a way to read article texts. */
export interface RuleContext {
  readonly data: LoadedData;
  /** The record's schema check, computed once per run and shared by every rule. */
  schemaResult(record: LoadedRecord): SchemaResult;
  /** Reads an article text by file name; undefined when the file does not exist. */
  readSource(file: string): SourceText | undefined;
  /** Where article texts are read from, for messages. */
  readonly sourcesLabel: string;
}

/** A validation rule: a name for the output and a pure check over the whole dataset. */
export interface Rule {
  readonly name: RuleName;
  /** One line saying what the rule checks, for `--help`-style listings and docs. */
  readonly description: string;
  check(context: RuleContext): Finding[];
}
