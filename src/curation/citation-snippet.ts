import { renderYaml } from './yaml-render.js';

/**
 * A citation ready to paste under `citations:` in a data file:
 * `- source: <id>` / `  quote: "<exact>"`, double-quoted and escaped by the yaml package so line
 * breaks, backslashes and quotes inside the quote survive a round trip; invisible characters
 * (no-break spaces) are written as `\uXXXX` escapes so a reviewer sees them.
 *
 * @example
 * ```ts
 * citationSnippet('fixture-article', 'He said: "Karibu"');
 * // '- source: fixture-article\n  quote: "He said: \\"Karibu\\""\n'
 * ```
 */
export function citationSnippet(sourceId: string, exact: string): string {
  return renderYaml([{ source: sourceId, quote: exact }]);
}
