import { parseArgs } from 'node:util';
import { createQuery, QueryError, type Query } from '../query/index.js';
import { dataset } from '../datasets/all.js';
import { choiceOption, parseCommandLine } from './args.js';
import { asOfCommand } from './commands/as-of.js';
import { counterpartsCommand } from './commands/counterparts.js';
import { listCommand } from './commands/list.js';
import { meetingsCommand } from './commands/meetings.js';
import { partnersCommand } from './commands/partners.js';
import { searchCommand } from './commands/search.js';
import { showCommand } from './commands/show.js';
import { statusCommand } from './commands/status.js';
import { timelineCommand } from './commands/timeline.js';
import type { Command } from './commands/types.js';
import { LIST_NAMES, type ListName } from './commands/datasets.js';
import { packageVersion, versionsCommand } from './commands/versions.js';
import { EXIT, NotFoundError, UsageError, type ExitCode } from './errors.js';
import { commandHelp, mainHelp, PROGRAM } from './help.js';
import { formatResult } from './output.js';
import { FORMATS, GLOBAL_OPTIONS, type Format } from './options.js';
import { didYouMean } from './suggest.js';

/** Every command, in the order the main help lists them. */
export const COMMANDS: readonly Command[] = [
  listCommand,
  showCommand,
  searchCommand,
  timelineCommand,
  meetingsCommand,
  counterpartsCommand,
  partnersCommand,
  asOfCommand,
  statusCommand,
  versionsCommand,
];

/** Where the CLI writes: injected so tests can run it in-process and capture both streams. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

// The bundled data was validated by the build, so the index is built over it as is (no second
// validation pass on every invocation).
let bundled: Query | undefined;
function bundledQuery(): Query {
  bundled ??= createQuery(dataset, { validate: false });
  return bundled;
}

/** Splits off the command name: the first argument that is not a global flag or its value. */
function findCommand(args: readonly string[]): { name: string | undefined; rest: string[] } {
  const { tokens } = parseArgs({ args: [...args], options: { format: { type: 'string' }, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean' } }, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional') return { name: token.value, rest: args.filter((_, index) => index !== token.index) };
    if (token.kind === 'option-terminator') break;
    if (token.kind === 'option' && !Object.hasOwn(GLOBAL_OPTIONS, token.name)) {
      throw new UsageError(`${token.rawName} comes before the command; put a command's flags after its name, e.g. ${PROGRAM} list visits ${token.rawName} …`);
    }
  }
  return { name: undefined, rest: [...args] };
}

/**
 * Runs the CLI on an argument list and returns the exit code; output goes to `io`. Errors become
 * one `error: …` line on stderr saying what was wrong and what is accepted, with the exit code
 * of their kind (see {@link EXIT}).
 *
 * @example
 * ```ts
 * const out: string[] = [];
 * const code = await run(['list', 'visits', '--country', 'KE', '--format', 'json'], { stdout: (t) => out.push(t), stderr: () => {} });
 * ```
 */
export async function run(args: readonly string[], io: Io, query: () => Query = bundledQuery): Promise<ExitCode> {
  let command: Command | undefined;
  try {
    const { name, rest } = findCommand(args);
    if (name === undefined) {
      const globals = parseCommandLine(args, GLOBAL_OPTIONS, PROGRAM);
      if (globals.values.version === true) {
        io.stdout(`${packageVersion()}\n`);
        return EXIT.ok;
      }
      if (globals.values.help === true) {
        io.stdout(mainHelp(COMMANDS));
        return EXIT.ok;
      }
      throw new UsageError(`missing command. Commands: ${COMMANDS.map((item) => item.name).join(', ')}.`);
    }
    if (name === 'help') return help(rest, io);
    command = COMMANDS.find((candidate) => candidate.name === name);
    if (command === undefined) {
      const names = COMMANDS.map((item) => item.name);
      throw new UsageError(`unknown command "${name}".${didYouMean(name, names)} Commands: ${names.join(', ')}.`);
    }
    const { positionals, values } = parseCommandLine(rest, { ...command.options, ...GLOBAL_OPTIONS }, command.name);
    if (values.help === true) {
      io.stdout(commandHelp(command));
      return EXIT.ok;
    }
    if (values.version === true) {
      io.stdout(`${packageVersion()}\n`);
      return EXIT.ok;
    }
    const format: Format = choiceOption(values, 'format', FORMATS) ?? 'table';
    const result = await command.run({ positionals, values, query: query() });
    io.stdout(formatResult(result, format));
    if (result.noun !== undefined && result.items.length === 0) io.stderr(`0 ${result.noun}${result.hint === undefined ? '' : `. ${result.hint}`}\n`);
    return EXIT.ok;
  } catch (error) {
    return report(error, io, command);
  }
}

function help(rest: readonly string[], io: Io): ExitCode {
  const [topic] = rest.filter((arg) => !arg.startsWith('-'));
  if (topic === undefined) {
    io.stdout(mainHelp(COMMANDS));
    return EXIT.ok;
  }
  const command = COMMANDS.find((candidate) => candidate.name === topic);
  const names = COMMANDS.map((item) => item.name);
  if (command === undefined) throw new UsageError(`no help for "${topic}": it is not a command.${didYouMean(topic, names)} Commands: ${names.join(', ')}.`);
  io.stdout(commandHelp(command));
  return EXIT.ok;
}

/** Query arguments whose CLI flag has another name. */
const QUERY_ARGUMENT_FLAGS: Readonly<Record<string, string>> = { asOf: '--date', kinds: '--kind', viaPostHolders: '--via-post-holders' };

/**
 * A query error's message in the CLI's terms: the API calls it names ("agreements() lists
 * them", "look it up with place()") become the commands that do the same.
 */
function inCliTerms(message: string): string {
  return message
    .replace(/\b(?:dataset\.)?([a-z]+)(?:\(\))? lists them\b/, (whole, list: string) => (LIST_NAMES.includes(list as ListName) ? `"${PROGRAM} list ${list}" lists them` : whole))
    .replace(/("([^"]+)" is an? [a-z]+ id): look it up with [a-z]+\(\)/, (_, head: string, id: string) => `${head}: look it up with "${PROGRAM} show ${id}"`);
}

function report(error: unknown, io: Io, command: Command | undefined): ExitCode {
  if (error instanceof UsageError) {
    const name = error.command ?? command?.name;
    const pointer = name === undefined || name === PROGRAM ? `${PROGRAM} --help` : `${PROGRAM} ${name} --help`;
    io.stderr(`error: ${error.message}\nRun "${pointer}" for usage.\n`);
    return EXIT.usage;
  }
  if (error instanceof NotFoundError) {
    io.stderr(`error: ${error.message}\n`);
    return EXIT.notFound;
  }
  if (error instanceof QueryError) {
    // The query's message already names the argument and what it accepts; where the CLI calls
    // that argument something else, say which flag it was.
    const flag = QUERY_ARGUMENT_FLAGS[error.argument];
    io.stderr(`error: ${inCliTerms(error.message)}${flag === undefined ? '' : ` (${flag})`}\n`);
    return EXIT.query;
  }
  // Anything else is a bug, not a user mistake: say so, with the stack for the report.
  io.stderr(`error: internal error — please report it with the command you ran.\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT.internal;
}
