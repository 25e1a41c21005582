/**
 * Recursively readonly view of a value: what the bundled records are typed as, so that a
 * caller's attempt to modify shared data fails to compile as well as at run time.
 *
 * @example
 * ```ts
 * import { deepFreeze, type DeepReadonly } from 'kenya-defence-cooperation';
 * const settings: DeepReadonly<{ tags: string[] }> = deepFreeze({ tags: ['kenya'] });
 * // settings.tags.push('rwanda'); // does not compile: the array is readonly
 * console.log(Object.isFrozen(settings.tags)); // true
 * ```
 */
export type DeepReadonly<T> = T extends (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T;

/**
 * Freezes a value and everything reachable from it, in place, and returns it typed as
 * {@link DeepReadonly}. Bundled data is shared by every importer in a process, so one
 * caller must not be able to change what another reads.
 *
 * @example
 * ```ts
 * const frozen = deepFreeze({ a: [1, 2] });
 * Object.isFrozen(frozen.a); // true
 * ```
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value as DeepReadonly<T>;
}
