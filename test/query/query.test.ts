import { describe, expect, it } from 'vitest';
import { createQuery, query, type QueryError } from '../../src/index.js';
import { parseDateArgument } from '../../src/query/days.js';

const ids = (records: readonly { id: string }[]): string[] => records.map((record) => record.id);

describe('date ranges over partial dates', () => {
  it('"overlaps" (default) keeps a month-precision visit that may fall in a narrower range; "within" drops it', () => {
    const range = { place: 'nairobi', from: '2024-01-10', to: '2024-01-20' } as const;
    // Both January visits are dated to the month (Burns's by the one day the text gives), so they
    // may fall in the range but are not certainly within it; ties are broken by id.
    expect(ids(query.visits(range))).toEqual(['us-officials-nairobi-visit-led-by-austin', 'burns-nairobi-visit-2024', 'langley-nairobi-visit-2024']);
    expect(ids(query.visits({ ...range, match: 'within' }))).toEqual([]);
    // The Ruto meeting has its printed day, so it is certainly within.
    expect(query.engagements({ ...range, match: 'within' }).map((row) => row.engagement.id)).toEqual(['burns-ruto-meeting-2024']);
  });
  it('a month argument covers the whole month, so the January visit is certainly within January', () => {
    expect(ids(query.visits({ place: 'nairobi', during: '2024-01', match: 'within' }))).toEqual(['burns-nairobi-visit-2024', 'langley-nairobi-visit-2024']);
  });
  it('an interval with an unknown end may overlap any later range, but is never certainly within a bounded one', () => {
    expect(ids(query.visits({ person: 'aden-duale', roles: ['lead'], from: '2030-01-01' }))).toEqual(['duale-us-official-trip-2024']);
    expect(ids(query.visits({ person: 'aden-duale', roles: ['lead'], from: '2024-02-01', to: '2030-12-31', match: 'within' }))).toEqual(['duale-riyadh-imctc-2024']);
    // Unbounded above, the range does contain it: the trip began in February 2024, whenever it
    // ended. Riyadh comes first: both may begin on 1 February, and Riyadh certainly ends first.
    expect(ids(query.visits({ person: 'aden-duale', roles: ['lead'], from: '2024-02-01', match: 'within' }))).toEqual(['duale-riyadh-imctc-2024', 'duale-us-official-trip-2024']);
  });
  it('an engagement without a date is dated by its visit', () => {
    expect(query.engagements({ during: '2025-11', match: 'within' }).map((row) => row.engagement.id)).toContain('kahariri-meets-muganga');
  });
});

describe('filters', () => {
  it('matches a person in every role by default, and only the asked roles when restricted', () => {
    expect(ids(query.visits({ person: 'aden-duale' }))).toEqual(['austin-kenya-visit-2023', 'duale-riyadh-imctc-2024', 'duale-us-official-trip-2024']);
    expect(ids(query.visits({ person: 'aden-duale', roles: ['counterpart'] }))).toEqual(['austin-kenya-visit-2023']);
  });
  it('a city finds venues within it', () => {
    expect(query.engagements({ place: 'nairobi' }).map((row) => row.engagement.id)).toContain('burns-ruto-meeting-2024');
  });
  it('reached: any status reported as done at some point, where status is only the latest', () => {
    expect(ids(query.agreements({ status: 'signed' }))).toEqual([]);
    expect(ids(query.agreements({ reached: 'signed' }))).toEqual(['kenya-us-defense-cooperation-framework-2023']);
    // A signing scheduled is a state reported as of the source ("Juma will then sign …", "A Joint
    // Communique will be issued …"); the signing itself is only expected, never reported done.
    const scheduled = ['bsd-2019-joint-communique', 'bsd-guiding-agreement', 'sgi-joint-country-action-plan'];
    expect(ids(query.agreements({ reached: 'planned-signing' })).sort()).toEqual(scheduled);
    expect(ids(query.agreements({ status: 'planned-signing' })).sort()).toEqual(scheduled);
    // Only expected: the framework's expiry ("lasts through 2028").
    expect(ids(query.agreements({ reached: 'expired' }))).toEqual([]);
    expect(ids(query.agreements({ reached: ['negotiating', 'final-stages'] }))).toEqual(['kenya-rwanda-defence-cooperation-agreement']);
  });
  it('commitments by side: what a country pledged, not what it received', () => {
    // Kenya's "hosting US forces" at Manda Bay is pledged to the US; the two $100 million
    // pledges are the US's.
    expect(ids(query.commitments({ country: 'US' }))).toEqual(['kenya-hosts-us-forces-manda-bay', 'us-haiti-mission-100m', 'us-kdf-support-up-to-100m']);
    expect(ids(query.commitments({ country: 'US', roles: ['pledger'] }))).toEqual(['us-haiti-mission-100m', 'us-kdf-support-up-to-100m']);
    expect(ids(query.commitments({ country: 'US', roles: ['recipient'] }))).toEqual(['kenya-hosts-us-forces-manda-bay']);
    expect(ids(query.commitments({ organization: 'kenya-defence-forces', roles: ['recipient'] }))).toEqual(['us-kdf-support-up-to-100m']);
    expect(() => query.commitments({ roles: ['pledger'] })).toThrow('roles: only meaningful together with person, country or organization');
  });
  it('both pledges for the Haiti mission are found by Haiti', () => {
    // Kenya's 1,000 police officers and Austin's "$100 million in assistance for the Haiti mission".
    expect(ids(query.commitments({ country: 'HT', roles: ['recipient'] }))).toEqual(['kenya-haiti-police-contingent', 'us-haiti-mission-100m']);
    expect(query.partners('HT').map((partner) => [partner.country, partner.commitments])).toEqual([['KE', 1], ['US', 1]]);
  });
  it('parties must all be parties; country needs any', () => {
    expect(ids(query.agreements({ parties: ['KE', 'RW'] }))).toEqual(['kenya-rwanda-defence-cooperation-agreement']);
    expect(query.agreements({ country: ['RW', 'US'] }).length).toBe(7);
  });
  it('a role filter also matches the titles the sources print for a post', () => {
    // "Kenyan Defense Minister Aden Duale" (2023), "Defence Cabinet Secretary Aden Duale" (2024),
    // "Foreign Affairs CS Monica Juma" (2019).
    expect(ids(query.posts({ role: 'Kenyan Defense Minister' }))).toEqual(['duale-cabinet-secretary-for-defence']);
    expect(query.postHolders({ country: 'KE', role: 'defence cabinet secretary', asOf: '2024-01-01' }).map((holder) => holder.post.id)).toEqual(['duale-cabinet-secretary-for-defence']);
    expect(ids(query.posts({ role: 'Foreign Affairs CS' }))).toEqual(['juma-cabinet-secretary-foreign-affairs']);
  });
  it('filters posts by role ignoring case and punctuation, and people by the country of their posts', () => {
    expect(ids(query.posts({ role: 'cabinet-secretary for DEFENCE' }))).toEqual(['duale-cabinet-secretary-for-defence']);
    expect(ids(query.people({ country: 'RW' }))).toEqual(['juvenal-marizamunda', 'mubarakh-muganga']);
  });
});

describe('date arguments', () => {
  const presidents = (asOf: string | Date) => query.postHolders({ country: 'KE', role: 'President', asOf }).map((holder) => `${holder.person} ${holder.evidence}`);
  it('a Date or a date-time with a zone stands for its UTC day', () => {
    // Ruto is first attested on 2024-01-15: the answer tells the 14th from the 15th.
    expect(presidents('2024-01-14')).toEqual(['uhuru-kenyatta last-attested-before', 'william-ruto first-attested-after']);
    expect(presidents('2024-01-15')).toEqual(['william-ruto attested-on-date', 'uhuru-kenyatta last-attested-before']);
    expect(presidents(new Date(Date.UTC(2024, 0, 15, 23, 59)))).toEqual(presidents('2024-01-15'));
    expect(presidents('2024-01-15T10:30:00Z')).toEqual(presidents('2024-01-15'));
    expect(presidents('2024-01-15T10:30:00.123Z')).toEqual(presidents('2024-01-15'));
    // 01:00 in Nairobi (UTC+3) is 22:00 UTC the day before.
    expect(presidents('2024-01-15T01:00:00+03:00')).toEqual(presidents('2024-01-14'));
    expect(presidents('2024-01-14T23:30:00-02:00')).toEqual(presidents('2024-01-15'));
    expect(query.visits({ during: '2024-01-15T10:30:00Z' }).map((visit) => visit.id)).toEqual(query.visits({ during: '2024-01-15' }).map((visit) => visit.id));
  });
  it('reads the RFC 3339 and ISO 8601 spellings of a zone and separator, leap seconds in any zone, and the leap day of year 0', () => {
    const day = (value: string) => parseDateArgument(value, 'from').earliest;
    const jan15 = parseDateArgument('2024-01-15', 'from').earliest;
    expect(day('2024-01-15t10:30:00z')).toBe(jan15);
    expect(day('2024-01-15 10:30:00Z')).toBe(jan15);
    expect(day('2024-01-15T01:00+0300')).toBe(jan15 - 1);
    expect(day('2024-01-15T01:00+03')).toBe(jan15 - 1);
    expect(day('2024-01-15T22:00-0230')).toBe(jan15 + 1);
    expect(day('2024-01-15T10:30:00,5Z')).toBe(jan15);
    // The leap second at the end of 2016 belongs to 31 December; in Nairobi it fell at 02:59:60 on 1 January.
    expect(day('2016-12-31T23:59:60Z')).toBe(parseDateArgument('2016-12-31', 'from').earliest);
    expect(day('2017-01-01T02:59:60+03:00')).toBe(parseDateArgument('2016-12-31', 'from').earliest);
    // A leap second written in a zone with a half-hour offset is still 23:59:60 UTC.
    expect(day('2017-01-01T05:29:60+05:30')).toBe(parseDateArgument('2016-12-31', 'from').earliest);
    // Date.UTC reads year 0 as 1900, which has no 29 February: the calendar check must not use it.
    expect(day('0000-02-29T12:00Z')).toBe(parseDateArgument('0000-02-29', 'from').earliest);
    expect(day('2024-02-29T12:00Z')).toBe(parseDateArgument('2024-02-29', 'from').earliest);
  });
  it('refuses a date-time without a zone, or an impossible one, saying what to give', () => {
    const refusal = (value: string): unknown => {
      try {
        query.visits({ from: value });
      } catch (error) {
        return [(error as QueryError).code, (error as QueryError).argument, (error as QueryError).message];
      }
      return 'accepted';
    };
    expect(refusal('2024-01-15T10:30')).toEqual([
      'invalid-date',
      'from',
      'from: "2024-01-15T10:30" is a date-time without a time zone, so its day depends on where it runs. Give the day ("2024-01-15"), or a date-time ending in Z or an offset such as +03:00.',
    ]);
    expect(refusal('2024-01-15 10:30')).toEqual([
      'invalid-date',
      'from',
      'from: "2024-01-15 10:30" is a date-time without a time zone, so its day depends on where it runs. Give the day ("2024-01-15"), or a date-time ending in Z or an offset such as +03:00.',
    ]);
    const invalid: ReadonlyArray<readonly [string, string]> = [
      ['2024-02-30T10:00:00Z', 'February 2024 has days 01–29'],
      ['2023-02-29T10:00:00Z', 'February 2023 has days 01–28'],
      ['2024-13-01T10:00:00Z', 'month 13 is not 01–12'],
      ['2024-01-15T24:00:00Z', 'hour 24 is not 00–23'],
      ['2024-01-15T10:60:00Z', 'minute 60 is not 00–59'],
      ['2024-01-15T10:30:60Z', 'second 60 is not 00–59 (60 only in a leap second, 23:59:60 UTC)'],
      ['2024-01-15T10:59:60Z', 'second 60 is not 00–59 (60 only in a leap second, 23:59:60 UTC)'],
      ['2016-12-31T23:59:60+01:00', 'second 60 is not 00–59 (60 only in a leap second, 23:59:60 UTC)'],
      ['0001-02-29T00:00Z', 'February 0001 has days 01–28'],
      ['2024-01-15T10:30:00+24:00', 'offset 24:00 is not a valid offset (hours 00–23, minutes 00–59)'],
      ['2024-01-15T10:30:00+03:60', 'offset 03:60 is not a valid offset (hours 00–23, minutes 00–59)'],
    ];
    for (const [value, reason] of invalid) expect(refusal(value)).toEqual(['invalid-date', 'from', `from: "${value}" is not a valid date-time: ${reason}.`]);
    // An offset must not carry the day out of years 0000–9999, which dates are everywhere else.
    expect(refusal('0000-01-01T01:00+03:00')).toEqual(['invalid-date', 'from', 'from: "0000-01-01T01:00+03:00" falls on a day before 0000-01-01 in UTC; dates are years 0000–9999.']);
    expect(refusal('9999-12-31T23:00-05:00')).toEqual(['invalid-date', 'from', 'from: "9999-12-31T23:00-05:00" falls on a day after 9999-12-31 in UTC; dates are years 0000–9999.']);
    expect(refusal('9999-12-31T23:00Z')).toBe('accepted');
    expect(refusal('0000-01-01T00:00Z')).toBe('accepted');
    expect(refusal('0000-01-01T02:00+02:00')).toBe('accepted');
    const outside = new Date(Date.UTC(10000, 0, 1));
    expect(() => query.visits({ from: outside })).toThrow('from: the Date falls outside years 0000–9999 in UTC (+010000-01-01T00:00:00.000Z); dates are years 0000–9999.');
    for (const malformed of ['2024-01-15T10', '2024-01-15T10:30:00ZZ', '2024-01-15T10:30:00 +03:00', '2024-01-15Tnoon']) {
      expect(refusal(malformed)).toEqual(['invalid-date', 'from', `from: "${malformed}" is not a date-time of the form YYYY-MM-DDThh:mm[:ss[.fff]] followed by Z or an offset such as +03:00.`]);
    }
  });
});

describe('as-of answers', () => {
  const asOf = (day: string) => query.postHolders({ country: 'KE', role: 'Cabinet Secretary for Defence', asOf: day });
  it('says how the answer is supported', () => {
    expect(asOf('2024-02-04')[0]?.evidence).toBe('attested-on-date');
    expect(asOf('2024-01-01')[0]).toMatchObject({ person: 'aden-duale', evidence: 'attested-before-and-after', gapDays: 34 });
    expect(asOf('2026-01-01')[0]?.evidence).toBe('last-attested-before');
    expect(asOf('2020-01-01')[0]?.evidence).toBe('first-attested-after');
  });
  it('maxGapDays leaves out candidates whose evidence is further from the day', () => {
    // No 2024 article names a US President; Trump is last attested on 2019-05-03.
    const question = { country: 'US', role: 'President', asOf: '2024-01-15' } as const;
    expect(query.postHolders(question).map((h) => [h.person, h.evidence, h.gapDays])).toEqual([['donald-trump', 'last-attested-before', 1718]]);
    expect(query.postHolders({ ...question, maxGapDays: 1718 }).length).toBe(1);
    expect(query.postHolders({ ...question, maxGapDays: 365 })).toEqual([]);
  });
  it('names later holders of the same office for a candidate last seen before the day', () => {
    // Kenyatta is President in the 2019 article; Ruto is "President William Ruto" on 2024-01-15.
    const holders = query.postHolders({ country: 'KE', role: 'President', asOf: '2024-01-15' });
    expect(holders.map((h) => [h.person, h.evidence, h.laterHolders.map((later) => [later.person, later.post, later.asOf])])).toEqual([
      ['william-ruto', 'attested-on-date', []],
      ['uhuru-kenyatta', 'last-attested-before', [['william-ruto', 'ruto-president-kenya', '2024-01-15']]],
    ]);
    expect(holders[1]?.laterHolders[0]?.citations[0]?.quote).toContain('Ruto');
    // Before Ruto is first attested, nobody is.
    expect(query.postHolders({ country: 'KE', role: 'President', asOf: '2024-01-14' }).find((h) => h.person === 'uhuru-kenyatta')?.laterHolders).toEqual([]);
    // A US President last seen in 2019 has no later holder in the data: none is named.
    expect(query.postHolders({ country: 'US', role: 'President', asOf: '2024-01-15' })[0]?.laterHolders).toEqual([]);
  });
  it('asks about one person\'s posts', () => {
    expect(query.postHolders({ person: 'uhuru-kenyatta', asOf: '2024-01-15' }).map((h) => h.post.id)).toEqual(['kenyatta-president-kenya']);
    expect(query.postHolders({ person: ['aden-duale', 'lloyd-austin'], asOf: '2024-01-15' }).map((h) => h.person).sort()).toEqual(['aden-duale', 'lloyd-austin']);
  });
  it('carries the citations of the attestations it rests on', () => {
    const [holder] = asOf('2024-01-01');
    expect(holder?.attestations.map((a) => a.asOf)).toEqual(['2023-09-26', '2024-02-04']);
    expect(holder?.citations.map((c) => c.source)).toContain('duale-us-trip-2024');
  });
  it('agreement status: undefined with a reason before the first report; expected steps kept apart from done ones', () => {
    const early = query.agreementStatus('kenya-us-defense-cooperation-framework-2023', '2023-01-01');
    expect(early.status).toBeUndefined();
    expect(early.reason).toContain('first report is dated 2023-09-26');
    const planned = query.agreementStatus('bsd-guiding-agreement', '2019-06-01');
    expect(planned.status).toBe('planned-signing');
    expect(planned.expected.map((e) => [e.status, e.date?.value])).toEqual([['signed', '2019-05-07?/2019-05-08?']]);
    const agoa = query.agreementStatus('african-growth-and-opportunity-act', '2026-01-01');
    expect([agoa.status, agoa.expected.map((e) => e.status)]).toEqual(['in-force', ['expired']]);
  });
  it('agreement status: an expected step whose date has passed is overdue, and the reason says the status may no longer hold', () => {
    // "lasts through 2028": in 2028 the expiry is still ahead; from 2029 it has passed unreported.
    const during = query.agreementStatus('kenya-us-defense-cooperation-framework-2023', '2028-06-01');
    expect([during.status, during.overdue]).toEqual(['in-force', []]);
    const after = query.agreementStatus('kenya-us-defense-cooperation-framework-2023', '2029-01-01');
    expect([after.status, after.overdue.map((e) => [e.status, e.date?.value])]).toEqual(['in-force', [['expired', '2028']]]);
    expect(after.reason).toBe('"in-force" is the last status reported (as of 2024-02-04); that report expected expired (2028), which has passed by 2029-01-01, and no source says whether it happened');
    // AGOA: "post AGOA in 2025", asked about in 2026.
    expect(query.agreementStatus('african-growth-and-opportunity-act', '2026-01-01').overdue.map((e) => e.status)).toEqual(['expired']);
    // The 2019 signings are dated 2019-05-07?/2019-05-08?: uncertain, a later day not ruled out.
    expect(query.agreementStatus('bsd-guiding-agreement', '2019-06-01').overdue).toEqual([]);
  });
  it('agreement status with only expected steps says when an expected date has certainly passed', () => {
    // A user's record of the guiding agreement that keeps only the expected signing, dated for sure.
    const mine = JSON.parse(JSON.stringify(query.dataset)) as { agreements: { id: string; statusHistory: { expected: boolean; date?: { value: string } }[] }[] };
    const guiding = mine.agreements.find((agreement) => agreement.id === 'bsd-guiding-agreement');
    if (!guiding) throw new Error('the bundled data has the guiding agreement');
    guiding.statusHistory = guiding.statusHistory.filter((entry) => entry.expected);
    const [step] = guiding.statusHistory;
    if (!step?.date) throw new Error('the bundled guiding agreement has a dated expected signing');
    step.date.value = '2019-05-07/2019-05-08';
    const answer = createQuery(mine).agreementStatus('bsd-guiding-agreement', '2019-06-01');
    expect([answer.status, answer.overdue.map((entry) => entry.status)]).toEqual([undefined, ['signed']]);
    expect(answer.reason).toBe('only expected steps were reported by 2019-06-01 (signed on 2019-05-07/2019-05-08, reported 2019-05-03); no later report says whether they happened, though the date of signed (2019-05-07/2019-05-08) has passed');
  });
  it('agreement status on a day before the first report names the steps later reports date to it', () => {
    const signingDay = query.agreementStatus('kenya-us-defense-cooperation-framework-2023', '2023-09-25');
    expect(signingDay.status).toBeUndefined();
    expect(signingDay.reason).toBe('no status was reported by 2023-09-25; the first report is dated 2023-09-26, and later reports date steps from on or before that day: signed (2023-09-25), in-force (2023-09-25/2028)');
    expect(query.agreementStatus('kenya-us-defense-cooperation-framework-2023', '2023-09-24').reason).toBe('no status was reported by 2023-09-24; the first report is dated 2023-09-26');
  });
});

describe('timelines and relations', () => {
  it('orders by earliest day, then latest, then precision (coarser first), then id', () => {
    const events = query.timeline({ country: 'RW' });
    expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)]);
    // Month-precision events of November 2025 come before the day-precision ones of 5 November.
    const months = events.findIndex((e) => e.precision === 'day');
    expect(events.slice(0, months).every((e) => e.precision === 'month')).toBe(true);
    expect(events.map((e) => e.key)).toEqual(query.timeline({ country: 'RW' }).map((e) => e.key));
  });
  it('includes what a post holder did while in post, saying so', () => {
    const events = query.timeline({ organization: 'united-states-africa-command' });
    expect(events.map((e) => [e.kind, e.id, e.involvement])).toEqual([
      // "last month" (2024-01), then the article's own date (2024-02-04), on which its style
      // gives his title as of writing.
      ['post-attestation', 'langley-commander-africom', ['post']],
      ['visit', 'langley-nairobi-visit-2024', ['post-holder:langley-commander-africom:lead']],
      ['post-attestation', 'langley-commander-africom', ['post']],
    ]);
    expect(query.timeline({ organization: 'united-states-africa-command', viaPostHolders: false }).map((e) => e.kind)).toEqual(['post-attestation', 'post-attestation']);
  });
  it('meetings, counterparts and partners', () => {
    // Without a status filter planned meetings count, and `planned` says how many: the 2024 talks
    // with Austin ("expected to discuss") and the meeting with Nuland ("lined up").
    expect(query.counterparts('aden-duale').map((c) => [c.person, c.count, c.planned])).toEqual([
      ['lloyd-austin', 3, 1],
      ['abdulrahman-al-muqrin', 1, 0],
      ['victoria-nuland', 1, 1],
    ]);
    expect(query.partners('KE')[0]).toMatchObject({ country: 'US', visits: 7, agreements: 5, commitments: 2 });
  });
  it('says how many of the links with a partner are only plans', () => {
    // Planned: Juma's 2019 trip ("next week"). Unconcluded: the 2019 guiding agreement, SGI plan
    // and communiqué (all "will"), and the Kenya–Rwanda agreement ("in its final stages").
    expect(query.partners('KE').map((p) => [p.country, p.visits, p.plannedVisits, p.agreements, p.unconcludedAgreements])).toEqual([
      ['US', 7, 1, 5, 3],
      ['RW', 1, 0, 1, 1],
      ['HT', 0, 0, 0, 0],
      ['SA', 1, 0, 0, 0],
    ]);
    expect(query.partners('RW')).toEqual([expect.objectContaining({ country: 'KE', agreements: 1, unconcludedAgreements: 1 })]);
  });
  it("says whether a meeting's date is its own or only its visit's", () => {
    // The signing is dated ("on Monday" in the article of 26 September 2023; "on September 25,
    // 2023" in the 2024 one); the talks of the same visit are not, so they carry its month.
    expect(query.meetings({ person: 'lloyd-austin', during: '2023' }).map((m) => [m.engagement, m.date, m.dateFrom])).toEqual([
      ['austin-duale-talks-2023', '2023-09', 'visit'],
      ['kenya-us-framework-signing-2023', '2023-09-25', 'engagement'],
    ]);
  });
  it('counts only meetings reported as held when asked: planned ones are plans as of the source', () => {
    expect(query.counterparts('aden-duale', { status: 'took-place' }).map((c) => [c.person, c.count, c.engagements])).toEqual([
      ['lloyd-austin', 2, ['austin-duale-talks-2023', 'kenya-us-framework-signing-2023']],
      ['abdulrahman-al-muqrin', 1, ['duale-al-muqrin-talks-2024']],
    ]);
    expect(query.meetings({ person: 'aden-duale', status: 'planned' }).map((m) => [m.engagement, m.counterpart, m.status])).toEqual([
      ['duale-austin-talks-2024', 'lloyd-austin', 'planned'],
      ['duale-nuland-meeting-2024', 'victoria-nuland', 'planned'],
    ]);
  });
});

describe('a plan within a visit under way does not make the visit about it', () => {
  it('a planned visit to a college and lecture there do not count as a place the visit went to; the engagements stay findable', () => {
    expect(ids(query.visits({ place: 'nyakinama' }))).toEqual([]);
    expect(query.engagements({ place: 'nyakinama' }).map((row) => [row.engagement.id, row.engagement.kind, row.engagement.status.value])).toEqual([
      // Undated, so both carry the visit's date; ties go by id.
      ['kahariri-lecture-rdf-command-and-staff-college', 'lecture', 'planned'],
      ['kahariri-visit-rdf-command-and-staff-college', 'institution-visit', 'planned'],
    ]);
    expect(ids(query.visits({ place: 'washington-dc' }))).toEqual(['kenyatta-washington-visit-2018']);
  });
  it('a meeting only lined up does not make the visit one with that person', () => {
    expect(ids(query.visits({ person: 'victoria-nuland' }))).toEqual([]);
    expect(query.engagements({ person: 'victoria-nuland' }).map((row) => row.engagement.id)).toEqual(['duale-nuland-meeting-2024']);
  });
  it('nor does a planned lecture make the visit one involving its host (a planned visit keeps its plans: see the property tests)', () => {
    expect(ids(query.visits({ organization: 'national-defence-university' }))).toEqual([]);
    expect(query.engagements({ organization: 'national-defence-university' }).map((row) => row.engagement.id)).toEqual(['duale-lecture-national-defence-university-2024']);
  });
});

describe('search', () => {
  it.each([
    ['kdf', 'organization', 'kenya-defence-forces'],
    ['Kahariri', 'person', 'charles-muriu-kahariri'],
    ['Al-Muqrin', 'person', 'abdulrahman-al-muqrin'],
    ['al muqrin', 'person', 'abdulrahman-al-muqrin'],
    ['manda bay', 'place', 'manda-bay'],
    ['AFRICOM', 'organization', 'united-states-africa-command'],
    ['muqrín', 'person', 'abdulrahman-al-muqrin'],
  ])('"%s" finds %s %s first', (text, kind, id) => {
    expect(query.search(text)[0]).toMatchObject({ kind, id });
  });
  it('an abbreviation also finds the texts that write the name in full', () => {
    // 000 writes "The Chief of Kenya Defence Forces, Gen Charles Muriu Kahariri"; 001 "support the
    // Kenya Defence Forces". Neither writes "KDF" there.
    const found = new Set(query.search('kdf', { limit: 100 }).map((hit) => `${hit.kind}:${hit.id}`));
    for (const expected of ['person:charles-muriu-kahariri', 'post:kahariri-chief-of-kdf', 'commitment:us-kdf-support-up-to-100m']) expect(found).toContain(expected);
    // The organization ranks first: its name matches whole.
    expect(query.search('kdf')[0]).toMatchObject({ kind: 'organization', id: 'kenya-defence-forces', field: 'name', score: 130 });
    // Only a whole abbreviation expands: "kd" is a prefix of nothing but "KDF" itself.
    expect(new Set(query.search('kd', { limit: 100 }).map((hit) => hit.id))).toEqual(new Set(['kenya-defence-forces', 'kahariri-rwanda-working-visit-2025']));
  });
  it('ranks deterministically and carries field and score', () => {
    const hits = query.search('defence');
    expect(hits).toEqual(query.search('DEFENCE'));
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    expect(hits[0]).toHaveProperty('field');
  });
});

describe('citations', () => {
  it('resolve to the source record with its metadata', () => {
    const citations = query.citationsOf('engagement', 'kahariri-meets-muganga');
    expect(citations.length).toBeGreaterThan(0);
    expect(citations[0]?.source.id).toBe('kdf-chief-rwanda-visit');
    expect(citations[0]?.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(citations.map((c) => c.path)).toContain('counterparts[0]');
  });
  it('include every { source, quote } anywhere in every record, whatever the list is called', () => {
    // Counted by shape, not by key name: partiesCitations were once left out.
    const quotesIn = (value: unknown): number => {
      if (Array.isArray(value)) return value.reduce((total: number, item) => total + quotesIn(item), 0);
      if (value === null || typeof value !== 'object') return 0;
      const own = typeof (value as { source?: unknown }).source === 'string' && typeof (value as { quote?: unknown }).quote === 'string' ? 1 : 0;
      return own + Object.values(value).reduce((total: number, child) => total + quotesIn(child), 0);
    };
    const kinds = [['agreement', query.dataset.agreements], ['visit', query.dataset.visits], ['commitment', query.dataset.commitments], ['post', query.dataset.posts], ['person', query.dataset.people], ['organization', query.dataset.organizations], ['place', query.dataset.places], ['disagreement', query.dataset.disagreements]] as const;
    for (const [kind, records] of kinds) {
      for (const record of records) expect(query.citationsOf(kind, record.id as never).length, `${kind} ${record.id}`).toBe(quotesIn(record));
    }
    expect(query.citationsOf('agreement', 'kenya-rwanda-defence-cooperation-agreement').map((c) => c.path)).toContain('partiesCitations');
  });
});

describe('disagreements about a record', () => {
  it('lists the disagreements naming the record, with every claim and its citations', () => {
    // 001: "up to $100 million" for the KDF; 002: "$100 million … for the Haiti mission".
    for (const id of ['us-haiti-mission-100m', 'us-kdf-support-up-to-100m'] as const) {
      const [only, ...rest] = query.disagreementsAbout('commitment', id);
      expect(rest).toEqual([]);
      expect(only?.id).toBe('us-100m-pledge-purpose');
      expect(only?.claims.map((claim) => claim.citations[0]?.source)).toEqual(['duale-us-trip-2024', 'us-kenya-defence-deal-2023']);
    }
    expect(query.disagreementsAbout('visit', 'austin-kenya-visit-2023').map((item) => item.id)).toEqual(['austin-nairobi-visit-timing']);
    expect(query.disagreementsAbout('visit', 'burns-nairobi-visit-2024')).toEqual([]);
    expect(Object.isFrozen(query.disagreementsAbout('agreement', 'kenya-us-defense-cooperation-framework-2023'))).toBe(true);
  });
  it('lists a disagreement once for a record it names in two fields, in data order', () => {
    const mine = JSON.parse(JSON.stringify(query.dataset)) as { disagreements: { id: string; subjects: { kind: string; id: string; field?: string }[] }[] };
    const [first] = mine.disagreements;
    if (!first) throw new Error('the bundled data has disagreements');
    first.subjects.push({ kind: 'visit', id: 'austin-kenya-visit-2023', field: 'destination' });
    mine.disagreements.push({ ...JSON.parse(JSON.stringify(first)), id: 'a-second-one', subjects: [{ kind: 'visit', id: 'austin-kenya-visit-2023' }] });
    const q = createQuery(mine);
    expect(q.disagreementsAbout('visit', 'austin-kenya-visit-2023').map((item) => item.id)).toEqual(['austin-nairobi-visit-timing', 'a-second-one']);
  });
});

describe('disagreements and sources as lists', () => {
  it('lists every disagreement, or those about a kind, citing a source, or standing a way', () => {
    expect(query.disagreements().map((item) => item.id)).toEqual(query.dataset.disagreements.map((item) => item.id));
    // The three of the bundled data: two US pledges (commitments), Austin's visit(s), the 2023 instrument's name.
    expect(query.disagreements({ kind: 'commitment' }).map((item) => item.id)).toEqual(['us-100m-pledge-purpose']);
    expect(query.disagreements({ kind: ['agreement', 'visit'] }).map((item) => item.id)).toEqual(['austin-nairobi-visit-timing', 'kenya-us-2023-instrument-name']);
    expect(query.disagreements({ resolution: 'kept-both' }).map((item) => item.id)).toEqual(['kenya-us-2023-instrument-name']);
    expect(query.disagreements({ kind: 'person' })).toEqual([]);
    // Each filter against the rule restated over the raw records, for every value it takes.
    const all = query.dataset.disagreements;
    for (const source of query.dataset.sources) {
      const cites = all.filter((item) => item.claims.some((claim) => claim.citations.some((citation) => citation.source === source.id)));
      expect(query.disagreements({ source: source.id }).map((item) => item.id), source.id).toEqual(cites.map((item) => item.id));
    }
    for (const kind of ['source', 'person', 'organization', 'place', 'post', 'agreement', 'visit', 'commitment'] as const) {
      expect(query.disagreements({ kind, resolution: 'unresolved' }).map((item) => item.id), kind).toEqual(all.filter((item) => item.resolution === 'unresolved' && item.subjects.some((subject) => subject.kind === kind)).map((item) => item.id));
    }
    expect(Object.isFrozen(query.disagreements())).toBe(true);
  });
  it('gives one disagreement by id, and every source', () => {
    expect(query.disagreement('us-100m-pledge-purpose').claims.map((claim) => claim.citations[0]?.source)).toEqual(['duale-us-trip-2024', 'us-kenya-defence-deal-2023']);
    expect(query.sources().map((source) => source.id)).toEqual(['duale-us-trip-2024', 'kdf-chief-rwanda-visit', 'kenya-us-strategic-dialogue-2019', 'us-kenya-defence-deal-2023']);
    expect(query.sources().every((source) => /^[0-9a-f]{64}$/.test(source.sha256))).toBe(true);
    expect(Object.isFrozen(query.sources()[0])).toBe(true);
    // A filter from plain JavaScript is refused, not ignored with every source returned.
    const sources = query.sources as unknown as (filter: unknown) => unknown;
    expect((sources(undefined) as readonly unknown[]).length).toBe(4);
    expect(() => sources({ kind: 'news' })).toThrow(/^sources\(\) takes no arguments \(got 1\); it lists every source\. Filter the list, or use source\(id\) for one\.$/);
  });
});

describe('visits and engagements of an organization', () => {
  it("include its post holders' while the data shows them in post, unless viaPostHolders is false", () => {
    // No engagement names AFRICOM, the CIA or the KDF: their people do. Langley "was in Nairobi last
    // month" as AFRICOM Commander; Burns as CIA Director; Kahariri as Chief of the KDF.
    expect(ids(query.visits({ organization: 'united-states-africa-command' }))).toEqual(['langley-nairobi-visit-2024']);
    expect(ids(query.visits({ organization: ['central-intelligence-agency', 'kenya-defence-forces'] }))).toEqual(['burns-nairobi-visit-2024', 'kahariri-rwanda-working-visit-2025']);
    expect(query.visits({ organization: 'united-states-africa-command', viaPostHolders: false })).toEqual([]);
    expect(query.engagements({ organization: 'central-intelligence-agency' }).map((row) => row.engagement.id)).toEqual(['burns-security-bosses-meeting-2024', 'burns-ruto-meeting-2024']);
    // Outside the time the data shows Langley in post (January 2024), his post does not reach.
    expect(query.visits({ organization: 'united-states-africa-command', during: '2023' })).toEqual([]);
  });
  it("agree with the organization's timeline on which visits involve it", () => {
    for (const organization of ['united-states-africa-command', 'central-intelligence-agency', 'kenya-defence-forces', 'rwanda-defence-force'] as const) {
      const fromTimeline = query.timeline({ organization }).filter((event) => event.kind === 'visit').map((event) => event.id);
      expect(ids(query.visits({ organization })), organization).toEqual(fromTimeline);
    }
  });
});

describe('places', () => {
  it('by country, kind, and within a place (itself and every place inside it)', () => {
    // 001: "State House, Nairobi"; 000: Nyakinama, "Musanze District".
    expect(ids(query.places({ within: 'nairobi' }))).toEqual(['nairobi', 'state-house-nairobi']);
    expect(ids(query.places({ within: 'musanze-district' }))).toEqual(['musanze-district', 'nyakinama']);
    expect(ids(query.places({ kind: 'region' }))).toEqual(['great-lakes-region', 'horn-of-africa']);
    expect(query.places().length).toBe(11);
    expect(() => query.places({ within: 'nairobbi' as never })).toThrow('Did you mean "nairobi"?');
  });
});

describe('timelines without plans', () => {
  it('leave out planned visits and engagements and expected agreement steps, and nothing else', () => {
    const all = query.timeline({ person: 'aden-duale' });
    const done = query.timeline({ person: 'aden-duale', includePlanned: false });
    const kept = new Set(done.map((event) => event.key));
    const dropped = all.filter((event) => !kept.has(event.key));
    // 001: the meetings "lined up" for Duale in the US, the lecture he "will" give; 002/001: the framework's expiry "through 2028".
    expect(dropped.map((event) => event.id)).toEqual(expect.arrayContaining(['duale-austin-talks-2024', 'duale-nuland-meeting-2024', 'duale-lecture-national-defence-university-2024', 'kenya-us-defense-cooperation-framework-2023']));
    for (const event of dropped) expect(event.status === 'planned' || event.expected === true, event.key).toBe(true);
    for (const event of done) expect(event.status !== 'planned' && event.expected !== true, event.key).toBe(true);
    expect(done.length + dropped.length).toBe(all.length);
    expect(() => query.timeline({ person: 'aden-duale', includePlanned: 'no' as never })).toThrow('includePlanned must be true or false, not "no".');
  });
});

describe('meetings of several people', () => {
  it('are the meetings of any of them, each pair once, in engagement order', () => {
    const key = (m: { engagement: string; traveller: string; counterpart: string }) => `${m.engagement} ${m.traveller} ${m.counterpart}`;
    const both = query.meetings({ person: ['aden-duale', 'william-burns'] }).map(key);
    const each = [...query.meetings({ person: 'aden-duale' }), ...query.meetings({ person: 'william-burns' })].map(key);
    expect([...both].sort()).toEqual([...new Set(each)].sort());
    // Burns met Ruto on 15 January 2024 (001); Duale met Al-Muqrin in February 2024.
    expect(both).toContain('burns-ruto-meeting-2024 william-burns william-ruto');
    expect(() => query.meetings({ person: [] })).toThrow('person: an empty list matches nothing');
  });
});

describe('engagement rows carry the date they are found by', () => {
  it("an engagement's own date, else its visit's, and whose it is", () => {
    // 001: Burns "met President William Ruto at State House, Nairobi, on January 15, 2024".
    expect(query.engagement('burns-ruto-meeting-2024')).toMatchObject({ date: '2024-01-15', dateFrom: 'engagement' });
    // 000 gives no date for the meeting with Muganga: it takes the visit's window.
    expect(query.engagement('kahariri-meets-muganga')).toMatchObject({ date: '2025-11-02?/2025-11-08?', dateFrom: 'visit' });
    for (const row of query.engagements()) expect(row.date).toBe(row.dateFrom === 'engagement' ? row.engagement.when?.value : row.visit.when.value);
  });
});

describe('engagements by origin and destination', () => {
  it('are the engagements of the visits from and to those countries', () => {
    const fromVisits = query.visits({ origin: 'KE', destination: 'US' }).flatMap((visit) => visit.engagements.map((engagement) => engagement.id)).sort();
    const rows = query.engagements({ origin: 'KE', destination: 'US' }).map((row) => row.engagement.id).sort();
    expect(rows).toEqual(fromVisits);
    // Duale's 2024 trip (NSC, Senators, Nuland, Austin, NDU lecture) and Juma's 2019 dialogue.
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(query.engagements({ origin: 'RW' })).toEqual([]);
  });
});

describe('expected steps with an uncertain date', () => {
  it('are never overdue, but the reason says when their date as written has passed', () => {
    // 003: Juma "will then sign the agreement to guide the Strategic Dialogue" (7–8 May 2019, "?").
    const before = query.agreementStatus('bsd-guiding-agreement', '2019-05-05');
    expect(before.reason).toBe('also expected as of the last report (2019-05-03): signed (2019-05-07?/2019-05-08?)');
    const later = query.agreementStatus('bsd-guiding-agreement', '2030-01-01');
    expect(later.overdue).toEqual([]);
    expect(later.reason).toBe('also expected as of the last report (2019-05-03): signed (2019-05-07?/2019-05-08?), whose uncertain date has passed by 2030-01-01; no later report says whether it happened');
  });
});

describe('audit 12 corrections, as the query answers them', () => {
  it("Duale's Riyadh stay keeps its February window and offers an unknown start as the alternative", () => {
    const when = query.visit('duale-riyadh-imctc-2024').when;
    expect(when.value).toBe('2024-02/2024-02-04');
    expect(when.inference?.alternatives).toEqual(['/2024-02-04']);
  });
  it('the IMCTC meeting has the defence ministers as counterparts, with the inference', () => {
    const imctc = query.engagements({ person: 'aden-duale' }).find((row) => row.engagement.id === 'imctc-defence-ministers-meeting-2024');
    expect(imctc?.engagement.counterparts).toEqual([expect.objectContaining({ organization: 'islamic-military-counter-terrorism-coalition', description: 'defence ministers' })]);
    expect(imctc?.engagement.counterparts[0]?.inference).toMatch(/names none of them/);
  });
  it('Kenyatta is attested as President on the 2019 article date as well as on the 2018 meeting', () => {
    const [holder] = query.postHolders({ country: 'KE', role: 'President', asOf: '2019-05-03' }).filter((each) => each.person === 'uhuru-kenyatta');
    expect(holder?.evidence).toBe('attested-on-date');
    expect(query.post('kenyatta-president-kenya').attestations.map((attestation) => attestation.asOf)).toEqual(['2018-08-27', '2019-05-03']);
  });
  it('Manda Bay hosting states no purpose: Austin\'s remark stays a statement of his visit', () => {
    expect(query.commitment('kenya-hosts-us-forces-manda-bay').purpose).toEqual([]);
  });
});
