import type { Query } from '../../query/index.js';
import type { OptionSpecs, OptionValues } from '../args.js';
import type { CommandResult } from '../format/result.js';

/** A positional argument in a command's usage line. */
export interface PositionalSpec {
  readonly name: string;
  readonly description: string;
}

/** What a command runs with: its parsed arguments and the query over the bundled data. */
export interface CommandContext {
  readonly positionals: readonly string[];
  readonly values: OptionValues;
  readonly query: Query;
}

/**
 * One CLI command: its help (usage, positionals, flags, examples) and what it does. Commands
 * return a {@link CommandResult} and never write output themselves, so every format is produced
 * the same way and tests can check the answer without parsing text.
 */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Longer explanation for `<command> --help`. */
  readonly description: string;
  readonly positionals: readonly PositionalSpec[];
  readonly options: OptionSpecs;
  readonly examples: readonly string[];
  /** More help after the flags (e.g. which filters each dataset takes). */
  readonly notes?: string;
  run(context: CommandContext): CommandResult | Promise<CommandResult>;
}
