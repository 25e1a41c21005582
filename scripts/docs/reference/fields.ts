import { type JsonSchema, isObjectSchema, refName } from './json-schema.js';

/** One row of the data dictionary: a field of a record kind or shared type, at any depth. */
export interface FieldRow {
  /** Dot path within its owner; `[]` marks array elements, e.g. `related[].relation`. */
  readonly path: string;
  readonly required: boolean;
  /** The field's schema as written (a `$ref`, an array, an inline object…). */
  readonly schema: JsonSchema;
  /** The schema's own description, or that of the definition it refers to; may be empty. */
  readonly schemaDescription: string;
}

/** The named definition behind a field, looking through arrays: `Citation[]` → `Citation`. */
export function fieldRef(schema: JsonSchema): string | undefined {
  return refName(schema) ?? (schema.items ? refName(schema.items) : undefined);
}

function describedBy(schema: JsonSchema, defs: Readonly<Record<string, JsonSchema>>): string {
  if (schema.description) return schema.description;
  const name = fieldRef(schema);
  return (name && defs[name]?.description) || '';
}

/**
 * The fields of an object definition, depth first in schema order. Inline objects (and arrays
 * of them) are expanded into their own rows; fields typed by a named definition stop there,
 * because that definition has its own section in the dictionary.
 */
export function fieldRows(owner: JsonSchema, defs: Readonly<Record<string, JsonSchema>>, prefix = ''): FieldRow[] {
  const rows: FieldRow[] = [];
  const required = new Set(owner.required ?? []);
  for (const [name, schema] of Object.entries(owner.properties ?? {})) {
    const path = `${prefix}${name}`;
    rows.push({ path, required: required.has(name), schema, schemaDescription: describedBy(schema, defs) });
    if (isObjectSchema(schema)) rows.push(...fieldRows(schema, defs, `${path}.`));
    else if (schema.items && isObjectSchema(schema.items)) rows.push(...fieldRows(schema.items, defs, `${path}[].`));
  }
  return rows;
}
