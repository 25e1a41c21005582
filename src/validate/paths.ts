import type { LoadedRecord, PathSegment } from './types.js';

/** True for plain YAML/JSON objects (not arrays, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Formats a field path the way the data is written: `engagements[2].when.value`.
 *
 * @example formatPath(['engagements', 2, 'when', 'value']) // 'engagements[2].when.value'
 */
export function formatPath(path: readonly PathSegment[]): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    return text === '' ? segment : `${text}.${segment}`;
  }, '');
}

/**
 * A path pattern over record data: keys, and `'*'` for "every item of this array". Patterns
 * let rules name the fields they care about in one table instead of hand-written loops.
 */
export type PathPattern = readonly string[];

/** A value found by {@link select}, with its concrete path. */
export interface Selected {
  readonly path: readonly PathSegment[];
  readonly value: unknown;
}

/**
 * Every value in `root` matching `pattern`. Missing keys and wrongly shaped values are skipped
 * silently: the schema rule reports those, and other rules must still run on broken records.
 *
 * @example select({ a: [{ b: 1 }, { b: 2 }] }, ['a', '*', 'b']) // values 1 and 2 at a[0].b, a[1].b
 */
export function select(root: unknown, pattern: PathPattern): Selected[] {
  let current: Selected[] = [{ path: [], value: root }];
  for (const step of pattern) {
    const next: Selected[] = [];
    for (const { path, value } of current) {
      if (step === '*') {
        if (Array.isArray(value)) value.forEach((item, index) => next.push({ path: [...path, index], value: item }));
      } else if (isObject(value) && Object.hasOwn(value, step) && value[step] !== undefined) {
        next.push({ path: [...path, step], value: value[step] });
      }
    }
    current = next;
  }
  return current;
}

/**
 * Every object anywhere under `root` (depth first, in document order), with its path. Used for
 * fields that may sit at any depth, such as citations.
 */
export function walkObjects(root: unknown, path: readonly PathSegment[] = []): Selected[] {
  const found: Selected[] = [];
  if (Array.isArray(root)) {
    root.forEach((item, index) => found.push(...walkObjects(item, [...path, index])));
  } else if (isObject(root)) {
    found.push({ path, value: root });
    for (const [key, child] of Object.entries(root)) found.push(...walkObjects(child, [...path, key]));
  }
  return found;
}

/** The record's `id` when it is a string, else undefined. */
export function idOf(value: unknown): string | undefined {
  return isObject(value) && typeof value['id'] === 'string' ? value['id'] : undefined;
}

/** How a record is named in issues: its id, or `#<index>` when it has none. */
export function recordLabel(record: LoadedRecord): string {
  return idOf(record.value) ?? `#${record.index}`;
}
