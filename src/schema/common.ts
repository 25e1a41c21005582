import { z } from 'zod';
import { isEdtf } from '../dates/edtf.js';
import { ISO_COUNTRIES } from './iso-countries.js';
import { DateDerivation } from './vocabularies.js';

/**
 * A record id: lower-case words joined by hyphens, stable once published.
 *
 * @example
 * ```ts
 * import { RecordId } from 'kenya-defence-cooperation/schema';
 * RecordId.safeParse('aden-duale').success; // true
 * RecordId.safeParse('Aden Duale').success; // false
 * ```
 */
export const RecordId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case letters and digits joined by single hyphens, e.g. "aden-duale"')
  .meta({ id: 'RecordId', description: 'A record id: lower-case words joined by hyphens. Published ids never change meaning.' });

/**
 * An ISO 3166-1 alpha-2 country code (upper case).
 *
 * @example
 * ```ts
 * import { CountryCode } from 'kenya-defence-cooperation/schema';
 * CountryCode.safeParse('KE').success; // true
 * CountryCode.safeParse('XX').success; // false: not an assigned ISO 3166-1 code
 * ```
 */
export const CountryCode = z
  .string()
  .refine((code) => Object.hasOwn(ISO_COUNTRIES, code), {
    error: (issue) => `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 code; use two upper-case letters such as "KE", "RW", "US"`,
  })
  .meta({ id: 'CountryCode', description: 'An ISO 3166-1 alpha-2 country code, e.g. "KE" for Kenya.' });

/**
 * An EDTF level-1 date or interval string, validated by the package's parser.
 *
 * @example
 * ```ts
 * import { EdtfString } from 'kenya-defence-cooperation/schema';
 * EdtfString.safeParse('2025-11-05?').success; // true
 * EdtfString.safeParse('5 November').success;  // false
 * ```
 */
export const EdtfString = z
  .string()
  .refine(isEdtf, {
    error: (issue) => `"${String(issue.input)}" is not an EDTF date: use YYYY, YYYY-MM or YYYY-MM-DD with optional ?/~/%, or START/END with ".." (open) or empty (unknown) ends`,
  })
  .meta({
    id: 'EdtfString',
    description: 'A date as an EDTF level-1 string: "2024", "2024-01", "2024-01-15", qualified with "?" (uncertain) or "~" (approximate), or an interval "2019-05-07/2019-05-08" whose end may be ".." (open) or empty (unknown).',
  });

/**
 * An exact calendar day, YYYY-MM-DD.
 *
 * @example
 * ```ts
 * import { IsoDay } from 'kenya-defence-cooperation/schema';
 * IsoDay.safeParse('2024-02-04').success; // true
 * IsoDay.safeParse('2024-02').success;    // false: a month is not a day
 * ```
 */
export const IsoDay = z.iso.date().meta({ id: 'IsoDay', description: 'An exact calendar day, YYYY-MM-DD.' });

/**
 * A reference from a fact to the sentence in a source that states it.
 *
 * @example
 * ```ts
 * import { Citation } from 'kenya-defence-cooperation/schema';
 * const citation = Citation.parse({ source: 'kdf-chief-rwanda-visit', quote: 'a four-day working visit' });
 * console.log(citation.quote);
 * ```
 */
export const Citation = z
  .strictObject({
    source: RecordId.describe('Id of the source record the quote comes from.'),
    quote: z
      .string()
      .min(3)
      .describe('Verbatim text from the source, copied exactly (typos, curly quotes and all). The build proves it occurs in the source text.'),
    note: z.string().min(1).optional().describe('Why this quote supports the fact, where that is not obvious.'),
  })
  .meta({ id: 'Citation', description: 'A source id plus a verbatim quote from that source.' });

/**
 * One or more citations.
 *
 * @example
 * ```ts
 * import { Citations } from 'kenya-defence-cooperation/schema';
 * Citations.safeParse([]).success; // false: a fact needs at least one citation
 * ```
 */
export const Citations = z.array(Citation).min(1).describe('At least one citation: source id and verbatim quote.');

/**
 * How an inferred value was worked out.
 *
 * @example
 * ```ts
 * import { Inference } from 'kenya-defence-cooperation/schema';
 * const inference = Inference.parse({
 *   method: 'relative-to-publication',
 *   reasoning: "'last month' relative to the publication date 2024-02-04",
 *   anchor: '2024-02-04',
 * });
 * console.log(inference.method);
 * ```
 */
export const Inference = z
  .strictObject({
    method: DateDerivation,
    reasoning: z.string().min(10).describe('The reasoning in words, e.g. "\'last month\' relative to the publication date 2024-02-04".'),
    anchor: EdtfString.optional().describe('The date the phrase was resolved against (a publication date or another event).'),
    alternatives: z.array(EdtfString).optional().describe('Other values the text also allows, where the inference had to choose.'),
  })
  .meta({ id: 'Inference', description: 'How a value not printed in the text was inferred.' });

/**
 * A date as a source gives it: the value at the precision the text supports, the phrase as
 * written, how it was derived, and the citations.
 *
 * @example
 * ```ts
 * import { DateClaim } from 'kenya-defence-cooperation/schema';
 * const cite = [{ source: 'duale-us-trip-2024', quote: 'met President William Ruto at State House, Nairobi, on January 15, 2024' }];
 * const claim = DateClaim.parse({ value: '2024-01-15', asWritten: 'January 15, 2024', citations: cite });
 * console.log(claim.value);
 * ```
 */
export const DateClaim = z
  .strictObject({
    value: EdtfString,
    asWritten: z.string().min(1).optional().describe('The date phrase as the source writes it, e.g. "Wednesday, November 5", "last month".'),
    inference: Inference.optional().describe('Present whenever any part of the value is not printed in the text.'),
    citations: Citations,
  })
  .meta({ id: 'DateClaim', description: 'A partial date with its precision, derivation and citations.' });

/**
 * A free-text statement of fact with citations, used for context a reader may want to check.
 *
 * @example
 * ```ts
 * import { Claim } from 'kenya-defence-cooperation/schema';
 * const cite = [{ source: 'duale-us-trip-2024', quote: 'Defence Cabinet Secretary Aden Duale' }];
 * const claim = Claim.parse({ text: 'Duale is the Defence Cabinet Secretary.', citations: cite });
 * console.log(claim.text);
 * ```
 */
export const Claim = z
  .strictObject({
    text: z.string().min(3).describe('The fact in the curator\'s words (quotes carry the source\'s words).'),
    citations: Citations,
  })
  .meta({ id: 'Claim', description: 'A statement of fact in plain words, with citations.' });

/**
 * A note that a value was inferred by the curator rather than stated in the text.
 *
 * @example
 * ```ts
 * import { InferenceNote } from 'kenya-defence-cooperation/schema';
 * InferenceNote.parse('Inferred from his post as Saudi Deputy Defense Minister.');
 * ```
 */
export const InferenceNote = z
  .string()
  .min(10)
  .describe('Marks the value as inferred by the curator and says from what.');

/**
 * A money amount.
 *
 * @example
 * ```ts
 * import { Money } from 'kenya-defence-cooperation/schema';
 * const money = Money.parse({ amount: 100_000_000, currency: 'USD', bound: 'up-to' });
 * console.log(money.amount);
 * ```
 */
export const Money = z
  .strictObject({
    amount: z.number().positive().describe('The amount in units of the currency.'),
    currency: z.string().regex(/^[A-Z]{3}$/).describe('ISO 4217 currency code, e.g. "USD".'),
    bound: z.enum(['exact', 'up-to']).describe('"up-to" where the source says "up to".'),
    // Sources print "$" more often than "US dollars": reading a symbol as one currency is the
    // curator's inference and is said so, as for every value the text does not print.
    inference: InferenceNote.optional().describe('Present when the currency (or amount) is not printed as such, e.g. "$" read as US dollars, and says why.'),
  })
  .meta({ id: 'Money', description: 'An amount of money with its ISO 4217 currency.' });
