import type { ResolvedDatePhrase } from '../dates/phrases.js';
import { renderYaml } from './yaml-render.js';

/**
 * A DateClaim to paste into a record: value, asWritten, inference, and an empty `citations`
 * with a TODO, because only the curator can pick the sentence that states the date.
 *
 * @example
 * ```ts
 * dateClaimSnippet(resolveDatePhrase('last month', { published: '2024-02-04' }));
 * // value: 2024-01
 * // asWritten: last month
 * // inference:
 * //   method: relative-to-publication
 * //   reasoning: 'last month' relative to the publication date 2024-02-04 is January 2024.
 * //   anchor: 2024-02-04
 * // citations: [] # TODO: …
 * ```
 */
export function dateClaimSnippet(resolved: ResolvedDatePhrase, sourceId = '<source-id>'): string {
  const { value, asWritten, inference } = resolved;
  const body = renderYaml({ value, asWritten, inference: { ...inference, ...(inference.alternatives ? { alternatives: [...inference.alternatives] } : {}) } });
  const todo = `# TODO: cite the sentence with the date: npm run quote -- ${sourceId} "<words around ${JSON.stringify(asWritten).slice(1, -1)}>"`;
  return `${body}citations: [] ${todo}\n`;
}
