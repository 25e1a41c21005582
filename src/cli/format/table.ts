import type { Cell } from './result.js';

/** Widest a cell may print before it is cut with "…"; the full value is in json and csv. */
export const MAX_CELL_WIDTH = 48;

/** Characters (code points), not UTF-16 units, so "é" or "…" counts once. */
function width(text: string): number {
  return Array.from(text).length;
}

/**
 * A cell as one line of at most `max` characters: line breaks and runs of spaces become one
 * space (a quote spanning lines must not break the table), and a long value ends in "…".
 *
 * @example
 * ```ts
 * cellText('a\nb', 10); // 'a b'
 * cellText('abcdef', 4); // 'abc…'
 * ```
 */
export function cellText(cell: Cell, max = MAX_CELL_WIDTH): string {
  if (cell === null) return '';
  const text = String(cell).replace(/\s+/g, ' ').trim();
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Plain aligned text columns: a header, a dashed rule, one line per row, columns two spaces
 * apart, no trailing spaces. The output depends only on the input (no terminal width), so it is
 * the same in a pipe, a test and a terminal.
 *
 * @example
 * ```ts
 * renderTable(['id', 'name'], [['aden-duale', 'Aden Duale']]);
 * // id          name
 * // ----------  ----------
 * // aden-duale  Aden Duale
 * ```
 */
export function renderTable(columns: readonly string[], rows: readonly (readonly Cell[])[], max = MAX_CELL_WIDTH): string {
  const texts = rows.map((row) => columns.map((_, index) => cellText(row[index] ?? null, max)));
  const widths = columns.map((column, index) => Math.max(width(column), ...texts.map((row) => width(row[index] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, index) => cell + ' '.repeat(Math.max(0, (widths[index] ?? 0) - width(cell))))
      .join('  ')
      .trimEnd();
  return [line(columns), line(widths.map((size) => '-'.repeat(size))), ...texts.map(line)].join('\n') + '\n';
}
