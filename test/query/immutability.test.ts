import { describe, expect, it } from 'vitest';
import { createQuery, query } from '../../src/index.js';
import { readFileSync } from 'node:fs';

const dataset = JSON.parse(readFileSync(new URL('../../generated/data/dataset.json', import.meta.url), 'utf8')) as { visits: unknown[]; people: { id: string; name: string }[] };

describe('results are frozen and the index cannot be corrupted', () => {
  it('result arrays and records are frozen', () => {
    const visits = query.visits({ country: 'RW' });
    expect(Object.isFrozen(visits)).toBe(true);
    expect(() => (visits as unknown as unknown[]).push({})).toThrow(TypeError);
    expect(() => {
      (visits[0] as unknown as { title: string }).title = 'changed';
    }).toThrow(TypeError);
    expect(Object.isFrozen(query.timeline({ person: 'aden-duale' })[0])).toBe(true);
    expect(Object.isFrozen(query.search('kdf')[0])).toBe(true);
    expect(Object.isFrozen(query.postHolders({ country: 'KE', asOf: '2024-01-01' })[0]?.citations)).toBe(true);
  });
  it('changing a returned array does not change the next answer', () => {
    const first = query.visits({ country: 'RW' }).map((v) => v.id);
    try {
      (query.visits({ country: 'RW' }) as unknown as unknown[]).length = 0;
    } catch {
      // frozen: the assignment throws in strict mode
    }
    expect(query.visits({ country: 'RW' }).map((v) => v.id)).toEqual(first);
  });
  it('createQuery indexes a validated copy: changing the input afterwards changes nothing', () => {
    const input = JSON.parse(JSON.stringify(dataset));
    const q = createQuery(input);
    input.visits.length = 0;
    input.people[0].name = 'Someone Else';
    expect(q.visits().length).toBe(dataset.visits.length);
    expect(q.person(dataset.people[0]?.id ?? '').name).toBe(dataset.people[0]?.name);
    expect(Object.isFrozen(input.people[0])).toBe(false);
  });
  it('the bundled query object itself cannot be changed', () => {
    expect(() => {
      (query as unknown as { visits: unknown }).visits = () => [];
    }).toThrow(TypeError);
    expect(() => delete (query as unknown as { visits?: unknown }).visits).toThrow(TypeError);
    expect(query.visits({ person: 'aden-duale' }).length).toBe(3);
  });
  it('the bundled query object can be listed and spread like a plain object', () => {
    // A proxy over a frozen target once made these throw.
    expect(Object.keys(query)).toEqual(expect.arrayContaining(['visits', 'person', 'timeline', 'search', 'dataset']));
    const { person, visits } = { ...query };
    expect(person('aden-duale').name).toBe('Aden Duale');
    expect(visits({ person: 'aden-duale' }).length).toBe(3);
    expect(Object.entries(query).length).toBe(Object.keys(query).length);
  });
});
