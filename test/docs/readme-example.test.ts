/**
 * The README's example is the first code a reader copies: it runs here against the source, and
 * its answers are checked against the data rather than against its own output.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreements, visits } from '../../src/index.js';
import { runExample } from '../query/guide-runner.js';

const README = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe('README example', () => {
  const section = README.slice(README.indexOf('## Example'));
  const code = /```ts\n([\s\S]*?)```/.exec(section)?.[1] ?? '';

  it('is present and ten lines or so', () => {
    expect(code.split('\n').filter((line) => line.trim() !== '').length).toBeLessThanOrEqual(12);
    expect(code).toContain("from 'kenya-defence-cooperation'");
  });

  it('runs and prints what the data says', () => {
    const lines = runExample(code).split('\n');
    const nairobiJanuary2024 = visits.filter((visit) => visit.destination.places.includes('nairobi') && ['2024-01', '2024-01-15', '2023-11~/2024-01~'].includes(visit.when.value));
    expect(lines.slice(0, nairobiJanuary2024.length).map((line) => line.split(' ')[0]).sort()).toEqual(nairobiJanuary2024.map((visit) => visit.when.value).sort());
    const rwanda = agreements.find((agreement) => agreement.parties.includes('RW'));
    expect(lines).toContain(`${rwanda?.title} final-stages which officials said is in its final stages`);
    expect(lines.at(-1)).toBe('manda-bay');
  });
});
