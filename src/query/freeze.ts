/**
 * Freezes a record and everything reachable from it, in place — what `deepFreeze` does, with
 * less work per object (no recursion into strings, no iterator), because tables freeze records
 * as queries first return them and that cost lands on those queries. An object found frozen
 * already is taken to be deeply frozen (it was frozen by this function or by `deepFreeze`).
 */
export function freezeRecord(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const child: unknown = value[index];
      if (typeof child === 'object' && child !== null) freezeRecord(child);
    }
    return;
  }
  const keys = Object.keys(value);
  for (let index = 0; index < keys.length; index++) {
    const child = (value as Record<string, unknown>)[keys[index] as string];
    if (typeof child === 'object' && child !== null) freezeRecord(child);
  }
}
