/** Levenshtein distance, for "did you mean" hints on commands, flags, datasets and fields. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The closest valid word to a mistyped one, if any is close enough to be a plausible typo
 * (a prefix, or at most two edits or a third of the letters wrong). The query layer has its own suggestions
 * for ids and values; this one covers the words only the CLI knows (commands, flags, fields).
 *
 * @example
 * ```ts
 * closest('vists', ['visits', 'posts']); // 'visits'
 * closest('zzz', ['visits']); // undefined
 * ```
 */
export function closest(wrong: string, valid: readonly string[]): string | undefined {
  const needle = wrong.toLowerCase();
  let best: { value: string; score: number } | undefined;
  for (const value of valid) {
    const score = value.startsWith(needle) && needle.length > 0 ? 0 : distance(needle, value);
    if (score <= Math.max(2, Math.floor(value.length / 3)) && (best === undefined || score < best.score)) best = { value, score };
  }
  return best?.value;
}

/**
 * `"a", "b" or "c"` style list for messages, without quotes for flags.
 *
 * @example
 * ```ts
 * joinOr(['--json', '--csv']); // '--json or --csv'
 * ```
 */
export function joinOr(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} or ${values.at(-1) ?? ''}`;
}

/**
 * `" Did you mean X?"` or nothing.
 *
 * @example
 * ```ts
 * didYouMean('lsit', ['list', 'show']); // ' Did you mean "list"?'
 * ```
 */
export function didYouMean(wrong: string, valid: readonly string[], prefix = ''): string {
  const hint = closest(wrong, valid);
  return hint === undefined ? '' : ` Did you mean "${prefix}${hint}"?`;
}

/**
 * Up to `count` valid values nearest to a wrong one, for "nearest ids" hints: values containing
 * it (or contained in it) first, then by edit distance, then alphabetically so the message is
 * the same on every run.
 *
 * @example
 * ```ts
 * nearestValues('duale', ['aden-duale', 'lloyd-austin', 'william-ruto'], 2); // ['aden-duale', 'william-ruto']
 * ```
 */
export function nearestValues(wrong: string, valid: Iterable<string>, count = 3): string[] {
  const needle = wrong.toLowerCase();
  const scored = [...new Set(valid)].map((value) => {
    const lower = value.toLowerCase();
    return { value, score: lower.includes(needle) || needle.includes(lower) ? -1 : distance(needle, lower) };
  });
  scored.sort((a, b) => a.score - b.score || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return scored.slice(0, count).map((entry) => entry.value);
}
