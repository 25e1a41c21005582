import { ISO_COUNTRIES } from '../schema/iso-countries.js';

/**
 * Heuristics for "does this sentence state a checkable fact?": it names someone, dates
 * something, gives an amount, or places something. They err towards flagging — an uncited
 * flagged sentence costs a curator a glance; a missed fact costs the dataset a record.
 */

/** What kind of fact a sentence seems to carry. */
export type FactKind = 'name' | 'date' | 'amount' | 'place';

const MONTH_NAMES = 'January|February|March|April|June|July|August|September|October|November|December';
const MONTH_SHORT = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const WEEKDAY_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const COUNT_WORDS = 'a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|\\d+';

const DATE_PATTERNS: readonly RegExp[] = [
  // "May" is also a verb: count it only next to a day number or after in/of/since/by.
  new RegExp(`\\b(?:(?:${WEEKDAY_NAMES}),?\\s+)?(?:(?:${MONTH_NAMES})|(?:${MONTH_SHORT})\\.?|(?<=\\b(?:in|of|since|by|until|early|late|mid-)\\s?)May|May(?=\\s+\\d))(?:\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s*(?:and|to|-|–)\\s*\\d{1,2})?)?(?:,?\\s+\\d{4})?\\b`, 'g'),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_NAMES}|May)(?:,?\\s+\\d{4})?\\b`, 'g'),
  new RegExp(`\\b(?:${WEEKDAY_NAMES})\\b`, 'g'),
  /\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\b/g,
  /\b\d{4}-\d{2}-\d{2}\b/g,
  new RegExp(`\\b(?:last|next|this|coming|previous|earlier this|later this)\\s+(?:week(?:end)?|month|year|${WEEKDAY_NAMES})\\b`, 'gi'),
  /\b(?:yesterday|today|tomorrow)\b/gi,
  new RegExp(`\\b(?:${COUNT_WORDS})\\s+(?:days?|weeks?|months?|years?)\\s+(?:ago|after|before|later|earlier)\\b`, 'gi'),
];

const AMOUNT_PATTERNS: readonly RegExp[] = [
  /(?:US)?[$€£]\s?\d[\d,.]*(?:\s?(?:million|billion|thousand|trillion|m|bn))?/g,
  /\b(?:USD|KES|KSh|Kshs?|GHS|EUR|GBP)\s?\d[\d,.]*(?:\s?(?:million|billion))?/g,
  /\b\d[\d,.]*\s?(?:%|per\s?cent|percent)/g,
  /\b(?:[\d.,]+\s)?(?:million|billion|thousand|trillion)\b/g,
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const COUNTRY_NAMES = [...Object.values(ISO_COUNTRIES), 'United States of America', 'America', 'US', 'U.S.', 'USA', 'UK', 'U.K.', 'Britain', 'Somalia', 'DRC', 'Horn of Africa', 'East Africa', 'Africa', 'Europe', 'Middle East']
  .sort((a, b) => b.length - a.length)
  .map(escape);
const COUNTRY = new RegExp(`(?<![\\w.])(?:${COUNTRY_NAMES.join('|')})(?![\\w])`, 'g');
/** A capitalized name after a preposition of place: "in Mombasa", "at Tema", "arrived in Accra". */
const AFTER_PREPOSITION = /\b(?:in|at|to|from|near|visited|toured)\s+((?:[A-Z][\w’'-]+)(?:\s+(?:of\s+)?[A-Z][\w’'-]+)*)/g;
const NOT_PLACES = new RegExp(`^(?:${MONTH_NAMES}|May|${WEEKDAY_NAMES}|The|A|An|This|That|His|Her|Their|Our|Its)\\b`);

const CAPITALIZED_WORD = /(?<![\w’'-])[A-Z][\w’'.-]*[\w]|(?<![\w’'-])[A-Z](?![\w])/g;
/** Words that are capitalized for grammar, not because they name something. */
const NOT_NAMES = new Set(['I', 'I’m', "I'm", 'I’ve', "I've", 'I’ll', "I'll", 'I’d', "I'd", 'A', 'The', 'He', 'She', 'It', 'We', 'They', 'This', 'That']);

function collect(sentence: string, patterns: readonly RegExp[]): string[] {
  const found: string[] = [];
  for (const pattern of patterns) {
    for (const match of sentence.matchAll(pattern)) found.push(match[0].trim());
  }
  return found;
}

function dates(sentence: string): string[] {
  return collect(sentence, DATE_PATTERNS);
}

function amounts(sentence: string, dateTexts: readonly string[]): string[] {
  const found = collect(sentence, AMOUNT_PATTERNS);
  // Any other digits count too ("4,000 troops", "two ships, 300 sailors") once dates are removed.
  let rest = sentence;
  for (const date of dateTexts) rest = rest.split(date).join(' ');
  for (const amount of found) rest = rest.split(amount).join(' ');
  for (const match of rest.matchAll(/\b\d[\d,.]*\b/g)) found.push(match[0]);
  return found;
}

function places(sentence: string): string[] {
  const found = [...sentence.matchAll(COUNTRY)].map((match) => match[0]);
  for (const match of sentence.matchAll(AFTER_PREPOSITION)) {
    const place = match[1] ?? '';
    if (!NOT_PLACES.test(place)) found.push(place);
  }
  return found;
}

function names(sentence: string): string[] {
  const found: string[] = [];
  for (const match of sentence.matchAll(CAPITALIZED_WORD)) {
    const word = match[0];
    const before = sentence.slice(0, match.index).trimEnd();
    // Sentence start, or the start of a quotation or of a clause after a colon: grammar, not a name.
    if (before === '' || /^[“"‘'([]+$/.test(before) || /[:.?!]\s*[“"‘']?$/.test(before) || /[“"‘']$/.test(before)) continue;
    if (NOT_NAMES.has(word) || new RegExp(`^(?:${MONTH_NAMES}|May|${WEEKDAY_NAMES})$`).test(word)) continue;
    found.push(word);
  }
  return found;
}

/** Distinct values, dropping any that is part of a longer one ("2025" inside "November 5, 2025"). */
function unique(values: readonly string[]): string[] {
  const distinct = [...new Set(values)];
  return distinct.filter((value) => !distinct.some((other) => other !== value && other.includes(value)));
}

/**
 * Why a sentence looks factual: a list like `["name: Wanjiru", "date: November 5", "place: Ghana"]`,
 * empty when it names, dates, counts and places nothing.
 *
 * @example
 * ```ts
 * factualReasons('Rear Admiral Wanjiru arrived in Tema on Monday.');
 * // ['name: Admiral', 'name: Wanjiru', 'name: Tema', 'date: Monday', 'place: Tema']
 * factualReasons('It was a warm welcome.'); // []
 * ```
 */
export function factualReasons(sentence: string): string[] {
  const dateTexts = dates(sentence);
  const labelled = (kind: FactKind, values: readonly string[]): string[] => unique(values).map((value) => `${kind}: ${value}`);
  return [
    ...labelled('name', names(sentence)),
    ...labelled('date', dateTexts),
    ...labelled('amount', amounts(sentence, dateTexts)),
    ...labelled('place', places(sentence)),
  ];
}
