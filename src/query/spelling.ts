import { normalizeText } from './normalize.js';

/**
 * American spellings the sources mix with British ones, each with the British form the search
 * index keeps. The articles write "Defense Cooperation Framework" and "National Defence
 * University", "Deputy Defense Minister" and "Minister of Defence", sometimes in one article:
 * without this, a search for one spelling misses every text that uses the other. An explicit
 * list, not a rule: "-ize" to "-ise" would also turn "size" into "sise".
 */
const BRITISH_OF_AMERICAN: ReadonlyMap<string, string> = new Map([
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

const AMERICAN_WORD = new RegExp(`(?<![a-z0-9])(?:${[...BRITISH_OF_AMERICAN.keys()].join('|')})(?![a-z0-9])`, 'g');

/**
 * Text as search and the role filters compare it: {@link normalizeText}, then American spellings
 * of a short list of words turned British ("defense" → "defence"), so that either spelling finds
 * both.
 *
 * @example
 * ```ts
 * searchFold('Defense Cooperation Framework'); // 'defence cooperation framework'
 * searchFold('Al-Muqrin');                     // 'al muqrin'
 * ```
 */
export function searchFold(text: string): string {
  const normal = normalizeText(text);
  return normal.replace(AMERICAN_WORD, (word) => BRITISH_OF_AMERICAN.get(word) ?? word);
}
