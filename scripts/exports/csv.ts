/**
 * CSV encoding of the tables with csv-stringify / csv-parse: RFC 4180 (CRLF line ends, fields
 * quoted when they hold a comma, quote or line break), UTF-8 without BOM, one header row.
 * No hand-written escaping: quotes in the data contain commas, quotes and curly quotes.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Cell, Row } from './flatten.js';
import type { TablePlan } from './plan.js';

/**
 * The CSV text of one table. `null` is an empty field; booleans are `true` / `false` (Table
 * Schema's default true/false values), not csv-stringify's default `1` / empty.
 *
 * @example
 * ```ts
 * toCsv(plan, rows); // 'id,title,…\r\nkenya-rwanda-…,…\r\n'
 * ```
 */
export function toCsv(plan: TablePlan, rows: readonly Row[]): string {
  return stringify(
    rows.map((row) => plan.columns.map((column) => row[column.name] ?? null)),
    {
      header: true,
      columns: plan.columns.map((column) => column.name),
      record_delimiter: 'windows',
      cast: { boolean: (value) => (value ? 'true' : 'false'), number: (value) => String(value) },
    },
  );
}

function typed(text: string, type: TablePlan['columns'][number]['type']): Cell {
  if (text === '') return null;
  if (type === 'integer' || type === 'number') return Number(text);
  if (type === 'boolean') {
    if (text !== 'true' && text !== 'false') throw new Error(`expected true or false, got ${JSON.stringify(text)}`);
    return text === 'true';
  }
  return text;
}

/**
 * Parses a table's CSV back into typed rows, using the plan's column types. Throws when the
 * header differs from the plan, so a reader never silently shifts columns.
 *
 * @example
 * ```ts
 * fromCsv(plan, toCsv(plan, rows)); // deep-equals rows
 * ```
 */
export function fromCsv(plan: TablePlan, text: string): Row[] {
  const records = parse(text, { bom: true, relax_column_count: false }) as string[][];
  const [header, ...body] = records;
  const expected = plan.columns.map((column) => column.name);
  if (!header || header.join(',') !== expected.join(',')) throw new Error(`${plan.name}.csv: header ${JSON.stringify(header)} differs from ${JSON.stringify(expected)}`);
  return body.map((fields) => Object.fromEntries(plan.columns.map((column, index) => [column.name, typed(fields[index] ?? '', column.type)])));
}
