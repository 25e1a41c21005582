/**
 * Source ids follow the dataset's id rule — lower-case letters and digits joined by single
 * hyphens — and are unique among sources. (Same pattern as `RecordId` in the schema; repeated
 * here so the curation tools give their own, more specific, advice.)
 */

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * True when `id` is a valid record id ("duale-us-trip-2024").
 *
 * @example
 * ```ts
 * isSourceId('duale-us-trip-2024'); // true
 * isSourceId('Duale_US');           // false
 * ```
 */
export function isSourceId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/**
 * A source id derived from an article's file name: extension dropped, lower-cased, every run of
 * other characters turned into one hyphen. Accents are removed rather than dropped with their letter.
 *
 * @example
 * ```ts
 * sourceIdFromFileName('Kenya_Ghana Naval Visit.txt'); // 'kenya-ghana-naval-visit'
 * sourceIdFromFileName('000_cb007b777855b0a5.txt');    // '000-cb007b777855b0a5'
 * ```
 */
export function sourceIdFromFileName(fileName: string): string {
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
