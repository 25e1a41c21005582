import { describe, expect, it } from 'vitest';
import { query } from '../../src/query/index.js';
import { britishPrefixNeedles, searchFold, spellOutAmounts } from '../../src/query/spelling.js';

describe('searchFold', () => {
  it('folds the American spelling of listed words to the British one, whole words only', () => {
    expect(searchFold('Defense Cooperation Framework')).toBe('defence cooperation framework');
    expect(searchFold('Saudi Deputy Defense Minister')).toBe('saudi deputy defence minister');
    expect(searchFold('Kenya’s defenses; a center, organized')).toBe('kenya s defences a centre organised');
    // Inside a longer word, or a word not on the list, nothing changes.
    expect(searchFold('defenseless defensive size realize')).toBe('defenseless defensive size realize');
    // Words are Unicode letters and digits: "ødefense" is one word.
    expect(searchFold('ødefense Ødefense, defense')).toBe('ødefense ødefense defence');
    // The rest is normalizeText: case, accents and punctuation.
    expect(searchFold('Al-Muqrín')).toBe('al muqrin');
  });
});

describe('search finds either spelling of "defence" in the articles', () => {
  const ids = (text: string) => [...new Set(query.search(text, { limit: 100 }).map((hit) => hit.id))];
  it('the British spelling finds what the sources write the American way, and the reverse', () => {
    // 001 and 002 write "Defense Cooperation Framework"; the record is found either way.
    expect(ids('Defence Cooperation Framework')).toContain('kenya-us-defense-cooperation-framework-2023');
    expect(ids('Defense Cooperation Framework')).toEqual(ids('Defence Cooperation Framework'));
    // 002: "Kenyan Defense Minister Aden Duale"; 000: "the Minister of Defence, Juvenal Marizamunda".
    expect(ids('defence minister')).toEqual(expect.arrayContaining(['aden-duale', 'duale-cabinet-secretary-for-defence']));
    expect(ids('Minister of Defense')).toContain('marizamunda-minister-of-defence-rwanda');
    // 001: "the National Defence University".
    expect(ids('National Defense University')).toContain('national-defence-university');
  });
});

describe('role filters fold the same spellings', () => {
  it('"Secretary of Defence" finds the post the sources write "Secretary of Defense"', () => {
    expect(query.posts({ role: 'Secretary of Defence' }).map((post) => post.id)).toEqual(query.posts({ role: 'Secretary of Defense' }).map((post) => post.id));
    expect(query.posts({ role: 'secretary of defence' }).map((post) => post.person)).toContain('lloyd-austin');
    expect(query.posts({ role: 'Minister of Defense' }).map((post) => post.id)).toContain('marizamunda-minister-of-defence-rwanda');
  });
});

describe('a partly typed American word finds what the whole word finds', () => {
  const ids = (text: string) => new Set(query.search(text, { limit: 200 }).map((hit) => `${hit.kind}:${hit.id}`));
  it('"Defens" finds every record "Defense" finds, though the index holds "defence"', () => {
    const whole = ids('Defense');
    expect(whole.size).toBeGreaterThan(20);
    expect(ids('Defens')).toEqual(whole);
    // 002: "Kenyan Defense Minister Aden Duale".
    expect(ids('Kenyan Defens')).toContain('person:aden-duale');
  });
  it('"finaliz" and "organiz" find the words the articles spell that way', () => {
    // 000: "look forward to finalizing the Defence Cooperation Agreement".
    expect(ids('finaliz')).toContain('agreement:kenya-rwanda-defence-cooperation-agreement');
    // 001: "terrorism and transnational organized crime".
    expect(ids('transnational organiz').size).toBeGreaterThan(0);
  });
  it('a replaced word is matched whole, so "cente" does not find "central"', () => {
    expect(britishPrefixNeedles('cente')).toEqual(['centre', 'centres']);
    expect(britishPrefixNeedles('kenyan defens')).toEqual(['kenyan defence', 'kenyan defences']);
    // A prefix the British form shares needs nothing more: the index already matches it.
    expect(britishPrefixNeedles('defen')).toEqual([]);
    expect(britishPrefixNeedles('kahar')).toEqual([]);
  });
});

describe('numbers as the articles write them', () => {
  it('drops commas that group digits in threes, and nothing else', () => {
    expect(searchFold('a 1,000-strong contingent')).toBe('a 1000 strong contingent');
    expect(searchFold('10,000,000 shillings')).toBe('10000000 shillings');
    // Not groups of three: a list, a decimal comma, a comma before a word.
    expect(searchFold('1,2 and 10,5000 and 7, 000')).toBe('1 2 and 10 5000 and 7 000');
  });

  it('spells out amounts typed as "100m" or "2bn", whole words of digits only', () => {
    expect(spellOutAmounts('100m pledge')).toBe('100 million pledge');
    expect(spellOutAmounts('us 2bn')).toBe('us 2 billion');
    expect(spellOutAmounts('m100 100mm kdf')).toBe('m100 100mm kdf');
  });

  it('search finds "1,000" from "1000" and "$100 million" from "$100m"', () => {
    // 002: "a contingent of 1,000 well-trained police officers" (the Kenyan pledge to Haiti).
    expect(query.search('1000').map((hit) => hit.id)).toContain('kenya-haiti-police-contingent');
    expect(query.search('1000')).toEqual(query.search('1,000'));
    // 001 and 002 write "$100 million"; both US pledges of that sum are found.
    const pledges = query.search('$100m', { kinds: ['commitment'] }).map((hit) => hit.id);
    expect(pledges).toEqual(expect.arrayContaining(['us-haiti-mission-100m', 'us-kdf-support-up-to-100m']));
  });
});

describe('search for words not written together', () => {
  const first = (text: string) => query.search(text)[0];
  it('finds a record holding every word in some field when no text holds them as a phrase', () => {
    // "Charles Muriu Kahariri": the middle name stands between; the name holds both words (100 + 30).
    expect(first('charles kahariri')).toMatchObject({ kind: 'person', id: 'charles-muriu-kahariri', field: 'name', score: 130 });
    expect(first('kahariri charles')).toMatchObject({ kind: 'person', id: 'charles-muriu-kahariri', field: 'name', score: 130 });
    // An abbreviation stands for its organization's names here too.
    expect(query.search('kdf rwanda').map((hit) => hit.id)).toContain('kahariri-rwanda-working-visit-2025');
  });

  it('is not used when some text holds the words as a phrase', () => {
    // "Manda Bay" is a phrase of several texts; records merely holding both words elsewhere do not join.
    const hits = query.search('manda bay', { limit: 100 });
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(searchFold(hit.text)).toContain('manda bay');
  });

  it('needs every word: one word no record holds gives no hit', () => {
    expect(query.search('kahariri zanzibar')).toEqual([]);
  });
});
