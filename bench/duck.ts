// The same data in DuckDB (in-memory) and the same questions in SQL, as prepared statements.
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection, type DuckDBPreparedStatement } from '@duckdb/node-api';
import type { QueryIndex } from '../src/query/build-index.js';
import { commitmentSpan, postRoleKeys, statusEntrySpan } from '../src/query/build-index.js';
import { spanOf, type Span } from '../src/query/days.js';
import { engagementCountsForVisit, engagementSpan } from '../src/query/visit-tables.js';
import { occurrencesOf, searchNeedles, type SearchIndex } from '../src/query/search.js';
import { searchFold } from '../src/query/spelling.js';

const FIELD_WEIGHT: Record<string, number> = { name: 100, abbreviations: 95, otherNames: 90, title: 80, aliases: 80, role: 70, titlesAsWritten: 70, topics: 60, headline: 50, quote: 40 };

/** DuckDB side of the benchmark: load once, then answer with prepared statements. */
export interface Duck {
  readonly loadMs: number;
  byPerson(person: string): Promise<number>;
  byCountry(country: string): Promise<number>;
  byCountryDuring(country: string, from: number, to: number): Promise<number>;
  dateRange(from: number, to: number): Promise<number>;
  asOf(country: string, role: string, day: number): Promise<number>;
  timeline(person: string): Promise<number>;
  search(text: string): Promise<number>;
  partners(country: string): Promise<number>;
  close(): void;
}

function finite(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}

/** Loads the index's records (in the same chronological positions) into DuckDB tables. */
export async function loadDuck(index: QueryIndex, search: SearchIndex): Promise<Duck> {
  const started = performance.now();
  const instance = await DuckDBInstance.create(':memory:', { memory_limit: '3GB', threads: '2' });
  const connection: DuckDBConnection = await instance.connect();
  const ddl = [
    'CREATE TABLE visits (pos INTEGER, id VARCHAR, origin VARCHAR, destination VARCHAR, earliest DOUBLE, latest DOUBLE, precision TINYINT)',
    'CREATE TABLE visit_person (pos INTEGER, person VARCHAR, role VARCHAR)',
    'CREATE TABLE engagements (pos INTEGER, id VARCHAR, earliest DOUBLE, latest DOUBLE, precision TINYINT)',
    'CREATE TABLE engagement_person (pos INTEGER, person VARCHAR, role VARCHAR)',
    'CREATE TABLE posts (pos INTEGER, id VARCHAR, person VARCHAR, country VARCHAR, start_e DOUBLE, start_l DOUBLE, end_e DOUBLE, end_l DOUBLE, start_p TINYINT, end_p TINYINT)',
    'CREATE TABLE post_role (pos INTEGER, role VARCHAR)',
    'CREATE TABLE attestations (post_pos INTEGER, idx INTEGER, earliest DOUBLE, latest DOUBLE, precision TINYINT)',
    'CREATE TABLE agreements (pos INTEGER, id VARCHAR)',
    'CREATE TABLE agreement_party (pos INTEGER, country VARCHAR)',
    'CREATE TABLE agreement_signatory (pos INTEGER, person VARCHAR)',
    'CREATE TABLE status_entries (pos INTEGER, idx INTEGER, earliest DOUBLE, latest DOUBLE, precision TINYINT)',
    'CREATE TABLE commitments (pos INTEGER, id VARCHAR, pledger_country VARCHAR, recipient_country VARCHAR, pledger_person VARCHAR, recipient_person VARCHAR, earliest DOUBLE, latest DOUBLE, precision TINYINT)',
    'CREATE TABLE texts (kind VARCHAR, id VARCHAR, field VARCHAR, path VARCHAR, norm VARCHAR, weight INTEGER)',
  ];
  for (const statement of ddl) await connection.run(statement);
  const append = async (table: string, fill: (appender: DuckDBAppender) => void): Promise<void> => {
    const appender = await connection.createAppender(table);
    fill(appender);
    appender.flushSync();
    appender.closeSync();
  };
  const str = (a: DuckDBAppender, value: string | undefined): void => (value === undefined ? a.appendNull() : a.appendVarchar(value));
  const dbl = (a: DuckDBAppender, value: number): void => a.appendDouble(finite(value, value < 0 ? -1e9 : 1e9));
  /** The earliest, latest and precision columns of a span. */
  const spanCells = (a: DuckDBAppender, span: Span): void => {
    dbl(a, span.earliest);
    dbl(a, span.latest);
    a.appendTinyInt(span.precision);
  };
  await append('visits', (a) =>
    index.visits.records.forEach((v, pos) => {
      const s = spanOf(v.when.value);
      a.appendInteger(pos);
      a.appendVarchar(v.id);
      a.appendVarchar(v.origin.country);
      a.appendVarchar(v.destination.country);
      spanCells(a, s);
      a.endRow();
    }),
  );
  const personRows = (a: DuckDBAppender, pos: number, person: string, role: string): void => {
    a.appendInteger(pos);
    a.appendVarchar(person);
    a.appendVarchar(role);
    a.endRow();
  };
  await append('visit_person', (a) =>
    index.visits.records.forEach((v, pos) => {
      personRows(a, pos, v.lead, 'lead');
      for (const d of v.delegation) if (d.person) personRows(a, pos, d.person, 'delegation');
      for (const e of v.engagements) {
        if (!engagementCountsForVisit(v, e)) continue;
        for (const p of e.participants) personRows(a, pos, p, 'participant');
        for (const c of e.counterparts) if (c.person) personRows(a, pos, c.person, 'counterpart');
      }
    }),
  );
  await append('engagements', (a) =>
    index.engagements.records.forEach((r, pos) => {
      a.appendInteger(pos);
      a.appendVarchar(r.engagement.id);
      spanCells(a, engagementSpan(r));
      a.endRow();
    }),
  );
  await append('engagement_person', (a) =>
    index.engagements.records.forEach((r, pos) => {
      personRows(a, pos, r.visit.lead, 'lead');
      for (const d of r.visit.delegation) if (d.person) personRows(a, pos, d.person, 'delegation');
      for (const p of r.engagement.participants) personRows(a, pos, p, 'participant');
      for (const c of r.engagement.counterparts) if (c.person) personRows(a, pos, c.person, 'counterpart');
    }),
  );
  await append('posts', (a) =>
    index.posts.records.forEach((p, pos) => {
      a.appendInteger(pos);
      a.appendVarchar(p.id);
      a.appendVarchar(p.person);
      a.appendVarchar(p.country);
      const start = p.start ? spanOf(p.start.value) : undefined;
      const end = p.end ? spanOf(p.end.value) : undefined;
      for (const value of [start?.earliest, start?.latest, end?.earliest, end?.latest]) if (value === undefined) a.appendNull(); else dbl(a, value);
      for (const precision of [start?.precision, end?.precision]) if (precision === undefined) a.appendNull(); else a.appendTinyInt(precision);
      a.endRow();
    }),
  );
  // A role filter matches the role or any title as written, folded (postRoleKeys).
  await append('post_role', (a) =>
    index.posts.records.forEach((p, pos) => {
      for (const role of postRoleKeys(p)) {
        a.appendInteger(pos);
        a.appendVarchar(role);
        a.endRow();
      }
    }),
  );
  await append('attestations', (a) =>
    index.posts.records.forEach((p, pos) =>
      p.attestations.forEach((att, idx) => {
        const s = spanOf(att.asOf);
        a.appendInteger(pos);
        a.appendInteger(idx);
        spanCells(a, s);
        a.endRow();
      }),
    ),
  );
  await append('agreements', (a) => index.agreements.records.forEach((g, pos) => (a.appendInteger(pos), a.appendVarchar(g.id), a.endRow())));
  await append('agreement_party', (a) => index.agreements.records.forEach((g, pos) => g.parties.forEach((c) => (a.appendInteger(pos), a.appendVarchar(c), a.endRow()))));
  await append('agreement_signatory', (a) => index.agreements.records.forEach((g, pos) => g.signatories.forEach((s) => (a.appendInteger(pos), a.appendVarchar(s.person), a.endRow()))));
  await append('status_entries', (a) =>
    index.agreements.records.forEach((g, pos) =>
      g.statusHistory.forEach((entry, idx) => {
        const s = statusEntrySpan(entry);
        a.appendInteger(pos);
        a.appendInteger(idx);
        spanCells(a, s);
        a.endRow();
      }),
    ),
  );
  await append('commitments', (a) =>
    index.commitments.records.forEach((c, pos) => {
      const s = commitmentSpan(c);
      a.appendInteger(pos);
      a.appendVarchar(c.id);
      str(a, c.pledgedBy.country);
      str(a, c.recipient.country);
      str(a, c.pledgedBy.person);
      str(a, c.recipient.person);
      spanCells(a, s);
      a.endRow();
    }),
  );
  await append('texts', (a) =>
    search.texts.forEach((norm, at) => {
      for (const o of occurrencesOf(search, at)) {
        a.appendVarchar(o.kind);
        a.appendVarchar(o.id);
        a.appendVarchar(o.field);
        a.appendVarchar(o.path);
        a.appendVarchar(norm);
        a.appendInteger(FIELD_WEIGHT[o.field] ?? 0);
        a.endRow();
      }
    }),
  );
  const loadMs = performance.now() - started;

  const prepare = (sql: string): Promise<DuckDBPreparedStatement> => connection.prepare(sql);
  const byPerson = await prepare('SELECT v.id FROM visits v WHERE v.pos IN (SELECT pos FROM visit_person WHERE person = $1) ORDER BY v.pos');
  const byCountry = await prepare('SELECT id FROM visits WHERE origin = $1 OR destination = $1 ORDER BY pos');
  const byCountryDuring = await prepare('SELECT id FROM visits WHERE (origin = $1 OR destination = $1) AND earliest <= $3 AND latest >= $2 ORDER BY pos');
  const dateRange = await prepare('SELECT id FROM visits WHERE earliest >= $1 AND latest <= $2 ORDER BY pos');
  const asOf = await prepare(`
    WITH p AS (SELECT * FROM posts WHERE country = $1 AND pos IN (SELECT pos FROM post_role WHERE role = $2) AND coalesce(start_e, -1e9) <= $3 AND coalesce(end_l, 1e9) >= $3),
    e AS (
      SELECT p.id, bool_or(a.earliest <= $3 AND a.latest >= $3) AS covering,
        max(CASE WHEN a.latest < $3 THEN a.latest END) AS before, min(CASE WHEN a.earliest > $3 THEN a.earliest END) AS after,
        any_value(p.start_l) AS sl, any_value(p.end_e) AS ee
      FROM p JOIN attestations a ON a.post_pos = p.pos GROUP BY p.id)
    SELECT id, CASE WHEN covering THEN 0 WHEN sl <= $3 AND ee >= $3 THEN 1 WHEN before IS NOT NULL AND after IS NOT NULL THEN 2 WHEN before IS NOT NULL THEN 3 WHEN after IS NOT NULL THEN 4 END AS evidence,
      CASE WHEN covering THEN 0 ELSE least(coalesce($3 - before, 1e12), coalesce(after - $3, 1e12)) END AS gap
    FROM e WHERE covering OR before IS NOT NULL OR after IS NOT NULL OR (sl <= $3 AND ee >= $3) ORDER BY evidence, gap, id`);
  const timeline = await prepare(`
    SELECT * FROM (
      SELECT DISTINCT 'visit:' || v.id AS key, v.id, v.earliest, v.latest, v.precision FROM visit_person vp JOIN visits v USING (pos) WHERE vp.person = $1
      UNION ALL SELECT DISTINCT 'engagement:' || e.id, e.id, e.earliest, e.latest, e.precision FROM engagement_person ep JOIN engagements e USING (pos) WHERE ep.person = $1
      UNION ALL SELECT 'agreement:' || g.id || '#statusHistory[' || s.idx || ']', g.id, s.earliest, s.latest, s.precision FROM agreement_signatory sg JOIN agreements g USING (pos) JOIN status_entries s USING (pos) WHERE sg.person = $1
      UNION ALL SELECT 'commitment:' || id, id, earliest, latest, precision FROM commitments WHERE pledger_person = $1 OR recipient_person = $1
      UNION ALL SELECT 'post:' || p.id || '#attestations[' || a.idx || ']', p.id, a.earliest, a.latest, a.precision FROM posts p JOIN attestations a ON a.post_pos = p.pos WHERE p.person = $1
      UNION ALL SELECT 'post:' || id || '#start', id, start_e, start_l, start_p FROM posts WHERE person = $1 AND start_p IS NOT NULL
      UNION ALL SELECT 'post:' || id || '#end', id, end_e, end_l, end_p FROM posts WHERE person = $1 AND end_p IS NOT NULL
    ) ORDER BY earliest, latest, precision, id, key`);
  const searchStatement = await prepare(`
    SELECT kind, id, field, max(weight + CASE WHEN norm = $1 THEN 30 WHEN starts_with(norm, $1) THEN 20 ELSE 10 END) AS score
    FROM texts WHERE starts_with(norm, $1) OR contains(norm, ' ' || $1)
    GROUP BY kind, id, field ORDER BY score DESC, kind, id LIMIT 20`);
  const partners = await prepare(`
    SELECT partner, sum(v) AS visits, sum(a) AS agreements, sum(c) AS commitments, sum(v + a + c) AS total FROM (
      SELECT CASE WHEN origin = $1 THEN destination ELSE origin END AS partner, 1 AS v, 0 AS a, 0 AS c FROM visits WHERE (origin = $1 OR destination = $1) AND origin <> destination
      UNION ALL SELECT o.country, 0, 1, 0 FROM agreement_party me JOIN agreement_party o ON o.pos = me.pos AND o.country <> me.country WHERE me.country = $1
      UNION ALL SELECT CASE WHEN pledger_country = $1 THEN recipient_country ELSE pledger_country END, 0, 0, 1 FROM commitments WHERE (pledger_country = $1 OR recipient_country = $1) AND pledger_country <> recipient_country
    ) GROUP BY partner ORDER BY total DESC, partner`);
  const rows = async (statement: DuckDBPreparedStatement): Promise<number> => (await statement.runAndReadAll()).getRows().length;
  return {
    loadMs,
    byPerson: async (person) => (byPerson.bindVarchar(1, person), rows(byPerson)),
    byCountry: async (country) => (byCountry.bindVarchar(1, country), rows(byCountry)),
    byCountryDuring: async (country, from, to) => (byCountryDuring.bindVarchar(1, country), byCountryDuring.bindDouble(2, from), byCountryDuring.bindDouble(3, to), rows(byCountryDuring)),
    dateRange: async (from, to) => (dateRange.bindDouble(1, from), dateRange.bindDouble(2, to), rows(dateRange)),
    asOf: async (country, role, day) => (asOf.bindVarchar(1, country), asOf.bindVarchar(2, searchFold(role)), asOf.bindDouble(3, day), rows(asOf)),
    timeline: async (person) => (timeline.bindVarchar(1, person), rows(timeline)),
    search: async (text) => {
      const needles = searchNeedles(search, text);
      if (needles.length === 1) return (searchStatement.bindVarchar(1, needles[0] ?? ''), rows(searchStatement));
      // A partly typed American word and an organization's abbreviation widen the needle (as
      // search() does): the best score per field over every needle. Rare in the benchmark's
      // arguments (people's names).
      const literal = (value: string): string => `'${value.replaceAll("'", "''")}'`;
      const parts = needles.map(
        (each) => `SELECT kind, id, field, weight + CASE WHEN norm = ${literal(each)} THEN 30 WHEN starts_with(norm, ${literal(each)}) THEN 20 ELSE 10 END AS score
          FROM texts WHERE starts_with(norm, ${literal(each)}) OR contains(norm, ' ' || ${literal(each)})`,
      );
      const sql = `SELECT kind, id, field, max(score) AS score FROM (${parts.join(' UNION ALL ')}) GROUP BY kind, id, field ORDER BY score DESC, kind, id LIMIT 20`;
      return (await connection.runAndReadAll(sql)).getRows().length;
    },
    partners: async (country) => (partners.bindVarchar(1, country), rows(partners)),
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
