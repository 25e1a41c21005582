import { checkId, checkKeys } from './arguments.js';
import type { QueryIndex } from './build-index.js';
import { isoDay, parseDateArgument, spanOf } from './days.js';
import { QueryError } from './errors.js';
import { postsMatching } from './filters.js';
import { searchFold } from './spelling.js';
import type { CitationRecord, AgreementRecord, CountryCodeLiteral, DateInput, IdTypes, OneOrMany, PostRecord, StringIds } from './types.js';

/**
 * How strongly the data supports that someone held a post on the asked day, strongest first:
 * - `attested-on-date` — a source shows them in post at a date covering that day (for a partial
 *   attestation such as `2024-01`, the day lies in that month);
 * - `in-stated-term` — a source gives a start and an end, and the day certainly lies between;
 * - `attested-before-and-after` — attested before and after the day (assumed in post throughout);
 * - `last-attested-before` — only attested before: they may since have left;
 * - `first-attested-after` — only attested after: they may not yet have taken up the post.
 *
 * @example
 * ```ts
 * const strong: PostEvidence[] = ['attested-on-date', 'in-stated-term'];
 * ```
 */
export type PostEvidence = 'attested-on-date' | 'in-stated-term' | 'attested-before-and-after' | 'last-attested-before' | 'first-attested-after';

const EVIDENCE_ORDER: readonly PostEvidence[] = ['attested-on-date', 'in-stated-term', 'attested-before-and-after', 'last-attested-before', 'first-attested-after'];

/**
 * Arguments of {@link Query.postHolders}.
 *
 * @example
 * ```ts
 * const question: PostHoldersInput = { country: 'KE', role: 'Cabinet Secretary for Defence', asOf: '2024-01-01' };
 * ```
 */
export interface PostHoldersInput<I extends IdTypes = StringIds> {
  readonly country?: OneOrMany<CountryCodeLiteral>;
  readonly role?: OneOrMany<string>;
  readonly organization?: OneOrMany<I['organization']>;
  /** Only posts held by this person (or any of these): "what was Duale on that day?". */
  readonly person?: OneOrMany<I['person']>;
  /**
   * The day asked about: `YYYY-MM-DD`, a `Date` (its UTC day) or a date-time with a zone
   * (`2024-01-15T10:30:00+03:00`, its UTC day). A month or year is refused: it is not one day.
   */
  readonly asOf: DateInput;
  /**
   * Leave out candidates whose nearest supporting date is more than this many days from the day
   * asked (their `gapDays`). Without it, a holder last seen years earlier is still a candidate
   * (`last-attested-before`); 365 keeps only evidence from within a year. Default: no limit.
   */
  readonly maxGapDays?: number;
}

/**
 * One candidate holder of a post on a day, with the evidence and its citations. The first
 * candidate is the best supported, not necessarily a good answer: read its `evidence` and
 * `gapDays` (or pass `maxGapDays`) before taking it as the holder.
 *
 * @example
 * ```ts
 * const [best] = query.postHolders({ country: 'KE', role: 'Cabinet Secretary for Defence', asOf: '2024-01-01' });
 * console.log(best?.person, best?.evidence, best?.gapDays); // 'aden-duale' 'attested-before-and-after' 34
 * // No source names a US President near 15 January 2024: within a year, there is no candidate.
 * query.postHolders({ country: 'US', role: 'President', asOf: '2024-01-15', maxGapDays: 365 }); // []
 * ```
 */
export interface PostHolder {
  readonly post: PostRecord;
  readonly person: string;
  readonly role: string;
  readonly evidence: PostEvidence;
  /** Days between the asked day and the nearest supporting date (0 when it covers the day). */
  readonly gapDays: number;
  /** The attestations the evidence rests on: the covering ones, or the nearest before and/or after. */
  readonly attestations: PostRecord['attestations'];
  readonly citations: readonly CitationRecord[];
  /**
   * Other people the data shows in the same office (a post with the same role, country and
   * organization) on a day certainly after this candidate's last attestation before the asked
   * day and possibly on or before the asked day (an attestation dated only to a month counts
   * once the month has begun): a sign, not proof, that the candidate had left the post (an
   * office may also have several holders). Only for `last-attested-before` and `attested-before-and-after`;
   * empty otherwise. Asked about 2024, Kenyatta (last attested as President in 2019) has Ruto
   * here. Looked up when first read, so that callers who never read it never pay for it.
   */
  readonly laterHolders: readonly LaterHolder[];
}

/**
 * Someone attested in the same office as a {@link PostHolder} after that candidate's last
 * attestation before the asked day: the post, the person, and the earliest such attestation.
 *
 * @example
 * ```ts
 * const [kenyatta] = query.postHolders({ country: 'KE', role: 'President', asOf: '2024-01-15', person: 'uhuru-kenyatta' });
 * const later: readonly LaterHolder[] = kenyatta?.laterHolders ?? [];
 * console.log(later.map((holder) => `${holder.person} (${holder.asOf})`)); // ['william-ruto (2024-01-15)']
 * ```
 */
export interface LaterHolder {
  readonly post: string;
  readonly person: string;
  /** The holder's earliest attestation in that stretch (EDTF). */
  readonly asOf: string;
  readonly citations: readonly CitationRecord[];
}

/**
 * The people who may hold posts matching the filter on a day, strongest evidence first (then
 * smallest gap, then post id). A post whose stated term certainly excludes the day is left out.
 *
 * @example
 * ```ts
 * postHoldersAsOf(index, { country: 'KE', role: 'Cabinet Secretary for Defence', asOf: '2024-01-01' });
 * ```
 */
export function postHoldersAsOf(index: QueryIndex, input: PostHoldersInput): readonly PostHolder[] {
  if (typeof input !== 'object' || input === null) throw new QueryError('invalid-argument', 'asOf', 'postHolders() takes { asOf, country?, role?, organization?, person?, maxGapDays? }.');
  checkKeys(input, ['country', 'role', 'organization', 'person', 'asOf', 'maxGapDays'], 'postHolders');
  const day = asOfDay(input.asOf);
  const { asOf: _asOf, maxGapDays, ...filter } = input;
  if (maxGapDays !== undefined && !(typeof maxGapDays === 'number' && maxGapDays >= 0 && (Number.isInteger(maxGapDays) || maxGapDays === Infinity))) {
    // String(NaN) is "NaN", where JSON.stringify would say "null".
    const given = typeof maxGapDays === 'number' ? String(maxGapDays) : (JSON.stringify(maxGapDays) ?? String(maxGapDays));
    throw new QueryError('invalid-argument', 'maxGapDays', `maxGapDays must be a whole number of days, 0 or more (e.g. 365), not ${given}.`);
  }
  const holders: PostHolder[] = [];
  for (const post of postsMatching(index, filter)) {
    const holder = evidenceFor(post, day, (since) => laterHoldersOf(index, post, since, day));
    if (holder && (maxGapDays === undefined || holder.gapDays <= maxGapDays)) holders.push(holder);
  }
  holders.sort((a, b) => EVIDENCE_ORDER.indexOf(a.evidence) - EVIDENCE_ORDER.indexOf(b.evidence) || a.gapDays - b.gapDays || (a.post.id < b.post.id ? -1 : a.post.id > b.post.id ? 1 : 0));
  return Object.freeze(holders);
}

/** The asked day as a day number; as-of questions need a day, not a month or year. */
export function asOfDay(value: unknown): number {
  if (value === undefined) throw new QueryError('invalid-argument', 'asOf', 'asOf is required: the day to answer for, e.g. "2024-01-01".');
  const span = parseDateArgument(value, 'asOf');
  if (span.earliest !== span.latest) {
    throw new QueryError('invalid-date', 'asOf', `asOf: "${String(value)}" is not a single day. Give a day such as "2024-01-01" (or a Date), so the answer does not depend on where in the period you mean.`);
  }
  return span.earliest;
}

/** The office a post is one holding of: its role (folded as the role filter folds it), country and organization. */
const officeOf = (post: PostRecord): string => `${searchFold(post.role)}\u0000${post.country}\u0000${post.organization ?? ''}`;

/** Posts by office, built once per index on the first read of `laterHolders`. */
const officesByIndex = new WeakMap<QueryIndex, ReadonlyMap<string, readonly PostRecord[]>>();

function postsInOffice(index: QueryIndex, post: PostRecord): readonly PostRecord[] {
  let offices = officesByIndex.get(index);
  if (offices === undefined) {
    const built = new Map<string, PostRecord[]>();
    for (const each of index.posts.records) {
      const key = officeOf(each);
      const list = built.get(key);
      if (list) list.push(each);
      else built.set(key, [each]);
    }
    officesByIndex.set(index, (offices = built));
  }
  return offices.get(officeOf(post)) ?? [];
}

/**
 * People attested in the same office as `post` on a day certainly after `since` (the last day
 * of the candidate's latest attestation before the asked day) and possibly on or before `day`.
 */
function laterHoldersOf(index: QueryIndex, post: PostRecord, since: number, day: number): readonly LaterHolder[] {
  const out: { holder: LaterHolder; earliest: number }[] = [];
  for (const other of postsInOffice(index, post)) {
    if (other.person === post.person) continue;
    let first: { attestation: PostRecord['attestations'][number]; earliest: number } | undefined;
    for (const attestation of other.attestations) {
      const span = spanOf(attestation.asOf);
      if (span.earliest > since && span.earliest <= day && (!first || span.earliest < first.earliest)) first = { attestation, earliest: span.earliest };
    }
    if (first) out.push({ holder: Object.freeze({ post: other.id, person: other.person, asOf: first.attestation.asOf, citations: first.attestation.citations }), earliest: first.earliest });
  }
  // Earliest first, then by post id: the same order on every run.
  out.sort((a, b) => a.earliest - b.earliest || (a.holder.post < b.holder.post ? -1 : 1));
  return Object.freeze(out.map((entry) => entry.holder));
}

function evidenceFor(post: PostRecord, day: number, laterThan: (since: number) => readonly LaterHolder[]): PostHolder | undefined {
  const start = post.start ? spanOf(post.start.value) : undefined;
  const end = post.end ? spanOf(post.end.value) : undefined;
  // A stated term excludes the day only when it certainly does: a start of "2024" (any day of
  // 2024) rules out 2023-12-31 but not 2024-06-01.
  if ((start && start.earliest > day) || (end && end.latest < day)) return undefined;
  const covering: PostRecord['attestations'][number][] = [];
  let before: { attestation: PostRecord['attestations'][number]; latest: number } | undefined;
  let after: { attestation: PostRecord['attestations'][number]; earliest: number } | undefined;
  for (const attestation of post.attestations) {
    const span = spanOf(attestation.asOf);
    if (span.earliest <= day && span.latest >= day) covering.push(attestation);
    else if (span.latest < day) {
      if (!before || span.latest > before.latest) before = { attestation, latest: span.latest };
    } else if (!after || span.earliest < after.earliest) after = { attestation, earliest: span.earliest };
  }
  const none: readonly LaterHolder[] = Object.freeze([]);
  const make = (evidence: PostEvidence, gapDays: number, attestations: PostRecord['attestations'][number][], extra: readonly CitationRecord[] = [], since?: number): PostHolder => {
    // Later holders are looked up when first read: in a large dataset a busy office has many,
    // and a caller after the best candidate alone should not pay for listing them.
    let later: readonly LaterHolder[] | undefined = since === undefined ? none : undefined;
    return Object.freeze({
      post,
      person: post.person,
      role: post.role,
      evidence,
      gapDays,
      attestations: Object.freeze(attestations),
      citations: Object.freeze([...extra, ...attestations.flatMap((attestation) => attestation.citations)]),
      get laterHolders(): readonly LaterHolder[] {
        return (later ??= laterThan(since ?? day));
      },
    });
  };
  if (covering.length > 0) return make('attested-on-date', 0, covering);
  if (post.start && post.end && start && end && start.latest <= day && end.earliest >= day) {
    return make('in-stated-term', 0, [], [...post.start.citations, ...post.end.citations]);
  }
  if (before && after) return make('attested-before-and-after', Math.min(day - before.latest, after.earliest - day), [before.attestation, after.attestation], [], before.latest);
  if (before) return make('last-attested-before', day - before.latest, [before.attestation], [], before.latest);
  if (after) return make('first-attested-after', after.earliest - day, [after.attestation]);
  return undefined;
}

type StatusEntry = AgreementRecord['statusHistory'][number];

/** EDTF qualifiers of uncertain (`?`), approximate (`~`) or both (`%`) dates. */
const QUALIFIED = /[?~%]/;

/**
 * The status of an agreement as reported by a day.
 *
 * @example
 * ```ts
 * const answer: AgreementStatusAnswer = query.agreementStatus('kenya-rwanda-defence-cooperation-agreement', '2026-01-01');
 * console.log(answer.status); // 'final-stages'
 * ```
 */
export interface AgreementStatusAnswer {
  readonly agreement: AgreementRecord;
  /** The day asked about, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The latest step reported as done by that day, or undefined (see `reason`). */
  readonly status: StatusEntry['status'] | undefined;
  readonly entry: StatusEntry | undefined;
  /** Steps reported by that day as only expected, after the done step: plans, not facts. */
  readonly expected: readonly StatusEntry[];
  /**
   * Of `expected`, those whose expected date has certainly passed by the day asked about (an
   * expiry "through 2028" asked about in 2029). No source says whether they happened, so `status`
   * is the last status reported, not one known to hold on that day: `reason` says so. A date
   * marked uncertain or approximate (`2019-05-07?/2019-05-08?`: a later day is not ruled out) has
   * not certainly passed, and is not listed.
   */
  readonly overdue: readonly StatusEntry[];
  /** Why `status` is undefined, or what to bear in mind about it. */
  readonly reason: string | undefined;
  readonly citations: readonly CitationRecord[];
}

/**
 * The latest status entry reported on or before `asOf` (an entry counts once the earliest day
 * its `asOf` can mean has come), separating done steps from expected ones. History order breaks
 * ties between entries reported on the same date.
 *
 * @example
 * ```ts
 * agreementStatusAsOf(index, 'bsd-guiding-agreement', '2019-06-01').expected[0]?.status; // 'signed'
 * ```
 */
export function agreementStatusAsOf(index: QueryIndex, id: string, asOf: DateInput): AgreementStatusAnswer {
  const agreement = index.agreements.output(index.agreements.positionOf.get(checkId(index, 'agreement', id, 'id')) ?? -1);
  const day = asOfDay(asOf);
  const reported = agreement.statusHistory.filter((entry) => spanOf(entry.asOf).earliest <= day);
  let done: StatusEntry | undefined;
  let doneIndex = -1;
  reported.forEach((entry, position) => {
    if (!entry.expected) {
      done = entry;
      doneIndex = position;
    }
  });
  const expected = Object.freeze(reported.slice(doneIndex + 1).filter((entry) => entry.expected));
  const overdue = Object.freeze(expected.filter((entry) => entry.date !== undefined && !QUALIFIED.test(entry.date.value) && spanOf(entry.date.value).latest < day));
  const pending = expected.filter((entry) => !overdue.includes(entry));
  // Not overdue, since a later day is not ruled out, but the date as written has passed: the
  // reason says so rather than calling a plan of years ago simply "expected".
  const passedUncertain = pending.filter((entry) => entry.date !== undefined && spanOf(entry.date.value).latest < day);
  const pendingText = (entries: readonly StatusEntry[]): string => {
    const steps = entries.map((entry) => `${stepList([entry])}${passedUncertain.includes(entry) ? `, whose uncertain date has passed by ${isoDay(day)}` : ''}`).join(', ');
    return entries.some((entry) => passedUncertain.includes(entry)) ? `${steps}; no later report says whether it happened` : steps;
  };
  const stepList = (entries: readonly StatusEntry[]): string => entries.map((entry) => `${entry.status}${entry.date ? ` (${entry.date.value})` : ''}`).join(', ');
  let reason: string | undefined;
  const first = agreement.statusHistory[0];
  if (reported.length === 0) {
    // Reports made later may date a step on or before the day: say so, without making it the
    // status "as reported by" the day.
    const dated = agreement.statusHistory.filter((entry) => !entry.expected && entry.date !== undefined && spanOf(entry.date.value).earliest <= day);
    const later = [...new Set(dated.map((entry) => `${entry.status} (${entry.date?.value ?? ''})`))];
    reason = `no status was reported by ${isoDay(day)}; the first report is dated ${first?.asOf ?? 'never'}${later.length > 0 ? `, and later reports date steps from on or before that day: ${later.join(', ')}` : ''}`;
  } else if (done && overdue.length > 0) {
    reason = `"${done.status}" is the last status reported (as of ${done.asOf}); that report expected ${stepList(overdue)}, which has passed by ${isoDay(day)}, and no source says whether it happened${pending.length > 0 ? `; also expected: ${pendingText(pending)}` : ''}`;
  } else if (!done) {
    reason = `only expected steps were reported by ${isoDay(day)} (${expected.map((entry) => `${entry.status}${entry.date ? ` on ${entry.date.value}` : ''}, reported ${entry.asOf}`).join('; ')}); no later report says whether they happened${overdue.length > 0 ? `, though the date of ${stepList(overdue)} has passed` : ''}`;
  } else if (expected.length > 0) {
    reason = `also expected as of the last report (${done.asOf}): ${pendingText(expected)}`;
  }
  const citations = [...(done?.citations ?? []), ...expected.flatMap((entry) => entry.citations)];
  return Object.freeze({ agreement, asOf: isoDay(day), status: done?.status, entry: done, expected, overdue, reason, citations: Object.freeze(citations) });
}

