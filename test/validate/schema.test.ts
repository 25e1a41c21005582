import { describe, expect, it } from 'vitest';
import { schemaRule } from '../../src/validate/rules/schema.js';
import { check, fixtureText, lineContaining, replaceOnce } from './helpers.js';

describe('schema rule', () => {
  it('reports an impossible date with the parser reason, file, line, record and field path', () => {
    const edit = (text: string) => replaceOnce(text, "value: '2025-03-05'\n        asWritten", "value: '2023-02-30'\n        asWritten");
    const issues = check({ visits: edit }, [schemaRule]);
    expect(issues).toEqual([
      {
        file: 'data/visits.yaml',
        line: lineContaining(edit(fixtureText('visits')), "'2023-02-30'"),
        dataset: 'visits',
        recordId: 'wekesa-ghana-2025-03',
        path: 'engagements[1].when.value',
        rule: 'schema',
        message: '"2023-02-30" is not a valid date: day 30 does not exist in 2023-02 (which has 28 days)',
      },
    ]);
  });

  it('explains an interval that ends before it starts', () => {
    const issues = check({ visits: (text) => replaceOnce(text, 'value: 2025-03-04/2025-03-06', 'value: 2025-03-06/2025-03-04') }, [schemaRule]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: 'when.value', message: '"2025-03-06/2025-03-04" is not a valid date: the interval ends before it starts' });
  });

  it('reports each unknown field at its own path and line', () => {
    const edit = (text: string) => replaceOnce(text, '  kind: city\n  country: KE', '  kind: city\n  cuntry: KE\n  population: 5');
    const issues = check({ places: edit }, [schemaRule]);
    expect(issues.map((issue) => [issue.recordId, issue.path, issue.line, issue.message])).toEqual([
      ['nairobi', 'cuntry', lineContaining(edit(fixtureText('places')), 'cuntry'), 'unknown field "cuntry" (the schema does not allow it here; check the spelling)'],
      ['nairobi', 'population', lineContaining(edit(fixtureText('places')), 'population'), 'unknown field "population" (the schema does not allow it here; check the spelling)'],
    ]);
  });

  it('tells the curator to quote a number YAML read where a string belongs', () => {
    const issues = check({ posts: (text) => replaceOnce(text, "value: '2023'", 'value: 2023') }, [schemaRule]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ recordId: 'amina-wekesa-defence-cabinet-secretary', path: 'start.value' });
    expect(issues[0]?.message).toContain('write it in quotes: "2023"');
  });

  it('locates a missing required field at its parent', () => {
    const edit = (text: string) => replaceOnce(text, '  role: Cabinet Secretary for Defence\n', '');
    const issues = check({ posts: edit }, [schemaRule]);
    expect(issues).toEqual([expect.objectContaining({ path: 'role', line: 1, message: 'Invalid input: expected string, received undefined' })]);
  });

  it('names a record without an id by its position', () => {
    const issues = check({ places: (text) => replaceOnce(text, '- id: nairobi\n  name', '- name') }, [schemaRule]);
    expect(issues).toEqual([expect.objectContaining({ recordId: '#2', path: 'id' })]);
  });
});
