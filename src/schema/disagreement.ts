import { z } from 'zod';
import { Citations, RecordId } from './common.js';

/**
 * The kinds of record a disagreement can concern.
 *
 * @example
 * ```ts
 * import { RecordKind } from 'kenya-defence-cooperation/schema';
 * console.log(RecordKind.options); // ['source', 'person', …]
 * RecordKind.parse('visit');
 * ```
 */
export const RecordKind = z
  .enum(['source', 'person', 'organization', 'place', 'post', 'agreement', 'visit', 'commitment'])
  .meta({ id: 'RecordKind', description: 'The kind of record a reference points at.' });

/**
 * Where sources disagree: each claim kept with its citations, and what the curator made of it.
 *
 * @example
 * ```ts
 * import { Disagreement, disagreements } from 'kenya-defence-cooperation';
 * const record = disagreements[0];
 * console.log(Disagreement.safeParse(record).success, record?.claims.length);
 * ```
 */
export const Disagreement = z
  .strictObject({
    id: RecordId,
    title: z.string().min(3).describe('The question the sources disagree on.'),
    subjects: z
      .array(
        z.strictObject({
          kind: RecordKind,
          id: RecordId,
          field: z.string().min(1).optional().describe('Dot path of the field in question, e.g. "when".'),
        }),
      )
      .min(1)
      .describe('The records (and fields) the disagreement is about.'),
    claims: z
      .array(z.strictObject({ summary: z.string().min(3).describe('One claim in plain words.'), citations: Citations }))
      .min(2)
      .describe('The competing claims, each with its own citations.'),
    resolution: z
      .enum(['unresolved', 'kept-both'])
      .describe('"unresolved": the sources conflict and the data keeps both; "kept-both": possibly compatible readings kept side by side.'),
    note: z.string().min(10).describe('What conflicts and why the data stays as it is.'),
  })
  .meta({ id: 'Disagreement', title: 'Disagreement', description: 'A point on which sources disagree, with each claim cited.' });

/** A disagreement record, inferred from {@link Disagreement}. */
export type Disagreement = z.infer<typeof Disagreement>;
