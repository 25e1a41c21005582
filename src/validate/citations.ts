import { isCitationsKey } from '../util/citation-keys.js';
import { isObject, walkObjects } from './paths.js';
import type { PathSegment } from './types.js';

/** A citation found somewhere in a record, with the path of the citation object. */
export interface FoundCitation {
  readonly path: readonly PathSegment[];
  readonly source: unknown;
  readonly quote: unknown;
}

/**
 * Every item of every `citations` array anywhere in `value`. Citations sit at many depths
 * (record, claim, counterpart, status entry…), so they are found by walking, not by a field list.
 */
export function findCitations(value: unknown): FoundCitation[] {
  return walkObjects(value).flatMap(({ path, value: object }) => {
    if (!isObject(object)) return [];
    return Object.keys(object)
      .filter(isCitationsKey)
      .flatMap((key) => {
        const citations = object[key];
        if (!Array.isArray(citations)) return [];
        return citations.flatMap((item: unknown, index): FoundCitation[] =>
          isObject(item) ? [{ path: [...path, key, index], source: item['source'], quote: item['quote'] }] : [],
        );
      });
  });
}

