import { z } from 'zod';
import { Citations, Claim, CountryCode, DateClaim, EdtfString, Money, RecordId } from './common.js';
import { CommitmentKind } from './vocabularies.js';

/**
 * A party to a commitment: a state, a person acting for it, an organization, or several.
 *
 * @example
 * ```ts
 * import { CommitmentParty } from 'kenya-defence-cooperation/schema';
 * const cite = [{ source: 'duale-us-trip-2024', quote: 'The US pledged to support the Kenya Defence Forces' }];
 * const party = CommitmentParty.parse({ country: 'US', citations: cite });
 * console.log(party.country);
 * ```
 */
export const CommitmentParty = z
  .strictObject({
    country: CountryCode.optional(),
    person: RecordId.optional(),
    organization: RecordId.optional(),
    citations: Citations,
  })
  .meta({ id: 'CommitmentParty', description: 'Who pledges or receives: a country code, a person id and/or an organization id.' });

/**
 * A pledge of money, personnel or basing access.
 *
 * @example
 * ```ts
 * import { Commitment, commitments } from 'kenya-defence-cooperation';
 * for (const record of commitments) console.log(record.id, Commitment.safeParse(record).success);
 * ```
 */
export const Commitment = z
  .strictObject({
    id: RecordId,
    title: z.string().min(3).describe("A short descriptive title in the curator's words."),
    kind: CommitmentKind,
    pledgedBy: CommitmentParty,
    recipient: CommitmentParty.describe('Who benefits or hosts; for a deployment, the country it goes to.'),
    money: Money.optional().describe('For funding: the amount.'),
    personnel: z
      .strictObject({
        count: z.number().int().positive().describe('How many people.'),
        description: z.string().min(3).describe('Who they are, as written.'),
      })
      .optional()
      .describe('For personnel: how many, and who ("well-trained police officers").'),
    site: RecordId.optional().describe('For basing access: id of the site.'),
    purpose: z.array(Claim).describe('What the commitment is for, as the sources say.'),
    pledged: DateClaim.optional().describe('When it was pledged, where the text says.'),
    asOf: EdtfString.describe('The source date the commitment is reported as of.'),
    agreements: z.array(RecordId).describe('Ids of related agreements.'),
    visits: z.array(RecordId).describe('Ids of visits at which it was made or mentioned.'),
    citations: Citations,
  })
  .meta({ id: 'Commitment', title: 'Commitment', description: 'A pledge of money, personnel or basing access, as of a date.' });

/** A commitment record, inferred from {@link Commitment}. */
export type Commitment = z.infer<typeof Commitment>;
