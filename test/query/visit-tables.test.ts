import { describe, expect, it } from 'vitest';
import { generateSynthetic } from '../../bench/synthetic.js';
import type { VisitRecord } from '../../src/query/types.js';
import { engagementTable, visitTable, VisitKeys } from '../../src/query/visit-tables.js';

/** Copies of `visits` that count how often each of `fields` is read, over all visits. */
function counted(visits: readonly VisitRecord[], fields: readonly (keyof VisitRecord)[]) {
  const reads = new Map<string, number>(fields.map((field) => [field, 0]));
  const copies = visits.map((visit) => {
    const copy = { ...visit };
    for (const field of fields) {
      Object.defineProperty(copy, field, {
        get: () => {
          reads.set(field, (reads.get(field) ?? 0) + 1);
          return visit[field];
        },
      });
    }
    return copy as VisitRecord;
  });
  return { copies, reads: () => Object.fromEntries(reads) };
}

const { visits } = generateSynthetic({ visits: 300, seed: 7 }) as unknown as { visits: readonly VisitRecord[] };
const someTopic = visits.find((visit) => visit.topics.length > 0)?.topics[0] ?? '';
const aLead = visits[0]?.lead ?? '';

describe('posting lists of the event tables', () => {
  it('are not built with the table: the build reads only dates and ids', () => {
    const { copies, reads } = counted(visits, ['lead', 'topics', 'engagements', 'destination', 'kind']);
    const table = visitTable(copies, new VisitKeys((place) => [place]));
    expect(table.records).toHaveLength(visits.length);
    expect(reads()).toEqual({ lead: 0, topics: 0, engagements: 0, destination: 0, kind: 0 });
  });

  it('are built per group on first use, by one walk reading that group’s fields, and kept', () => {
    const { copies, reads } = counted(visits, ['lead', 'topics', 'kind']);
    const table = visitTable(copies, new VisitKeys((place) => [place]));
    const byTopic = table.posting('topic', someTopic);
    expect(byTopic.length).toBeGreaterThan(0);
    expect(reads()).toEqual({ lead: 0, topics: visits.length, kind: 0 });
    table.posting('topic', 'another');
    expect(reads().topics).toBe(visits.length);
    const byLead = table.posting('person:lead', aLead);
    // Checked against the original visits, so that the check reads no counted field.
    const original = new Map(visits.map((visit) => [visit.id, visit]));
    const leads = Array.from(byLead, (position) => original.get(table.records[position]?.id ?? '')?.lead);
    expect(leads).toHaveLength(visits.filter((visit) => visit.lead === aLead).length);
    expect(leads.every((lead) => lead === aLead)).toBe(true);
    table.posting('person', aLead);
    table.posting('person:counterpart', aLead);
    expect(reads()).toEqual({ lead: visits.length, topics: visits.length, kind: 0 });
  });

  it('of the engagements table are deferred the same way', () => {
    const keys = new VisitKeys((place) => [place]);
    const { copies, reads } = counted(visits, ['lead', 'topics']);
    const table = engagementTable(visitTable(copies, keys), copies, keys);
    expect(reads()).toEqual({ lead: 0, topics: 0 });
    const rows = table.posting('person:lead', aLead);
    expect(rows.length).toBeGreaterThan(0);
    expect(reads()).toEqual({ lead: table.records.length, topics: 0 });
  });
});

type Keys = Record<string, readonly string[]>;

/** The keys each visit is filed under, per dimension, restated from the rules in querying.md. */
function expectedVisitKeys(visit: VisitRecord): Keys {
  // Planned is not done: an engagement only planned within a visit under way or past does not count.
  const counted = visit.engagements.filter((e) => e.status.value !== 'planned' || visit.status.value === 'planned');
  const delegation = visit.delegation.flatMap((member) => (member.person === undefined ? [] : [member.person]));
  const participants = counted.flatMap((e) => e.participants);
  const counterparts = counted.flatMap((e) => e.counterparts.flatMap((c) => (c.person === undefined ? [] : [c.person])));
  return {
    person: [visit.lead, ...delegation, ...participants, ...counterparts],
    'person:lead': [visit.lead],
    'person:delegation': delegation,
    'person:participant': participants,
    'person:counterpart': counterparts,
    country: [visit.origin.country, visit.destination.country],
    'country:origin': [visit.origin.country],
    'country:destination': [visit.destination.country],
    organization: counted.flatMap((e) => [...e.counterparts.flatMap((c) => (c.organization === undefined ? [] : [c.organization])), ...e.organizations]),
    place: [...visit.destination.places, ...counted.flatMap((e) => (e.place === undefined ? [] : [e.place]))],
    kind: [visit.kind],
    status: [visit.status.value],
    topic: [...visit.topics, ...counted.flatMap((e) => e.topics)],
  };
}

/** The keys of an engagement's row: its visit's travellers and countries, and its own keys. */
function expectedEngagementKeys(visit: VisitRecord, e: VisitRecord['engagements'][number]): Keys {
  const delegation = visit.delegation.flatMap((member) => (member.person === undefined ? [] : [member.person]));
  const counterparts = e.counterparts.flatMap((c) => (c.person === undefined ? [] : [c.person]));
  return {
    person: [visit.lead, ...delegation, ...e.participants, ...counterparts],
    'person:lead': [visit.lead],
    'person:delegation': delegation,
    'person:participant': e.participants,
    'person:counterpart': counterparts,
    country: [visit.origin.country, visit.destination.country],
    'country:origin': [visit.origin.country],
    'country:destination': [visit.destination.country],
    organization: [...e.counterparts.flatMap((c) => (c.organization === undefined ? [] : [c.organization])), ...e.organizations],
    place: e.place === undefined ? [] : [e.place],
    kind: [e.kind],
    status: [e.status.value],
    topic: e.topics,
  };
}

/** Every (dimension, key) → sorted ids, from per-record keys. */
function expectedLists(records: readonly { id: string; keys: Keys }[]): Map<string, string[]> {
  const lists = new Map<string, Set<string>>();
  for (const { id, keys } of records) {
    for (const [dimension, list] of Object.entries(keys)) {
      for (const key of list) {
        const name = `${dimension}\u0000${key}`;
        if (!lists.has(name)) lists.set(name, new Set());
        lists.get(name)?.add(id);
      }
    }
  }
  return new Map([...lists].map(([name, ids]) => [name, [...ids].sort()]));
}

describe('posting lists built on first use, in either order of the tables', () => {
  for (const order of ['visits first', 'engagements first'] as const) {
    it(`file every record under exactly the keys of the rules (${order})`, () => {
      const keys = new VisitKeys((place) => [place]);
      const visitsTable = visitTable(visits, keys);
      const engagements = engagementTable(visitsTable, visits, keys);
      const wantVisits = expectedLists(visits.map((visit) => ({ id: visit.id, keys: expectedVisitKeys(visit) })));
      const wantEngagements = expectedLists(visits.flatMap((visit) => visit.engagements.map((e) => ({ id: e.id, keys: expectedEngagementKeys(visit, e) }))));
      // Every key of either table is asked of both, so that a key filed where it should not be shows.
      const names = new Set([...wantVisits.keys(), ...wantEngagements.keys()]);
      const read = (table: typeof visitsTable | typeof engagements, want: Map<string, string[]>, idOf: (position: number) => string) => {
        for (const name of names) {
          const [dimension = '', key = ''] = name.split('\u0000');
          expect([...table.posting(dimension, key)].map(idOf).sort(), name).toEqual(want.get(name) ?? []);
        }
      };
      const checkVisits = () => read(visitsTable, wantVisits, (position) => visitsTable.records[position]?.id ?? '');
      const checkEngagements = () => read(engagements, wantEngagements, (position) => engagements.records[position]?.engagement.id ?? '');
      if (order === 'visits first') {
        checkVisits();
        checkEngagements();
      } else {
        checkEngagements();
        checkVisits();
      }
      // Planned engagements within visits that took place: present, so the rule above is exercised.
      expect(visits.some((visit) => visit.status.value !== 'planned' && visit.engagements.some((e) => e.status.value === 'planned'))).toBe(true);
      expect(wantVisits.size).toBeGreaterThan(50);
    });
  }
});
