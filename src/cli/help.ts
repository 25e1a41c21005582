import { flagUsage, type OptionSpecs } from './args.js';
import type { Command } from './commands/types.js';
import { EXIT } from './errors.js';
import { GLOBAL_OPTIONS } from './options.js';

/** The name users type: the package's bin. */
export const PROGRAM = 'kenya-defence-cooperation';

function optionLines(options: OptionSpecs): string[] {
  const entries = Object.entries(options).map(([name, spec]) => {
    const flag = `${spec.short === undefined ? '    ' : `-${spec.short}, `}${flagUsage(name, spec)}`;
    return [flag, `${spec.description}${spec.multiple === true ? ' Repeatable' + (spec.split === true ? '; or comma-separated.' : '.') : ''}`] as const;
  });
  const width = Math.max(0, ...entries.map(([flag]) => flag.length));
  return entries.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`);
}

/**
 * The `--help` text of one command: usage line, description, arguments, flags (its own, then the
 * global ones), notes and examples.
 *
 * @example
 * ```ts
 * commandHelp(listCommand).startsWith('Usage: kenya-defence-cooperation list <dataset>'); // true
 * ```
 */
export function commandHelp(command: Command): string {
  const args = command.positionals.map((positional) => ` <${positional.name}>`).join('');
  const lines = [`Usage: ${PROGRAM} ${command.name}${args} [flags]`, '', wrap(command.description), ''];
  if (command.positionals.length > 0) {
    lines.push('Arguments:', ...command.positionals.map((positional) => `  <${positional.name}>  ${positional.description}`), '');
  }
  if (Object.keys(command.options).length > 0) lines.push('Flags:', ...optionLines(command.options), '');
  lines.push('Global flags:', ...optionLines(GLOBAL_OPTIONS), '');
  if (command.notes !== undefined) lines.push(`${command.name === 'list' ? 'Datasets' : 'Notes'}:`, command.notes, '');
  lines.push('Examples:', ...command.examples.map((example) => `  ${PROGRAM} ${example}`), '');
  return lines.join('\n');
}

/** What each exit code means, keyed like {@link EXIT} so that a new code cannot be left out of the help. */
const EXIT_MEANINGS: Readonly<Record<keyof typeof EXIT, string>> = {
  ok: 'ok (also when nothing matches)',
  notFound: 'show found no record with the id',
  usage: 'usage error',
  query: 'the query refused the question (unknown id or country, invalid date)',
  internal: 'internal error (a bug; please report it with the stack trace printed)',
};

/**
 * The top-level `--help` text: commands, global flags, output and exit codes.
 *
 * @example
 * ```ts
 * mainHelp([listCommand]).includes('list'); // true
 * ```
 */
export function mainHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    `Usage: ${PROGRAM} <command> [arguments] [flags]`,
    '',
    "Query Kenya's defence-cooperation agreements, visits and officials — every answer with its citations.",
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Global flags:',
    ...optionLines(GLOBAL_OPTIONS),
    '',
    wrap(
      'Output: --format table (the default, whether or not stdout is a terminal, so output never changes with where it goes) ' +
        'aligns columns and cuts long cells with "…"; json prints one JSON document; ndjson one JSON object per line; ' +
        'csv a header row then one row per record. Notes such as "0 records" go to stderr.',
    ),
    '',
    wrap(`Exit codes: ${Object.entries(EXIT).map(([name, code]) => `${code} ${EXIT_MEANINGS[name as keyof typeof EXIT]}`).join(', ')}.`),
    '',
    `Run "${PROGRAM} <command> --help" for a command's flags and examples.`,
    '',
  ].join('\n');
}

/** Wraps prose at 100 columns so help reads in a terminal; words are never split. */
function wrap(text: string, width = 100): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}
