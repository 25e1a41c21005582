/**
 * Differences between two versions of the data, by dataset and id, field by field, and the
 * version bump the versioning policy (docs/guides/versioning.md) implies. Inputs are plain JSON
 * (`unknown` records) because an old release need not match today's schema. Internal: used by
 * scripts/release-notes.ts.
 */
import { DATASET_NAMES } from '../schema/dataset.js';
import { LOCK_KEYS, type LockKey } from './id-lock.js';

/** A dataset version as plain JSON: dataset name → records. */
export type DatasetJson = Readonly<Record<string, readonly unknown[]>>;

/** One changed value: `before` undefined when the field was added, `after` undefined when removed. */
export interface FieldChange {
  readonly path: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** A record present in both versions whose content changed. */
export interface RecordChange {
  readonly id: string;
  readonly label: string;
  readonly changes: readonly FieldChange[];
}

/** What changed in one dataset (or in engagements). */
export interface DatasetChanges {
  readonly added: readonly { readonly id: string; readonly label: string }[];
  readonly removed: readonly { readonly id: string; readonly label: string }[];
  readonly changed: readonly RecordChange[];
}

/** Field paths (array items as `[]`) whose JSON type changed, or that appear or vanish. */
export interface ShapeChanges {
  readonly typeChanged: readonly string[];
  readonly appeared: readonly string[];
  readonly vanished: readonly string[];
}

/** Everything that changed between two versions. */
export interface DataDiff {
  readonly datasets: Readonly<Record<LockKey, DatasetChanges>>;
  readonly shapes: Readonly<Record<LockKey, ShapeChanges>>;
}

/** A semver bump level, or `none` when the data did not change. */
export type Bump = 'major' | 'minor' | 'patch' | 'none';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function idOf(record: unknown): string | undefined {
  return isObject(record) && typeof record['id'] === 'string' ? record['id'] : undefined;
}

/** A short human name for a record: its title, name or role, else its id. */
export function labelOf(record: unknown): string {
  if (!isObject(record)) return '';
  for (const key of ['title', 'name', 'role', 'description']) if (typeof record[key] === 'string') return record[key];
  return '';
}

function join(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
}

/** Recurses into objects and arrays so that only leaves are reported, whatever the key order. */
function diffValues(before: unknown, after: unknown, path: string, out: FieldChange[]): void {
  if (isObject(before) && isObject(after)) {
    const keys = [...Object.keys(before), ...Object.keys(after).filter((key) => !Object.hasOwn(before, key))];
    for (const key of keys) {
      if (!Object.hasOwn(after, key)) out.push({ path: join(path, key), before: before[key] });
      else if (!Object.hasOwn(before, key)) out.push({ path: join(path, key), after: after[key] });
      else diffValues(before[key], after[key], join(path, key), out);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    for (let index = 0; index < Math.max(before.length, after.length); index += 1) {
      if (index >= after.length) out.push({ path: join(path, index), before: before[index] });
      else if (index >= before.length) out.push({ path: join(path, index), after: after[index] });
      else diffValues(before[index], after[index], join(path, index), out);
    }
    return;
  }
  if (before !== after) out.push({ path, before, after });
}

/** The records of each lock key; engagements are taken out of their visits and carry the visit id. */
function recordsByKey(data: DatasetJson): Record<LockKey, unknown[]> {
  const result = Object.fromEntries(DATASET_NAMES.map((name) => [name, [...(data[name] ?? [])]])) as Record<LockKey, unknown[]>;
  result.visits = (data['visits'] ?? []).map((visit) => (isObject(visit) ? Object.fromEntries(Object.entries(visit).filter(([key]) => key !== 'engagements')) : visit));
  result.engagements = (data['visits'] ?? []).flatMap((visit) => {
    if (!isObject(visit) || !Array.isArray(visit['engagements'])) return [];
    return visit['engagements'].map((engagement: unknown) => (isObject(engagement) ? { ...engagement, '(visit)': visit['id'] } : engagement));
  });
  return result;
}

function jsonType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** Every field path (arrays as `[]`) in `records`, with the JSON types seen there. */
function shapeOf(records: readonly unknown[]): Map<string, Set<string>> {
  const shapes = new Map<string, Set<string>>();
  const visit = (value: unknown, path: string): void => {
    if (path !== '') {
      const types = shapes.get(path) ?? new Set<string>();
      types.add(jsonType(value));
      shapes.set(path, types);
    }
    if (Array.isArray(value)) for (const item of value) visit(item, `${path}[]`);
    else if (isObject(value)) for (const [key, child] of Object.entries(value)) visit(child, path === '' ? key : `${path}.${key}`);
  };
  for (const record of records) visit(record, '');
  return shapes;
}

/** Drops paths inside another listed path: a new `photoCredit` implies its `photoCredit.text`. */
function outermost(paths: readonly string[]): string[] {
  return paths.filter((path) => !paths.some((other) => other !== path && (path.startsWith(`${other}.`) || path.startsWith(`${other}[]`))));
}

function diffShapes(before: readonly unknown[], after: readonly unknown[]): ShapeChanges {
  const old = shapeOf(before);
  const next = shapeOf(after);
  const typeChanged: string[] = [];
  for (const [path, types] of old) {
    const now = next.get(path);
    // Only a clean swap counts (string → object); null or a mix means optional values, not a new type.
    if (now && types.size === 1 && now.size === 1 && [...types][0] !== [...now][0]) typeChanged.push(`${path}: ${[...types][0]} → ${[...now][0]}`);
  }
  return { typeChanged, appeared: outermost([...next.keys()].filter((path) => !old.has(path))), vanished: outermost([...old.keys()].filter((path) => !next.has(path))) };
}

function diffRecords(before: readonly unknown[], after: readonly unknown[]): DatasetChanges {
  const oldById = new Map(before.flatMap((record) => (idOf(record) === undefined ? [] : [[idOf(record) as string, record] as const])));
  const newById = new Map(after.flatMap((record) => (idOf(record) === undefined ? [] : [[idOf(record) as string, record] as const])));
  const sortedIds = (ids: Iterable<string>): string[] => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const added = sortedIds([...newById.keys()].filter((id) => !oldById.has(id))).map((id) => ({ id, label: labelOf(newById.get(id)) }));
  const removed = sortedIds([...oldById.keys()].filter((id) => !newById.has(id))).map((id) => ({ id, label: labelOf(oldById.get(id)) }));
  const changed: RecordChange[] = [];
  for (const id of sortedIds([...oldById.keys()].filter((key) => newById.has(key)))) {
    const changes: FieldChange[] = [];
    diffValues(oldById.get(id), newById.get(id), '', changes);
    if (changes.length > 0) changed.push({ id, label: labelOf(newById.get(id)), changes });
  }
  return { added, removed, changed };
}

/**
 * Compares two versions of the data record by record (matched by id; engagements on their own).
 *
 * @example
 * ```ts
 * const diff = diffData(JSON.parse(oldText), JSON.parse(newText));
 * diff.datasets.visits.changed[0]?.changes; // [{ path: 'when.value', before: '2024-01', after: '2024-01-15' }]
 * ```
 */
export function diffData(before: DatasetJson, after: DatasetJson): DataDiff {
  const old = recordsByKey(before);
  const next = recordsByKey(after);
  const datasets = Object.fromEntries(LOCK_KEYS.map((key) => [key, diffRecords(old[key], next[key])])) as Record<LockKey, DatasetChanges>;
  const shapes = Object.fromEntries(LOCK_KEYS.map((key) => [key, diffShapes(old[key], next[key])])) as Record<LockKey, ShapeChanges>;
  return { datasets, shapes };
}

/** The bump the policy implies, and why. */
export interface BumpDecision {
  readonly bump: Bump;
  readonly reasons: readonly string[];
  /** Things a maintainer must judge: the diff cannot tell a re-meant id or a dropped schema field by itself. */
  readonly warnings: readonly string[];
}

const ORDER: readonly Bump[] = ['none', 'patch', 'minor', 'major'];

/**
 * Applies the versioning policy: removed ids or changed field types → major; new records or
 * fields → minor; changed values only → patch; nothing → none.
 *
 * @example
 * ```ts
 * bumpFor(diffData(before, after)).bump; // 'minor' when a record was added
 * ```
 */
export function bumpFor(diff: DataDiff): BumpDecision {
  // An object, not a `let`: TypeScript does not see the closure below raise it.
  const level: { bump: Bump } = { bump: 'none' };
  const reasons: string[] = [];
  const warnings: string[] = [];
  const raise = (next: Bump, reason: string): void => {
    if (ORDER.indexOf(next) > ORDER.indexOf(level.bump)) level.bump = next;
    reasons.push(`${next}: ${reason}`);
  };
  for (const key of LOCK_KEYS) {
    const { added, removed, changed } = diff.datasets[key];
    const shape = diff.shapes[key];
    if (removed.length > 0) raise('major', `${key}: ${removed.length} id(s) removed (${removed.map((item) => item.id).join(', ')})`);
    for (const change of shape.typeChanged) raise('major', `${key}: field type changed: ${change}`);
    if (added.length > 0) raise('minor', `${key}: ${added.length} record(s) added`);
    if (shape.appeared.length > 0) raise('minor', `${key}: new field(s) in use: ${shape.appeared.join(', ')}`);
    if (shape.vanished.length > 0) {
      warnings.push(`${key}: field(s) no longer used by any record: ${shape.vanished.join(', ')}. If the schema dropped them, that is a major change.`);
    }
    if (changed.length > 0) raise('patch', `${key}: ${changed.length} record(s) corrected`);
    for (const record of changed) {
      if (!record.changes.some((change) => /(^|\.)citations(\[|$|\.)|Citations(\[|$)/.test(change.path))) {
        warnings.push(`${key} ${record.id}: values changed without a new or changed citation; a correction needs one.`);
      }
    }
  }
  if (level.bump === 'major' || level.bump === 'minor') warnings.push('Check by hand that no kept id now means a different thing (a re-meant id is a major change).');
  return { bump: level.bump, reasons, warnings };
}

function show(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/**
 * The diff as a Markdown summary: the suggested bump, then per dataset the added, removed and
 * changed records, each change as `path: old → new`.
 *
 * @example
 * ```ts
 * console.log(formatReleaseNotes(diffData(before, after), { from: 'v0.1.0', to: 'working tree' }));
 * ```
 */
export function formatReleaseNotes(diff: DataDiff, labels: { readonly from: string; readonly to: string }): string {
  const decision = bumpFor(diff);
  const lines: string[] = [`## Data changes: ${labels.from} → ${labels.to}`, ''];
  if (decision.bump === 'none') return `${[...lines, 'No data changes.'].join('\n')}\n`;
  lines.push(`Suggested bump: **${decision.bump}**`, '');
  for (const reason of decision.reasons) lines.push(`- ${reason}`);
  lines.push('');
  for (const key of LOCK_KEYS) {
    const { added, removed, changed } = diff.datasets[key];
    if (added.length + removed.length + changed.length === 0) continue;
    lines.push(`### ${key}`, '');
    for (const item of added) lines.push(`- Added \`${item.id}\`${item.label === '' ? '' : ` — ${item.label}`}`);
    for (const item of removed) lines.push(`- Removed \`${item.id}\`${item.label === '' ? '' : ` — ${item.label}`}`);
    for (const record of changed) {
      lines.push(`- Changed \`${record.id}\`${record.label === '' ? '' : ` — ${record.label}`}`);
      for (const change of record.changes) lines.push(`  - \`${change.path}\`: ${show(change.before)} → ${show(change.after)}`);
    }
    lines.push('');
  }
  if (decision.warnings.length > 0) {
    lines.push('### To check', '');
    for (const warning of decision.warnings) lines.push(`- ${warning}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
