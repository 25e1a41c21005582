import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATASET_NAMES, HAS_QUERY, packedTarball, REPO_ROOT } from './helpers/package.js';
import { run } from './helpers/run.js';

/** The parts of `attw --format json` that the test reads. */
interface AttwReport {
  analysis?: {
    types?: unknown;
    entrypoints?: Record<string, { resolutions: Record<string, { resolution?: { fileName: string } }> }>;
    problems?: { kind: string; entrypoint?: string; resolutionKind?: string }[];
  };
}

const workDir = mkdtempSync(path.join(tmpdir(), 'kdc-attw-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const SUBPATHS = ['.', './schema', ...(HAS_QUERY ? ['./query'] : []), ...DATASET_NAMES.map((name) => `./datasets/${name}`)];

describe('@arethetypeswrong/cli on the packed tarball', () => {
  it('finds no type problems in any resolution mode (node10, node16 CJS and ESM, bundler)', { timeout: 180_000 }, async () => {
    const tarball = await packedTarball();
    const reportFile = path.join(workDir, 'attw.json');
    const attw = path.join(REPO_ROOT, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js');
    // The default "strict" profile checks every resolution mode; ./query is left out only
    // while its source does not exist (it then has nothing to resolve to).
    const args = [attw, tarball, '--format', 'json', '--profile', 'strict', ...(HAS_QUERY ? [] : ['--exclude-entrypoints', './query'])];
    if (!HAS_QUERY) console.warn('attw: ./query not checked (src/query/index.ts does not exist yet)');
    const result = await run(process.execPath, args, { cwd: workDir, stdoutFile: reportFile });
    const output = readFileSync(reportFile, 'utf8');
    const report = JSON.parse(output) as AttwReport;
    // A package without declarations (a dist/ whose dts build failed) gets no per-entry analysis.
    const { problems, entrypoints } = report.analysis ?? {};
    if (problems === undefined || entrypoints === undefined) throw new Error(`attw did not analyse the types:\n${output.slice(0, 2000)}\n${result.stderr}`);
    if (problems.length > 0) console.error(`attw problems:\n${problems.map((problem) => JSON.stringify(problem)).join('\n')}`);
    expect(problems).toEqual([]);
    expect(result.code, result.stderr).toBe(0);

    // attw discovers entry points from the exports map; make sure it really checked ours.
    expect(Object.keys(entrypoints)).toEqual(expect.arrayContaining(SUBPATHS));
    for (const subpath of SUBPATHS) {
      const { resolutions } = entrypoints[subpath] ?? { resolutions: {} };
      // Each condition gets the declaration flavour matching its JS: .d.ts for import, .d.cts for require.
      expect(resolutions['node16-esm']?.resolution?.fileName, subpath).toMatch(/\.d\.ts$/);
      expect(resolutions['node16-cjs']?.resolution?.fileName, subpath).toMatch(/\.d\.cts$/);
      expect(resolutions['bundler']?.resolution?.fileName, subpath).toMatch(/\.d\.ts$/);
      expect(resolutions['node10']?.resolution?.fileName, subpath).toMatch(/\.d\.c?ts$/);
    }
  });
});
