import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /**
   * Send stdout to this file instead of a pipe. Some CLIs (attw) call process.exit() right after
   * writing, which cuts a piped stdout off at 64-128 KiB; writes to a file are synchronous.
   */
  stdoutFile?: string;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command without a shell and collects its output; never rejects on a non-zero exit. */
export function run(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const stdoutFd = options.stdoutFile === undefined ? undefined : openSync(options.stdoutFile, 'w');
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', stdoutFd ?? 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) => {
      if (stdoutFd !== undefined) closeSync(stdoutFd);
      reject(error);
    });
    child.on('close', (code) => {
      if (stdoutFd !== undefined && options.stdoutFile !== undefined) {
        closeSync(stdoutFd);
        stdout = readFileSync(options.stdoutFile, 'utf8');
      }
      resolve({ code, stdout, stderr });
    });
  });
}

/** Like {@link run}, but throws with the command's output when it exits non-zero. */
export async function runOk(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    throw new Error(`${command} ${args.join(' ')} (in ${options.cwd}) exited ${String(result.code)}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`);
  }
  return result;
}
