import { describe, expect, it } from 'vitest';
import { query } from '../../src/query/index.js';
import { britishPrefixNeedles, searchFold } from '../../src/query/spelling.js';

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
