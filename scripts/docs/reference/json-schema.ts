import { z } from 'zod';
import { Dataset } from '../../../src/schema/dataset.js';

/** The subset of JSON Schema (draft 2020-12) that zod emits for this package's schemas. */
export interface JsonSchema {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly description?: string;
  readonly title?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly enum?: readonly (string | number | boolean | null)[];
  readonly const?: unknown;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly pattern?: string;
  readonly format?: string;
  readonly minItems?: number;
  readonly minLength?: number;
  readonly minimum?: number;
  readonly exclusiveMinimum?: number;
  readonly 'x-definitions'?: Readonly<Record<string, string>>;
  readonly $defs?: Readonly<Record<string, JsonSchema>>;
}

/**
 * Every named definition of the package's schemas, from one JSON Schema of the whole Dataset:
 * zod hoists each schema with a meta `id` into `$defs`, so record kinds, shared types and
 * vocabularies all appear exactly once, with the descriptions and `x-definitions` the zod
 * schemas carry. This is the same conversion the build uses for generated/schema/.
 */
export function schemaDefinitions(): Readonly<Record<string, JsonSchema>> {
  const schema = z.toJSONSchema(Dataset, { target: 'draft-2020-12' }) as JsonSchema;
  return schema.$defs ?? {};
}

/** The definition name a `$ref` points at (`#/$defs/Citation` → `Citation`). */
export function refName(schema: JsonSchema): string | undefined {
  return schema.$ref?.startsWith('#/$defs/') ? schema.$ref.slice('#/$defs/'.length) : undefined;
}

/** True for a definition with named properties (a record kind or a shared object type). */
export function isObjectSchema(schema: JsonSchema): boolean {
  return schema.properties !== undefined;
}

/** True for a controlled vocabulary: an enum whose values each carry a definition. */
export function isVocabulary(schema: JsonSchema): boolean {
  return schema.enum !== undefined && schema['x-definitions'] !== undefined;
}
