import { describe, expect, it } from 'vitest';
import { isEdtf } from '../../src/dates/edtf.js';
import {
  AmbiguousDatePhraseError,
  DatePhraseError,
  InvalidDatePhraseError,
  resolveDatePhrase,
  UnrecognizedDatePhraseError,
  type ResolveDatePhraseOptions,
} from '../../src/dates/phrases.js';

// The fixture article is dated Friday, March 14, 2031.
const published = '2031-03-14';

function refusal(phrase: string, options: ResolveDatePhraseOptions = {}): DatePhraseError {
  try {
    resolveDatePhrase(phrase, options);
  } catch (error) {
    if (error instanceof DatePhraseError) return error;
    throw error;
  }
  throw new Error(`expected "${phrase}" to be refused`);
}

describe('resolveDatePhrase: relative to the publication date', () => {
  it('resolves "last month" to the previous month, with a readable reason', () => {
    expect(resolveDatePhrase('last month', { published: '2024-02-04' })).toEqual({
      value: '2024-01',
      precision: 'month',
      asWritten: 'last month',
      inference: {
        method: 'relative-to-publication',
        reasoning: "'last month' relative to the publication date 2024-02-04 is January 2024.",
        anchor: '2024-02-04',
      },
    });
  });

  it('resolves "this month" and "next month" (across a year end)', () => {
    expect(resolveDatePhrase('this month', { published }).value).toBe('2031-03');
    expect(resolveDatePhrase('next month', { published }).value).toBe('2031-04');
    expect(resolveDatePhrase('next month', { published: '2031-12-02' }).value).toBe('2032-01');
    expect(resolveDatePhrase('last month', { published: '2031-01-09' }).value).toBe('2030-12');
  });

  it('resolves "next week" and "last week" to ISO weeks, Monday to Sunday', () => {
    const nextWeek = resolveDatePhrase('next week', { published: '2019-05-03' });
    expect(nextWeek.value).toBe('2019-05-06/2019-05-12');
    expect(nextWeek.precision).toBe('day');
    expect(nextWeek.inference.reasoning).toContain('from Monday 2019-05-06 to Sunday 2019-05-12');
    expect(resolveDatePhrase('last week', { published }).value).toBe('2031-03-03/2031-03-09');
    // Published on a Sunday: the ISO week containing it ends that day.
    expect(resolveDatePhrase('next week', { published: '2024-02-04' }).value).toBe('2024-02-05/2024-02-11');
  });

  it('resolves yesterday, next year and "two weeks ago" (approximate)', () => {
    expect(resolveDatePhrase('yesterday', { published }).value).toBe('2031-03-13');
    expect(resolveDatePhrase('next year', { published }).value).toBe('2032');
    const ago = resolveDatePhrase('two weeks ago', { published });
    expect(ago.value).toBe('2031-02-28~');
    expect(ago.inference.reasoning).toContain('approximate');
  });

  it('refuses a relative phrase without a publication date and says which option to pass', () => {
    const error = refusal('last month');
    expect(error).toBeInstanceOf(AmbiguousDatePhraseError);
    expect(error.code).toBe('needs-publication-date');
    expect((error as AmbiguousDatePhraseError).option).toBe('published');
    expect(error.message).toContain("Pass { published: 'YYYY-MM-DD' }");
  });
});

describe('resolveDatePhrase: weekdays', () => {
  it('needs the tense for a bare weekday and explains both readings', () => {
    for (const phrase of ['on Monday', 'Monday']) {
      const error = refusal(phrase, { published });
      expect(error).toBeInstanceOf(AmbiguousDatePhraseError);
      expect(error.code).toBe('needs-tense');
      expect((error as AmbiguousDatePhraseError).option).toBe('tense');
      expect(error.message).toContain('the most recent Monday on or before the publication date');
      expect(error.message).toContain("pass { tense: 'past' } or { tense: 'future' }");
    }
  });

  it('takes the most recent such day for the past and the next one for the future', () => {
    const past = resolveDatePhrase('on Monday', { published, tense: 'past' });
    expect(past.value).toBe('2031-03-10');
    expect(past.inference).toMatchObject({ method: 'relative-to-publication', anchor: published });
    expect(past.inference.reasoning).toBe(
      "In a past-tense sentence 'on Monday' means the most recent Monday on or before the publication date 2031-03-14 (a Friday), which is 2031-03-10.",
    );
    expect(resolveDatePhrase('Monday', { published, tense: 'future' }).value).toBe('2031-03-17');
  });

  it('reads the publication weekday itself as that day', () => {
    const sameDay = resolveDatePhrase('on Friday', { published, tense: 'past' });
    expect(sameDay.value).toBe(published);
    expect(sameDay.inference.reasoning).toContain('the day of publication itself');
  });

  it('resolves "last Friday" and "next Monday" without a tense', () => {
    expect(resolveDatePhrase('last Friday', { published }).value).toBe('2031-03-07');
    expect(resolveDatePhrase('next Monday', { published }).value).toBe('2031-03-17');
  });
});

describe('resolveDatePhrase: days and months without a year', () => {
  it('takes the year from publication and checks the printed weekday', () => {
    const resolved = resolveDatePhrase('Wednesday, March 12', { published });
    expect(resolved).toMatchObject({ value: '2031-03-12', precision: 'day', asWritten: 'Wednesday, March 12' });
    expect(resolved.inference.method).toBe('year-from-publication');
    expect(resolved.inference.reasoning).toContain('The printed weekday, Wednesday, matches 2031-03-12');
    expect(resolveDatePhrase('March 12', { published }).value).toBe('2031-03-12');
    expect(resolveDatePhrase('12 March', { published }).value).toBe('2031-03-12');
  });

  it('refuses a weekday that does not match, naming the real weekday', () => {
    const error = refusal('Thursday, March 12', { published });
    expect(error).toBeInstanceOf(InvalidDatePhraseError);
    expect(error.code).toBe('weekday-mismatch');
    expect(error.message).toContain('12 March 2031 was a Wednesday, not a Thursday');
  });

  it('infers the year from the weekday within a window when there is no publication date', () => {
    const resolved = resolveDatePhrase('Saturday, February 3', { yearRange: [2010, 2026] });
    expect(resolved.value).toBe('2024-02-03?');
    expect(resolved.inference.method).toBe('year-from-weekday');
    expect(resolved.inference.alternatives).toEqual(['2018-02-03?']);
    expect(resolved.inference.reasoning).toContain('the latest, 2024, is chosen and marked uncertain (?)');
    expect(resolved.inference).not.toHaveProperty('anchor');
  });

  it('lists every other candidate year as an alternative', () => {
    const resolved = resolveDatePhrase('Wednesday, November 5', { yearRange: [1995, 2026] });
    expect(resolved.value).toBe('2025-11-05?');
    expect(resolved.inference.alternatives).toEqual(['1997-11-05?', '2003-11-05?', '2008-11-05?', '2014-11-05?']);
  });

  it('refuses a weekday and day without publication date or window', () => {
    const error = refusal('Saturday, February 3');
    expect(error).toBeInstanceOf(AmbiguousDatePhraseError);
    expect(error.code).toBe('needs-year-range');
    expect((error as AmbiguousDatePhraseError).option).toBe('yearRange');
    expect(error.message).toContain('pass { yearRange: [from, to] }');
  });

  it('refuses when no year in the window has that weekday', () => {
    const error = refusal('Saturday, February 3', { yearRange: [2019, 2022] });
    expect(error.code).toBe('no-matching-year');
    expect(error.message).toContain('February 3 is not a Saturday in any year from 2019 to 2022');
  });

  it('refuses a day and month with neither weekday nor publication date', () => {
    const error = refusal('November 5');
    expect(error.code).toBe('needs-publication-date');
    expect(error.message).toContain('nothing in the phrase fixes the year');
  });

  it('refuses a past-tense day that would fall after publication', () => {
    const error = refusal('December 28', { published: '2031-01-03', tense: 'past' });
    expect(error.code).toBe('tense-conflict');
    expect(error.message).toContain('The event is probably in 2030');
  });

  it('resolves "May 7 and 8" and "between May 7 and 8" to an interval of days', () => {
    for (const phrase of ['May 7 and 8', 'between May 7 and 8', 'May 7-8']) {
      const resolved = resolveDatePhrase(phrase, { published: '2019-05-03' });
      expect(resolved.value).toBe('2019-05-07/2019-05-08');
      expect(resolved.inference.method).toBe('year-from-publication');
    }
    expect(resolveDatePhrase('May 7 and 8, 2019').inference.method).toBe('as-printed');
  });

  it('resolves "in August" by tense, and refuses without one', () => {
    const past = resolveDatePhrase('in August', { published, tense: 'past' });
    expect(past).toMatchObject({ value: '2030-08', precision: 'month' });
    expect(past.inference.reasoning).toContain('the most recent August not after the month of the publication date 2031-03-14: August 2030');
    expect(resolveDatePhrase('in August', { published, tense: 'future' }).value).toBe('2031-08');
    expect(resolveDatePhrase('in March', { published, tense: 'past' }).value).toBe('2031-03');
    const error = refusal('in August', { published });
    expect(error.code).toBe('needs-tense');
    expect(error.message).toContain('(August 2030)');
    expect(error.message).toContain('(August 2031)');
  });
});

describe('resolveDatePhrase: printed dates', () => {
  it('keeps printed full dates as printed', () => {
    expect(resolveDatePhrase('September 25, 2023')).toEqual({
      value: '2023-09-25',
      precision: 'day',
      asWritten: 'September 25, 2023',
      inference: { method: 'as-printed', reasoning: 'The text prints the full date Monday 25 September 2023.' },
    });
    expect(resolveDatePhrase('January 15, 2024').value).toBe('2024-01-15');
    expect(resolveDatePhrase('Friday, March 14, 2031').value).toBe('2031-03-14');
    expect(resolveDatePhrase('2024-01-15').value).toBe('2024-01-15');
  });

  it('refuses a printed date whose weekday is wrong', () => {
    const error = refusal('Tuesday, September 25, 2023');
    expect(error).toBeInstanceOf(InvalidDatePhraseError);
    expect(error.message).toContain('25 September 2023 was a Monday, not a Tuesday');
  });

  it('never adds precision: months and years stay months and years', () => {
    expect(resolveDatePhrase('September 2023')).toMatchObject({ value: '2023-09', precision: 'month' });
    expect(resolveDatePhrase('in 2023')).toMatchObject({ value: '2023', precision: 'year' });
    expect(resolveDatePhrase('2023-2028')).toMatchObject({ value: '2023/2028', precision: 'year' });
    expect(resolveDatePhrase('2031–2036').value).toBe('2031/2036');
  });

  it('refuses a day that does not exist', () => {
    expect(refusal('February 30, 2024').code).toBe('invalid-date');
  });
});

describe('resolveDatePhrase: relative to another event', () => {
  it('counts weeks from an ISO day, approximately', () => {
    expect(resolveDatePhrase('two weeks after 2024-01-15')).toEqual({
      value: '2024-01-29~',
      precision: 'day',
      asWritten: 'two weeks after 2024-01-15',
      inference: {
        method: 'relative-to-event',
        anchor: '2024-01-15',
        reasoning:
          "'two weeks after 2024-01-15' is 2 weeks after the event on 2024-01-15, which gives Monday 29 January 2024. Counts of weeks in news copy are rarely exact, so the day is marked approximate (~).",
      },
    });
    expect(resolveDatePhrase('two weeks after January 15, 2024').value).toBe('2024-01-29~');
    expect(resolveDatePhrase('three days before 2024-01-15').value).toBe('2024-01-12');
  });

  it('reads "weeks after <date>" as an interval with an unknown end', () => {
    const resolved = resolveDatePhrase('weeks after 2024-01-15');
    expect(resolved.value).toBe('2024-01-29~/');
    expect(resolved.inference.reasoning).toContain('no upper bound');
  });

  it('refuses a count from an event that is not a date', () => {
    const error = refusal('two weeks after the exercise');
    expect(error).toBeInstanceOf(UnrecognizedDatePhraseError);
    expect(error.message).toContain('"the exercise" is an event, not a date');
  });

  it('refuses a count from a month, which would invent precision', () => {
    expect(refusal('two weeks after September 2023').message).toContain('needs the event\'s exact day');
  });
});

describe('resolveDatePhrase: refusals for vague and unknown phrases', () => {
  it('refuses "weeks" as too vague, with no option to fix it', () => {
    const error = refusal('weeks');
    expect(error).toBeInstanceOf(AmbiguousDatePhraseError);
    expect(error.code).toBe('too-vague');
    expect((error as AmbiguousDatePhraseError).option).toBeUndefined();
    expect(error.message).toBe(
      'Cannot resolve "weeks": "weeks" is too vague to date: it names no day, month or year and no event to count from. Cite it as context instead of a date, or find a sentence that dates the event.',
    );
    expect(refusal('recently', { published }).code).toBe('too-vague');
  });

  it('refuses unknown phrases and lists the supported forms', () => {
    const error = refusal('around the festive season', { published });
    expect(error.code).toBe('unrecognized');
    expect(error.message).toContain('Supported:');
  });

  it('refuses a malformed publication date', () => {
    expect(refusal('last month', { published: '14/03/2031' }).code).toBe('invalid-option');
  });

  it('always returns valid EDTF', () => {
    const phrases = ['last month', 'next week', 'on Monday', 'in August', 'Wednesday, March 12', 'May 7 and 8', 'two weeks ago', 'weeks after 2031-03-12'];
    for (const phrase of phrases) expect(isEdtf(resolveDatePhrase(phrase, { published, tense: 'past' }).value)).toBe(true);
  });
});
