import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { examplesOf, runExample } from './guide-runner.js';

const guide = readFileSync(new URL('../../docs/guides/querying.md', import.meta.url), 'utf8');
const examples = examplesOf(guide);

describe('docs/guides/querying.md', () => {
  it('has the five questions of the issue and more', () => {
    expect(examples.length).toBeGreaterThanOrEqual(7);
  });
  it.each(examples.map((example) => [example.line, example] as const))('example at line %i prints the output shown under it', (_line, example) => {
    expect(runExample(example.code)).toBe(example.expected);
  });
});
