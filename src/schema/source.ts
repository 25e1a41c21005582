import { z } from 'zod';
import { Citations, DateClaim, RecordId } from './common.js';

/**
 * A news article the data is built from: its metadata and hash, never its full text.
 *
 * @example
 * ```ts
 * import { Source, sources } from 'kenya-defence-cooperation';
 * for (const source of sources) console.log(source.id, Source.safeParse(source).success, source.sha256.slice(0, 8));
 * ```
 */
export const Source = z
  .strictObject({
    id: RecordId,
    file: z.string().regex(/^[^/\\]+\.txt$/).describe('File name of the article text in the sources directory (not shipped).'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the article text (UTF-8 bytes, as stored). Proves quotes were checked against this exact text.'),
    characters: z.number().int().positive().describe('Length of the article text in UTF-16 code units, as a second fingerprint.'),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/).describe('BCP 47 language tag of the text, e.g. "en".'),
    headline: z
      .strictObject({ text: z.string().min(1).describe('The text as printed (spacing normalized).'), citations: Citations })
      .optional()
      .describe('The headline, only where the text prints one.'),
    standfirst: z
      .strictObject({ text: z.string().min(1).describe('The text as printed (spacing normalized).'), citations: Citations })
      .optional()
      .describe('The standfirst (sub-headline), only where the text prints one.'),
    section: z
      .strictObject({ text: z.string().min(1).describe('The text as printed (spacing normalized).'), citations: Citations })
      .optional()
      .describe('The section label, only where the text prints one (e.g. "AFRICA").'),
    credit: z
      .strictObject({ text: z.string().min(1).describe('The text as printed (spacing normalized).'), citations: Citations })
      .optional()
      .describe('Publisher or wire credit exactly as printed (e.g. "AA"); never expanded or guessed.'),
    photoCredit: z
      .strictObject({ text: z.string().min(1).describe('The text as printed (spacing normalized).'), citations: Citations })
      .optional()
      .describe('Credit line of a photo, exactly as printed (e.g. "Others"); never expanded or guessed.'),
    published: DateClaim.optional().describe('Publication date as printed in the text; absent when the text prints none.'),
    publishedInferred: DateClaim.optional().describe(
      'A publication date inferred from the text when none is printed, with its reasoning. Never present together with `published`.',
    ),
    description: z.string().min(10).describe("A one-line summary of the article, in the curator's words."),
  })
  .meta({ id: 'Source', title: 'Source', description: 'A news article the data is built from: metadata, hash, and dates — not the full text.' });

/** A source record, inferred from {@link Source}. */
export type Source = z.infer<typeof Source>;
