/** A table cell: what CSV writes as-is and the table view prints (with `null` as empty). */
export type Cell = string | number | boolean | null;

/**
 * What a command hands to the output layer: the same answer in two shapes, so every format shows
 * the same records.
 * - `items` — the structured answer: `json` prints them as an array (or `document` instead,
 *   where the answer is one object), `ndjson` one per line;
 * - `columns`/`rows` — the flat view: `table` aligns it, `csv` writes it with a header.
 */
export interface CommandResult {
  readonly items: readonly unknown[];
  /** The whole JSON answer when it is one object rather than a list (`show`, `status`, `versions`). */
  readonly document?: unknown;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Replaces the aligned table for `--format table` where a detail view reads better (`show`). */
  readonly text?: string;
  /** What the items are called in the "0 records" note; omit to never print the note. */
  readonly noun?: string;
  /** Said after the "0 records" note when there are none, e.g. a spelling that finds something. */
  readonly hint?: string;
}

/**
 * Joins list values in one cell. A semicolon rather than a comma keeps CSV cells unquoted and
 * never occurs in ids, country codes or vocabulary values.
 *
 * @example
 * ```ts
 * listCell(['KE', 'US']); // 'KE;US'
 * ```
 */
export function listCell(values: readonly (string | undefined)[]): string {
  return values.filter((value): value is string => value !== undefined && value !== '').join(';');
}

/**
 * Turns any field value into a cell: scalars stay, lists of scalars are joined, objects become
 * compact JSON (so no information is lost in CSV).
 *
 * @example
 * ```ts
 * toCell({ amount: 1 }); // '{"amount":1}'
 * ```
 */
export function toCell(value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) return value.join(';');
  return JSON.stringify(value);
}
