/**
 * Whether a record key holds a citation list: `citations`, or `<something>Citations` where a
 * record cites one of its fields apart from the record (an agreement's `partiesCitations`).
 * Every walker over citations (build check, reference check, `citationsOf`, the CLI) reads
 * both, so that no citation is left out of one of them.
 *
 * @example
 * ```ts
 * isCitationsKey('partiesCitations'); // true
 * isCitationsKey('citation');         // false
 * ```
 */
export function isCitationsKey(key: string): boolean {
  return key === 'citations' || key.endsWith('Citations');
}
