import { DATASET_NAMES, type DatasetName, RECORD_SCHEMAS } from '../../../src/schema/dataset.js';
import { cell, code, frontMatter, headingSlug, page, prose, table } from '../lib/markdown.js';
import { collectExamples, type ExampleIndex } from './examples.js';
import { fieldRef, fieldRows } from './fields.js';
import { isObjectSchema, isVocabulary, type JsonSchema, refName } from './json-schema.js';
import type { Data } from './lookup.js';
import { href, PAGES } from './pages.js';

function kindOf(dataset: DatasetName): string {
  const id = RECORD_SCHEMAS[dataset].meta()?.id;
  if (typeof id !== 'string') throw new Error(`the ${dataset} record schema has no meta id`);
  return id;
}

/** The record kinds in documentation order: each dataset's kind (its schema's meta id), engagements after visits. */
export interface RecordKindEntry {
  readonly kind: string;
  readonly dataset: DatasetName;
  /** True for engagements, which live inside visits rather than in a dataset of their own. */
  readonly nested?: boolean;
}

export const RECORD_KINDS: readonly RecordKindEntry[] = DATASET_NAMES.flatMap((dataset): RecordKindEntry[] =>
  dataset === 'visits' ? [{ kind: kindOf(dataset), dataset }, { kind: 'Engagement', dataset, nested: true }] : [{ kind: kindOf(dataset), dataset }],
);

type Defs = Readonly<Record<string, JsonSchema>>;

function link(name: string): string {
  return `[${name}](#${headingSlug(name)})`;
}

/** The type column: primitive, named definition (linked to its section), array or inline enum. */
export function typeLabel(schema: JsonSchema, defs: Defs): string {
  const name = refName(schema);
  if (name !== undefined) {
    const target = defs[name];
    return target && isVocabulary(target) ? `${link(name)} (vocabulary)` : link(name);
  }
  if (schema.anyOf ?? schema.oneOf) return (schema.anyOf ?? schema.oneOf ?? []).map((option) => typeLabel(option, defs)).join(' or ');
  if (schema.enum) return `one of ${schema.enum.map((value) => code(JSON.stringify(value))).join(', ')}`;
  if (schema.const !== undefined) return code(JSON.stringify(schema.const));
  if (schema.type === 'array' && schema.items) {
    const min = schema.minItems !== undefined && schema.minItems > 0 ? ` (at least ${schema.minItems})` : '';
    return `list of ${typeLabel(schema.items, defs)}${min}`;
  }
  if (isObjectSchema(schema)) return 'object (fields below)';
  const type = Array.isArray(schema.type) ? schema.type.join(' or ') : (schema.type ?? 'any');
  const format = schema.format ? ` (${schema.format})` : schema.pattern ? ` matching ${code(schema.pattern)}` : '';
  return `${type}${format}`;
}

const EXAMPLE_LIMIT = 90;

function short(text: string): string {
  return code(text.length > EXAMPLE_LIMIT ? `${text.slice(0, EXAMPLE_LIMIT - 1)}…` : text).replace(/\|/g, '\\|');
}

/** A real value, short enough for a table cell. Objects are described by their own rows. */
export function exampleLabel(value: unknown): string {
  if (value === undefined) return '—';
  if (Array.isArray(value)) {
    if (value.length === 0) return code('[]');
    if (value.some((item) => item !== null && typeof item === 'object')) return `${value.length} item${value.length === 1 ? '' : 's'}`;
    return short(`${JSON.stringify(value.slice(0, 3))}${value.length > 3 ? ' …' : ''}`);
  }
  if (value !== null && typeof value === 'object') return '(object)';
  return short(JSON.stringify(value));
}

/** The meaning column: the schema's description, plus the allowed values of a vocabulary field. */
function meaning(description: string, schema: JsonSchema, defs: Defs): string {
  const name = fieldRef(schema);
  const target = name === undefined ? undefined : defs[name];
  const values = target && isVocabulary(target) && target.enum ? ` Allowed values (defined in ${link(name ?? '')}): ${target.enum.map((value) => code(String(value))).join(', ')}.` : '';
  return `${cell(prose(description))}${values}`;
}

/** The field table of one record kind or shared type. */
function fieldTable(name: string, defs: Defs, examples: ExampleIndex): string {
  const schema = defs[name];
  if (!schema) throw new Error(`no schema definition named ${name}`);
  const found = examples.get(name);
  const rows = fieldRows(schema, defs).map((row) => [
    code(row.path),
    typeLabel(row.schema, defs),
    row.required ? 'required' : 'optional',
    meaning(row.schemaDescription, row.schema, defs),
    exampleLabel(found?.get(row.path)),
  ]);
  return table(['Field', 'Type', 'Required', 'Meaning', 'Example from the data'], rows);
}

function vocabularySection(name: string, schema: JsonSchema): string {
  const definitions = schema['x-definitions'] ?? {};
  const rows = (schema.enum ?? []).map((value) => [code(String(value)), cell(prose(definitions[String(value)] ?? ''))]);
  return `### ${name}\n\n${prose(schema.description ?? '')}\n\n${table(['Value', 'Definition'], rows)}`;
}

function scalarSection(name: string, schema: JsonSchema, defs: Defs): string {
  const values = schema.enum ? `\n\nAllowed values: ${schema.enum.map((value) => code(String(value))).join(', ')}.` : '';
  return `### ${name}\n\n${prose(schema.description ?? '')}\n\nType: ${typeLabel({ ...schema, description: undefined }, defs)}.${values}`;
}

/** Named definitions reachable from the record kinds, other than the record kinds themselves. */
function sharedDefinitions(defs: Defs): { objects: string[]; vocabularies: string[]; scalars: string[] } {
  const recordKinds = new Set(RECORD_KINDS.map((item) => item.kind));
  const names = Object.keys(defs)
    .filter((name) => name !== 'Dataset' && !recordKinds.has(name))
    .sort();
  return {
    objects: names.filter((name) => isObjectSchema(defs[name] ?? {})),
    vocabularies: names.filter((name) => isVocabulary(defs[name] ?? {})),
    scalars: names.filter((name) => !isObjectSchema(defs[name] ?? {}) && !isVocabulary(defs[name] ?? {})),
  };
}

/**
 * The data dictionary: every record kind and shared type with every field (nested ones
 * included), its type, whether it is required, its meaning from the zod description, the
 * allowed values of vocabularies with their definitions, and an example from the real data.
 */
export function dataDictionaryPage(defs: Defs, data: Data): string {
  const examples = collectExamples(
    defs,
    RECORD_KINDS.filter((item) => !item.nested).map((item) => [item.kind, data[item.dataset] as readonly unknown[]] as const),
  );
  const shared = sharedDefinitions(defs);
  const from = PAGES.dictionary;
  const kinds = RECORD_KINDS.map((item) => {
    const schema = defs[item.kind] ?? {};
    const where = item.nested
      ? `Found inside each visit's ${code('engagements')} list.`
      : `Dataset ${code(item.dataset)}: ${data[item.dataset].length} records — [browse them](${href(from, PAGES.dataset(item.dataset))}).`;
    return `### ${item.kind}\n\n${prose(schema.description ?? '')} ${where}\n\n${fieldTable(item.kind, defs, examples)}`;
  });
  return page([
    frontMatter({ title: 'Data dictionary' }),
    '# Data dictionary',
    `Every record kind, every field (nested fields as dot paths, ${code('[]')} for list items), its type, whether it is required, what it means, and an example value taken from the bundled data. Generated from the zod schemas in ${code('src/schema')} and the data at build time — never edited by hand. The same schemas are published as JSON Schema under ${code('kenya-defence-cooperation/json-schema/*')}.`,
    `Fields typed by a shared type (such as ${link('Citation')} or ${link('DateClaim')}) are described once, in that type's section. Dates are EDTF strings at the precision the source supports: see the dates guide.`,
    '## Record kinds',
    ...kinds,
    '## Shared types',
    ...shared.objects.map((name) => `### ${name}\n\n${prose(defs[name]?.description ?? '')}\n\n${fieldTable(name, defs, examples)}`),
    '## Controlled vocabularies',
    'Each value carries a definition; a value cannot be added to the schema without one.',
    ...shared.vocabularies.map((name) => vocabularySection(name, defs[name] ?? {})),
    '## Value types',
    ...shared.scalars.map((name) => scalarSection(name, defs[name] ?? {}, defs)),
  ]);
}
