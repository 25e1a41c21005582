import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Document, isMap, isSeq, parseDocument, YAMLSeq } from 'yaml';
import { renderYaml } from './yaml-render.js';

/**
 * Reads and appends to `data/sources.yaml` through yaml's Document API, so the curators'
 * comments and formatting survive an automated append. Node-only.
 */

/** The fields of an existing source that the curation tools compare against. */
export interface SourceEntry {
  readonly id: string;
  readonly file: string | undefined;
  readonly sha256: string | undefined;
}

/** A parsed sources file: the document (to append to and write back) and its entries. */
export interface SourcesFile {
  readonly path: string;
  readonly document: Document;
  readonly entries: readonly SourceEntry[];
}

function sequenceOf(document: Document, filePath: string): YAMLSeq {
  if (document.contents === null) {
    const sequence = new YAMLSeq();
    document.contents = sequence;
    return sequence;
  }
  if (isSeq(document.contents)) return document.contents;
  throw new Error(`${filePath} must be a YAML list of source records (it starts with a ${isMap(document.contents) ? 'mapping' : 'scalar'}).`);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * Loads `filePath` (a missing file is an empty list) and lists its sources.
 *
 * @example
 * ```ts
 * const sources = loadSourcesFile('data/sources.yaml');
 * sources.entries.find((entry) => entry.sha256 === hash)?.id;
 * ```
 * @throws when the file is not valid YAML or not a list.
 */
export function loadSourcesFile(filePath: string): SourcesFile {
  return loadSourcesFromText(existsSync(filePath) ? readFileSync(filePath, 'utf8') : '', filePath);
}

function loadSourcesFromText(yamlText: string, filePath: string): SourcesFile {
  const document = yamlText.trim() === '' ? new Document([]) : parseDocument(yamlText);
  if (document.errors.length > 0) throw new Error(`${filePath} is not valid YAML: ${document.errors[0]?.message ?? 'unknown error'}`);
  const entries = sequenceOf(document, filePath).items.flatMap((item): SourceEntry[] => {
    if (!isMap(item)) return [];
    const id = text(item.get('id'));
    return id === undefined ? [] : [{ id, file: text(item.get('file')), sha256: text(item.get('sha256')) }];
  });
  return { path: filePath, document, entries };
}

/**
 * Appends `record` to the list, with `comment` (one `#` line per line) above it, and writes the
 * file back. Existing lines are kept byte for byte: re-serializing the whole document would
 * re-fold curators' block scalars and turn their `\u00A0` escapes into invisible characters, so
 * the new record is rendered on its own and added to the end of a block list. The result is
 * parsed again to prove the append produced the intended list.
 *
 * @example
 * ```ts
 * appendSource(loadSourcesFile('data/sources.yaml'), { id: 'kenya-ghana-naval-visit', … }, 'TODO: add a description');
 * ```
 * @throws when the file is a flow list (`[…]`), which cannot be appended to as text.
 */
export function appendSource(sources: SourcesFile, record: Record<string, unknown>, comment?: string): void {
  const sequence = sequenceOf(sources.document, sources.path);
  const original = existsSync(sources.path) ? readFileSync(sources.path, 'utf8') : '';
  if (sequence.flow && sequence.items.length > 0) {
    throw new Error(`${sources.path} is a flow list ([…]); rewrite it as a block list (one "- " item per record) before adding sources.`);
  }
  const emptyFlow = sequence.flow === true; // "[]": replace, nothing to preserve
  const commentLines = comment === undefined ? '' : comment.split('\n').map((line) => `# ${line}\n`).join('');
  const rendered = commentLines + renderYaml([record]);
  const head = emptyFlow ? original.replace(/\[\s*\]\s*$/, '') : original;
  const updated = `${head}${head === '' || head.endsWith('\n') ? '' : '\n'}${rendered}`;
  const check = loadSourcesFromText(updated, sources.path);
  if (check.entries.length !== sources.entries.length + 1 || check.entries.at(-1)?.id !== record['id']) {
    throw new Error(`Appending to ${sources.path} did not produce one more source record; the file was left unchanged. Add the record by hand.`);
  }
  writeFileSync(sources.path, updated);
}
