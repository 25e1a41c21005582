/**
 * Table rows → records: the inverse of ./flatten.ts. It exists to prove the exports lose nothing
 * (test/exports round-trips JSON → CSV → records), and doubles as a reference for analysts who
 * want to reassemble records from the tables.
 */
import { Dataset } from '../../src/schema/dataset.js';
import { formatPath } from '../../src/validate/paths.js';
import type { PathSegment } from '../../src/validate/types.js';
import type { Cell, Row, Tables } from './flatten.js';
import { RECORD_TABLES, tablesByName, type FieldPlan, type TablePlan } from './plan.js';

type JsonObject = Record<string, unknown>;

function keyOf(values: readonly Cell[]): string {
  return JSON.stringify(values);
}

function byOrdinal(a: Row, b: Row): number {
  return Number(a['ordinal']) - Number(b['ordinal']);
}

/** Rows grouped by their parent key (child tables) or by record and field path (annex tables). */
class Index {
  private readonly groups = new Map<string, Map<string, Row[]>>();

  constructor(
    tables: Tables,
    private readonly plans: Map<string, TablePlan>,
  ) {
    for (const [name, rows] of tables) {
      const plan = plans.get(name);
      if (!plan) continue;
      const keyNames = plan.primaryKey.slice(0, -1);
      const group = new Map<string, Row[]>();
      for (const row of rows) {
        const key = keyOf(keyNames.map((column) => row[column] ?? null));
        const list = group.get(key) ?? [];
        list.push(row);
        group.set(key, list);
      }
      for (const list of group.values()) list.sort(byOrdinal);
      this.groups.set(name, group);
    }
  }

  rows(table: string, key: readonly Cell[]): Row[] {
    return this.groups.get(table)?.get(keyOf(key)) ?? [];
  }

  plan(table: string): TablePlan {
    const plan = this.plans.get(table);
    if (!plan) throw new Error(`exports: unknown table ${table}`);
    return plan;
  }
}

interface Context {
  readonly index: Index;
  readonly kind: string;
  readonly recordId: string;
}

function annexRows(context: Context, annex: string, path: readonly PathSegment[]): Row[] {
  return context.index.rows(annex, [context.kind, context.recordId, formatPath(path)]);
}

/** True when anything under `fields` has a value: decides whether an optional object was present. */
function hasContent(context: Context, fields: readonly FieldPlan[], row: Row, path: readonly PathSegment[], keys: readonly Cell[]): boolean {
  return fields.some((field) => {
    const childPath = [...path, field.key];
    if (field.t === 'scalar') return row[field.column] !== null && row[field.column] !== undefined;
    if (field.t === 'object') return field.presence !== undefined ? row[field.presence] === true : hasContent(context, field.fields, row, childPath, keys);
    if (field.t === 'annex') return annexRows(context, field.annex, childPath).length > 0;
    return context.index.rows(field.table, keys).length > 0;
  });
}

function rebuildObject(context: Context, fields: readonly FieldPlan[], row: Row, path: readonly PathSegment[], keys: readonly Cell[]): JsonObject {
  const result: JsonObject = {};
  for (const field of fields) {
    const childPath = [...path, field.key];
    if (field.t === 'scalar') {
      const value = row[field.column];
      if (value !== null && value !== undefined) result[field.key] = value;
    } else if (field.t === 'object') {
      const present = !field.optional || (field.presence !== undefined ? row[field.presence] === true : hasContent(context, field.fields, row, childPath, keys));
      if (present) result[field.key] = rebuildObject(context, field.fields, row, childPath, keys);
    } else if (field.t === 'annex') {
      const rows = annexRows(context, field.annex, childPath);
      if (field.optional && rows.length === 0) continue;
      result[field.key] = rows.map((annex) =>
        field.annex === 'citations'
          ? { source: annex['source'], quote: annex['quote'], ...(annex['note'] === null ? {} : { note: annex['note'] }) }
          : annex['value'],
      );
    } else {
      const plan = context.index.plan(field.table);
      const rows = context.index.rows(field.table, keys);
      if (field.optional && rows.length === 0) continue;
      result[field.key] = rows.map((child) => {
        const ordinal = Number(child['ordinal']);
        if (plan.itemColumn !== undefined) return child[plan.itemColumn];
        return rebuildObject(context, plan.fields ?? [], child, [...childPath, ordinal], [...keys, ordinal]);
      });
    }
  }
  return result;
}

/**
 * Reassembles the dataset from table rows and parses it with the `Dataset` schema, which also
 * restores the canonical key order: the result is equal to the dataset the rows came from.
 *
 * @example
 * ```ts
 * const again = rebuildDataset(flattenDataset(dataset, planTables()), planTables());
 * ```
 */
export function rebuildDataset(tables: Tables, plans: readonly TablePlan[]): Dataset {
  const byName = tablesByName(plans);
  const index = new Index(tables, byName);
  const records = new Map<string, JsonObject[]>();
  for (const { table, kind } of RECORD_TABLES) {
    const plan = index.plan(table);
    const rows = tables.get(table) ?? [];
    records.set(
      table,
      rows.map((row) => {
        const id = String(row['id']);
        const record = rebuildObject({ index, kind, recordId: id }, plan.fields ?? [], row, [], [id]);
        // The engagement's place in its visit travels with the record until it is attached.
        return table === 'engagements' ? { ...record, '#visit': row['visit_id'], '#ordinal': Number(row['visit_ordinal']) } : record;
      }),
    );
  }
  const engagements = records.get('engagements') ?? [];
  const visits = (records.get('visits') ?? []).map((visit) => ({
    ...visit,
    engagements: engagements
      .filter((engagement) => engagement['#visit'] === visit['id'])
      .sort((a, b) => Number(a['#ordinal']) - Number(b['#ordinal']))
      .map(({ '#visit': _visit, '#ordinal': _ordinal, ...engagement }) => engagement),
  }));
  const assembled = Object.fromEntries(RECORD_TABLES.filter(({ table }) => table !== 'engagements').map(({ table }) => [table, table === 'visits' ? visits : records.get(table)]));
  return Dataset.parse(assembled);
}
