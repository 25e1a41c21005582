import { listOption, onePositional, wholeNumber, type OptionValues } from '../args.js';
import { UsageError } from '../errors.js';
import { toCell, type CommandResult } from '../format/result.js';
import { buildFilter, DATE_OPTIONS, FILTER_OPTIONS } from '../options.js';
import { didYouMean } from '../suggest.js';
import { LIST_NAMES, LISTS, type FilterFlag, type ListName, type ListSpec } from './datasets.js';
import type { Command } from './types.js';

const FILTER_FLAGS = Object.keys(FILTER_OPTIONS) as FilterFlag[];
const DATE_FLAGS = Object.keys(DATE_OPTIONS);

function listName(positionals: readonly string[]): ListName {
  const name = onePositional(positionals, { missing: `list needs a dataset: ${LIST_NAMES.join(', ')}.`, one: 'list takes one dataset', hint: 'Filters are flags, e.g. --country KE.' });
  if (!(LIST_NAMES as readonly string[]).includes(name)) {
    throw new UsageError(`unknown dataset "${name}".${didYouMean(name, LIST_NAMES)} Accepted: ${LIST_NAMES.join(', ')}.`);
  }
  return name as ListName;
}

/** Flags that do not apply to this dataset are usage errors, not silently ignored. */
function checkApplicable(name: ListName, spec: ListSpec, values: OptionValues): void {
  const accepted = [...spec.filters, ...(spec.dated ? DATE_FLAGS : [])];
  for (const flag of [...FILTER_FLAGS, ...DATE_FLAGS]) {
    if (values[flag] !== undefined && !accepted.includes(flag)) {
      const which = accepted.length === 0 ? `${name} takes no filters (list it whole, or use --limit and --fields)` : `filters of list ${name}: ${accepted.map((item) => `--${item}`).join(', ')}`;
      throw new UsageError(`--${flag} does not apply to ${name}; ${which}.`);
    }
  }
}

function selectedColumns(name: ListName, spec: ListSpec, values: OptionValues): { names: readonly string[]; projected: boolean } {
  const fields = listOption(values, 'fields');
  if (fields === undefined) return { names: spec.defaults, projected: false };
  const known = spec.columns.map((column) => column.name);
  for (const field of fields) {
    if (!known.includes(field)) throw new UsageError(`unknown field "${field}" for ${name}.${didYouMean(field, known)} Fields of ${name}: ${known.join(', ')}.`);
  }
  return { names: fields, projected: true };
}

/**
 * `list <dataset>`: records of one dataset through the query API's filters, in the query's order.
 *
 * @example
 * ```sh
 * kenya-defence-cooperation list visits --country KE --from 2024-01 --to 2024-01-31
 * ```
 */
export const listCommand: Command = {
  name: 'list',
  summary: 'List records of a dataset, filtered like the query API',
  description:
    'Lists the records of one dataset in the query API\'s order (by date for dated kinds, by id otherwise). ' +
    'Every filter flag is the query filter of the same name: flags combine with AND; several values of one flag ' +
    '(repeated, or comma-separated) combine with OR, except --parties (every country listed is a party). Without --fields, json and ndjson print whole records and the ' +
    'table shows a few columns; with --fields, every format shows exactly those columns.',
  positionals: [{ name: 'dataset', description: LIST_NAMES.join(', ') }],
  options: {
    ...FILTER_OPTIONS,
    ...DATE_OPTIONS,
    fields: { type: 'string', multiple: true, split: true, placeholder: 'LIST', description: 'Comma-separated columns to show (see below), e.g. id,date,title.' },
    limit: { type: 'string', placeholder: 'N', minimum: 1, description: 'Show at most N records (the first N in order).' },
  },
  examples: [
    'list visits --country KE --from 2024-01 --to 2024-01-31',
    'list visits --person aden-duale --format json',
    'list engagements --person aden-duale --kind bilateral-talks',
    'list agreements --parties KE,RW',
    'list visits --person aden-duale --roles lead --origin KE',
    'list agreements --country RW --fields id,status,title',
    'list posts --country KE --role "Cabinet Secretary for Defence"',
    'list sources --format csv',
  ],
  notes: LIST_NAMES.map((name) => {
    const spec = LISTS[name];
    const filters = [...spec.filters, ...(spec.dated ? ['from', 'to', 'during', 'match'] : [])];
    const vocabularies = Object.entries(spec.vocabularies).map(([flag, accepted]) => `    --${flag}: ${accepted.join(', ')}`);
    return [
      `  ${name} — ${spec.about}`,
      `    filters: ${filters.length === 0 ? 'none' : filters.map((flag) => `--${flag}`).join(' ')}`,
      `    fields: ${spec.columns.map((column) => column.name).join(',')} (default: ${spec.defaults.join(',')})`,
      ...vocabularies,
    ].join('\n');
  }).join('\n'),
  run({ positionals, values, query }): CommandResult {
    const name = listName(positionals);
    const spec = LISTS[name];
    checkApplicable(name, spec, values);
    const { names, projected } = selectedColumns(name, spec, values);
    const limit = wholeNumber(values, 'limit');
    const filter = buildFilter(values, spec.filters, spec.dated);
    const all = spec.fetch(query, filter);
    const records = limit === undefined ? all : all.slice(0, limit);
    const columns = names.map((column) => spec.columns.find((candidate) => candidate.name === column)).filter((column) => column !== undefined);
    const rows = records.map((record) => columns.map((column) => toCell(column.get(record as never))));
    const items = projected ? rows.map((row) => Object.fromEntries(names.map((column, index) => [column, row[index] ?? null]))) : records.map((record) => spec.json(record as never));
    return { items, columns: names, rows, noun: 'records' };
  },
};
