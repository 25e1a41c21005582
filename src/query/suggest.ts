/**
 * Edit distance between two strings (Levenshtein), for "did you mean" suggestions.
 *
 * @example
 * ```ts
 * editDistance('langly', 'langley'); // 1
 * ```
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The valid values closest to `wrong`, best first: those containing it (or contained in it)
 * first, then by edit distance, then alphabetically, so the message is stable.
 *
 * @example
 * ```ts
 * nearest('aden-dual', ['aden-duale', 'lloyd-austin']); // ['aden-duale']
 * ```
 */
export function nearest(wrong: string, valid: Iterable<string>, count = 3): string[] {
  const needle = wrong.toLowerCase();
  const scored: { value: string; score: number }[] = [];
  for (const value of valid) {
    const lower = value.toLowerCase();
    const contains = lower.includes(needle) || needle.includes(lower);
    // Long id lists (10^6 records) must not make an error message slow: the cost is bounded by
    // skipping values whose length alone rules them out as near.
    if (!contains && Math.abs(lower.length - needle.length) > Math.max(3, needle.length / 2)) continue;
    const score = contains ? -1 : editDistance(needle, lower);
    // A suggestion needing more edits than ~40% of the word is noise, not help.
    if (score <= Math.max(2, Math.floor(needle.length * 0.4))) scored.push({ value, score });
  }
  scored.sort((a, b) => a.score - b.score || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return scored.slice(0, count).map((entry) => entry.value);
}

/** `"a", "b" or "c"` for messages. */
export function listOf(values: readonly string[]): string {
  const quoted = values.map((value) => `"${value}"`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1) ?? ''}`;
}
