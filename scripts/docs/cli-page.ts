import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { code, frontMatter, page } from './lib/markdown.js';
import { ROOT } from './lib/paths.js';

const CLI_SOURCE = path.join(ROOT, 'src', 'cli', 'main.ts');

/** Runs the CLI from source with the given arguments and returns its stdout. */
function run(args: readonly string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', CLI_SOURCE, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    // A fixed width so the help text wraps the same way on every machine.
    env: { ...process.env, COLUMNS: '100', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
}

/** Command names from the "Commands:" section of the top-level help. */
export function commandsIn(help: string): string[] {
  const section = /^Commands:\r?\n([\s\S]*?)(?:\r?\n\s*\r?\n|$)/m.exec(help)?.[1] ?? '';
  return section
    .split(/\r?\n/)
    .map((line) => /^\s{2,}([a-z][\w-]*)\s/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined);
}

function fenced(text: string): string {
  return `\`\`\`text\n${text.trimEnd()}\n\`\`\``;
}

/**
 * The CLI reference page: the command's own `--help` and each subcommand's, captured at build
 * time so the documentation says exactly what the installed program says.
 */
export function cliReferencePage(): string {
  const header = [frontMatter({ title: 'CLI reference' }), '# CLI reference'];
  if (!existsSync(CLI_SOURCE)) {
    return page([...header, 'This build of the package has no command-line interface.']);
  }
  const help = run(['--help']);
  const commands = commandsIn(help);
  return page([
    ...header,
    `The output of ${code('kenya-defence-cooperation --help')} and of each command's ${code('--help')}, captured when this site was built.`,
    fenced(help),
    ...commands.map((command) => `## ${command}\n\n${fenced(run([command, '--help']))}`),
  ]);
}
