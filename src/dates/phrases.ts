import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  endOfISOWeek,
  format,
  getDay,
  isAfter,
  isBefore,
  isValid,
  nextDay,
  parseISO,
  previousDay,
  startOfISOWeek,
  type Day,
} from 'date-fns';
import type { z } from 'zod';
import type { DateDerivation } from '../schema/vocabularies.js';
import { edtfPrecision, parseEdtf, type DatePrecision } from './edtf.js';

/**
 * Resolves the date phrases news articles use ("last month", "Wednesday, November 5",
 * "two weeks after 2024-01-15") into EDTF partial dates shaped like a `DateClaim` without its
 * citations. Every answer says how it was worked out; every phrase that cannot be resolved
 * honestly is refused with a typed error that says why and which option would settle it.
 */

/**
 * Whether the sentence around the phrase speaks of the past or the future.
 *
 * @example
 * ```ts
 * import { resolveDatePhrase, type Tense } from 'kenya-defence-cooperation';
 * // "The ship will dock on Monday", in an article published on Sunday 2024-02-04:
 * const tense: Tense = 'future';
 * console.log(resolveDatePhrase('on Monday', { published: '2024-02-04', tense }).value); // '2024-02-05'
 * console.log(resolveDatePhrase('on Monday', { published: '2024-02-04', tense: 'past' }).value); // '2024-01-29'
 * ```
 */
export type Tense = 'past' | 'future';

/**
 * A date-derivation method from the controlled vocabulary.
 *
 * @example
 * ```ts
 * import { resolveDatePhrase, type DateDerivationMethod } from 'kenya-defence-cooperation';
 * const method: DateDerivationMethod = resolveDatePhrase('September 25, 2023').inference.method;
 * console.log(method); // 'as-printed'
 * console.log(resolveDatePhrase('last month', { published: '2024-02-04' }).inference.method); // 'relative-to-publication'
 * console.log(resolveDatePhrase('two weeks after 2024-01-15').inference.method); // 'relative-to-event'
 * ```
 */
export type DateDerivationMethod = z.infer<typeof DateDerivation>;

/**
 * What the caller knows besides the phrase.
 *
 * @example
 * ```ts
 * import { resolveDatePhrase, type ResolveDatePhraseOptions } from 'kenya-defence-cooperation';
 * const options: ResolveDatePhraseOptions = { published: '2024-02-04', tense: 'past' };
 * console.log(resolveDatePhrase('in August', options).value); // '2023-08'
 * // No publication date: the printed weekday picks the year within yearRange.
 * console.log(resolveDatePhrase('Saturday, February 3', { yearRange: [2020, 2026] }).value); // '2024-02-03?'
 * ```
 */
export interface ResolveDatePhraseOptions {
  /** The source's publication date as an ISO day (YYYY-MM-DD); relative phrases resolve against it. */
  readonly published?: string;
  /** Tense of the sentence: settles "on Monday" and "in August", which name a day or month but not which one. */
  readonly tense?: Tense;
  /** Years (inclusive) the event may fall in; used only when there is no publication date and a weekday must pick the year. */
  readonly yearRange?: readonly [number, number];
}

/**
 * How the value was derived: the `inference` of a `DateClaim`.
 *
 * @example
 * ```ts
 * import { resolveDatePhrase, type DatePhraseInference } from 'kenya-defence-cooperation';
 * const inference: DatePhraseInference = resolveDatePhrase('Saturday, February 3', { yearRange: [2000, 2026] }).inference;
 * console.log(inference.method);       // 'year-from-weekday'
 * console.log(inference.alternatives); // ['2001-02-03?', '2007-02-03?', '2018-02-03?']
 * console.log(inference.reasoning);    // 'The text gives Saturday, February 3 with no year and there is no publication date. …'
 * console.log(resolveDatePhrase('yesterday', { published: '2024-02-04' }).inference.anchor); // '2024-02-04'
 * ```
 */
export interface DatePhraseInference {
  readonly method: DateDerivationMethod;
  /** Full sentences a reader can check. */
  readonly reasoning: string;
  /** The date the phrase was resolved against (publication date or the event), when there is one. */
  readonly anchor?: string;
  /** Other values the phrase also allows, when the resolution had to choose. */
  readonly alternatives?: readonly string[];
}

/**
 * A resolved phrase: a `DateClaim` minus its citations, plus the precision of the value.
 *
 * @example
 * ```ts
 * import { resolveDatePhrase, type ResolvedDatePhrase } from 'kenya-defence-cooperation';
 * const resolved: ResolvedDatePhrase = resolveDatePhrase('  next week ', { published: '2019-05-03' });
 * console.log(resolved.value);     // '2019-05-06/2019-05-12'
 * console.log(resolved.precision); // 'day'
 * console.log(resolved.asWritten); // 'next week'
 * console.log(resolveDatePhrase('last month', { published: '2024-02-04' }).precision); // 'month'
 * ```
 */
export interface ResolvedDatePhrase {
  /** EDTF level-1 value, e.g. `2024-01`, `2019-05-06/2019-05-12`, `2024-01-29~`. */
  readonly value: string;
  /** The coarsest precision in the value; never finer than the phrase supports. */
  readonly precision: DatePrecision;
  /** The phrase exactly as passed in (trimmed). */
  readonly asWritten: string;
  readonly inference: DatePhraseInference;
}

/**
 * Machine-readable reason for a refusal.
 *
 * @example
 * ```ts
 * import { isDatePhraseError, resolveDatePhrase, type DatePhraseRefusal } from 'kenya-defence-cooperation';
 * const codes: DatePhraseRefusal[] = [];
 * for (const phrase of ['weeks', 'last month', 'Friday, February 3, 2024', 'around the elections']) {
 *   try {
 *     resolveDatePhrase(phrase);
 *   } catch (error) {
 *     if (isDatePhraseError(error)) codes.push(error.code);
 *   }
 * }
 * console.log(codes); // ['too-vague', 'needs-publication-date', 'weekday-mismatch', 'unrecognized']
 * ```
 */
export type DatePhraseRefusal =
  | 'needs-tense'
  | 'needs-publication-date'
  | 'needs-year-range'
  | 'too-vague'
  | 'weekday-mismatch'
  | 'no-matching-year'
  | 'tense-conflict'
  | 'invalid-date'
  | 'invalid-option'
  | 'unrecognized';

/**
 * The option that would settle an ambiguous phrase.
 *
 * @example
 * ```ts
 * import { AmbiguousDatePhraseError, resolveDatePhrase, type DatePhraseOption } from 'kenya-defence-cooperation';
 * function neededOption(phrase: string, published?: string): DatePhraseOption | undefined {
 *   try {
 *     resolveDatePhrase(phrase, published ? { published } : {});
 *   } catch (error) {
 *     if (error instanceof AmbiguousDatePhraseError) return error.option;
 *   }
 *   return undefined;
 * }
 * console.log(neededOption('on Monday', '2024-02-04')); // 'tense'
 * console.log(neededOption('last month'));              // 'published'
 * console.log(neededOption('Saturday, February 3'));    // 'yearRange'
 * console.log(neededOption('last month', '2024-02-04')); // undefined: it resolves
 * ```
 */
export type DatePhraseOption = 'tense' | 'published' | 'yearRange';

/**
 * Base class of every refusal; `reason` says why in words, `code` says it for programs.
 *
 * @example
 * ```ts
 * import { DatePhraseError, resolveDatePhrase } from 'kenya-defence-cooperation';
 * try {
 *   resolveDatePhrase('last month', { published: '4 Feb 2024' });
 * } catch (error) {
 *   if (error instanceof DatePhraseError) {
 *     console.log(error.name, error.code); // 'DatePhraseError' 'invalid-option'
 *     console.log(error.phrase);           // 'last month'
 *     console.log(error.reason);           // 'the publication date "4 Feb 2024" is not an ISO day (YYYY-MM-DD).'
 *   }
 * }
 * // The specific refusals are subclasses, so one instanceof check catches them all.
 * try {
 *   resolveDatePhrase('weeks');
 * } catch (error) {
 *   console.log(error instanceof DatePhraseError); // true (an AmbiguousDatePhraseError)
 * }
 * ```
 */
export class DatePhraseError extends Error {
  override readonly name: string = 'DatePhraseError';
  constructor(
    readonly phrase: string,
    readonly code: DatePhraseRefusal,
    readonly reason: string,
  ) {
    super(`Cannot resolve "${phrase}": ${reason}`);
  }
}

/**
 * The phrase allows several dates (or none precise enough) without more information.
 *
 * @example
 * ```ts
 * import { AmbiguousDatePhraseError, resolveDatePhrase } from 'kenya-defence-cooperation';
 * try {
 *   resolveDatePhrase('on Monday', { published: '2024-02-04' });
 * } catch (error) {
 *   if (error instanceof AmbiguousDatePhraseError) {
 *     console.log(error.code, error.option); // 'needs-tense' 'tense'
 *     // The sentence reads "arrived on Monday", so pass the tense the error asks for:
 *     console.log(resolveDatePhrase('on Monday', { published: '2024-02-04', tense: 'past' }).value); // '2024-01-29'
 *   }
 * }
 * try {
 *   resolveDatePhrase('in the coming weeks');
 * } catch (error) {
 *   if (error instanceof AmbiguousDatePhraseError) console.log(error.code, error.option); // 'too-vague' undefined
 * }
 * ```
 */
export class AmbiguousDatePhraseError extends DatePhraseError {
  override readonly name: string = 'AmbiguousDatePhraseError';
  constructor(
    phrase: string,
    code: DatePhraseRefusal,
    reason: string,
    /** The option to pass to settle it; absent when no option can (the phrase is too vague). */
    readonly option?: DatePhraseOption,
  ) {
    super(phrase, code, reason);
  }
}

/**
 * The phrase contradicts itself or the calendar (e.g. the weekday does not match the date).
 *
 * @example
 * ```ts
 * import { InvalidDatePhraseError, resolveDatePhrase } from 'kenya-defence-cooperation';
 * try {
 *   resolveDatePhrase('Friday, February 3, 2024');
 * } catch (error) {
 *   if (error instanceof InvalidDatePhraseError) {
 *     console.log(error.code);   // 'weekday-mismatch'
 *     console.log(error.reason); // '3 February 2024 was a Saturday, not a Friday. …'
 *   }
 * }
 * try {
 *   resolveDatePhrase('February 30, 2024');
 * } catch (error) {
 *   if (error instanceof InvalidDatePhraseError) console.log(error.code); // 'invalid-date'
 * }
 * ```
 */
export class InvalidDatePhraseError extends DatePhraseError {
  override readonly name: string = 'InvalidDatePhraseError';
}

/**
 * The phrase is not one of the forms this resolver understands.
 *
 * @example
 * ```ts
 * import { UnrecognizedDatePhraseError, resolveDatePhrase } from 'kenya-defence-cooperation';
 * try {
 *   resolveDatePhrase('around the elections');
 * } catch (error) {
 *   if (error instanceof UnrecognizedDatePhraseError) {
 *     console.log(error.name, error.code); // 'UnrecognizedDatePhraseError' 'unrecognized'
 *     console.log(error.message);          // 'Cannot resolve "around the elections": this is not a date phrase the resolver knows. Supported: …'
 *   }
 * }
 * ```
 */
export class UnrecognizedDatePhraseError extends DatePhraseError {
  override readonly name: string = 'UnrecognizedDatePhraseError';
}

// ---------------------------------------------------------------------------------------------
// Lexicon

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** date-fns numbering: 0 = Sunday … 6 = Saturday. */
const WEEKDAYS: Readonly<Record<string, Day>> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tues: 2, tue: 2, wednesday: 3, wed: 3,
  thursday: 4, thurs: 4, thu: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
};

const MONTH = `(${Object.keys(MONTHS).join('|')})`;
const WEEKDAY = `(${Object.keys(WEEKDAYS).join('|')})`;
const COUNT = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
const DAY = '(\\d{1,2})';
const YEAR = '(\\d{4})';
const RANGE_JOIN = '(?: (?:and|to|through|until|till) | ?- ?)';

function re(source: string): RegExp {
  return new RegExp(`^(?:${source})$`);
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

// ---------------------------------------------------------------------------------------------
// Small calendar helpers (date-fns does the arithmetic; these only format and parse)

const iso = (date: Date): string => format(date, 'yyyy-MM-dd');
const isoMonth = (date: Date): string => format(date, 'yyyy-MM');
const monthName = (date: Date): string => format(date, 'MMMM yyyy');
const longDay = (date: Date): string => format(date, 'EEEE d MMMM yyyy');
const weekdayName = (day: Day): string => WEEKDAY_NAMES[day];

function lookup<T>(table: Readonly<Record<string, T>>, key: string | undefined): T {
  const value = key === undefined ? undefined : table[key];
  if (value === undefined) throw new Error(`internal: no lexicon entry for "${String(key)}"`);
  return value;
}

/** A calendar day, or `undefined` when it does not exist (e.g. February 30). */
function calendarDay(year: number, month: number, day: number): Date | undefined {
  const date = new Date(year, month - 1, day);
  return isValid(date) && date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

function countOf(word: string | undefined): number {
  if (word === undefined) return 1;
  return /^\d+$/.test(word) ? Number(word) : lookup(NUMBER_WORDS, word);
}

// ---------------------------------------------------------------------------------------------
// Normalization

/**
 * Lower-cases and simplifies the phrase so one pattern covers the ways articles print it:
 * commas, full stops after abbreviations ("Jan."), ordinals ("5th") and dash variants go.
 */
function normalize(phrase: string): string {
  return phrase
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .replace(/[.,;:]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^the /, '')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Context passed to each rule

interface Context {
  readonly asWritten: string;
  readonly options: ResolveDatePhraseOptions;
  /** Parsed publication date, when given. */
  readonly published: Date | undefined;
}

function result(context: Context, value: string, inference: DatePhraseInference): ResolvedDatePhrase {
  // Parsing the value we built is a cheap guarantee that we never hand out invalid EDTF.
  const parsed = parseEdtf(value);
  return { value, precision: edtfPrecision(parsed), asWritten: context.asWritten, inference };
}

function requirePublished(context: Context, what: string): Date {
  if (context.published) return context.published;
  throw new AmbiguousDatePhraseError(
    context.asWritten,
    'needs-publication-date',
    `${what} only has meaning relative to the publication date, and none was given. Pass { published: 'YYYY-MM-DD' } (--published on the command line).`,
    'published',
  );
}

function requireTense(context: Context, what: string, pastReading: string, futureReading: string): Tense {
  if (context.options.tense) return context.options.tense;
  throw new AmbiguousDatePhraseError(
    context.asWritten,
    'needs-tense',
    `${what} names no particular one: in a past-tense sentence it means ${pastReading}, in a future-tense sentence ${futureReading}. Read the sentence and pass { tense: 'past' } or { tense: 'future' } (--tense on the command line).`,
    'tense',
  );
}

// ---------------------------------------------------------------------------------------------
// Rules. Each returns undefined when its pattern does not match, so they can be tried in order.

type Rule = (text: string, context: Context) => ResolvedDatePhrase | undefined;

const VAGUE = re(
  '(?:(?:a few|few|some|several|many|recent) )?(?:days|weeks|months|years)|recently|soon|lately|earlier|later|shortly|at some point|in (?:the )?(?:coming|recent|past) (?:days|weeks|months|years)',
);

/** Phrases with no date in them at all: refuse rather than guess. */
const vague: Rule = (text, context) => {
  if (!VAGUE.test(text)) return undefined;
  throw new AmbiguousDatePhraseError(
    context.asWritten,
    'too-vague',
    `"${context.asWritten}" is too vague to date: it names no day, month or year and no event to count from. Cite it as context instead of a date, or find a sentence that dates the event.`,
  );
};

const ISO_DAY = re('(\\d{4})-(\\d{2})-(\\d{2})');
const ISO_MONTH = re('(?:in )?(\\d{4})-(\\d{2})');
const PLAIN_YEAR = re(`(?:in |during )?${YEAR}`);
const MONTH_YEAR = re(`(?:in |during )?${MONTH} (?:of )?${YEAR}`);

/** ISO days, "2024-01", "2024" and "September 2023": printed in full, nothing inferred. */
const printedWithoutDay: Rule = (text, context) => {
  const isoDay = ISO_DAY.exec(text);
  if (isoDay) {
    const date = calendarDay(Number(isoDay[1]), Number(isoDay[2]), Number(isoDay[3]));
    if (!date) throw invalidDate(context, `${text} is not a calendar day`);
    return asPrinted(context, iso(date), `The text prints the full date ${iso(date)} (${longDay(date)}).`);
  }
  const printedMonth = ISO_MONTH.exec(text);
  if (printedMonth) {
    const [, yearDigits, monthDigits] = printedMonth;
    const month = Number(monthDigits);
    if (month < 1 || month > 12) throw invalidDate(context, `month ${monthDigits} does not exist`);
    return asPrinted(context, `${yearDigits}-${monthDigits}`, `The text prints the month ${yearDigits}-${monthDigits}; no day is given, so the value stays at month precision.`);
  }
  const year = PLAIN_YEAR.exec(text);
  if (year) return asPrinted(context, String(year[1]), `The text prints the year ${year[1]} only, so the value stays at year precision.`);
  const monthYear = MONTH_YEAR.exec(text);
  if (monthYear) {
    const date = new Date(Number(monthYear[2]), lookup(MONTHS, monthYear[1]) - 1, 1);
    return asPrinted(context, isoMonth(date), `The text prints ${monthName(date)} with no day, so the value stays at month precision.`);
  }
  return undefined;
};

const YEAR_RANGE = re(`(?:from |between )?${YEAR}${RANGE_JOIN}${YEAR}`);

/** "2023-2028": a span of whole years, e.g. an agreement's term. */
const yearInterval: Rule = (text, context) => {
  const match = YEAR_RANGE.exec(text);
  if (!match) return undefined;
  const [from, to] = [Number(match[1]), Number(match[2])];
  if (from > to) throw invalidDate(context, `the span ends (${to}) before it starts (${from})`);
  return asPrinted(context, `${from}/${to}`, `The text prints the span of years ${from} to ${to}; it covers the whole of both years, at year precision.`);
};

function asPrinted(context: Context, value: string, reasoning: string): ResolvedDatePhrase {
  return result(context, value, { method: 'as-printed', reasoning });
}

function invalidDate(context: Context, why: string): InvalidDatePhraseError {
  return new InvalidDatePhraseError(context.asWritten, 'invalid-date', `${why}. Check the phrase against the text.`);
}

const RELATIVE_UNIT = re('(last|previous|this|next|coming|earlier this|later this) (week|month|year)');
const NEIGHBOUR_DAY = re('yesterday|today|tomorrow');

/** "last month", "next week", "this year", "yesterday": counted from the publication date. */
const relativeToPublication: Rule = (text, context) => {
  const day = NEIGHBOUR_DAY.exec(text);
  if (day) {
    const published = requirePublished(context, `"${context.asWritten}"`);
    const shift = text === 'yesterday' ? -1 : text === 'tomorrow' ? 1 : 0;
    const date = addDays(published, shift);
    return relative(context, iso(date), `'${context.asWritten}' relative to the publication date ${iso(published)} is ${longDay(date)}.`);
  }
  const match = RELATIVE_UNIT.exec(text);
  if (!match) return undefined;
  const [, which = '', unit = ''] = match;
  const published = requirePublished(context, `"${context.asWritten}"`);
  const step = which === 'last' || which === 'previous' ? -1 : which === 'next' || which === 'coming' ? 1 : 0;
  const phrase = `'${context.asWritten}' relative to the publication date ${iso(published)}`;
  if (unit === 'month') {
    const date = addMonths(published, step);
    return relative(context, isoMonth(date), `${phrase} is ${monthName(date)}.`);
  }
  if (unit === 'year') {
    const year = addYears(published, step).getFullYear();
    return relative(context, String(year), `${phrase} is the year ${year}.`);
  }
  // A week is the ISO week (Monday to Sunday), the convention of the calendars that news desks use.
  const inWeek = addWeeks(published, step);
  const monday = startOfISOWeek(inWeek);
  const sunday = endOfISOWeek(inWeek);
  return relative(
    context,
    `${iso(monday)}/${iso(sunday)}`,
    `${phrase} is the week from Monday ${iso(monday)} to Sunday ${iso(sunday)}; the phrase names no day, so the value is the whole week.`,
  );
};

function relative(context: Context, value: string, reasoning: string, alternatives?: readonly string[]): ResolvedDatePhrase {
  const anchor = context.published ? iso(context.published) : undefined;
  return result(context, value, {
    method: 'relative-to-publication',
    reasoning,
    ...(anchor ? { anchor } : {}),
    ...(alternatives && alternatives.length > 0 ? { alternatives } : {}),
  });
}

const AGO = re(`${COUNT} (day|week|month|year)s? ago`);

/** "two weeks ago": counted back from the publication date; weeks and months are approximate. */
const ago: Rule = (text, context) => {
  const match = AGO.exec(text);
  if (!match) return undefined;
  const count = countOf(match[1]);
  const unit = match[2] ?? 'day';
  const published = requirePublished(context, `"${context.asWritten}"`);
  const phrase = `'${context.asWritten}' counted back from the publication date ${iso(published)}`;
  if (unit === 'day') {
    const date = addDays(published, -count);
    return relative(context, iso(date), `${phrase} is ${longDay(date)}.`);
  }
  if (unit === 'week') {
    const date = addWeeks(published, -count);
    return relative(context, `${iso(date)}~`, `${phrase} is about ${longDay(date)}; "weeks ago" is rarely exact, so the day is marked approximate (~).`);
  }
  if (unit === 'month') {
    const date = addMonths(published, -count);
    return relative(context, `${isoMonth(date)}~`, `${phrase} is about ${monthName(date)}; the phrase gives no day, so the value is an approximate month.`);
  }
  const year = addYears(published, -count).getFullYear();
  return relative(context, `${year}~`, `${phrase} is about the year ${year}.`);
};

const BARE_WEEKDAY = re(`(?:on )?(?:(last|next|this|coming|past) )?${WEEKDAY}`);

/** "on Monday", "last Friday": the nearest such day before or after publication. */
const weekday: Rule = (text, context) => {
  const match = BARE_WEEKDAY.exec(text);
  if (!match) return undefined;
  const modifier = match[1];
  const day = lookup(WEEKDAYS, match[2]);
  const name = weekdayName(day);
  const published = requirePublished(context, `A weekday on its own ("${context.asWritten}")`);
  const anchor = `the publication date ${iso(published)} (a ${format(published, 'EEEE')})`;
  if (modifier === 'last' || modifier === 'past') {
    const date = previousDay(published, day);
    return relative(context, iso(date), `'${context.asWritten}' means the most recent ${name} before ${anchor}, which is ${iso(date)}.`);
  }
  if (modifier === 'next' || modifier === 'coming') {
    const date = nextDay(published, day);
    return relative(context, iso(date), `'${context.asWritten}' means the first ${name} after ${anchor}, which is ${iso(date)}.`);
  }
  const tense = requireTense(
    context,
    `"${context.asWritten}"`,
    `the most recent ${name} on or before the publication date`,
    `the first ${name} on or after it`,
  );
  // News style: "on Wednesday" in a story published on a Wednesday means that same day.
  const sameDay = getDay(published) === day;
  if (tense === 'past') {
    const date = sameDay ? published : previousDay(published, day);
    return relative(
      context,
      iso(date),
      `In a past-tense sentence '${context.asWritten}' means the most recent ${name} on or before ${anchor}, which is ${iso(date)}.${sameDay ? ' The article appeared on a ' + name + ', and news style uses the bare weekday for the day of publication itself.' : ''}`,
    );
  }
  const date = sameDay ? published : nextDay(published, day);
  return relative(
    context,
    iso(date),
    `In a future-tense sentence '${context.asWritten}' means the first ${name} on or after ${anchor}, which is ${iso(date)}.`,
  );
};

const BARE_MONTH = re(`(?:in |during |since |by |until |from |early |mid |late |mid- ?)*(?:(last|next|this) )?${MONTH}`);

/** "in August": the nearest August before or after publication, depending on tense. */
const bareMonth: Rule = (text, context) => {
  const match = BARE_MONTH.exec(text);
  if (!match) return undefined;
  const modifier = match[1];
  const month = lookup(MONTHS, match[2]);
  const published = requirePublished(context, `A month with no year ("${context.asWritten}")`);
  const sameYear = new Date(published.getFullYear(), month - 1, 1);
  const publishedMonth = new Date(published.getFullYear(), published.getMonth(), 1);
  const name = format(sameYear, 'MMMM');
  const anchor = `the publication date ${iso(published)}`;
  if (modifier === 'this') {
    return relative(context, isoMonth(sameYear), `'${context.asWritten}' means ${name} of the publication year, given ${anchor}: ${monthName(sameYear)}.`);
  }
  const before = isAfter(sameYear, publishedMonth) ? addYears(sameYear, -1) : sameYear; // not after the publication month
  const after = isBefore(sameYear, publishedMonth) ? addYears(sameYear, 1) : sameYear; // not before it
  if (modifier === 'last') {
    const date = isBefore(sameYear, publishedMonth) ? sameYear : addYears(sameYear, -1);
    return relative(context, isoMonth(date), `'${context.asWritten}' means the most recent ${name} before the month of ${anchor}: ${monthName(date)}.`);
  }
  if (modifier === 'next') {
    const date = isAfter(sameYear, publishedMonth) ? sameYear : addYears(sameYear, 1);
    return relative(context, isoMonth(date), `'${context.asWritten}' means the first ${name} after the month of ${anchor}: ${monthName(date)}.`);
  }
  const tense = requireTense(
    context,
    `"${context.asWritten}" (a month with no year)`,
    `the most recent ${name} not after the publication month (${monthName(before)})`,
    `the first ${name} not before it (${monthName(after)})`,
  );
  const date = tense === 'past' ? before : after;
  const other = tense === 'past' ? addYears(date, 1) : addYears(date, -1);
  return relative(
    context,
    isoMonth(date),
    tense === 'past'
      ? `In a past-tense sentence '${context.asWritten}' means the most recent ${name} not after the month of ${anchor}: ${monthName(date)}.`
      : `In a future-tense sentence '${context.asWritten}' means the first ${name} not before the month of ${anchor}: ${monthName(date)}.`,
    // The other reading is recorded because a wrong tense is the one way this answer goes wrong.
    [isoMonth(other)].filter((value) => value !== isoMonth(date) && !(tense === 'past' ? isAfter(other, publishedMonth) : isBefore(other, publishedMonth))),
  );
};

const COUNTED = re(`(?:about |some |roughly |around |nearly |almost )?(?:${COUNT} |(a few|few|several|some) )?(day|week|month)(s?) (after|before|later than|from|earlier than) (.+)`);

/** "two weeks after 2024-01-15": counted from another dated event; weeks and months are approximate. */
const relativeToEvent: Rule = (text, context) => {
  const match = COUNTED.exec(text);
  if (!match) return undefined;
  const [, countWord, fewWord, unit = 'day', plural = '', direction = 'after', eventText = ''] = match;
  const sign = direction === 'before' || direction === 'earlier than' ? -1 : 1;
  const anchor = resolveAnchor(eventText, context);
  const word = sign > 0 ? 'after' : 'before';
  // A count of "weeks" with no number ("weeks after") means at least two, with no upper bound.
  const unbounded = countWord === undefined && (fewWord !== undefined || plural === 's');
  const count = unbounded ? 2 : countOf(countWord);
  const shifted = unit === 'day' ? addDays(anchor.date, sign * count) : unit === 'week' ? addWeeks(anchor.date, sign * count) : addMonths(anchor.date, sign * count);
  const approximate = unbounded || unit !== 'day';
  const qualifier = anchor.uncertain ? (approximate ? '%' : '?') : approximate ? '~' : '';
  const point = unit === 'month' ? `${isoMonth(shifted)}${qualifier}` : `${iso(shifted)}${qualifier}`;
  const uncertainNote = anchor.uncertain ? ` The event date ${anchor.value} is itself uncertain, so the result is too.` : '';
  if (unbounded) {
    const value = sign > 0 ? `${point}/` : `/${point}`;
    return result(context, value, {
      method: 'relative-to-event',
      reasoning: `'${context.asWritten}' means at least about two ${unit}s ${word} the event on ${anchor.value}, i.e. ${sign > 0 ? 'from' : 'until'} about ${point.replace(/[~?%]$/, '')}; the text gives no ${sign > 0 ? 'upper' : 'lower'} bound, so that end of the interval is unknown.${uncertainNote}`,
      anchor: anchor.value,
    });
  }
  const span = `${count} ${unit}${count === 1 ? '' : 's'}`;
  const approximation = unit === 'week' ? ' Counts of weeks in news copy are rarely exact, so the day is marked approximate (~).' : unit === 'month' ? ' A count of months fixes only the month, marked approximate (~).' : '';
  return result(context, point, {
    method: 'relative-to-event',
    reasoning: `'${context.asWritten}' is ${span} ${word} the event on ${anchor.value}, which gives ${unit === 'month' ? monthName(shifted) : longDay(shifted)}.${approximation}${uncertainNote}`,
    anchor: anchor.value,
  });
};

function resolveAnchor(eventText: string, context: Context): { date: Date; value: string; uncertain: boolean } {
  let resolved: ResolvedDatePhrase;
  try {
    resolved = resolveDatePhrase(eventText, context.options);
  } catch (error) {
    if (!(error instanceof UnrecognizedDatePhraseError)) throw error;
    throw new UnrecognizedDatePhraseError(
      context.asWritten,
      'unrecognized',
      `"${eventText}" is an event, not a date. Date the event first (e.g. with this resolver), then pass its day, e.g. "two weeks after 2024-01-15".`,
    );
  }
  const value = resolved.value;
  const day = /^(\d{4}-\d{2}-\d{2})([?~%])?$/.exec(value);
  if (!day?.[1]) {
    throw new AmbiguousDatePhraseError(
      context.asWritten,
      'too-vague',
      `counting from "${eventText}" needs the event's exact day, but it resolves only to ${value} (${resolved.precision} precision). Counting days or weeks from a ${resolved.precision} would claim more precision than the text supports.`,
    );
  }
  return { date: parseISO(day[1]), value, uncertain: day[2] !== undefined };
}

const DAY_RANGE_MONTH_FIRST = re(`(?:between |from )?(?:${WEEKDAY} )?${MONTH} ${DAY}${RANGE_JOIN}(?:${WEEKDAY} )?(?:${MONTH} )?${DAY}(?: ${YEAR})?`);
const DAY_RANGE_DAY_FIRST = re(`(?:between |from )?(?:${WEEKDAY} )?${DAY}(?: ${MONTH})?${RANGE_JOIN}(?:${WEEKDAY} )?${DAY} ${MONTH}(?: ${YEAR})?`);

/** "May 7 and 8", "between May 7 and 8", "30 May to 2 June": an interval of days. */
const dayRange: Rule = (text, context) => {
  const monthFirst = DAY_RANGE_MONTH_FIRST.exec(text);
  const dayFirst = monthFirst ? undefined : DAY_RANGE_DAY_FIRST.exec(text);
  if (!monthFirst && !dayFirst) return undefined;
  let start: { month: number; day: number };
  let end: { month: number; day: number };
  let printedYear: string | undefined;
  if (monthFirst) {
    const [, , startMonth, startDay, , endMonth, endDay, year] = monthFirst;
    start = { month: lookup(MONTHS, startMonth), day: Number(startDay) };
    end = { month: endMonth ? lookup(MONTHS, endMonth) : start.month, day: Number(endDay) };
    printedYear = year;
  } else {
    const [, , startDay, startMonth, , endDay, endMonth, year] = dayFirst ?? [];
    end = { month: lookup(MONTHS, endMonth), day: Number(endDay) };
    start = { month: startMonth ? lookup(MONTHS, startMonth) : end.month, day: Number(startDay) };
    printedYear = year;
  }
  const published = printedYear ? undefined : requirePublished(context, `A span of days with no year ("${context.asWritten}")`);
  const year = printedYear ? Number(printedYear) : (published ?? new Date()).getFullYear();
  // A span that runs over New Year ("December 30 to January 2") ends in the following year.
  const endYear = end.month < start.month ? year + 1 : year;
  const first = calendarDay(year, start.month, start.day);
  const last = calendarDay(endYear, end.month, end.day);
  if (!first || !last) throw invalidDate(context, `the span names a day that does not exist in ${year}`);
  if (isAfter(first, last)) throw invalidDate(context, `the span ends (${iso(last)}) before it starts (${iso(first)})`);
  const value = `${iso(first)}/${iso(last)}`;
  if (printedYear) return asPrinted(context, value, `The text prints the span from ${longDay(first)} to ${longDay(last)} in full.`);
  return result(context, value, {
    method: 'year-from-publication',
    reasoning: `The text gives the days ${format(first, 'd MMMM')} to ${format(last, 'd MMMM')} but no year; the year is taken from the publication date ${iso(published ?? first)}, giving ${iso(first)} to ${iso(last)}.`,
    anchor: iso(published ?? first),
  });
};

const SINGLE_DAY = re(`(?:on )?(?:${WEEKDAY} )?(?:${MONTH} ${DAY}|${DAY} (?:of )?${MONTH})(?: ${YEAR})?`);

/** "Wednesday, November 5", "November 5", "September 25, 2023", "5 November 2025". */
const singleDay: Rule = (text, context) => {
  const match = SINGLE_DAY.exec(text);
  if (!match) return undefined;
  const [, weekdayWord, monthA, dayA, dayB, monthB, yearText] = match;
  const month = lookup(MONTHS, monthA ?? monthB);
  const day = Number(dayA ?? dayB);
  const weekday = weekdayWord === undefined ? undefined : lookup(WEEKDAYS, weekdayWord);
  const monthDay = format(new Date(2000, month - 1, 1), 'MMMM') + ` ${day}`;
  if (yearText) return printedDay(context, Number(yearText), month, day, weekday);
  if (context.published) return yearFromPublication(context, context.published, month, day, weekday, monthDay);
  if (weekday === undefined) {
    throw new AmbiguousDatePhraseError(
      context.asWritten,
      'needs-publication-date',
      `"${context.asWritten}" gives a day and month but no year and no weekday, so nothing in the phrase fixes the year. Pass the publication date ({ published: 'YYYY-MM-DD' }, --published) to take the year from it.`,
      'published',
    );
  }
  return yearFromWeekday(context, month, day, weekday, monthDay);
};

function printedDay(context: Context, year: number, month: number, day: number, weekday: Day | undefined): ResolvedDatePhrase {
  const date = calendarDay(year, month, day);
  if (!date) throw invalidDate(context, `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} is not a calendar day`);
  checkWeekday(context, date, weekday);
  const checked = weekday === undefined ? '' : ` The printed weekday, ${weekdayName(weekday)}, matches.`;
  return asPrinted(context, iso(date), `The text prints the full date ${longDay(date)}.${checked}`);
}

function checkWeekday(context: Context, date: Date, weekday: Day | undefined): void {
  if (weekday === undefined || getDay(date) === weekday) return;
  throw new InvalidDatePhraseError(
    context.asWritten,
    'weekday-mismatch',
    `${format(date, 'd MMMM yyyy')} was a ${format(date, 'EEEE')}, not a ${weekdayName(weekday)}. Either the weekday or the date is wrong in the text, or the year is not ${date.getFullYear()}; check the article and pass the date you can defend.`,
  );
}

function yearFromPublication(context: Context, published: Date, month: number, day: number, weekday: Day | undefined, monthDay: string): ResolvedDatePhrase {
  const year = published.getFullYear();
  const date = calendarDay(year, month, day);
  if (!date) throw invalidDate(context, `${monthDay} does not exist in the publication year ${year}`);
  checkWeekday(context, date, weekday);
  const tense = context.options.tense;
  if ((tense === 'past' && isAfter(date, published)) || (tense === 'future' && isBefore(date, published))) {
    throw new InvalidDatePhraseError(
      context.asWritten,
      'tense-conflict',
      `in the publication year ${year}, ${monthDay} is ${iso(date)}, which is ${tense === 'past' ? 'after' : 'before'} the publication date ${iso(published)}, yet the sentence is in the ${tense} tense. The event is probably in ${tense === 'past' ? year - 1 : year + 1}; confirm from the text and give the full date.`,
    );
  }
  const checked = weekday === undefined ? '' : ` The printed weekday, ${weekdayName(weekday)}, matches ${iso(date)}, which confirms the year.`;
  return result(context, iso(date), {
    method: 'year-from-publication',
    reasoning: `The text gives ${monthDay} without a year; the year ${year} is taken from the publication date ${iso(published)}.${checked}`,
    anchor: iso(published),
  });
}

function yearFromWeekday(context: Context, month: number, day: number, weekday: Day, monthDay: string): ResolvedDatePhrase {
  const range = context.options.yearRange;
  const name = weekdayName(weekday);
  if (!range) {
    throw new AmbiguousDatePhraseError(
      context.asWritten,
      'needs-year-range',
      `"${context.asWritten}" has no year and there is no publication date. ${monthDay} falls on a ${name} every few years, so the weekday narrows the year only within a window: pass { yearRange: [from, to] } (--year-range FROM-TO) covering the years the article can be from, or pass the publication date.`,
      'yearRange',
    );
  }
  const [from, to] = range;
  const candidates: Date[] = [];
  for (let year = to; year >= from; year -= 1) {
    const date = calendarDay(year, month, day);
    if (date && getDay(date) === weekday) candidates.push(date);
  }
  const [chosen, ...others] = candidates;
  if (!chosen) {
    throw new InvalidDatePhraseError(
      context.asWritten,
      'no-matching-year',
      `${monthDay} is not a ${name} in any year from ${from} to ${to}. Widen the year range or check the weekday in the text.`,
    );
  }
  // Earliest first, as the data files list them.
  const alternatives = others.map((date) => `${iso(date)}?`).reverse();
  const rest = others.length === 0 ? 'It is the only such year in the window.' : `The other candidates are ${others.map((date) => date.getFullYear()).reverse().join(', ')}; they are listed as alternatives.`;
  return result(context, `${iso(chosen)}?`, {
    method: 'year-from-weekday',
    reasoning: `The text gives ${name}, ${monthDay} with no year and there is no publication date. Between ${from} and ${to}, ${monthDay} falls on a ${name} in ${candidates.length === 1 ? 'one year' : `${candidates.length} years`}; the latest, ${chosen.getFullYear()}, is chosen and marked uncertain (?). ${rest}`,
    ...(alternatives.length > 0 ? { alternatives } : {}),
  });
}

const RULES: readonly Rule[] = [
  vague,
  printedWithoutDay,
  yearInterval,
  relativeToPublication,
  ago,
  relativeToEvent,
  weekday,
  bareMonth,
  dayRange,
  singleDay,
];

// ---------------------------------------------------------------------------------------------

function parseOptions(asWritten: string, options: ResolveDatePhraseOptions): Date | undefined {
  const { published, yearRange } = options;
  if (yearRange && (!Number.isInteger(yearRange[0]) || !Number.isInteger(yearRange[1]) || yearRange[0] > yearRange[1])) {
    throw new DatePhraseError(asWritten, 'invalid-option', `yearRange must be two whole years, first not after last; got [${yearRange.join(', ')}].`);
  }
  if (published === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  const date = match ? calendarDay(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
  if (!date) throw new DatePhraseError(asWritten, 'invalid-option', `the publication date "${published}" is not an ISO day (YYYY-MM-DD).`);
  return date;
}

/**
 * Turns a date phrase from an article into an EDTF partial date, relative to the publication
 * date where the phrase is relative, with the method and reasoning a `DateClaim` needs.
 *
 * Supported forms: full dates ("September 25, 2023", "2024-01-15"), months and years
 * ("September 2023", "2023-2028"), days without a year ("Wednesday, November 5", "May 7 and 8"),
 * relative phrases ("last month", "this month", "next week", "yesterday", "two weeks ago"),
 * weekdays ("on Monday", "last Friday"), months ("in August"), and counts from an event
 * ("two weeks after 2024-01-15", "weeks after 2024-01-15").
 *
 * The answer is never more precise than the phrase: "last month" is a month, "next week" the
 * interval of its seven days. A weekday printed with a date is checked against the calendar.
 *
 * @example
 * ```ts
 * resolveDatePhrase('last month', { published: '2024-02-04' });
 * // { value: '2024-01', precision: 'month', asWritten: 'last month',
 * //   inference: { method: 'relative-to-publication', anchor: '2024-02-04',
 * //     reasoning: "'last month' relative to the publication date 2024-02-04 is January 2024." } }
 *
 * resolveDatePhrase('next week', { published: '2019-05-03' }).value;        // '2019-05-06/2019-05-12'
 * resolveDatePhrase('on Monday', { published: '2024-02-04', tense: 'past' }).value; // '2024-01-29'
 * resolveDatePhrase('two weeks after 2024-01-15').value;                  // '2024-01-29~'
 * resolveDatePhrase('Saturday, February 3', { yearRange: [2020, 2026] }).value; // '2024-02-03?'
 * try {
 *   resolveDatePhrase('on Monday', { published: '2024-02-04' });
 * } catch (error) {
 *   // AmbiguousDatePhraseError: a past or a future Monday? Pass { tense }.
 *   if (error instanceof AmbiguousDatePhraseError) console.log(error.code, error.option); // 'needs-tense' 'tense'
 * }
 * ```
 * @throws {@link AmbiguousDatePhraseError} when an option (tense, published, yearRange) is needed, or the phrase is too vague.
 * @throws {@link InvalidDatePhraseError} when the phrase contradicts the calendar (wrong weekday, no such day).
 * @throws {@link UnrecognizedDatePhraseError} when the phrase is not a supported form.
 */
export function resolveDatePhrase(phrase: string, options: ResolveDatePhraseOptions = {}): ResolvedDatePhrase {
  const asWritten = phrase.trim();
  const context: Context = { asWritten, options, published: parseOptions(asWritten, options) };
  const text = normalize(asWritten);
  for (const rule of RULES) {
    const resolved = rule(text, context);
    if (resolved) return resolved;
  }
  throw new UnrecognizedDatePhraseError(
    asWritten,
    'unrecognized',
    'this is not a date phrase the resolver knows. Supported: "September 25, 2023", "2024-01-15", "September 2023", "2023-2028", "Wednesday, November 5", "May 7 and 8", "last month", "this month", "next week", "yesterday", "two weeks ago", "on Monday", "in August", "two weeks after 2024-01-15". Rephrase to one of these, or record the date by hand with method "from-context".',
  );
}

/**
 * True when `error` is a refusal from {@link resolveDatePhrase} (rather than a bug).
 *
 * @example
 * ```ts
 * try { resolveDatePhrase('weeks'); } catch (error) { isDatePhraseError(error); } // true
 * ```
 */
export function isDatePhraseError(error: unknown): error is DatePhraseError {
  return error instanceof DatePhraseError;
}
