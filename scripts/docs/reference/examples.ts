import { type JsonSchema, refName } from './json-schema.js';

/** First example value seen for each field, keyed by `Owner` then field path (as in FieldRow). */
export type ExampleIndex = ReadonlyMap<string, ReadonlyMap<string, unknown>>;

class ExampleCollector {
  readonly found = new Map<string, Map<string, unknown>>();
  constructor(private readonly defs: Readonly<Record<string, JsonSchema>>) {}

  private keep(owner: string, path: string, value: unknown): void {
    const byPath = this.found.get(owner) ?? new Map<string, unknown>();
    this.found.set(owner, byPath);
    const previous = byPath.get(path);
    // An empty array says little; keep looking for a record where the list has items.
    const previousIsEmpty = Array.isArray(previous) && previous.length === 0;
    if (!byPath.has(path) || (previousIsEmpty && !(Array.isArray(value) && value.length === 0))) byPath.set(path, value);
  }

  /** Walks a value alongside its schema, entering named definitions as their own owner. */
  walk(owner: string, path: string, schema: JsonSchema, value: unknown): void {
    if (value === undefined) return;
    const name = refName(schema);
    if (name !== undefined) {
      const target = this.defs[name];
      if (target) this.walk(name, '', target, value);
      if (path !== '') this.keep(owner, path, value);
      return;
    }
    if (path !== '') this.keep(owner, path, value);
    if (schema.properties && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(schema.properties)) {
        this.walk(owner, path === '' ? key : `${path}.${key}`, child, (value as Record<string, unknown>)[key]);
      }
    } else if (schema.items && Array.isArray(value)) {
      for (const item of value) this.walk(owner, `${path}[]`, schema.items, item);
    }
  }
}

/**
 * Real example values for every field of every definition, taken from the first record (in
 * dataset order, records sorted by id) where the field has a value. Deterministic, and never
 * invented: a field no record uses simply has no example.
 */
export function collectExamples(
  defs: Readonly<Record<string, JsonSchema>>,
  datasets: ReadonlyArray<readonly [kind: string, records: readonly unknown[]]>,
): ExampleIndex {
  const collector = new ExampleCollector(defs);
  for (const [kind, records] of datasets) {
    const schema = defs[kind];
    if (!schema) throw new Error(`no schema definition named ${kind}`);
    for (const record of records) collector.walk(kind, '', schema, record);
  }
  return collector.found;
}
