import { describe, expect, it } from 'vitest';
import { PathTrie } from '../../src/query/search-paths.js';

describe('PathTrie', () => {
  it('spells keys with dots and indexes in brackets, the root as the empty path', () => {
    const paths = new PathTrie();
    expect(paths.spell(PathTrie.ROOT)).toBe('');
    expect(paths.spell(paths.walk(PathTrie.ROOT, ['name']))).toBe('name');
    expect(paths.spell(paths.walk(PathTrie.ROOT, ['engagements', 1, 'citations', 0, 'quote']))).toBe('engagements[1].citations[0].quote');
    expect(paths.spell(paths.walk(PathTrie.ROOT, [0, 'quote']))).toBe('[0].quote');
  });
  it('gives the same node for the same steps, and different nodes for a key "0" and an index 0', () => {
    const paths = new PathTrie();
    const first = paths.walk(PathTrie.ROOT, ['topics', 2]);
    expect(paths.walk(PathTrie.ROOT, ['topics', 2])).toBe(first);
    expect(paths.child(paths.walk(PathTrie.ROOT, ['topics']), 2)).toBe(first);
    const key = paths.walk(PathTrie.ROOT, ['topics', '2']);
    expect(key).not.toBe(first);
    expect(paths.spell(key)).toBe('topics.2');
  });
});
