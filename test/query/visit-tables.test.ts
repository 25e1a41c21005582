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
