import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { consumerExpectations, type ConsumerExpectations } from './helpers/expected.js';
import { NODE_MAJORS, nodeBinary } from './helpers/node.js';
import { consumerProject, DATASET_NAMES, generatedRecords, PACKAGE_NAME, REPO_ROOT } from './helpers/package.js';
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
    // ESM can also import the JSON as a module (import attributes, Node >= 20.10).
    if (script === 'esm.mjs') expect(result['jsonModuleVisits']).toBe(expected.visits);
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

/** The parts of `kenya-defence-cooperation versions --format json` that the test reads. */
interface VersionsReport {
  package: string;
  version: string;
  files: { dataset: string; count: number; verified: boolean }[];
}

describe.each(NODE_MAJORS)('Node %i: the bin linked by npm from the packed tarball', (major) => {
  it('runs (shebang, bin link) and verifies the shipped data files', { timeout: 240_000 }, async () => {
    const node = await nodeBinary(major);
    const bin = path.join(project, 'node_modules', '.bin', PACKAGE_NAME);
    // `#!/usr/bin/env node` picks the first node on PATH: put the version under test first.
    const env = { ...process.env, PATH: `${path.dirname(node)}${path.delimiter}${process.env['PATH'] ?? ''}` };
    const { stdout } = await runOk(bin, ['versions', '--format', 'json'], { cwd: project, env });
    const versions = JSON.parse(stdout) as VersionsReport;
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(versions.package).toBe(PACKAGE_NAME);
    expect(versions.version).toBe(manifest.version);
    expect(versions.files.filter((file) => (DATASET_NAMES as readonly string[]).includes(file.dataset)).map(({ dataset, count, verified }) => ({ dataset, count, verified }))).toEqual(
      DATASET_NAMES.map((dataset) => ({ dataset, count: generatedRecords(dataset).length, verified: true })),
    );
  });
});
