import type { OptionSpec, OptionSpecs } from './args.js';
import { choiceOption, listOption, stringOption, type OptionValues } from './args.js';
import { EventStatus } from '../schema/vocabularies.js';
import type { DateFlag, FilterFlag } from './commands/datasets.js';

/** Output formats of every command. */
export const FORMATS = ['table', 'json', 'csv', 'ndjson'] as const;

/** One of {@link FORMATS}. */
export type Format = (typeof FORMATS)[number];

/** Flags every command accepts. */
export const GLOBAL_OPTIONS: OptionSpecs = {
  format: { type: 'string', placeholder: 'FORMAT', description: 'Output format: table (default), json, csv or ndjson.' },
  help: { type: 'boolean', short: 'h', description: 'Show help for the command and exit.' },
  version: { type: 'boolean', description: 'Print the package version and exit.' },
};

/** Filter flags: each is the query filter field of the same name. */
export const FILTER_OPTIONS: Readonly<Record<FilterFlag, OptionSpec>> = {
  country: { type: 'string', multiple: true, split: true, placeholder: 'CODE', description: 'ISO 3166-1 alpha-2 country code (upper case), e.g. KE; for agreements, any of them is a party.' },
  parties: { type: 'string', multiple: true, split: true, placeholder: 'CODE', description: 'Agreements only: every one of these countries is a party (AND, where --country is OR), e.g. KE,RW.' },
  origin: { type: 'string', multiple: true, split: true, placeholder: 'CODE', description: 'Visits and engagements: the country the visit comes from, e.g. US.' },
  destination: { type: 'string', multiple: true, split: true, placeholder: 'CODE', description: 'Visits and engagements: the country visited, e.g. RW.' },
  person: { type: 'string', multiple: true, split: true, placeholder: 'ID', description: 'Person id, e.g. aden-duale.' },
  roles: { type: 'string', multiple: true, split: true, placeholder: 'ROLE', description: 'The part taken (see below): for visits and engagements, that of --person, e.g. lead; for commitments, the side of --person, --country or --organization: pledger or recipient.' },
  organization: { type: 'string', multiple: true, split: true, placeholder: 'ID', description: 'Organization id, e.g. kenya-defence-forces.' },
  'via-post-holders': {
    type: 'string',
    placeholder: 'BOOL',
    description: 'Visits and engagements, with --organization: true (default) also finds those of the organization\'s post holders while the data shows them in post; false, only those hosted by or met with the organization itself.',
  },
  parent: { type: 'string', multiple: true, split: true, placeholder: 'ID', description: 'Organizations only: the direct parent organization id, e.g. kenya-defence-forces.' },
  within: { type: 'string', multiple: true, split: true, placeholder: 'ID', description: 'Places only: this place and every place inside it, e.g. nairobi.' },
  place: { type: 'string', multiple: true, split: true, placeholder: 'ID', description: 'Place id (places within it match too), e.g. nairobi.' },
  visit: { type: 'string', multiple: true, split: true, placeholder: 'ID', description: 'Visit id (engagements only).' },
  kind: { type: 'string', multiple: true, split: true, placeholder: 'KIND', description: 'Record kind from the vocabulary (see below).' },
  status: { type: 'string', multiple: true, split: true, placeholder: 'STATUS', description: 'Status from the vocabulary (see below); for agreements, the latest one reported as done.' },
  reached: { type: 'string', multiple: true, split: true, placeholder: 'STATUS', description: 'Agreements only: a status reported as done at some point, e.g. signed (the latest may be in-force).' },
  topic: { type: 'string', multiple: true, split: true, placeholder: 'TOPIC', description: 'Topic from the vocabulary (see below).' },
  source: { type: 'string', multiple: true, split: true, placeholder: 'ID', description: 'Disagreements only: a source cited by one of its claims, e.g. duale-us-trip-2024.' },
  resolution: { type: 'string', multiple: true, split: true, placeholder: 'RESOLUTION', description: 'Disagreements only: unresolved (the sources conflict) or kept-both (readings kept side by side).' },
  role: { type: 'string', multiple: true, placeholder: 'ROLE', description: 'Post role, or a title as the sources print it ("Kenyan Defense Minister"), ignoring case, accents and Defense/Defence spelling, e.g. "Cabinet Secretary for Defence" (not split on commas).' },
};

/** `--status` of `meetings` and `counterparts`: the engagement's status as of its source. */
export const MEETING_STATUS_OPTION: OptionSpec = {
  type: 'string',
  multiple: true,
  split: true,
  placeholder: 'STATUS',
  description: `Only meetings whose engagement has this status as of its source: ${EventStatus.options.join(', ')} (default: all, planned ones too).`,
};

/** The engagement flags `meetings` and `counterparts` take, as `list engagements` does (person apart). */
export const MEETING_ENGAGEMENT_FILTERS: readonly FilterFlag[] = ['country', 'origin', 'destination', 'organization', 'via-post-holders', 'place', 'visit', 'kind', 'topic'];

/** The option specs of {@link MEETING_ENGAGEMENT_FILTERS}, and `--status` as meetings read it. */
export const MEETING_ENGAGEMENT_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  ...Object.fromEntries(MEETING_ENGAGEMENT_FILTERS.map((flag) => [flag, FILTER_OPTIONS[flag]])),
  kind: { ...FILTER_OPTIONS.kind, description: 'Only meetings at engagements of this kind, e.g. bilateral-talks (see list --help for the kinds).' },
  // The vocabulary is listed under list --help only: "see below" would point at nothing here.
  topic: { ...FILTER_OPTIONS.topic, description: 'Only meetings at engagements with this topic, e.g. counterterrorism (see list --help for the topics).' },
  status: MEETING_STATUS_OPTION,
};

/** Date range flags, with the query's semantics. */
export const DATE_OPTIONS: Readonly<Record<DateFlag, OptionSpec>> = {
  from: { type: 'string', placeholder: 'DATE', description: 'Start of the range: YYYY, YYYY-MM or YYYY-MM-DD (from its first day), or a date-time with a zone such as 2024-01-15T10:30Z (its UTC day).' },
  to: { type: 'string', placeholder: 'DATE', description: 'End of the range: YYYY, YYYY-MM or YYYY-MM-DD (to its last day), or a date-time with a zone (its UTC day).' },
  during: { type: 'string', placeholder: 'DATE', description: 'Shorthand for --from DATE --to DATE, e.g. --during 2024-01 (a date-time with a zone stands for its UTC day).' },
  match: {
    type: 'string',
    placeholder: 'MODE',
    description: 'overlaps (default): the record may fall in the range; within: it certainly does.',
  },
};

/** Flags whose value is `true` or `false`, passed to the query as a boolean. */
const BOOLEAN_FILTERS: readonly FilterFlag[] = ['via-post-holders'];

/**
 * The query filter field a flag sets: the flag's name, camel-cased.
 *
 * @example
 * ```ts
 * filterField('via-post-holders'); // 'viaPostHolders'
 * ```
 */
export function filterField(flag: string): string {
  return flag.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * The boolean value of a `true`/`false` flag, or undefined when absent.
 *
 * @example
 * ```ts
 * booleanOption({ 'via-post-holders': 'false' }, 'via-post-holders'); // false
 * ```
 */
export function booleanOption(values: OptionValues, flag: string): boolean | undefined {
  const choice = choiceOption(values, flag, ['true', 'false'] as const);
  return choice === undefined ? undefined : choice === 'true';
}

/** Filter fields the query API types as lists only (`parties: ['KE', 'RW']`), even of one value. */
const LIST_ONLY_FILTERS: readonly FilterFlag[] = ['parties', 'roles'];

/** Accepted values of `--match`. */
export const MATCH_MODES = ['overlaps', 'within'] as const;

/**
 * The query filter object for the given flags: lists become arrays (a single value stays a
 * single value, except in the fields the API takes only as lists), and values are passed through unchecked — the query layer validates them
 * against the data and says what it accepts.
 *
 * @example
 * ```ts
 * buildFilter({ country: ['KE'], from: '2024-01' }, ['country'], true); // { country: 'KE', from: '2024-01' }
 * ```
 */
export function buildFilter(values: OptionValues, filters: readonly FilterFlag[], dated: boolean): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  for (const flag of filters) {
    if (BOOLEAN_FILTERS.includes(flag)) {
      const value = booleanOption(values, flag);
      if (value !== undefined) filter[filterField(flag)] = value;
      continue;
    }
    const list = listOption(values, flag, FILTER_OPTIONS[flag].split === true);
    if (list !== undefined) filter[filterField(flag)] = list.length === 1 && !LIST_ONLY_FILTERS.includes(flag) ? list[0] : list;
  }
  if (dated) {
    for (const flag of ['from', 'to', 'during'] as const) {
      const value = stringOption(values, flag);
      if (value !== undefined) filter[flag] = value;
    }
    const match = choiceOption(values, 'match', MATCH_MODES);
    if (match !== undefined) filter.match = match;
  }
  return filter;
}
