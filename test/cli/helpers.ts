import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/run.js';

/** The repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The built CLI, present after `npm run build`. */
export const DIST_CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

/** What one CLI run produced. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a node process to completion, collecting both streams. */
function spawnNode(nodeArgs: readonly string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs], { cwd: REPO_ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** Runs the CLI from source, as `npm run cli` does: `node --import tsx src/cli/main.ts …`. */
export function cliSource(args: readonly string[]): Promise<CliRun> {
  return spawnNode(['--import', 'tsx', path.join(REPO_ROOT, 'src', 'cli', 'main.ts'), ...args]);
}

/** Runs the built `dist/cli.js` with node, as `npx kenya-defence-cooperation` does. */
export function cliDist(args: readonly string[]): Promise<CliRun> {
  return spawnNode([DIST_CLI, ...args]);
}

/** Runs the CLI in this process through its `run()` (same code as main.ts, without the spawn cost). */
export async function cli(args: readonly string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

/** Spawning tsx compiles the CLI on each run; on a busy machine that takes seconds. */
export const SPAWN_TIMEOUT = 120_000;
