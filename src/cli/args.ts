import { parseArgs } from 'node:util';
import { UsageError } from './errors.js';
import { didYouMean } from './suggest.js';

/** One flag of a command, with what its help says about it. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** May be given more than once (and, where `split` is set, as a comma-separated list). */
  readonly multiple?: boolean;
  /** Values are split on commas: ids, codes and vocabulary values never contain one. */
  readonly split?: boolean;
  readonly short?: string;
  /** Placeholder for the value in help, e.g. `CODE`. */
  readonly placeholder?: string;
  /**
   * Makes a string flag a whole number of at least this value, checked when parsing: one rule
   * and one message for `--limit 0`, `--limit ten` and `--limit -1` (which parseArgs would
   * otherwise refuse as a missing value, since it reads "-1" as a flag).
   */
  readonly minimum?: number;
  readonly description: string;
}

/** Flags of a command by long name (without `--`). */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** Parsed flag values: strings, booleans, or lists for `multiple` flags. */
export type OptionValues = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

/** The result of {@link parseCommandLine}. */
export interface ParsedCommandLine {
  readonly positionals: readonly string[];
  readonly values: OptionValues;
}

function toParseArgsOptions(options: OptionSpecs): Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> {
  return Object.fromEntries(
    Object.entries(options).map(([name, spec]) => [
      name,
      { type: spec.type, ...(spec.multiple === true ? { multiple: true } : {}), ...(spec.short === undefined ? {} : { short: spec.short }) },
    ]),
  );
}

/** `--limit N`, `--help` — how a flag is written in messages. */
export function flagUsage(name: string, spec: OptionSpec): string {
  return spec.type === 'string' ? `--${name} ${spec.placeholder ?? 'VALUE'}` : `--${name}`;
}

/**
 * Parses a command's arguments with `node:util` parseArgs in strict mode, turning its errors
 * into {@link UsageError}s that name the offending flag and list the flags the command accepts
 * (parseArgs' own messages do neither).
 *
 * @example
 * ```ts
 * parseCommandLine(['visits', '--country', 'KE'], { country: { type: 'string', description: '…' } }, 'list');
 * // { positionals: ['visits'], values: { country: 'KE' } }
 * ```
 */
export function parseCommandLine(args: readonly string[], options: OptionSpecs, command: string): ParsedCommandLine {
  const config = toParseArgsOptions(options);
  try {
    const parsed = parseArgs({ args: [...args], options: config, strict: true, allowPositionals: true, tokens: true });
    checkRepeats(parsed.tokens, options, command);
    checkWholeNumbers(parsed.values as OptionValues, options, command);
    return { positionals: parsed.positionals, values: parsed.values as OptionValues };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw explain(error, args, options, command);
  }
}

/** parseArgs keeps the last of a repeated single-value flag; a silent "last wins" hides mistakes. */
function checkRepeats(tokens: ReturnType<typeof parseArgs>['tokens'], options: OptionSpecs, command: string): void {
  const seen = new Map<string, number>();
  for (const token of tokens ?? []) {
    if (token.kind !== 'option' || options[token.name]?.multiple === true) continue;
    const count = (seen.get(token.name) ?? 0) + 1;
    seen.set(token.name, count);
    if (count === 2) throw new UsageError(`--${token.name} was given more than once; give it once.`, command);
  }
}

/** Refuses a whole-number flag (one with a `minimum`) whose value is not one, or is too small. */
function checkWholeNumbers(values: OptionValues, options: OptionSpecs, command: string): void {
  for (const [name, spec] of Object.entries(options)) {
    const raw = values[name];
    if (spec.minimum === undefined || typeof raw !== 'string') continue;
    if (!/^[0-9]+$/.test(raw) || !Number.isSafeInteger(Number(raw)) || Number(raw) < spec.minimum) throw wholeNumberError(name, spec.minimum, raw, command);
  }
}

function wholeNumberError(name: string, minimum: number, raw: string, command: string): UsageError {
  return new UsageError(`--${name} must be a whole number ≥ ${minimum}, e.g. --${name} ${exampleFor(name)}; got "${raw}".`, command);
}

/** Finds the flag parseArgs rejected by re-reading the tokens leniently, and says what is accepted. */
function explain(error: unknown, args: readonly string[], options: OptionSpecs, command: string): UsageError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const names = Object.keys(options).sort();
  const accepted = names.map((name) => flagUsage(name, options[name] as OptionSpec)).join(', ');
  const { tokens } = parseArgs({ args: [...args], options: toParseArgsOptions(options), strict: false, allowPositionals: true, tokens: true });
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const unknown = tokens.find((token) => token.kind === 'option' && !Object.hasOwn(options, token.name));
    const raw = unknown?.kind === 'option' ? unknown.rawName : 'a flag';
    const hint = unknown?.kind === 'option' ? didYouMean(unknown.name, names, '--') : '';
    return new UsageError(`unknown flag ${raw} for "${command}".${hint} Accepted flags: ${accepted}.`, command);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    for (const token of tokens) {
      if (token.kind !== 'option') continue;
      const spec = options[token.name];
      // "--limit -1" is a number out of range, not a missing value.
      if (spec?.minimum !== undefined && token.value !== undefined && /^-[0-9]/.test(token.value)) return wholeNumberError(token.name, spec.minimum, token.value, command);
      if (spec?.type === 'string' && (token.value === undefined || token.value.startsWith('-'))) {
        return new UsageError(`${token.rawName} needs a value: ${flagUsage(token.name, spec)}${token.value === undefined ? '' : ` (to pass a value starting with "-", write ${token.rawName}=${token.value})`}.`, command);
      }
      if (spec?.type === 'boolean' && token.inlineValue === true) {
        return new UsageError(`${token.rawName} takes no value; write ${token.rawName} alone.`, command);
      }
    }
  }
  return new UsageError(`${error instanceof Error ? error.message : String(error)}. Accepted flags: ${accepted}.`, command);
}

/**
 * A string flag's value (repeats of single-value flags were refused when parsing).
 *
 * @example
 * ```ts
 * stringOption({ limit: '5' }, 'limit'); // '5'
 * ```
 */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  if (value === undefined || typeof value === 'boolean') return undefined;
  if (typeof value === 'string') return value;
  if (value.length > 1) throw new UsageError(`--${name} takes one value; got ${value.length}.`);
  return value[0];
}

/**
 * A list flag's values, from repeated flags and comma-separated lists, in the order given and
 * without duplicates; undefined when the flag is absent.
 *
 * @example
 * ```ts
 * listOption({ country: ['KE,RW', 'US'] }, 'country'); // ['KE', 'RW', 'US']
 * ```
 */
export function listOption(values: OptionValues, name: string, split = true): readonly string[] | undefined {
  const value = values[name];
  if (value === undefined || typeof value === 'boolean') return undefined;
  const raw = typeof value === 'string' ? [value] : value;
  const items = split ? raw.flatMap((item) => item.split(',')).map((item) => item.trim()) : [...raw];
  if (items.some((item) => item === '')) throw new UsageError(`--${name} has an empty value; give ${split ? 'one or more comma-separated values' : 'a value'}, e.g. --${name} ${exampleFor(name)}.`);
  return [...new Set(items)];
}

function exampleFor(name: string): string {
  return { country: 'KE', person: 'aden-duale', fields: 'id,title', limit: '10', 'max-gap-days': '365' }[name] ?? 'VALUE';
}

/**
 * A whole-number flag's value (`--limit`, `--max-gap-days`), already checked against its
 * `minimum` by {@link parseCommandLine}.
 *
 * @example
 * ```ts
 * wholeNumber({ limit: '5' }, 'limit'); // 5
 * ```
 */
export function wholeNumber(values: OptionValues, name: string): number | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  // Only a flag declared without `minimum` (a bug in the command, not the user's input) gets here unchecked.
  if (!/^[0-9]+$/.test(raw) || !Number.isSafeInteger(value)) throw new Error(`--${name} was not checked as a whole number: declare its minimum in the command's options.`);
  return value;
}

/**
 * A flag whose value must be one of a fixed set (`--match`, `--format`).
 *
 * @example
 * ```ts
 * choiceOption({ match: 'within' }, 'match', ['overlaps', 'within']); // 'within'
 * ```
 */
export function choiceOption<T extends string>(values: OptionValues, name: string, choices: readonly T[]): T | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  if ((choices as readonly string[]).includes(raw)) return raw as T;
  throw new UsageError(`--${name} "${raw}" is not accepted.${didYouMean(raw, choices)} Accepted: ${choices.join(', ')}.`);
}

/**
 * The one positional argument a command takes, or a usage error: `missing` when there is none,
 * `"<one>, got also …"` (then `hint`, if any) when there are more.
 *
 * @example
 * ```ts
 * onePositional(['aden-duale'], { missing: 'show needs a record id.', one: 'show takes one id' }); // 'aden-duale'
 * ```
 */
export function onePositional(positionals: readonly string[], messages: { missing: string; one: string; hint?: string }): string {
  const [first, ...extra] = positionals;
  if (first === undefined) throw new UsageError(messages.missing);
  if (extra.length > 0) throw new UsageError(`${messages.one}, got also ${extra.map((item) => `"${item}"`).join(', ')}.${messages.hint === undefined ? '' : ` ${messages.hint}`}`);
  return first;
}
