import { normalizeText } from './normalize.js';

/**
 * American spellings the sources mix with British ones, each with the British form the search
 * index keeps. The articles write "Defense Cooperation Framework" and "National Defence
 * University", "Deputy Defense Minister" and "Minister of Defence", sometimes in one article:
 * without this, a search for one spelling misses every text that uses the other. An explicit
 * list, not a rule: "-ize" to "-ise" would also turn "size" into "sise".
 */
export const BRITISH_OF_AMERICAN: ReadonlyMap<string, string> = new Map([
  ['defense', 'defence'],
  ['defenses', 'defences'],
  ['offense', 'offence'],
  ['offenses', 'offences'],
  ['center', 'centre'],
  ['centers', 'centres'],
  ['organization', 'organisation'],
  ['organizations', 'organisations'],
  ['organize', 'organise'],
  ['organized', 'organised'],
  ['organizing', 'organising'],
  ['finalize', 'finalise'],
  ['finalized', 'finalised'],
  ['finalizing', 'finalising'],
  ['maximize', 'maximise'],
  ['maximized', 'maximised'],
  ['maximizing', 'maximising'],
  ['modernization', 'modernisation'],
  ['stabilization', 'stabilisation'],
  ['honor', 'honour'],
  ['honors', 'honours'],
  ['labor', 'labour'],
  ['armor', 'armour'],
  ['armored', 'armoured'],
]);

// Whole words only, by Unicode letters and digits as normalizeText keeps them: "ødefense" is
// one word, not "ø" and "defense".
const AMERICAN_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...BRITISH_OF_AMERICAN.keys()].join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/** A comma between digits that starts a group of exactly three: "1,000", "10,000,000". */
const DIGIT_GROUP_COMMA = /(?<=\d),(?=\d{3}(?!\d))/g;

/**
 * Text as search and the role filters compare it: {@link normalizeText}, then American spellings
 * of a short list of words turned British, so that either spelling finds both: defense/defence,
 * offense/offence, center/centre, organization/organisation, organize/organise,
 * finalize/finalise, maximize/maximise, modernization/modernisation,
 * stabilization/stabilisation, honor/honour, labor/labour and armor/armour, with their plurals
 * and verb forms. Commas grouping digits are dropped, so "1000" finds "1,000".
 *
 * @example
 * ```ts
 * searchFold('Defense Cooperation Framework'); // 'defence cooperation framework'
 * searchFold('Al-Muqrin');                     // 'al muqrin'
 * searchFold('a 1,000-strong contingent');     // 'a 1000 strong contingent'
 * ```
 */
export function searchFold(text: string): string {
  // "1,000" and "1000" are one number: drop the commas that group digits in threes before the
  // fold turns them into spaces ("1 000").
  const normal = normalizeText(text.includes(',') ? text.replace(DIGIT_GROUP_COMMA, '') : text);
  return normal.replace(AMERICAN_WORD, (word) => BRITISH_OF_AMERICAN.get(word) ?? word);
}

/**
 * Needles for a folded search text whose last word, typed only in part, is a prefix of an
 * American word of the list but not of its British form: "defens" (of "defense") also searches
 * "defence", which the index holds instead, so a partly typed word still finds what the whole
 * word finds. Each British word replaces the last word whole, so "cente" finds "centre" but not
 * "central".
 *
 * @example
 * ```ts
 * britishPrefixNeedles('kenyan defens'); // ['kenyan defence', 'kenyan defences']
 * britishPrefixNeedles('kahar');         // []
 * ```
 */
export function britishPrefixNeedles(needle: string): string[] {
  const cut = needle.lastIndexOf(' ') + 1;
  const last = needle.slice(cut);
  const out: string[] = [];
  for (const [american, british] of BRITISH_OF_AMERICAN) {
    if (american !== last && american.startsWith(last) && !british.startsWith(last)) out.push(needle.slice(0, cut) + british);
  }
  return out;
}

const AMOUNT_WORD = /^(\d+)(m|bn)$/;
const AMOUNT_SCALE: Readonly<Record<string, string>> = { m: 'million', bn: 'billion' };

/**
 * A folded needle with its amounts written out the way the sources write them: "$100m" folds to
 * "100m", which no text holds, while the articles write "$100 million". Only whole words of
 * digits followed by "m" or "bn" are read as amounts. Returns the needle unchanged when it has no
 * such word.
 *
 * @example
 * ```ts
 * spellOutAmounts('100m pledge'); // '100 million pledge'
 * spellOutAmounts('kdf');         // 'kdf'
 * ```
 */
export function spellOutAmounts(needle: string): string {
  return needle
    .split(' ')
    .map((word) => {
      const amount = AMOUNT_WORD.exec(word);
      return amount === null ? word : `${amount[1] ?? ''} ${AMOUNT_SCALE[amount[2] ?? ''] ?? ''}`;
    })
    .join(' ');
}
