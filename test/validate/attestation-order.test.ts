import { describe, expect, it } from 'vitest';
import { attestationOrderRule } from '../../src/validate/rules/dates/attestation-order.js';
import { check, fixtureText, lineContaining, replaceOnce } from './helpers.js';

// Appends a second attestation after the fixture's one of 2025-03-04.
const withSecond = (asOf: string) => (text: string) =>
  replaceOnce(
    text,
    "          quote: Kenya's Defence Cabinet Secretary, Amina Wekesa\n",
    `          quote: Kenya's Defence Cabinet Secretary, Amina Wekesa\n    - asOf: '${asOf}'\n      citations:\n        - source: fixture-article\n          quote: Defence Cabinet Secretary\n`,
  );

describe('dates rule: attestation order', () => {
  it('reports an attestation whose asOf is earlier than the one before it', () => {
    const edit = withSecond('2025-02');
    const issues = check({ posts: edit }, [attestationOrderRule]);
    expect(issues).toEqual([
      {
        file: 'data/posts.yaml',
        line: lineContaining(edit(fixtureText('posts')), "asOf: '2025-02'"),
        dataset: 'posts',
        recordId: 'amina-wekesa-defence-cabinet-secretary',
        path: 'attestations[1].asOf',
        rule: 'dates',
        message: 'attestations are not ordered by asOf: "2025-02" (from 2025-02-01) comes after "2025-03-04" (from 2025-03-04); move this attestation earlier',
      },
    ]);
  });

  it('accepts equal, later, and coarser-but-not-earlier dates', () => {
    for (const asOf of ['2025-03-04', '2025-03-05', '2026']) expect(check({ posts: withSecond(asOf) }, [attestationOrderRule]), asOf).toEqual([]);
  });
});
