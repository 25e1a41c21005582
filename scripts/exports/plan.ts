/**
 * The table layout of the analyst exports (CSV and Parquet), derived from the zod schemas rather
 * than written by hand: a new optional field shows up as a new column on the next build, and a
 * column's description is the field's own `.describe()` text.
 *
 * Layout rules (see docs/guides/exports.md):
 * - one table per record kind (`visits`, `engagements`, …) keyed by `id`;
 * - nested objects are inlined as `parent_child` columns;
 * - arrays become child tables `<kind>_<field>` keyed by the parent's id and an `ordinal`;
 * - every `citations` array, at any depth, goes to one `citations` table keyed by
 *   (record_kind, record_id, field_path, ordinal); date `inference.alternatives` likewise go to
 *   one `date_alternatives` table;
 * - every EDTF column gets `_earliest`, `_latest` (ISO days) and `_precision` companions.
 */
import { z } from 'zod';
import { Citation, EdtfString, Inference } from '../../src/schema/common.js';
import { DATASET_NAMES, RECORD_SCHEMAS, type DatasetName } from '../../src/schema/dataset.js';
import { Engagement } from '../../src/schema/visit.js';
import { DATASET_KIND } from '../../src/validate/kinds.js';
import { REFERENCE_FIELDS } from '../../src/validate/reference-fields.js';

/** Table Schema field types used by the exports. */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

/** Which companion of an EDTF column a derived column is. */
export type DerivedKind = 'earliest' | 'latest' | 'precision';

/** One column of one table. */
export interface Column {
  readonly name: string;
  readonly type: ColumnType;
  readonly description: string;
  readonly required: boolean;
  readonly enum?: readonly string[];
  /** Set on EDTF columns: their companions are computed from them. */
  readonly edtf?: true;
  /** Set on companion columns: computed from the EDTF column `from`, never read back. */
  readonly derived?: { readonly from: string; readonly kind: DerivedKind };
  /** The table whose `id` this column holds (a dataset's record table, or `engagements`). */
  readonly references?: string;
}

/** How a record (or array item) maps onto columns, child tables and annex tables. */
export type FieldPlan =
  | { readonly t: 'scalar'; readonly key: string; readonly column: string; readonly optional: boolean }
  | { readonly t: 'object'; readonly key: string; readonly optional: boolean; readonly fields: readonly FieldPlan[]; readonly presence?: string }
  | { readonly t: 'annex'; readonly key: string; readonly annex: AnnexName; readonly optional: boolean }
  | { readonly t: 'child'; readonly key: string; readonly table: string; readonly optional: boolean };

/** The two tables that collect arrays found at any depth, keyed by record and field path. */
export type AnnexName = 'citations' | 'date_alternatives';

/** One exported table. */
export interface TablePlan {
  readonly name: string;
  readonly description: string;
  /** The record kind whose rows these are (`visit`, `engagement`, …). */
  readonly kind: string;
  /** Key columns first, then value columns, then companions: the CSV column order. */
  readonly columns: readonly Column[];
  readonly primaryKey: readonly string[];
  /** Parent table and the key columns that point at it (child tables only). */
  readonly parent?: { readonly table: string; readonly fields: readonly string[]; readonly parentFields: readonly string[] };
  /** Object fields of each row (absent for arrays of scalars). */
  readonly fields?: readonly FieldPlan[];
  /** Column holding the item of an array of scalars. */
  readonly itemColumn?: string;
}

type AnyZod = z.core.$ZodType;

const EDTF_CHECK = EdtfString._zod.def.checks?.[0];
const ALTERNATIVES = Inference.shape.alternatives;

/** `statusHistory` → `status_history`. */
export function snake(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

function description(schema: AnyZod): string | undefined {
  return z.globalRegistry.get(schema)?.description;
}

/** Unwraps `.optional()`, keeping the outermost description (the field's own words). */
function unwrap(schema: AnyZod): { inner: AnyZod; optional: boolean; description: string | undefined } {
  let current = schema;
  let optional = false;
  let text = description(schema);
  while (current._zod.def.type === 'optional') {
    optional = true;
    current = (current._zod.def as z.core.$ZodOptionalDef).innerType;
    text ??= description(current);
  }
  return { inner: current, optional, description: text };
}

function isEdtf(schema: AnyZod): boolean {
  return schema._zod.def.type === 'string' && EDTF_CHECK !== undefined && (schema._zod.def.checks ?? []).includes(EDTF_CHECK);
}

function scalarType(schema: AnyZod): { type: ColumnType; enum?: readonly string[] } | undefined {
  const def = schema._zod.def;
  if (def.type === 'enum') return { type: 'string', enum: Object.values((def as z.core.$ZodEnumDef).entries).map(String) };
  if (def.type === 'boolean') return { type: 'boolean' };
  if (def.type === 'string') return { type: 'string' };
  if (def.type === 'number') return { type: z.toJSONSchema(schema).type === 'integer' ? 'integer' : 'number' };
  return undefined;
}

/** Reference targets by path pattern (`*` for array items), relative to a record of `kind`'s root. */
function referenceTargets(dataset: DatasetName, engagement: boolean): Map<string, DatasetName> {
  const targets = new Map<string, DatasetName>();
  for (const { pattern, target } of REFERENCE_FIELDS[dataset]) {
    const inEngagement = pattern[0] === 'engagements' && pattern[1] === '*';
    if (inEngagement !== engagement) continue;
    targets.set((inEngagement ? pattern.slice(2) : pattern).join('.'), target);
  }
  return targets;
}

interface Builder {
  readonly tables: TablePlan[];
  /** Where the next record table goes: before the child tables planned while walking it. */
  recordIndex: number;
}

interface Scope {
  readonly kind: string;
  /** Table name prefix for child tables. */
  readonly tablePrefix: string;
  /** Key columns inherited by child tables (name, description, reference to parent table's column). */
  readonly keys: readonly Column[];
  readonly table: string;
  readonly references: Map<string, DatasetName>;
}

/**
 * Plans the fields of an object schema into `columns` (inlined under `prefix`), creating child
 * tables for arrays. Returns the field plans in schema order.
 */
function planObject(
  builder: Builder,
  scope: Scope,
  shape: Record<string, AnyZod>,
  at: { readonly prefix: string; readonly pattern: readonly string[] },
  columns: Column[],
  parentRequired: boolean,
): FieldPlan[] {
  const fields: FieldPlan[] = [];
  for (const [key, raw] of Object.entries(shape)) {
    const { inner, optional, description: text } = unwrap(raw);
    const column = at.prefix === '' ? snake(key) : `${at.prefix}_${snake(key)}`;
    const pattern = [...at.pattern, key];
    if (inner._zod.def.type === 'array' && (inner._zod.def as z.core.$ZodArrayDef).element === Citation) {
      fields.push({ t: 'annex', key, annex: 'citations', optional });
      continue;
    }
    if (raw === ALTERNATIVES) {
      fields.push({ t: 'annex', key, annex: 'date_alternatives', optional });
      continue;
    }
    const def = inner._zod.def;
    if (def.type === 'object') {
      const objectShape = (def as z.core.$ZodObjectDef).shape as Record<string, AnyZod>;
      const nested = planObject(builder, scope, objectShape, { prefix: column, pattern }, columns, parentRequired && !optional);
      // An optional object is present when any of its values is; only an object without a
      // required scalar of its own needs an explicit flag to survive the round trip.
      const hasRequiredScalar = nested.some((field) => field.t === 'scalar' && !field.optional);
      let presence: string | undefined;
      if (optional && !hasRequiredScalar) {
        presence = `${column}_present`;
        columns.push({ name: presence, type: 'boolean', description: `True when ${key} is given.`, required: parentRequired });
      }
      fields.push({ t: 'object', key, optional, fields: nested, ...(presence === undefined ? {} : { presence }) });
      continue;
    }
    if (def.type === 'array') {
      const element = (def as z.core.$ZodArrayDef).element;
      const table = `${scope.tablePrefix}_${column}`;
      planArray(builder, scope, table, element, text ?? `Items of ${key}.`, [...pattern, '*']);
      fields.push({ t: 'child', key, table, optional });
      continue;
    }
    const scalar = scalarType(inner);
    if (!scalar) throw new Error(`exports: no column type for ${scope.kind}.${pattern.join('.')} (${def.type})`);
    const target = scope.references.get(pattern.join('.'));
    const edtf = isEdtf(inner);
    columns.push({
      name: column,
      type: scalar.type,
      description: text ?? description(inner) ?? key,
      required: parentRequired && !optional,
      ...(scalar.enum ? { enum: scalar.enum } : {}),
      ...(edtf ? { edtf: true as const } : {}),
      ...(target === undefined ? {} : { references: target }),
    });
    if (edtf) columns.push(...companions(column, parentRequired && !optional));
    fields.push({ t: 'scalar', key, column, optional });
  }
  return fields;
}

/** The `_earliest`, `_latest` and `_precision` columns of an EDTF column. A DateClaim's `x_value` gets `x_earliest`, not `x_value_earliest`. */
export function companions(column: string, required: boolean): Column[] {
  const base = column.endsWith('_value') ? column.slice(0, -'_value'.length) : column;
  return [
    { name: `${base}_earliest`, type: 'date', description: `First day ${column} can refer to (null when the interval is open or unknown at the start).`, required: false, derived: { from: column, kind: 'earliest' } },
    { name: `${base}_latest`, type: 'date', description: `Last day ${column} can refer to (null when the interval is open or unknown at the end).`, required: false, derived: { from: column, kind: 'latest' } },
    { name: `${base}_precision`, type: 'string', description: `Coarsest precision stated in ${column}: year, month or day.`, required, enum: ['year', 'month', 'day'], derived: { from: column, kind: 'precision' } },
  ];
}

function planArray(builder: Builder, scope: Scope, table: string, element: AnyZod, text: string, pattern: readonly string[]): void {
  const ordinal: Column = { name: 'ordinal', type: 'integer', description: 'Position of the item in its array, from 0.', required: true };
  const keys = scope.keys;
  const columns: Column[] = [...keys, ordinal];
  const parent = { table: scope.table, fields: keys.map((key) => key.name), parentFields: parentKeyFields(scope) };
  const { inner } = unwrap(element);
  if (inner._zod.def.type === 'object') {
    const childKeys = [...keys, { ...ordinal, name: `${snake(pattern.at(-2) ?? 'item')}_ordinal`, description: `Position of the item in ${table}, from 0.` }];
    const childScope: Scope = { ...scope, tablePrefix: table, keys: childKeys, table };
    const fields = planObject(builder, childScope, (inner._zod.def as z.core.$ZodObjectDef).shape as Record<string, AnyZod>, { prefix: '', pattern }, columns, true);
    builder.tables.push({ name: table, description: text, kind: scope.kind, columns, primaryKey: [...keys.map((key) => key.name), 'ordinal'], parent, fields });
    return;
  }
  const scalar = scalarType(inner);
  if (!scalar) throw new Error(`exports: no column type for items of ${table}`);
  const target = scope.references.get(pattern.join('.'));
  const itemColumn = target === undefined ? valueColumnName(inner) : `${DATASET_KIND[target]}_id`;
  const edtf = isEdtf(inner);
  columns.push({
    name: itemColumn,
    type: scalar.type,
    description: description(inner) ?? text,
    required: true,
    ...(scalar.enum ? { enum: scalar.enum } : {}),
    ...(edtf ? { edtf: true as const } : {}),
    ...(target === undefined ? {} : { references: target }),
  });
  if (edtf) columns.push(...companions(itemColumn, true));
  builder.tables.push({ name: table, description: text, kind: scope.kind, columns, primaryKey: [...keys.map((key) => key.name), 'ordinal'], parent, itemColumn });
}

/** Column name for an item of an array of scalars: `country` for country codes, the vocabulary's name (`topic`) for enums, else `value`. */
function valueColumnName(schema: AnyZod): string {
  const id = z.globalRegistry.get(schema)?.id;
  if (id === 'CountryCode') return 'country';
  if (id !== undefined && schema._zod.def.type === 'enum') return snake(id);
  return 'value';
}

/** The parent table's key columns matching a child's inherited keys: `id` for a record table, the same names otherwise. */
function parentKeyFields(scope: Scope): string[] {
  if (scope.keys.length === 1) return ['id'];
  return [...scope.keys.slice(0, -1).map((key) => key.name), 'ordinal'];
}

function recordTable(builder: Builder, dataset: DatasetName, kind: string, name: string, shape: Record<string, AnyZod>, text: string, engagement: boolean): void {
  const columns: Column[] = [];
  if (engagement) {
    columns.push({ name: 'visit_id', type: 'string', description: 'Id of the visit the engagement belongs to.', required: true, references: 'visits' });
    columns.push({ name: 'visit_ordinal', type: 'integer', description: "Position of the engagement in its visit's list, from 0.", required: true });
  }
  const keyColumn: Column = { name: `${kind}_id`, type: 'string', description: `Id of the ${kind}.`, required: true, references: name };
  const scope: Scope = { kind, tablePrefix: kind, keys: [keyColumn], table: name, references: referenceTargets(dataset, engagement) };
  const fields = planObject(builder, scope, shape, { prefix: '', pattern: [] }, columns, true);
  // Record tables come before their children in the output, though children are planned first.
  builder.tables.splice(builder.recordIndex, 0, { name, description: text, kind, columns: orderIdFirst(columns), primaryKey: ['id'], fields });
  builder.recordIndex = builder.tables.length;
}

function orderIdFirst(columns: Column[]): Column[] {
  const id = columns.filter((column) => column.name === 'id');
  return [...id, ...columns.filter((column) => column.name !== 'id')];
}

/** The annex tables: citations and date alternatives from every depth. */
function annexTables(): TablePlan[] {
  const keys: Column[] = [
    { name: 'record_kind', type: 'string', description: 'Kind of the record the array belongs to (source, person, …, engagement).', required: true },
    { name: 'record_id', type: 'string', description: 'Id of that record.', required: true },
    { name: 'field_path', type: 'string', description: 'Path of the array inside the record, e.g. "statusHistory[1].date.citations" (JSON field names, array positions from 0).', required: true },
    { name: 'ordinal', type: 'integer', description: 'Position in the array, from 0.', required: true },
  ];
  const primaryKey = keys.map((key) => key.name);
  return [
    {
      name: 'citations',
      description: 'Every citation of every record and field: the source id and the verbatim quote.',
      kind: 'citation',
      columns: [
        ...keys,
        { name: 'source', type: 'string', description: 'Id of the source record the quote comes from.', required: true, references: 'sources' },
        { name: 'quote', type: 'string', description: 'Verbatim text from the source.', required: true },
        { name: 'note', type: 'string', description: 'Why this quote supports the fact, where that is not obvious.', required: false },
      ],
      primaryKey,
    },
    {
      name: 'date_alternatives',
      description: 'Other values an inferred date could also take (`inference.alternatives`), at any depth.',
      kind: 'date-alternative',
      columns: [...keys, { name: 'value', type: 'string', description: 'An alternative EDTF value.', required: true, edtf: true }, ...companions('value', true)],
      primaryKey,
      itemColumn: 'value',
    },
  ];
}

/**
 * Every table of the exports, in output order: each record table followed by its child tables,
 * engagements after visits, then the annex tables.
 *
 * @example
 * ```ts
 * planTables().map((table) => table.name); // ['sources', 'source_…', …, 'citations', 'date_alternatives']
 * ```
 */
export function planTables(): TablePlan[] {
  const builder: Builder = { tables: [], recordIndex: 0 };
  for (const dataset of DATASET_NAMES) {
    const schema = RECORD_SCHEMAS[dataset] as unknown as z.ZodObject;
    const kind = DATASET_KIND[dataset];
    const shape = { ...(schema.shape as Record<string, AnyZod>) };
    if (dataset === 'visits') delete shape['engagements'];
    recordTable(builder, dataset, kind, dataset, shape, description(schema) ?? dataset, false);
    if (dataset === 'visits') {
      recordTable(builder, 'visits', 'engagement', 'engagements', Engagement.shape as unknown as Record<string, AnyZod>, description(Engagement) ?? 'engagements', true);
    }
  }
  return [...builder.tables, ...annexTables()];
}

/** The table plan by name, for lookups while flattening and rebuilding. */
export function tablesByName(tables: readonly TablePlan[]): Map<string, TablePlan> {
  return new Map(tables.map((table) => [table.name, table]));
}

/** The record-level tables and the dataset each comes from (engagements come from visits). */
export const RECORD_TABLES: readonly { readonly table: string; readonly dataset: DatasetName; readonly kind: string }[] = [
  ...DATASET_NAMES.map((dataset) => ({ table: dataset as string, dataset, kind: DATASET_KIND[dataset] as string })),
  { table: 'engagements', dataset: 'visits', kind: 'engagement' },
];
