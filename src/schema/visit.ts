import { z } from 'zod';
import { Citations, Claim, CountryCode, DateClaim, EdtfString, InferenceNote, RecordId } from './common.js';
import { EngagementKind, EventStatus, Topic, VisitKind } from './vocabularies.js';

/**
 * Status of a visit or engagement as of the source's date.
 *
 * @example
 * ```ts
 * import { EventStatusClaim } from 'kenya-defence-cooperation/schema';
 * const cite = [{ source: 'duale-us-trip-2024', quote: 'The cabinet secretary will also deliver a lecture at the National Defence University' }];
 * const status = EventStatusClaim.parse({ value: 'planned', asOf: '2024-02-04', citations: cite });
 * console.log(status.value);
 * ```
 */
export const EventStatusClaim = z
  .strictObject({
    value: EventStatus,
    asOf: EdtfString.describe('The date this status is reported as of (the source date).'),
    citations: Citations,
  })
  .meta({ id: 'EventStatusClaim', description: 'Whether an event took place, is under way or is planned, as of a date.' });

/**
 * Someone met at an engagement: a named person, an organization, or a group the text only describes.
 *
 * @example
 * ```ts
 * import { Counterpart } from 'kenya-defence-cooperation/schema';
 * const counterpart = Counterpart.parse({
 *   description: 'Senators',
 *   citations: [{ source: 'duale-us-trip-2024', quote: 'Senators' }],
 * });
 * console.log(counterpart.description);
 * ```
 */
export const Counterpart = z
  .strictObject({
    person: RecordId.optional().describe('Id of the person met, where named.'),
    organization: RecordId.optional().describe('Id of the organization met, where named.'),
    description: z.string().min(3).optional().describe('Who was met, in the source\'s words, where no person is named ("Senators").'),
    inference: InferenceNote.optional(),
    citations: Citations,
  })
  .meta({ id: 'Counterpart', description: 'A person, organization or described group met at an engagement.' });

/**
 * Something said by a person or organization, quoted in a source.
 *
 * @example
 * ```ts
 * import { Statement } from 'kenya-defence-cooperation/schema';
 * const cite = [{ source: 'us-kenya-defence-deal-2023', quote: 'Duale proudly lauded the signing of the framework for defense cooperation' }];
 * const statement = Statement.parse({ by: { person: 'aden-duale' }, summary: 'Duale lauded the signing.', citations: cite });
 * console.log(statement.by.person);
 * ```
 */
export const Statement = z
  .strictObject({
    by: z
      .strictObject({ person: RecordId.optional(), organization: RecordId.optional() })
      .describe('Who said it: a person id, an organization id, or both.'),
    summary: z.string().min(3).describe('What was said, in brief.'),
    citations: Citations,
  })
  .meta({ id: 'Statement', description: 'A statement by a person or organization, with the quote.' });

/**
 * A meeting, talk, lecture or other engagement within a visit.
 *
 * @example
 * ```ts
 * import { Engagement, visits } from 'kenya-defence-cooperation';
 * const engagements = visits.flatMap((visit) => visit.engagements);
 * console.log(engagements.every((item) => Engagement.safeParse(item).success)); // true
 * ```
 */
export const Engagement = z
  .strictObject({
    id: RecordId,
    title: z.string().min(3).describe("A short descriptive title in the curator's words."),
    kind: EngagementKind,
    status: EventStatusClaim,
    when: DateClaim.optional().describe('When it happened or is planned, where the text says; must fall within the visit.'),
    place: RecordId.optional().describe('Id of the place (city or venue), where the text says.'),
    participants: z.array(RecordId).describe('Ids of travelling people taking part, besides the visit lead (usually empty).'),
    counterparts: z.array(Counterpart).describe('Who was met.'),
    organizations: z.array(RecordId).describe('Ids of organizations hosting or convening it (e.g. IMCTC for its ministers meeting).'),
    topics: z.array(Topic).describe('What was discussed, from the controlled vocabulary.'),
    agreements: z.array(RecordId).describe('Ids of agreements signed, discussed or issued at it.'),
    statements: z.array(Statement).describe('What participants said about it, quoted.'),
    notes: z.array(Claim).describe('Further cited facts about the engagement.'),
    citations: Citations,
  })
  .meta({ id: 'Engagement', title: 'Engagement', description: 'A meeting, talk, lecture, memorial visit or other engagement within a visit.' });

/**
 * A traveller other than the lead: a named person or a described group.
 *
 * @example
 * ```ts
 * import { DelegationMember } from 'kenya-defence-cooperation/schema';
 * const member = DelegationMember.parse({
 *   description: 'top US officials',
 *   citations: [{ source: 'duale-us-trip-2024', quote: 'top US officials' }],
 * });
 * console.log(member.description);
 * ```
 */
export const DelegationMember = z
  .strictObject({
    person: RecordId.optional(),
    description: z.string().min(3).optional().describe('The group as written, e.g. "top US officials".'),
    citations: Citations,
  })
  .meta({ id: 'DelegationMember', description: 'A delegation member: a person id or a described group.' });

/**
 * A trip by an official (and delegation) to another country, with the engagements on it.
 *
 * @example
 * ```ts
 * import { Visit, visits } from 'kenya-defence-cooperation';
 * const visit = visits.find((item) => item.id === 'kahariri-rwanda-working-visit-2025');
 * console.log(Visit.safeParse(visit).success, visit?.when.value); // true '2025-11-02?/2025-11-08?'
 * ```
 */
export const Visit = z
  .strictObject({
    id: RecordId,
    title: z.string().min(3).describe("A short descriptive title in the curator's words."),
    kind: VisitKind,
    lead: RecordId.describe('Id of the person leading the visit.'),
    delegation: z.array(DelegationMember).describe('Travellers besides the lead: named people or groups as written.'),
    origin: z
      .strictObject({ country: CountryCode, inference: InferenceNote.optional(), citations: Citations })
      .describe('The country the travellers represent and come from.'),
    destination: z
      .strictObject({
        country: CountryCode,
        places: z.array(RecordId).describe('Ids of cities or venues visited, where the text names them.'),
        inference: InferenceNote.optional(),
        citations: Citations,
      })
      .describe('Where the visit went.'),
    when: DateClaim.describe('The span of the visit at the precision the text supports.'),
    durationDays: z
      .strictObject({ value: z.number().int().positive().describe('Number of days.'), citations: Citations })
      .optional()
      .describe('Length of the visit in days, where stated ("a four-day working visit").'),
    status: EventStatusClaim,
    purpose: z.array(Claim).describe('What the visit is for, as the sources say.'),
    topics: z.array(Topic).describe('What the visit is about, from the controlled vocabulary.'),
    engagements: z.array(Engagement).describe('Meetings, talks and other engagements within the visit, each with its own id.'),
    agreements: z.array(RecordId).describe('Ids of agreements the visit relates to.'),
    related: z
      .array(
        z.strictObject({
          visit: RecordId,
          relation: z
            .enum(['follows', 'precedes', 'possibly-same'])
            .describe('This visit follows or precedes the other, or may be the same visit reported differently.'),
          note: z.string().min(3).optional().describe('What the sources leave open about the link.'),
          citations: Citations,
        }),
      )
      .describe('Links to other visits: order, or a possible identity the sources leave open.'),
    statements: z.array(Statement).describe('What participants said about the visit, quoted.'),
    notes: z.array(Claim).describe('Further cited context about the visit.'),
    inference: InferenceNote.optional(),
    citations: Citations,
  })
  .meta({ id: 'Visit', title: 'Visit', description: 'A trip by an official, with its engagements, dated and cited.' });

/** A visit record, inferred from {@link Visit}. */
export type Visit = z.infer<typeof Visit>;
/** An engagement within a visit, inferred from {@link Engagement}. */
export type Engagement = z.infer<typeof Engagement>;
