import { toCsv } from './format/csv.js';
import type { CommandResult } from './format/result.js';
import { renderTable } from './format/table.js';
import type { Format } from './options.js';

/**
 * A command's answer as text in one format. JSON is indented by two spaces and every output
 * ends in a newline; nothing depends on the terminal, the clock or the locale.
 *
 * @example
 * ```ts
 * formatResult({ items: [{ id: 'a' }], columns: ['id'], rows: [['a']] }, 'ndjson'); // '{"id":"a"}\n'
 * ```
 */
export function formatResult(result: CommandResult, format: Format): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(result.document ?? result.items, null, 2)}\n`;
    case 'ndjson':
      return result.items.map((item) => `${JSON.stringify(item)}\n`).join('');
    case 'csv':
      return toCsv(result.columns, result.rows);
    case 'table':
      return result.text ?? (result.rows.length === 0 ? '' : renderTable(result.columns, result.rows));
  }
}
