import { z } from 'zod';
import { Citations, CountryCode, InferenceNote, RecordId } from './common.js';

/**
 * A name as a source writes it.
 *
 * @example
 * ```ts
 * import { NameVariant } from 'kenya-defence-cooperation/schema';
 * const variant = NameVariant.parse({ name: 'Austin', citations: [{ source: 'duale-us-trip-2024', quote: 'Austin' }] });
 * console.log(variant.name);
 * ```
 */
export const NameVariant = z
  .strictObject({ name: z.string().min(2).describe('The name exactly as the source writes it.'), citations: Citations })
  .meta({ id: 'NameVariant', description: 'A name or short form as a source writes it, with a citation.' });

/**
 * An official named in a source.
 *
 * @example
 * ```ts
 * import { Person, people } from 'kenya-defence-cooperation';
 * const duale = people.find((item) => item.id === 'aden-duale');
 * console.log(Person.safeParse(duale).success, duale?.name);
 * ```
 */
export const Person = z
  .strictObject({
    id: RecordId,
    name: z.string().min(2).describe('The name as the sources most fully write it, without rank, honorific or generational suffix; every other form is in otherNames.'),
    otherNames: z.array(NameVariant).describe('Other forms of the name as written ("Lloyd Austin III", "Austin").'),
    rank: z
      .strictObject({
        value: z.string().min(2).describe('The rank spelled out, e.g. "General".'),
        asWritten: z.string().min(1).describe('The rank as the source writes it, e.g. "Gen".'),
        citations: Citations,
      })
      .optional()
      .describe('Military rank, spelled out, with the form as written (e.g. value "General", as written "Gen").'),
    honorific: z
      .strictObject({ value: z.string().min(2).describe('The honorific as written, e.g. "Prince".'), citations: Citations })
      .optional()
      .describe('Honorific such as "Prince".'),
    nationality: z
      .array(
        z.strictObject({
          country: CountryCode,
          inference: InferenceNote.optional(),
          citations: Citations,
        }),
      )
      .describe('Countries the person is a national of, as far as the text shows; usually inferred from the post held.'),
    citations: Citations,
  })
  .meta({ id: 'Person', title: 'Person', description: 'An official or other person named in a source.' });

/** A person record, inferred from {@link Person}. */
export type Person = z.infer<typeof Person>;
