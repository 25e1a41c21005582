import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASET_NAMES, HAS_QUERY, REPO_ROOT } from './helpers/package.js';
import { run } from './helpers/run.js';

/** One entry of `size-limit --json`. */
interface SizeCheck {
  name: string;
  passed: boolean;
  size: number;
  sizeLimit?: number;
}

describe('size-limit budgets (.size-limit.js)', () => {
  it('holds for the query core, every dataset subpath and the whole package', { timeout: 180_000 }, async () => {
    const bin = path.join(REPO_ROOT, 'node_modules', 'size-limit', 'bin.js');
    const result = await run(process.execPath, [bin, '--json'], { cwd: REPO_ROOT });
    const parsed = JSON.parse(result.stdout) as SizeCheck[] | { error: string };
    if (!Array.isArray(parsed)) throw new Error(`size-limit failed: ${parsed.error}\n${result.stderr}`);
    console.info(parsed.map((check) => `${check.name}: ${check.size} B of ${String(check.sizeLimit)} B`).join('\n'));

    const names = parsed.map((check) => check.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'everything (kenya-defence-cooperation)',
        ...DATASET_NAMES.map((name) => `dataset ${name} (kenya-defence-cooperation/datasets/${name})`),
        ...(HAS_QUERY ? ['query core (kenya-defence-cooperation/query)'] : []),
      ]),
    );
    if (!HAS_QUERY) console.warn('size-limit: no query budget (src/query/index.ts does not exist yet)');
    // Every check has a budget, a real measurement, and stays within it.
    for (const check of parsed) {
      expect(check.sizeLimit, check.name).toBeGreaterThan(0);
      expect(check.size, check.name).toBeGreaterThan(0);
    }
    expect(parsed.filter((check) => !check.passed).map((check) => `${check.name}: ${check.size} B > ${String(check.sizeLimit)} B`)).toEqual([]);
    expect(result.code, result.stderr).toBe(0);
  });
});
