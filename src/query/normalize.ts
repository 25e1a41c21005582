/**
 * Folds text for matching: decomposes (NFKD), drops combining marks (so "Muqrín" = "Muqrin"),
 * lower-cases, and turns every run of non-letters/digits — hyphens, spaces, apostrophes,
 * parentheses — into one space. "Al-Muqrin", "al muqrin" and "AL–MUQRIN" all become "al muqrin".
 *
 * @example
 * ```ts
 * normalizeText('Al-Muqrin');      // 'al muqrin'
 * normalizeText('  Manda   Bay '); // 'manda bay'
 * ```
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
