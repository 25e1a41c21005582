import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

describe('valid fixture', () => {
  it('passes every rule, so each other test isolates the one fault it adds', () => {
    expect(check()).toEqual([]);
  });
});
