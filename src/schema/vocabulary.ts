import { z } from 'zod';

/**
 * Builds a controlled vocabulary: a zod enum whose every value carries a definition. The
 * definitions travel with the schema into the JSON Schema and the data dictionary, so a value
 * cannot be added without saying what it means.
 */
export function vocabulary<const Definitions extends Record<string, string>>(
  name: string,
  description: string,
  definitions: Definitions,
) {
  const values = Object.keys(definitions) as [keyof Definitions & string, ...(keyof Definitions & string)[]];
  return z.enum(values).meta({ id: name, title: name, description, 'x-definitions': definitions });
}
