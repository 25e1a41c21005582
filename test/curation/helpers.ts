import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const FIXTURE_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'curation');
export const FIXTURE_ARTICLE = path.join(FIXTURE_DIR, 'fixture-article.txt');

/** The fictional fixture article (Kenya–Ghana naval visit, dated Friday, March 14, 2031). */
export function fixtureText(): string {
  return readFileSync(FIXTURE_ARTICLE, 'utf8');
}

/** Runs a repository script under tsx, as `npm run` would, and captures its output. */
export function runScript(script: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'scripts', script), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, KDC_SOURCES_DIR: '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
