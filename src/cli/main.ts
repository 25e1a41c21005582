/**
 * Entry point of `npx kenya-defence-cooperation`: runs the CLI on the process arguments.
 *
 * @packageDocumentation
 */
import { run } from './run.js';

// A reader that stops early (`… | head`) closes the pipe; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const code = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
// exitCode rather than exit(): pending writes to a pipe are flushed before the process ends.
process.exitCode = code;
