import { z } from 'zod';
import { Citations, Claim, CountryCode, DateClaim, EdtfString, InferenceNote, RecordId } from './common.js';
import { NameVariant } from './person.js';
import { AgreementKind, AgreementStatus, Topic } from './vocabularies.js';

/**
 * One step in an agreement's life, as a source reports it on a date.
 *
 * @example
 * ```ts
 * import { StatusEntry } from 'kenya-defence-cooperation/schema';
 * const entry = StatusEntry.parse({
 *   status: 'signed',
 *   asOf: '2023-09-26',
 *   expected: false,
 *   citations: [{ source: 'us-kenya-defence-deal-2023', quote: 'Kenya and the US on Monday signed a pivotal defense cooperation framework' }],
 * });
 * console.log(entry.status);
 * ```
 */
export const StatusEntry = z
  .strictObject({
    status: AgreementStatus,
    asOf: EdtfString.describe("The date the source reports this status: usually the source's publication date."),
    date: DateClaim.optional().describe('When the step happened or is expected to happen, where the text says.'),
    expected: z.boolean().describe('True when the step is only planned or expected as of `asOf` ("will sign").'),
    citations: Citations,
  })
  .meta({ id: 'StatusEntry', description: "One step of an agreement's status history, cited and dated." });

/**
 * A person who signed, or is to sign, an agreement.
 *
 * @example
 * ```ts
 * import { Signatory } from 'kenya-defence-cooperation/schema';
 * const signatory = Signatory.parse({
 *   person: 'monica-juma',
 *   country: 'KE',
 *   inference: 'The text does not name the party she signs for; she leads the Kenyan delegation.',
 *   citations: [{ source: 'kenya-us-strategic-dialogue-2019', quote: 'Juma will then sign the agreement to guide the Strategic Dialogue' }],
 * });
 * console.log(signatory.country); // 'KE'
 * ```
 */
export const Signatory = z
  .strictObject({
    person: RecordId,
    country: CountryCode.describe('The party the signatory signs for.'),
    inference: InferenceNote.optional(),
    citations: Citations,
  })
  .meta({ id: 'Signatory', description: 'A person signing for a party.' });

/**
 * An agreement, framework, dialogue, action plan or communiqué.
 *
 * @example
 * ```ts
 * import { Agreement, agreements } from 'kenya-defence-cooperation';
 * const result = Agreement.safeParse(agreements[0]);
 * console.log(result.success); // true: the bundled records are valid
 * const broken = Agreement.safeParse({ id: 'x' });
 * console.log(broken.success); // false, with an issue per missing field
 * ```
 */
export const Agreement = z
  .strictObject({
    id: RecordId,
    title: z.string().min(3).describe('The most specific title the sources give.'),
    aliases: z.array(NameVariant).describe('Every other name the sources use for the same instrument.'),
    kind: AgreementKind,
    parties: z.array(CountryCode).min(1).describe('The states party to it, as ISO 3166-1 alpha-2 codes, sorted.'),
    partiesCitations: Citations,
    signatories: z.array(Signatory).describe('Who signed or is to sign it, where a source says.'),
    place: z
      .strictObject({ place: RecordId, citations: Citations })
      .optional()
      .describe('Where it was (or is to be) signed or established.'),
    signed: DateClaim.optional().describe('The signing (or establishing) date, where a source gives one.'),
    term: DateClaim.optional().describe('The period it is in effect, as an EDTF interval (e.g. "2023/2028").'),
    topics: z.array(Topic).describe('What it covers, from the controlled vocabulary.'),
    purpose: z.array(Claim).describe('What it is for or what it does, as the sources say.'),
    statusHistory: z.array(StatusEntry).min(1).describe('Every reported status, ordered by `asOf`, each cited.'),
    related: z
      .array(
        z.strictObject({
          agreement: RecordId,
          relation: z
            .enum(['guides', 'guided-by', 'issued-under', 'issues', 'established-by', 'related'])
            .describe('How this agreement relates to the other: it guides it, is guided by it, is issued under it, issues it, was established by it, or is otherwise related.'),
          citations: Citations,
        }),
      )
      .describe('Links to other agreements.'),
    citations: Citations,
  })
  .meta({ id: 'Agreement', title: 'Agreement', description: 'An agreement, framework, dialogue, plan or communiqué, with its status history.' });

/** An agreement record, inferred from {@link Agreement}. */
export type Agreement = z.infer<typeof Agreement>;
