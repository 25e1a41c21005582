import { describe, expect, it } from 'vitest';
import { closestId, editDistance } from '../../src/validate/suggest.js';

describe('closest-id suggestions', () => {
  it('computes edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('suggests a near id and nothing for a far one', () => {
    expect(closestId('aden-dual', ['aden-duale', 'lloyd-austin'])).toBe('aden-duale');
    expect(closestId('nairobi', ['accra', 'burma-camp'])).toBeUndefined();
  });

  it('breaks ties alphabetically so output is stable', () => {
    expect(closestId('ab', ['ac', 'aa'])).toBe('aa');
  });
});
