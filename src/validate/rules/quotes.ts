import { DATASET_NAMES } from '../../schema/dataset.js';
import { findCitations } from '../citations.js';
import { looseMatch } from '../loose-match.js';
import { indexSources } from '../source-index.js';
import type { Finding, Rule } from '../types.js';

/** Shortens a quote for a message without hiding where it starts. */
function preview(quote: string): string {
  return quote.length <= 80 ? quote : `${quote.slice(0, 77)}…`;
}

/**
 * Every citation's quote occurs verbatim in its source's text. When it only matches after
 * normalizing typography or case, the message gives the source's exact wording to paste.
 */
export const quotesRule: Rule = {
  name: 'quotes',
  description: 'Every citation quote occurs verbatim in the text of its source.',
  check(context) {
    const sources = indexSources(context.data);
    const findings: Finding[] = [];
    for (const dataset of DATASET_NAMES) {
      for (const record of context.data.records[dataset]) {
        for (const citation of findCitations(record.value)) {
          if (typeof citation.source !== 'string' || typeof citation.quote !== 'string') continue;
          // Unknown sources and missing files are reported by the references and source-files rules.
          const entry = sources.get(citation.source);
          const text = entry === undefined ? undefined : context.readSource(entry.file)?.text;
          if (entry === undefined || text === undefined || text.includes(citation.quote)) continue;
          const loose = looseMatch(text, citation.quote);
          let message = `quote not found in source "${entry.id}" (${entry.file}): "${preview(citation.quote)}"`;
          if (loose?.kind === 'typography') message += `; it differs only in whitespace, quote marks or dashes — the source has: "${loose.excerpt}"`;
          if (loose?.kind === 'case') message += `; it differs in letter case (and perhaps typography) — the source has: "${loose.excerpt}"`;
          findings.push({ record, path: [...citation.path, 'quote'], message });
        }
      }
    }
    return findings;
  },
};
