import { describe, expect, it } from 'vitest';
import { uniqueIdsRule } from '../../src/validate/rules/unique-ids.js';
import { check, fixtureText, lineContaining, replaceOnce } from './helpers.js';

describe('unique-ids rule', () => {
  it('reports a duplicate id at the second record, pointing at the first', () => {
    const edit = (text: string) => replaceOnce(text, '- id: nairobi', '- id: accra');
    const text = edit(fixtureText('places'));
    const issues = check({ places: edit }, [uniqueIdsRule]);
    expect(issues).toEqual([
      {
        file: 'data/places.yaml',
        line: lineContaining(text, '- id: accra', 2),
        dataset: 'places',
        recordId: 'accra',
        path: 'id',
        rule: 'unique-ids',
        message: `duplicate id "accra" in places: already used at data/places.yaml:${lineContaining(text, '- id: accra')}`,
      },
    ]);
  });

  it('reports an engagement id used twice', () => {
    const edit = (text: string) => replaceOnce(text, 'id: burma-camp-tour-2025-03-06', 'id: wekesa-mensah-boateng-talks-2025-03-04');
    const text = edit(fixtureText('visits'));
    const issues = check({ visits: edit }, [uniqueIdsRule]);
    expect(issues).toEqual([
      expect.objectContaining({
        recordId: 'wekesa-ghana-2025-03',
        path: 'engagements[2].id',
        line: lineContaining(text, 'id: wekesa-mensah-boateng-talks-2025-03-04', 2),
        message: `duplicate engagement id "wekesa-mensah-boateng-talks-2025-03-04": already used at data/visits.yaml:${lineContaining(text, 'id: wekesa-mensah-boateng-talks-2025-03-04')}`,
      }),
    ]);
  });

  it('reports an engagement id that is also a visit id', () => {
    const issues = check({ visits: (text) => replaceOnce(text, 'id: burma-camp-tour-2025-03-06', 'id: wekesa-ghana-2025-03') }, [uniqueIdsRule]);
    expect(issues).toEqual([
      expect.objectContaining({
        path: 'engagements[2].id',
        message: 'engagement id "wekesa-ghana-2025-03" is also the id of a visit (data/visits.yaml:1); give the engagement its own id',
      }),
    ]);
  });
});
