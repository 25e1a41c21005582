import { EdtfError, daysInMonthOf, edtfPrecision, parseEdtf, edtfBounds, type DatePrecision } from '../dates/edtf.js';
import { QueryError } from './errors.js';

/**
 * The days a partial date may cover, as day numbers (days since 1970-01-01, UTC). An open or
 * unknown interval end is `-Infinity`/`Infinity`: nothing is known to bound it on that side.
 */
export interface Span {
  readonly earliest: number;
  readonly latest: number;
  /** 0 = year, 1 = month, 2 = day: the coarsest precision stated (see `edtfPrecision`). */
  readonly precision: number;
}

const MS_PER_DAY = 86_400_000;
const PRECISION_RANK: Readonly<Record<DatePrecision, number>> = { year: 0, month: 1, day: 2 };

/** Day number of a calendar date; `month` is 0-based and may overflow (day 0 = last of previous). */
function utcDay(year: number, month: number, day: number): number {
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** Day number of an ISO `YYYY-MM-DD` string. */
export function dayNumber(isoDay: string): number {
  return utcDay(Number(isoDay.slice(0, 4)), Number(isoDay.slice(5, 7)) - 1, Number(isoDay.slice(8, 10)));
}

/** ISO `YYYY-MM-DD` of a day number. */
export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

// Records repeat the same few thousand date strings (one per day at most, times qualifiers), so
// parsing each distinct string once keeps index builds over 10^6 records cheap. The cap only
// guards against pathological inputs with millions of distinct strings.
const cache = new Map<string, Span>();
const CACHE_CAP = 200_000;

/**
 * The span of an EDTF value already validated by the schema.
 *
 * @example
 * ```ts
 * spanOf('2024-01'); // { earliest: 19723, latest: 19753, precision: 1 }
 * ```
 */
export function spanOf(edtf: string): Span {
  const single = singleDateSpan(edtf);
  if (single) return single;
  const hit = cache.get(edtf);
  if (hit) return hit;
  const span = fastSpan(edtf) ?? slowSpan(edtf);
  if (cache.size >= CACHE_CAP) cache.clear();
  cache.set(edtf, span);
  return span;
}

// Spans of single dates (YYYY, YYYY-MM, YYYY-MM-DD, each maybe qualified), keyed by a number
// packed from their digits. Each record holds its own copy of a date string, scattered over a
// large heap: a string-keyed lookup hashes it and then compares it with the stored key, one
// more memory read per record, which at 10^6 records was a fifth of the index build. Reading
// the digits here costs what hashing would, and a number key needs no second read.
const singleDates = new Map<number, Span>();

/** The digits `text[from … from + count)` as a number, or −1 if one is not a digit. */
function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let at = from; at < from + count; at++) {
    const digit = text.charCodeAt(at) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function singleDateSpan(edtf: string): Span | undefined {
  let length = edtf.length;
  const last = edtf.charCodeAt(length - 1);
  // A qualifier (? ~ %) says how sure the source is, not which days the date covers.
  if (last === 63 || last === 126 || last === 37) length--;
  if (length !== 4 && length !== 7 && length !== 10) return undefined;
  const year = digitsAt(edtf, 0, 4);
  const month = length >= 7 && edtf.charCodeAt(4) === 45 ? digitsAt(edtf, 5, 2) : 0;
  const day = length === 10 && edtf.charCodeAt(7) === 45 ? digitsAt(edtf, 8, 2) : 0;
  if (year < 0 || (length >= 7 && !(month >= 1 && month <= 12)) || (length === 10 && !(day >= 1 && day <= 31))) return undefined;
  const key = (year * 13 + month) * 32 + day;
  let span = singleDates.get(key);
  if (span === undefined) {
    span = fastSpan(edtf.slice(0, length));
    if (span === undefined) return undefined;
    singleDates.set(key, span);
  }
  return span;
}

const SIMPLE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?[?~%]?$/;

/**
 * Single dates (most values) without the general parser: schema-valid input only, so the
 * checks the parser makes (month 1–12, day exists) have been made already.
 */
function fastSpan(edtf: string): Span | undefined {
  const match = SIMPLE.exec(edtf);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return Object.freeze({ earliest: utcDay(year, 0, 1), latest: utcDay(year, 11, 31), precision: 0 });
  const month = Number(match[2]) - 1;
  if (match[3] === undefined) return Object.freeze({ earliest: utcDay(year, month, 1), latest: utcDay(year, month + 1, 0), precision: 1 });
  const day = utcDay(year, month, Number(match[3]));
  return Object.freeze({ earliest: day, latest: day, precision: 2 });
}

function slowSpan(edtf: string): Span {
  const parsed = parseEdtf(edtf);
  const bounds = edtfBounds(parsed);
  const span: Span = Object.freeze({
    earliest: bounds.earliest === null ? -Infinity : dayNumber(bounds.earliest),
    latest: bounds.latest === null ? Infinity : dayNumber(bounds.latest),
    precision: PRECISION_RANK[edtfPrecision(parsed)],
  });
  return span;
}

// Date arguments that passed the strict parser: the same few recur (a month asked again and
// again), and the parser costs more than the rest of a selective question.
const argumentSpans = new Map<string, Span>();

/** Starts like a date-time (RFC 3339 allows `t` and a space as well as `T`), not like an EDTF date. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]/;
/**
 * RFC 3339 date-time, with the zone optional so that a missing one can be named: `T`, `t` or a
 * space between date and time; seconds and a fraction optional; `Z`, `z`, `+hh:mm`, or ISO 8601's
 * basic `+hhmm` and `+hh`.
 */
const DATE_TIME_PARTS = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?$/;
const DATE_TIME_FORM = 'YYYY-MM-DDThh:mm[:ss[.fff]] followed by Z or an offset such as +03:00';
const FIRST_DAY = utcDay(0, 0, 1);
const LAST_DAY = utcDay(9999, 11, 31);
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The fields of a date-time, as numbers; the offset in signed minutes east of UTC. */
interface DateTimeFields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly offsetHours: number;
  readonly offsetMinutes: number;
  readonly offset: number;
}

/** Minutes of the UTC day at the local time of `fields`: may be below 0 or 1440 and over (another UTC day). */
function utcMinutesOf(fields: DateTimeFields): number {
  return fields.hour * 60 + fields.minute - fields.offset;
}

/** What is wrong with the fields of a date-time that has the right shape, or undefined. */
function dateTimeFieldError(fields: DateTimeFields): string | undefined {
  const { year, month, day, hour, minute, second, offsetHours, offsetMinutes } = fields;
  if (month < 1 || month > 12) return `month ${String(month).padStart(2, '0')} is not 01–12`;
  const daysInMonth = daysInMonthOf(year, month);
  if (day < 1 || day > daysInMonth) return `${MONTH_NAMES[month - 1]} ${String(year).padStart(4, '0')} has days 01–${daysInMonth}`;
  if (hour > 23) return `hour ${hour} is not 00–23`;
  if (minute > 59) return `minute ${minute} is not 00–59`;
  if (offsetHours > 23 || offsetMinutes > 59) return `offset ${String(offsetHours).padStart(2, '0')}:${String(offsetMinutes).padStart(2, '0')} is not a valid offset (hours 00–23, minutes 00–59)`;
  // A leap second is 23:59:60 UTC, valid in RFC 3339 in any zone (05:29:60+05:30 is one); it
  // belongs to the UTC day it ends. Any other :60 is refused.
  const utcMinuteOfDay = ((utcMinutesOf(fields) % 1440) + 1440) % 1440;
  if (second > 60 || (second === 60 && utcMinuteOfDay !== 1439)) return `second ${second} is not 00–59 (60 only in a leap second, 23:59:60 UTC)`;
  return undefined;
}

/**
 * The UTC day of an ISO 8601 / RFC 3339 date-time with a zone (`2024-01-15T10:30:00Z`,
 * `…+03:00`), as a `Date` stands for its UTC day. Without a zone the instant depends on the
 * machine's time zone, so it is refused rather than read one way or the other. The day is
 * computed from the fields, not by `Date.parse`, which rejects leap seconds and rolls impossible
 * days over into the next month (and the calendar check does not use `Date.UTC`, which reads
 * years 0–99 as 19xx and so refused 0000-02-29).
 */
function dateTimeDay(value: string, argument: string): Span {
  const parts = DATE_TIME_PARTS.exec(value);
  if (parts === null) {
    throw new QueryError('invalid-date', argument, `${argument}: "${value}" is not a date-time of the form ${DATE_TIME_FORM}.`);
  }
  const [, year, month, day, hour, minute, second, utc, sign, offsetHours, offsetMinutes] = parts;
  if (utc === undefined && sign === undefined) {
    throw new QueryError(
      'invalid-date',
      argument,
      `${argument}: "${value}" is a date-time without a time zone, so its day depends on where it runs. Give the day ("${value.slice(0, 10)}"), or a date-time ending in Z or an offset such as +03:00.`,
    );
  }
  const offsetSize = Number(offsetHours ?? 0) * 60 + Number(offsetMinutes ?? 0);
  const fields: DateTimeFields = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second ?? 0),
    offsetHours: Number(offsetHours ?? 0),
    offsetMinutes: Number(offsetMinutes ?? 0),
    offset: sign === '-' ? -offsetSize : offsetSize,
  };
  const problem = dateTimeFieldError(fields);
  if (problem !== undefined) throw new QueryError('invalid-date', argument, `${argument}: "${value}" is not a valid date-time: ${problem}.`);
  // Local minutes minus the offset give UTC minutes of the same local day; they may fall on the
  // day before or after. Seconds cannot move the day (23:59:60 is still 23:59).
  const dayNumberUtc = utcDay(fields.year, fields.month - 1, fields.day) + Math.floor(utcMinutesOf(fields) / 1440);
  // Dates are years 0000–9999 (EDTF strings have four-digit years; Date arguments are checked
  // too; output is YYYY-MM-DD): an offset must not carry the day out of them.
  if (dayNumberUtc < FIRST_DAY || dayNumberUtc > LAST_DAY) {
    throw new QueryError('invalid-date', argument, `${argument}: "${value}" falls on ${dayNumberUtc < FIRST_DAY ? 'a day before 0000-01-01' : 'a day after 9999-12-31'} in UTC; dates are years 0000–9999.`);
  }
  return { earliest: dayNumberUtc, latest: dayNumberUtc, precision: 2 };
}

/**
 * Parses a date given as a query argument, turning the parser's complaint into a
 * {@link QueryError} that names the argument.
 *
 * @example
 * ```ts
 * parseDateArgument('2024-01', 'from'); // span of January 2024
 * parseDateArgument('2024-01-15T23:30:00-02:00', 'from'); // its UTC day: 16 January 2024
 * parseDateArgument('2024-13', 'from'); // throws QueryError { code: 'invalid-date', argument: 'from' }
 * ```
 */
export function parseDateArgument(value: unknown, argument: string): Span {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new QueryError('invalid-date', argument, `${argument}: the Date is invalid (NaN).`);
    const day = Math.floor(value.getTime() / MS_PER_DAY);
    if (day < FIRST_DAY || day > LAST_DAY) throw new QueryError('invalid-date', argument, `${argument}: the Date falls outside years 0000–9999 in UTC (${value.toISOString()}); dates are years 0000–9999.`);
    return { earliest: day, latest: day, precision: 2 };
  }
  if (typeof value !== 'string') {
    throw new QueryError('invalid-date', argument, `${argument} must be a date string such as "2024", "2024-01" or "2024-01-15" (or a Date), not ${typeof value}.`);
  }
  const known = argumentSpans.get(value);
  if (known) return known;
  if (DATE_TIME.test(value)) return dateTimeDay(value, argument);
  try {
    // Arguments come from callers, not from validated data: run the strict parser first (the
    // cached fast path trusts its input).
    parseEdtf(value);
    const span = spanOf(value);
    if (argumentSpans.size >= CACHE_CAP) argumentSpans.clear();
    argumentSpans.set(value, span);
    return span;
  } catch (error) {
    const reason = error instanceof EdtfError ? error.message : String(error);
    throw new QueryError('invalid-date', argument, `${argument}: ${reason}`);
  }
}

/**
 * How a record's (possibly partial) date must relate to the asked range: `'overlaps'` (the
 * default) keeps a record whose date may fall in the range, `'within'` only one whose date
 * certainly does.
 *
 * @example
 * ```ts
 * import { query, type DateMatch } from 'kenya-defence-cooperation';
 * const match: DateMatch = 'within';
 * query.visits({ from: '2024-01-10', to: '2024-01-20', match }).map((visit) => visit.id);
 * ```
 */
export type DateMatch = 'overlaps' | 'within';

/** A day range asked for, inclusive on both ends; either end may be unbounded. */
export interface DayWindow {
  readonly from: number;
  readonly to: number;
  readonly match: DateMatch;
}

/**
 * True when a record spanning `[earliest, latest]` matches the window: `overlaps` — the record
 * may fall in the window (its possible days intersect it); `within` — it certainly does (every
 * day it may refer to is inside the window).
 *
 * @example
 * ```ts
 * // January 2024 against 2024-01-10 … 2024-01-20:
 * spanMatches(19723, 19753, { from: 19732, to: 19742, match: 'overlaps' }); // true
 * spanMatches(19723, 19753, { from: 19732, to: 19742, match: 'within' });   // false
 * ```
 */
export function spanMatches(earliest: number, latest: number, window: DayWindow): boolean {
  return window.match === 'overlaps'
    ? earliest <= window.to && latest >= window.from
    : earliest >= window.from && latest <= window.to;
}
