import { z } from 'zod';
import { Citations, CountryCode, InferenceNote, RecordId } from './common.js';
import { NameVariant } from './person.js';
import { OrganizationKind } from './vocabularies.js';

/**
 * An armed force, ministry, agency, coalition or other body named in a source.
 *
 * @example
 * ```ts
 * import { Organization, organizations } from 'kenya-defence-cooperation';
 * const kdf = organizations.find((item) => item.id === 'kenya-defence-forces');
 * console.log(Organization.safeParse(kdf).success, kdf?.abbreviations[0]?.name); // true 'KDF'
 * ```
 */
export const Organization = z
  .strictObject({
    id: RecordId,
    name: z.string().min(2).describe('Name as the sources write it in full.'),
    abbreviations: z.array(NameVariant).describe('Abbreviations as written (e.g. "KDF", "AFRICOM").'),
    otherNames: z.array(NameVariant).describe('Other forms of the name as written.'),
    kind: OrganizationKind,
    country: CountryCode.optional().describe('The state the body belongs to; absent for coalitions, missions and non-state groups.'),
    parent: RecordId.optional().describe('Id of the organization this one is part of.'),
    location: RecordId.optional().describe('Id of the place where the body is, where a source says.'),
    inference: InferenceNote.optional(),
    citations: Citations,
  })
  .meta({ id: 'Organization', title: 'Organization', description: 'An armed force, ministry, agency, coalition or other body.' });

/** An organization record, inferred from {@link Organization}. */
export type Organization = z.infer<typeof Organization>;
