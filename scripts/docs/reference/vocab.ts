import { code, prose } from '../lib/markdown.js';
import { schemaDefinitions } from './json-schema.js';

let definitions: Readonly<Record<string, Readonly<Record<string, string>>>> | undefined;

function allDefinitions(): Readonly<Record<string, Readonly<Record<string, string>>>> {
  definitions ??= Object.fromEntries(
    Object.entries(schemaDefinitions()).flatMap(([name, schema]) => (schema['x-definitions'] ? [[name, schema['x-definitions']]] : [])),
  );
  return definitions;
}

/** A vocabulary value with its definition: "`signed` (Signed (or, for a communiqué, issued).)". */
export function term(vocabulary: string, value: string): string {
  const definition = allDefinitions()[vocabulary]?.[value];
  return definition === undefined ? code(value) : `${code(value)} — ${prose(definition)}`;
}
