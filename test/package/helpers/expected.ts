import { readFileSync } from 'node:fs';
import path from 'node:path';
import { edtfBounds, type DayBounds } from '../../../src/dates/edtf.js';
import { query } from '../../../src/query/index.js';
import { generatedRecords, REPO_ROOT } from './package.js';

/**
 * What a consumer of the packed package must observe, worked out independently of dist/: counts
 * and ids from the build's generated JSON, and query answers from the TypeScript sources. The
 * fixture scripts report the same fields from the installed tarball.
 */
export interface ConsumerExpectations {
  visits: number;
  visitIds: string[];
  places: number;
  agreements: number;
  visitsToKenya: number;
  firstVisitBounds: DayBounds;
  jsonFirstId: string;
  jsonSchemaRef: string;
  queryVisitsToKenya: string[];
  querySearchHits: number;
}

export function consumerExpectations(): ConsumerExpectations {
  const visits = generatedRecords('visits') as { id: string; when: { value: string }; destination: { country: string } }[];
  const first = visits[0];
  if (first === undefined) throw new Error('generated/data/visits.json has no records');
  const visitSchema = JSON.parse(readFileSync(path.join(REPO_ROOT, 'generated', 'schema', 'Visit.schema.json'), 'utf8')) as { $ref: string };
  const expected = {
    visits: visits.length,
    visitIds: visits.map((visit) => visit.id),
    places: generatedRecords('places').length,
    agreements: generatedRecords('agreements').length,
    visitsToKenya: visits.filter((visit) => visit.destination.country === 'KE').length,
    firstVisitBounds: edtfBounds(first.when.value),
    jsonFirstId: first.id,
    jsonSchemaRef: visitSchema.$ref,
    queryVisitsToKenya: query.visits({ destination: 'KE' }).map((visit) => visit.id),
    querySearchHits: query.search('Rwanda').length,
  };
  // Guard against comparisons that would pass vacuously (an empty answer on both sides).
  if (expected.visitsToKenya === 0 || expected.queryVisitsToKenya.length === 0 || expected.querySearchHits === 0) {
    throw new Error(`degenerate expectations: ${JSON.stringify(expected)}`);
  }
  return expected;
}
