/**
 * Binary searches over sorted typed arrays, and over entries sorted by a day value read through
 * an index: `entries` lists entry numbers in ascending order of `days[entry]` (the date index
 * keeps entry numbers per class rather than a second copy of the days).
 */

type Sorted = Int32Array | Float32Array | Float64Array;

/** First index `i` with `values[i] >= target` (values sorted ascending). */
export function lowerBoundValue(values: Sorted, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((values[mid] as number) < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** First index `i` with `values[i] > target` (values sorted ascending). */
export function upperBoundValue(values: Sorted, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((values[mid] as number) <= target) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** True when the sorted `values` hold `target`. */
export function containsValue(values: Int32Array, target: number): boolean {
  const at = lowerBoundValue(values, target);
  return at < values.length && values[at] === target;
}

/** First index `i` with `days[entries[i]] >= target`. */
export function lowerBound(entries: Int32Array, days: Float32Array | Float64Array, target: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((days[entries[mid] as number] as number) < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** First index `i` with `days[entries[i]] > target`. */
export function upperBound(entries: Int32Array, days: Float32Array | Float64Array, target: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((days[entries[mid] as number] as number) <= target) low = mid + 1;
    else high = mid;
  }
  return low;
}
