import { stringify } from 'csv-stringify/sync';
import type { Cell } from './result.js';

/**
 * RFC 4180 CSV with a header row, `\n` line ends and quoting only where needed. Booleans are
 * written `true`/`false` and empty cells as nothing, so the file reads back the same in
 * spreadsheets, pandas and csv-parse.
 *
 * @example
 * ```ts
 * toCsv(['id', 'name'], [['kdf', 'Kenya Defence Forces, "KDF"']]);
 * // 'id,name\nkdf,"Kenya Defence Forces, ""KDF"""\n'
 * ```
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  // The header goes in as the first array row: csv-stringify's `columns` option would read
  // object keys as dotted paths, which arrays do not need.
  const records = [columns, ...rows.map((row) => columns.map((_, index) => row[index] ?? null))];
  return stringify(records, { record_delimiter: 'unix', cast: { boolean: (value) => (value ? 'true' : 'false') } });
}
