/** Any character outside ASCII: text without one can take the short path of `normalizeText`. */
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * The fold of `normalizeText` with every Unicode pass applied, whatever the text: its
 * definition, which `normalizeText` shortens for ASCII text.
 *
 * @example
 * ```ts
 * foldWithUnicodePasses('Muqrín'); // 'muqrin'
 * ```
 */
export function foldWithUnicodePasses(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

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
  // ASCII text has nothing to decompose and no marks, and its letters and digits after
  // lower-casing are exactly a–z and 0–9: the same result without the Unicode passes, which
  // cost most of the search index's build over 10^6 records.
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return foldWithUnicodePasses(text);
}
