import { describe, expect, it } from 'vitest';
import { referencesRule } from '../../src/validate/rules/references.js';
import { check, fixtureText, lineContaining, replaceOnce } from './helpers.js';

describe('references rule', () => {
  it('reports an unknown person with the expected kind and the closest id', () => {
    const edit = (text: string) => replaceOnce(text, 'lead: amina-wekesa', 'lead: amina-wekessa');
    const issues = check({ visits: edit }, [referencesRule]);
    expect(issues).toEqual([
      {
        file: 'data/visits.yaml',
        line: lineContaining(edit(fixtureText('visits')), 'lead:'),
        dataset: 'visits',
        recordId: 'wekesa-ghana-2025-03',
        path: 'lead',
        rule: 'references',
        message: 'unknown person "amina-wekessa": expected the id of a record in people; did you mean "amina-wekesa"?',
      },
    ]);
  });

  it('says when the id belongs to another kind', () => {
    const issues = check({ visits: (text) => replaceOnce(text, 'organizations: [ghana-ministry-of-defence]', 'organizations: [accra]') }, [referencesRule]);
    expect(issues).toEqual([
      expect.objectContaining({
        path: 'engagements[1].organizations[0]',
        message: 'unknown organization "accra": expected the id of a record in organizations; "accra" is a place, not an organization',
      }),
    ]);
  });

  it('checks nested statement speakers and counterparts', () => {
    const issues = check(
      {
        visits: (text) =>
          replaceOnce(replaceOnce(text, 'person: amina-wekesa\n          summary', 'person: nobody-at-all\n          summary'), '- person: kofi-mensah-boateng\n          citations:\n            - source: fixture-article\n              quote: The two', '- organization: ghana-mod\n          citations:\n            - source: fixture-article\n              quote: The two'),
      },
      [referencesRule],
    );
    expect(issues.map((issue) => issue.path)).toEqual(['engagements[1].counterparts[0].organization', 'engagements[1].statements[0].by.person']);
    expect(issues[0]?.message).toBe('unknown organization "ghana-mod": expected the id of a record in organizations');
  });

  it('reports a citation whose source does not exist', () => {
    const issues = check({ people: (text) => replaceOnce(text, '      quote: Amina Wekesa\n', '      quote: Amina Wekesa\n    - source: fixture-articel\n      quote: Amina Wekesa\n') }, [referencesRule]);
    expect(issues).toEqual([
      expect.objectContaining({
        recordId: 'amina-wekesa',
        path: 'citations[1].source',
        message: 'unknown source "fixture-articel": expected the id of a record in sources; did you mean "fixture-article"?',
      }),
    ]);
  });

  it('resolves disagreement subjects by their kind', () => {
    const issues = check({ disagreements: (text) => replaceOnce(text, 'kind: commitment', 'kind: agreement') }, [referencesRule]);
    expect(issues).toEqual([
      expect.objectContaining({
        path: 'subjects[0].id',
        message: 'unknown agreement "ghana-cadet-places-2026": expected the id of a record in agreements; "ghana-cadet-places-2026" is a commitment, not an agreement',
      }),
    ]);
  });

  it('reports a record that refers to itself', () => {
    const issues = check({ places: (text) => replaceOnce(text, 'within: accra', 'within: burma-camp') }, [referencesRule]);
    expect(issues).toEqual([expect.objectContaining({ recordId: 'burma-camp', path: 'within', message: '"burma-camp" refers to itself; point it at another place or remove the field' })]);
  });
});
