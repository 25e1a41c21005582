import { z } from 'zod';
import { Citations, CountryCode, DateClaim, EdtfString, InferenceNote, RecordId } from './common.js';

/**
 * A date on which a source shows a person holding a post.
 *
 * @example
 * ```ts
 * import { Attestation } from 'kenya-defence-cooperation/schema';
 * const cite = [{ source: 'duale-us-trip-2024', quote: 'Defence Cabinet Secretary Aden Duale' }];
 * const attestation = Attestation.parse({ asOf: '2024-02-04', citations: cite });
 * console.log(attestation.asOf);
 * ```
 */
export const Attestation = z
  .strictObject({
    asOf: EdtfString.describe('The date the source shows the person in post: an event date or the publication date.'),
    inference: InferenceNote.optional(),
    citations: Citations,
  })
  .meta({ id: 'Attestation', description: 'Evidence that a person held a post on a date.' });

/**
 * Who holds which role where (the Popolo Membership model). Start and end are present only where
 * a source gives them; otherwise the attestations say on which dates the post was held.
 *
 * @example
 * ```ts
 * import { Post, posts } from 'kenya-defence-cooperation';
 * const post = posts.find((item) => item.id === 'duale-cabinet-secretary-for-defence');
 * console.log(Post.safeParse(post).success, post?.attestations.map((item) => item.asOf));
 * ```
 */
export const Post = z
  .strictObject({
    id: RecordId,
    person: RecordId.describe('Id of the person holding the post.'),
    role: z.string().min(2).describe('The role in normalized words, e.g. "Cabinet Secretary for Defence".'),
    titlesAsWritten: z.array(z.string().min(2)).min(1).describe('The title as each source writes it ("Defence Cabinet Secretary", "Kenyan Defense Minister").'),
    organization: RecordId.optional().describe('Id of the organization, where the source names it.'),
    country: CountryCode.describe('The state the post belongs to.'),
    start: DateClaim.optional().describe('Start of the post, only where a source gives it.'),
    end: DateClaim.optional().describe('End of the post, only where a source gives it.'),
    attestations: z.array(Attestation).min(1).describe('Dates on which a source shows the person in this post, each cited.'),
    inference: InferenceNote.optional(),
  })
  .meta({ id: 'Post', title: 'Post', description: 'A person holding a role in an organization or state, with attestations.' });

/** A post record, inferred from {@link Post}. */
export type Post = z.infer<typeof Post>;
