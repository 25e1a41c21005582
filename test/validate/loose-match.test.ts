import { describe, expect, it } from 'vitest';
import { looseMatch } from '../../src/validate/loose-match.js';

const text = 'He said: “We will – at last – sign.”\nThen  he left…';

describe('loose quote matching', () => {
  it('maps a normalized match back to the source wording', () => {
    expect(looseMatch(text, '"We will - at last - sign."')).toEqual({ kind: 'typography', excerpt: '“We will – at last – sign.”' });
    expect(looseMatch(text, 'sign." Then he left...')).toEqual({ kind: 'typography', excerpt: 'sign.”\nThen  he left…' });
  });

  it('falls back to a case-insensitive match', () => {
    expect(looseMatch(text, 'then he LEFT')).toEqual({ kind: 'case', excerpt: 'Then  he left' });
  });

  it('finds nothing for other wording', () => {
    expect(looseMatch(text, 'We shall sign')).toBeUndefined();
  });
});
