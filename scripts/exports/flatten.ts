/**
 * Records → table rows, following the plan in ./plan.ts. Pure: the same dataset always gives the
 * same rows in the same order (records by id, items by position).
 */
import type { Dataset } from '../../src/schema/dataset.js';
import { edtfBounds, edtfPrecision } from '../../src/dates/edtf.js';
import { formatPath } from '../../src/validate/paths.js';
import type { PathSegment } from '../../src/validate/types.js';
import { RECORD_TABLES, tablesByName, type FieldPlan, type TablePlan } from './plan.js';

/** One cell: what a CSV field or Parquet value holds once typed. `null` is an empty field. */
export type Cell = string | number | boolean | null;
/** One row, keyed by column name. */
export type Row = Record<string, Cell>;
/** Every table's rows, by table name. */
export type Tables = Map<string, Row[]>;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cell(value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  throw new Error(`exports: expected a scalar, got ${JSON.stringify(value)}`);
}

interface Context {
  readonly plans: Map<string, TablePlan>;
  readonly tables: Tables;
  readonly kind: string;
  readonly recordId: string;
}

/** An empty row with every column of `plan` in order, so every CSV row has the same fields. */
function emptyRow(plan: TablePlan): Row {
  return Object.fromEntries(plan.columns.map((column) => [column.name, null]));
}

/** Fills the EDTF companions (`_earliest`, `_latest`, `_precision`) from their source columns. */
function fillDerived(plan: TablePlan, row: Row): void {
  for (const column of plan.columns) {
    if (!column.derived) continue;
    const source = row[column.derived.from];
    if (typeof source !== 'string') continue;
    if (column.derived.kind === 'precision') row[column.name] = edtfPrecision(source);
    else row[column.name] = edtfBounds(source)[column.derived.kind];
  }
}

function push(context: Context, table: string, row: Row): void {
  const rows = context.tables.get(table);
  if (!rows) throw new Error(`exports: unknown table ${table}`);
  rows.push(row);
}

function annexRow(context: Context, table: string, path: readonly PathSegment[], ordinal: number): Row {
  const plan = context.plans.get(table);
  if (!plan) throw new Error(`exports: unknown table ${table}`);
  return { ...emptyRow(plan), record_kind: context.kind, record_id: context.recordId, field_path: formatPath(path), ordinal };
}

function fillObject(context: Context, fields: readonly FieldPlan[], value: JsonObject | undefined, row: Row, path: readonly PathSegment[], keys: readonly Cell[]): void {
  for (const field of fields) {
    const child = value?.[field.key];
    const childPath = [...path, field.key];
    if (field.t === 'scalar') {
      row[field.column] = cell(child);
    } else if (field.t === 'object') {
      fillObject(context, field.fields, isObject(child) ? child : undefined, row, childPath, keys);
      if (field.presence !== undefined) row[field.presence] = isObject(child);
    } else if (field.t === 'annex') {
      const items = Array.isArray(child) ? child : [];
      items.forEach((item: unknown, ordinal) => {
        const annex = annexRow(context, field.annex, childPath, ordinal);
        if (field.annex === 'citations' && isObject(item)) {
          annex['source'] = cell(item['source']);
          annex['quote'] = cell(item['quote']);
          annex['note'] = cell(item['note']);
        } else {
          annex['value'] = cell(item);
        }
        const plan = context.plans.get(field.annex);
        if (plan) fillDerived(plan, annex);
        push(context, field.annex, annex);
      });
    } else {
      const plan = context.plans.get(field.table);
      if (!plan) throw new Error(`exports: unknown table ${field.table}`);
      const items = Array.isArray(child) ? child : [];
      items.forEach((item: unknown, ordinal) => {
        const childRow = emptyRow(plan);
        const keyNames = plan.primaryKey.slice(0, -1);
        keyNames.forEach((name, index) => (childRow[name] = keys[index] ?? null));
        childRow['ordinal'] = ordinal;
        if (plan.itemColumn !== undefined) childRow[plan.itemColumn] = cell(item);
        else fillObject(context, plan.fields ?? [], isObject(item) ? item : undefined, childRow, [...childPath, ordinal], [...keys, ordinal]);
        fillDerived(plan, childRow);
        push(context, field.table, childRow);
      });
    }
  }
}

/**
 * Flattens a whole dataset into rows of every planned table.
 *
 * @example
 * ```ts
 * const tables = flattenDataset(dataset, planTables());
 * tables.get('visit_topics')?.length; // number of (visit, topic) pairs
 * ```
 */
export function flattenDataset(dataset: Dataset, tables: readonly TablePlan[]): Tables {
  const plans = tablesByName(tables);
  const output: Tables = new Map(tables.map((table) => [table.name, []]));
  for (const { table, dataset: name, kind } of RECORD_TABLES) {
    const plan = plans.get(table);
    if (!plan) throw new Error(`exports: no plan for ${table}`);
    const records: { record: JsonObject; extra: Row }[] =
      table === 'engagements'
        ? dataset.visits.flatMap((visit) => visit.engagements.map((engagement, ordinal) => ({ record: engagement as JsonObject, extra: { visit_id: visit.id, visit_ordinal: ordinal } })))
        : (dataset[name] as readonly JsonObject[]).map((record) => ({ record, extra: {} }));
    for (const { record, extra } of records) {
      const id = String(record['id']);
      const row = { ...emptyRow(plan), ...extra };
      fillObject({ plans, tables: output, kind, recordId: id }, plan.fields ?? [], record, row, [], [id]);
      fillDerived(plan, row);
      output.get(table)?.push(row);
    }
  }
  return output;
}
