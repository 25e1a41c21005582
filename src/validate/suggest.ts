/**
 * Levenshtein distance between two strings (insertions, deletions, substitutions), computed
 * with one row of the dynamic-programming table.
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidate closest to `wanted`, if it is close enough to be a plausible typo: at most a
 * third of the id's length (and at least 2) edits away. Ties go to the alphabetically first id
 * so the suggestion is stable.
 */
export function closestId(wanted: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  let best: { id: string; distance: number } | undefined;
  for (const id of candidates) {
    const distance = editDistance(wanted, id);
    if (distance > limit) continue;
    if (!best || distance < best.distance || (distance === best.distance && id < best.id)) best = { id, distance };
  }
  return best?.id;
}
