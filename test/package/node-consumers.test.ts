import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { consumerExpectations, type ConsumerExpectations } from './helpers/expected.js';
import { NODE_MAJORS, nodeBinary } from './helpers/node.js';
import { consumerProject } from './helpers/package.js';
import { runOk } from './helpers/run.js';

let project: string;
let expected: ConsumerExpectations;
beforeAll(async () => {
  project = await consumerProject();
  expected = consumerExpectations();
}, 300_000);

/** Runs one fixture script with the given Node and parses the JSON report it prints. */
async function report(node: string, script: string): Promise<Record<string, unknown>> {
  const { stdout } = await runOk(node, [path.join(project, 'node', script)], { cwd: project });
  return JSON.parse(stdout) as Record<string, unknown>;
}

// package.json "engines" says ">=20": every supported major is run, including 20 (past its
// end of life but still supported here), with both the import and the require conditions.
describe.each(NODE_MAJORS)('Node %i consumer of the packed tarball', (major) => {
  it.each(['esm.mjs', 'cjs.cjs'])('%s loads the package, its subpaths and its JSON files', { timeout: 240_000 }, async (script) => {
    const node = await nodeBinary(major);
    const result = await report(node, script);
    expect(result['node']).toMatch(new RegExp(`^v${major}\\.`));
    expect(result).toMatchObject({
      visits: expected.visits,
      visitIds: expected.visitIds,
      datasetVisits: expected.visits,
      // The root entry and a dataset subpath share one module instance (no duplicated data).
      sameVisitsArray: true,
      places: expected.places,
      samePlacesArray: true,
      frozen: true,
      firstVisitParses: true,
      firstVisitBounds: expected.firstVisitBounds,
      jsonVisits: expected.visits,
      jsonFirstId: expected.jsonFirstId,
      jsonSchemaRef: expected.jsonSchemaRef,
      queryVisitsToKenya: expected.queryVisitsToKenya,
      querySearchHits: expected.querySearchHits,
      // Files outside the exports map stay private.
      deepImport: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
    });
  });
});
