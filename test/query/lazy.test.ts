import { describe, expect, it } from 'vitest';
// Vitest runs each file in its own module graph, so this import is the first in this process.
import { isBundledQueryBuilt, query } from '../../src/index.js';

describe('the bundled query', () => {
  it('builds its index on first use, not at import', () => {
    expect(isBundledQueryBuilt()).toBe(false);
    expect(query.visits().length).toBeGreaterThan(0);
    expect(isBundledQueryBuilt()).toBe(true);
  });
});
