import { getDaysInMonth, isAfter, parseISO } from 'date-fns';

/**
 * Precision of a partial date: how much of the calendar the source text actually states.
 *
 * @example
 * ```ts
 * import { edtfPrecision, type DatePrecision } from 'kenya-defence-cooperation';
 * const precision: DatePrecision = edtfPrecision('2024-01'); // 'month'
 * ```
 */
export type DatePrecision = 'year' | 'month' | 'day';

/**
 * One calendar date at year, month or day precision, with EDTF level-1 qualifiers.
 *
 * @example
 * ```ts
 * import { parseEdtf, type EdtfDate } from 'kenya-defence-cooperation';
 * const parsed = parseEdtf('2025-11-05?');
 * if (parsed.type === 'date') {
 *   const date: EdtfDate = parsed.date;
 *   console.log(date.year, date.precision, date.uncertain); // 2025 'day' true
 * }
 * ```
 */
export interface EdtfDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: DatePrecision;
  /** `?` — the source is unsure, or the value rests on an inference. */
  readonly uncertain: boolean;
  /** `~` — roughly this date ("about two weeks after …"). */
  readonly approximate: boolean;
}

/**
 * An interval end that is not a date: `..` (open, still going) or empty (unknown).
 *
 * @example
 * ```ts
 * import { parseEdtf, type EdtfDate, type EdtfOpenEnd } from 'kenya-defence-cooperation';
 * const parsed = parseEdtf('2024-02/');
 * if (parsed.type === 'interval') {
 *   const end: EdtfDate | EdtfOpenEnd = parsed.end;
 *   console.log(end); // 'unknown'
 * }
 * ```
 */
export type EdtfOpenEnd = 'open' | 'unknown';

/**
 * A parsed EDTF level-1 value: a single date or an interval between two ends.
 *
 * @example
 * ```ts
 * import { parseEdtf, type ParsedEdtf } from 'kenya-defence-cooperation';
 * const parsed: ParsedEdtf = parseEdtf('2019-05-07/2019-05-08');
 * console.log(parsed.type); // 'interval'
 * ```
 */
export type ParsedEdtf =
  | { readonly type: 'date'; readonly date: EdtfDate }
  | {
      readonly type: 'interval';
      readonly start: EdtfDate | EdtfOpenEnd;
      readonly end: EdtfDate | EdtfOpenEnd;
    };

/**
 * The days a partial date may cover, as ISO `YYYY-MM-DD` strings; `null` where unbounded.
 *
 * @example
 * ```ts
 * import { edtfBounds, type DayBounds } from 'kenya-defence-cooperation';
 * const bounds: DayBounds = edtfBounds('2024-02/');
 * console.log(bounds); // { earliest: '2024-02-01', latest: null }
 * ```
 */
export interface DayBounds {
  readonly earliest: string | null;
  readonly latest: string | null;
}

/**
 * Thrown when a string is not an EDTF value this package accepts; the message says why.
 *
 * @example
 * ```ts
 * import { EdtfError, parseEdtf } from 'kenya-defence-cooperation';
 * try {
 *   parseEdtf('2024-13');
 * } catch (error) {
 *   if (error instanceof EdtfError) console.log(error.input, error.reason);
 * }
 * ```
 */
export class EdtfError extends Error {
  override readonly name = 'EdtfError';
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`"${input}" is not a valid date: ${reason}. Accepted: YYYY, YYYY-MM, YYYY-MM-DD (optionally followed by ?, ~ or %), or an interval START/END where an end may also be ".." (open) or empty (unknown).`);
  }
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;

function parseDate(input: string, text: string): EdtfDate {
  const match = DATE_PATTERN.exec(text);
  if (!match) throw new EdtfError(input, `"${text}" does not match YYYY[-MM[-DD]][?~%]`);
  const [, yearText, monthText, dayText, qualifier] = match;
  const year = Number(yearText);
  const month = monthText === undefined ? undefined : Number(monthText);
  const day = dayText === undefined ? undefined : Number(dayText);
  if (month !== undefined && (month < 1 || month > 12)) {
    throw new EdtfError(input, `month ${monthText} is not between 01 and 12`);
  }
  if (month !== undefined && day !== undefined) {
    const daysInMonth = daysInMonthOf(year, month);
    if (day < 1 || day > daysInMonth) {
      throw new EdtfError(input, `day ${dayText} does not exist in ${yearText}-${monthText} (which has ${daysInMonth} days)`);
    }
  }
  const precision: DatePrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return {
    year,
    ...(month === undefined ? {} : { month }),
    ...(day === undefined ? {} : { day }),
    precision,
    uncertain: qualifier === '?' || qualifier === '%',
    approximate: qualifier === '~' || qualifier === '%',
  };
}

function parseEnd(input: string, text: string): EdtfDate | EdtfOpenEnd {
  if (text === '..') return 'open';
  if (text === '') return 'unknown';
  return parseDate(input, text);
}

/**
 * Parses the EDTF level-1 subset used by this package's data.
 *
 * @example
 * ```ts
 * parseEdtf('2024-01');              // { type: 'date', date: { year: 2024, month: 1, precision: 'month', … } }
 * parseEdtf('2019-05-07/2019-05-08'); // { type: 'interval', start: …, end: … }
 * ```
 * @throws {@link EdtfError} with the reason and the accepted forms.
 */
export function parseEdtf(input: string): ParsedEdtf {
  if (typeof input !== 'string' || input.trim() !== input || input === '') {
    throw new EdtfError(String(input), 'expected a non-empty string without surrounding spaces');
  }
  const parts = input.split('/');
  if (parts.length === 1) return { type: 'date', date: parseDate(input, input) };
  if (parts.length !== 2) throw new EdtfError(input, 'an interval has exactly one "/"');
  const [startText = '', endText = ''] = parts;
  if (startText === '..' && endText === '..') throw new EdtfError(input, 'an interval needs at least one date');
  if (startText === '' && endText === '') throw new EdtfError(input, 'an interval needs at least one date');
  const start = parseEnd(input, startText);
  const end = parseEnd(input, endText);
  if (typeof start === 'object' && typeof end === 'object') {
    const startBounds = dateBounds(start);
    const endBounds = dateBounds(end);
    if (isAfter(parseISO(startBounds.earliest), parseISO(endBounds.latest))) {
      throw new EdtfError(input, 'the interval ends before it starts');
    }
  }
  return { type: 'interval', start, end };
}

/**
 * True when `input` parses with {@link parseEdtf}.
 *
 * @example
 * ```ts
 * import { isEdtf } from 'kenya-defence-cooperation';
 * isEdtf('2024-01');      // true
 * isEdtf('January 2024'); // false
 * ```
 */
export function isEdtf(input: string): boolean {
  try {
    parseEdtf(input);
    return true;
  } catch {
    return false;
  }
}

/**
 * Days in a month (1–12) of a proleptic Gregorian year, years 0–99 included.
 *
 * @example
 * ```ts
 * daysInMonthOf(2024, 2); // 29
 * daysInMonthOf(0, 2);    // 29 (year 0 is a leap year; 1900, which `new Date(0, 1)` means, is not)
 * ```
 */
export function daysInMonthOf(year: number, month: number): number {
  // setFullYear, not the Date constructor, which reads years 0–99 as 1900–1999 (so 0000-02,
  // a leap February, had 28 days).
  const first = new Date(2000, 0, 1);
  first.setFullYear(year, month - 1, 1);
  return getDaysInMonth(first);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function dateBounds(date: EdtfDate): { earliest: string; latest: string } {
  const year = pad(date.year, 4);
  if (date.month === undefined) return { earliest: `${year}-01-01`, latest: `${year}-12-31` };
  const month = pad(date.month, 2);
  if (date.day === undefined) {
    return { earliest: `${year}-${month}-01`, latest: `${year}-${month}-${pad(daysInMonthOf(date.year, date.month), 2)}` };
  }
  const day = `${year}-${month}-${pad(date.day, 2)}`;
  return { earliest: day, latest: day };
}

/**
 * The first and last day a partial date can refer to: `2024-01` → 2024-01-01 … 2024-01-31.
 * Open or unknown interval ends give `null` (unbounded on that side).
 *
 * @example
 * ```ts
 * edtfBounds('2024-01');        // { earliest: '2024-01-01', latest: '2024-01-31' }
 * edtfBounds('2023/2028');      // { earliest: '2023-01-01', latest: '2028-12-31' }
 * edtfBounds('2024-02-04~/..'); // { earliest: '2024-02-04', latest: null }
 * ```
 */
export function edtfBounds(input: string | ParsedEdtf): DayBounds {
  const parsed = typeof input === 'string' ? parseEdtf(input) : input;
  if (parsed.type === 'date') return dateBounds(parsed.date);
  return {
    earliest: typeof parsed.start === 'object' ? dateBounds(parsed.start).earliest : null,
    latest: typeof parsed.end === 'object' ? dateBounds(parsed.end).latest : null,
  };
}

/**
 * The coarsest precision stated anywhere in the value (an interval of a year and a day is "year").
 *
 * @example
 * ```ts
 * edtfPrecision('2025-11-05?'); // 'day'
 * edtfPrecision('2023/2028');   // 'year'
 * ```
 */
export function edtfPrecision(input: string | ParsedEdtf): DatePrecision {
  const parsed = typeof input === 'string' ? parseEdtf(input) : input;
  const order: readonly DatePrecision[] = ['year', 'month', 'day'];
  const dates = parsed.type === 'date' ? [parsed.date] : [parsed.start, parsed.end].filter((end): end is EdtfDate => typeof end === 'object');
  return dates.reduce<DatePrecision>((coarsest, date) => (order.indexOf(date.precision) < order.indexOf(coarsest) ? date.precision : coarsest), 'day');
}
