/**
 * A value computed on first use, then kept: index parts that many questions never need are
 * built only when one does.
 *
 * @example
 * ```ts
 * const places = lazy(() => new Map(data.places.map((place) => [place.id, place])));
 * places().get('nairobi');
 * ```
 */
export function lazy<T>(make: () => T): () => T {
  let made = false;
  let value: T | undefined;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}
