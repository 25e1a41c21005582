import { z } from 'zod';
import { Citations, CountryCode, InferenceNote, RecordId } from './common.js';
import { PlaceKind } from './vocabularies.js';

/**
 * A city, venue, site or region named in a source. Countries are ISO codes, not place records.
 *
 * @example
 * ```ts
 * import { Place, places } from 'kenya-defence-cooperation';
 * const mandaBay = places.find((item) => item.id === 'manda-bay');
 * console.log(Place.safeParse(mandaBay).success, mandaBay?.kind); // true 'military-site'
 * ```
 */
export const Place = z
  .strictObject({
    id: RecordId,
    name: z.string().min(2).describe('Name as written.'),
    kind: PlaceKind,
    country: CountryCode.optional().describe('Country the place is in; absent for regions that span several.'),
    within: RecordId.optional().describe('Id of the place that contains this one (a venue within a city).'),
    inference: InferenceNote.optional(),
    citations: Citations,
  })
  .meta({ id: 'Place', title: 'Place', description: 'A city, locality, venue, military site or region.' });

/** A place record, inferred from {@link Place}. */
export type Place = z.infer<typeof Place>;
