import { createHash } from 'node:crypto';
import { findQuote } from './find-quote.js';
import { findPrintedDate } from './printed-date.js';
import { isSourceId, sourceIdFromFileName } from './source-id.js';
import type { SourceEntry } from './sources-file.js';

/**
 * Drafts the `data/sources.yaml` record for a new article: fingerprints, and only those
 * metadata the text itself prints (each with its citation). Anything the curator must still
 * decide becomes a TODO, never a guess.
 */

/** What the curator passed on the command line. */
export interface SourceDraftInput {
  /** The article file's name (its basename), which the record stores as `file`. */
  readonly fileName: string;
  /** The raw bytes of the article; hashed as they are. */
  readonly bytes: Uint8Array;
  readonly id?: string;
  /** Publication date as an ISO day. */
  readonly published?: string;
  readonly headline?: string;
  /** Publisher or wire credit as printed. */
  readonly publisher?: string;
  readonly description?: string;
}

/** A drafted record, with the TODOs to write above it and notes for the terminal. */
export interface SourceDraft {
  readonly record: Record<string, unknown>;
  readonly todos: readonly string[];
  readonly notes: readonly string[];
  readonly text: string;
}

/** Why a draft was refused; `existingId` is set when the text is already a source. */
export interface SourceDraftRefusal {
  readonly refused: string;
  readonly existingId?: string;
}

/**
 * SHA-256 of the bytes, lower-case hex, matching `sha256sum`.
 *
 * @example
 * ```ts
 * sha256Hex(new TextEncoder().encode('abc')); // 'ba7816bf…15ad'
 * ```
 */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function citedText(id: string, text: string, given: string, label: string, flag: string): Record<string, unknown> | SourceDraftRefusal {
  const search = findQuote(text, given);
  const [match] = search.matches;
  if (match) return { text: match.exact, citations: [{ source: id, quote: match.exact }] };
  const nearest = search.nearest ? ` Nearest partial match at line ${search.nearest.match.line}: ${JSON.stringify(search.nearest.context)}.` : '';
  return {
    refused: `The ${label} "${given}" does not occur in the text, so it cannot be cited.${nearest} Pass ${flag} exactly as printed, or leave it out (a ${label} the text does not print is not recorded).`,
  };
}

function isRefusal(value: unknown): value is SourceDraftRefusal {
  return typeof value === 'object' && value !== null && 'refused' in value;
}

/**
 * Drafts the source record, or refuses: a text already listed (same SHA-256), an id that is
 * malformed or taken, a file name already used, a non-UTF-8 text, or a headline or publisher
 * that the text does not print.
 *
 * @example
 * ```ts
 * const draft = draftSourceRecord({ fileName: 'kenya-ghana.txt', bytes, published: '2031-03-14' }, existingEntries);
 * if ('refused' in draft) console.error(draft.refused); else console.log(draft.record.id); // 'kenya-ghana'
 * ```
 */
export function draftSourceRecord(input: SourceDraftInput, existing: readonly SourceEntry[]): SourceDraft | SourceDraftRefusal {
  const sha256 = sha256Hex(input.bytes);
  const duplicate = existing.find((entry) => entry.sha256 === sha256);
  if (duplicate) {
    return { refused: `This text is already in data/sources.yaml as source "${duplicate.id}" (file ${duplicate.file ?? '?'}, same SHA-256 ${sha256}). Nothing was added.`, existingId: duplicate.id };
  }
  if (!/^[^/\\]+\.txt$/.test(input.fileName)) {
    return { refused: `The article file must be a plain-text file named *.txt (the sources directory holds only .txt files); got "${input.fileName}". Rename it and try again.` };
  }
  const sameFile = existing.find((entry) => entry.file === input.fileName);
  if (sameFile) {
    return { refused: `Source "${sameFile.id}" already uses the file name ${input.fileName}, with a different text. Rename the new file before adding it.` };
  }
  const id = input.id ?? sourceIdFromFileName(input.fileName);
  if (!isSourceId(id)) {
    return { refused: `"${id}" is not a valid source id: use lower-case letters and digits joined by single hyphens, e.g. "kenya-ghana-naval-visit-2031". Pass --id.` };
  }
  if (existing.some((entry) => entry.id === id)) {
    return { refused: `The id "${id}" is already taken by another source. Pass a different --id.` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(input.bytes);
  } catch {
    return { refused: `${input.fileName} is not valid UTF-8. Convert it to UTF-8 first; quotes are checked against the UTF-8 text.` };
  }

  const todos: string[] = [];
  const notes: string[] = [];
  const record: Record<string, unknown> = { id, file: input.fileName, sha256, characters: text.length, language: 'en' };
  if (input.headline !== undefined) {
    const headline = citedText(id, text, input.headline, 'headline', '--headline');
    if (isRefusal(headline)) return headline;
    record['headline'] = headline;
  }
  if (input.publisher !== undefined) {
    const credit = citedText(id, text, input.publisher, 'publisher credit', '--publisher');
    if (isRefusal(credit)) return credit;
    record['credit'] = credit;
  }
  if (input.description !== undefined) record['description'] = input.description;
  else todos.push(`TODO: add "description: <one-line summary of the article>" (required; the record does not validate without it).`);
  if (input.published !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.published) || Number.isNaN(Date.parse(input.published))) {
      return { refused: `--published must be an ISO day (YYYY-MM-DD); got "${input.published}".` };
    }
    const printed = findPrintedDate(text, input.published);
    if (printed) {
      // Printed in full: no inference needed, so none is recorded (the schema's rule for `inference`).
      record['published'] = { value: input.published, asWritten: printed.exact, citations: [{ source: id, quote: printed.exact }] };
      notes.push(`The publication date is printed at line ${printed.line} as "${printed.exact}"; cited.`);
    } else {
      todos.push(
        `TODO: --published ${input.published} was given but the text does not print that date in a form the tool recognizes.`,
        `      If it is printed, add "published" with value, asWritten and a citation (npm run quote -- ${id} "<the printed date>").`,
        `      If it is not, add "publishedInferred" with an inference saying where the date comes from (npm run date).`,
      );
    }
  }
  return { record, todos, notes, text };
}
