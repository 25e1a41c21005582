import { parsedRecords } from '../../records.js';
import type { Finding, Rule } from '../../types.js';

/** A source's date is either printed (`published`) or inferred (`publishedInferred`), never both. */
export const sourcePublishedRule: Rule = {
  name: 'dates',
  description: 'A source has `published` or `publishedInferred`, never both.',
  check(context) {
    const findings: Finding[] = [];
    for (const { record, data: source } of parsedRecords(context, 'sources')) {
      if (source.published && source.publishedInferred) {
        findings.push({
          record,
          path: ['publishedInferred'],
          message: 'a source has either `published` (the text prints the date) or `publishedInferred`, never both; keep `published` and drop the inferred one',
        });
      }
    }
    return findings;
  },
};
