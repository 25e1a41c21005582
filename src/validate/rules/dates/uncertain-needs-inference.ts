import { parseEdtf, type EdtfDate } from '../../../dates/edtf.js';
import type { DatasetName } from '../../../schema/dataset.js';
import { isObject, select, type PathPattern } from '../../paths.js';
import { parsedRecords } from '../../records.js';
import type { Finding, Rule } from '../../types.js';

/** Where DateClaims sit in each record kind. Keep in step with src/schema. */
export const DATE_CLAIM_FIELDS: Readonly<Record<DatasetName, readonly PathPattern[]>> = {
  sources: [['published'], ['publishedInferred']],
  people: [],
  organizations: [],
  places: [],
  posts: [['start'], ['end']],
  agreements: [['signed'], ['term'], ['statusHistory', '*', 'date']],
  visits: [['when'], ['engagements', '*', 'when']],
  commitments: [['pledged']],
  disagreements: [],
};

function isUncertain(value: string): boolean {
  const parsed = parseEdtf(value);
  const dates = parsed.type === 'date' ? [parsed.date] : [parsed.start, parsed.end].filter((end): end is EdtfDate => typeof end === 'object');
  return dates.some((date) => date.uncertain);
}

/**
 * In this data `?` marks a value that rests on the curator's inference, and the inference is
 * what lets a reader check it; so a `?` without `inference` is an unexplained guess.
 * (Reasoning itself is required by the Inference schema, so it is not re-checked here.)
 */
export const uncertainNeedsInferenceRule: Rule = {
  name: 'dates',
  description: 'A date value marked uncertain (`?` or `%`) carries an `inference`.',
  check(context) {
    const findings: Finding[] = [];
    for (const [dataset, patterns] of Object.entries(DATE_CLAIM_FIELDS) as [DatasetName, readonly PathPattern[]][]) {
      for (const { record, data } of parsedRecords(context, dataset)) {
        for (const pattern of patterns) {
          for (const { path, value: claim } of select(data, pattern)) {
            if (!isObject(claim) || typeof claim['value'] !== 'string' || claim['inference'] !== undefined) continue;
            if (!isUncertain(claim['value'])) continue;
            findings.push({
              record,
              path: [...path, 'value'],
              message: `"${claim['value']}" is marked uncertain ("?") but has no inference; add \`inference\` (method and reasoning) saying what the value rests on, or drop the "?" if the text prints the date`,
            });
          }
        }
      }
    }
    return findings;
  },
};
