import type { DatePrecision } from '../dates/edtf.js';
import { deepFreeze } from '../util/deep-freeze.js';
import { asList, checkCountry, checkId, checkKeys, checkValue, dateWindow } from './arguments.js';
import { commitmentSpan, heldSpan, statusEntrySpan, type QueryIndex } from './build-index.js';
import { isoDay, spanMatches, spanOf, type DayWindow, type Span } from './days.js';
import { QueryError } from './errors.js';
import { checkViaPostHolders } from './organization-constraint.js';
import type { QueryRecordKind } from './records.js';
import type { CitationRecord, CountryCodeLiteral, DateFilter, EngagementRow, IdTypes, OneOrMany, PostRecord, StringIds, VisitRecord } from './types.js';

/**
 * What a timeline is about: one country, person or organization, optionally limited to a date
 * range (same semantics as the filters).
 *
 * @example
 * ```ts
 * const subject: TimelineSubject = { organization: 'united-states-africa-command' };
 * ```
 */
export type TimelineSubject<I extends IdTypes = StringIds> = (
  // viaPostHolders?: never on the members without an organization: a filter-key check that reads
  // keys of every member (IdsChecked) would otherwise accept it beside a country or person.
  | { readonly country: CountryCodeLiteral; readonly person?: never; readonly organization?: never; readonly viaPostHolders?: never }
  | { readonly person: I['person']; readonly country?: never; readonly organization?: never; readonly viaPostHolders?: never }
  | { readonly organization: I['organization']; readonly country?: never; readonly person?: never; readonly viaPostHolders?: boolean }
) &
  DateFilter & {
    /**
     * `false` leaves out what was only planned as of its source: visits and engagements whose
     * status is `planned`, and agreement steps reported as expected. Default `true`: plans are
     * listed, marked by their `status` and `expected`.
     */
    readonly includePlanned?: boolean;
    /**
     * Only events of these kinds (`'visit'`, `'agreement-status'`…): `{ person, kind: 'visit' }`
     * lists a person's trips without the meetings, posts and pledges. Default: every kind.
     */
    readonly kind?: OneOrMany<TimelineEventKind>;
  };

/**
 * The kinds of event on a timeline.
 *
 * @example
 * ```ts
 * const kinds: TimelineEventKind[] = ['visit', 'agreement-status'];
 * ```
 */
export type TimelineEventKind = 'visit' | 'engagement' | 'agreement-status' | 'commitment' | 'post-attestation' | 'post-start' | 'post-end';

// Every kind once: the record type makes the compiler list a kind added to the union above.
const TIMELINE_EVENT_KIND_SET: Readonly<Record<TimelineEventKind, true>> = { visit: true, engagement: true, 'agreement-status': true, commitment: true, 'post-attestation': true, 'post-start': true, 'post-end': true };
const TIMELINE_EVENT_KINDS = Object.keys(TIMELINE_EVENT_KIND_SET) as TimelineEventKind[];

/**
 * One dated event on a timeline, with how the subject is involved and the citations.
 *
 * @example
 * ```ts
 * for (const event of query.timeline({ person: 'aden-duale' })) console.log(event.date, event.summary);
 * ```
 */
export interface TimelineEvent {
  readonly kind: TimelineEventKind;
  /** Unique key of the event, e.g. `agreement:bsd-guiding-agreement#statusHistory[0]`. */
  readonly key: string;
  readonly recordKind: QueryRecordKind;
  readonly id: string;
  /** The EDTF date as recorded. */
  readonly date: string;
  readonly earliest: string | null;
  readonly latest: string | null;
  readonly precision: DatePrecision;
  readonly summary: string;
  /** How the subject takes part: `lead`, `counterpart`, `origin`, `party`, `post-holder:<post id>:<role>` (e.g. `post-holder:langley-commander-africom:lead`) … */
  readonly involvement: readonly string[];
  readonly status?: string;
  readonly expected?: boolean;
  readonly citations: readonly CitationRecord[];
}

const PRECISIONS: readonly DatePrecision[] = ['year', 'month', 'day'];

interface Draft {
  kind: TimelineEventKind;
  key: string;
  recordKind: QueryRecordKind;
  id: string;
  date: string;
  span: Span;
  summary: string;
  involvement: Set<string>;
  status?: string;
  expected?: boolean;
  citations: readonly CitationRecord[];
}

/**
 * Orders events by earliest possible day, then latest possible day, then precision — coarser
 * first, so "2024-01" comes before "2024-01-01", which it may contain — then record id, then
 * event key. Every tie is broken, so the order is the same on every run and every machine.
 *
 * @example
 * ```ts
 * events.sort(compareEvents);
 * ```
 */
export function compareEvents(a: { span: Span; id: string; key: string }, b: { span: Span; id: string; key: string }): number {
  const byEarliest = a.span.earliest === b.span.earliest ? 0 : a.span.earliest < b.span.earliest ? -1 : 1;
  if (byEarliest !== 0) return byEarliest;
  const byLatest = a.span.latest === b.span.latest ? 0 : a.span.latest < b.span.latest ? -1 : 1;
  if (byLatest !== 0) return byLatest;
  if (a.span.precision !== b.span.precision) return a.span.precision - b.span.precision;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * Collects events, merging the involvement of an event reached in several ways. Events of kinds
 * not asked for, or outside the date window, are dropped on arrival rather than collected,
 * merged and sorted first.
 */
class Collector {
  readonly drafts = new Map<string, Draft>();
  constructor(
    private readonly window: DayWindow | undefined,
    private readonly kinds: ReadonlySet<TimelineEventKind> | undefined,
  ) {}
  add(draft: Omit<Draft, 'involvement'>, involvement: string): void {
    if (this.kinds !== undefined && !this.kinds.has(draft.kind)) return;
    if (this.window && !spanMatches(draft.span.earliest, draft.span.latest, this.window)) return;
    const known = this.drafts.get(draft.key);
    if (known) known.involvement.add(involvement);
    else this.drafts.set(draft.key, { ...draft, involvement: new Set([involvement]) });
  }
}

function visitDraft(visit: VisitRecord): Omit<Draft, 'involvement'> {
  return { kind: 'visit', key: `visit:${visit.id}`, recordKind: 'visit', id: visit.id, date: visit.when.value, span: spanOf(visit.when.value), summary: visit.title, status: visit.status.value, citations: visit.citations };
}

function engagementDraft(row: EngagementRow): Omit<Draft, 'involvement'> {
  const date = row.date;
  return {
    kind: 'engagement',
    key: `engagement:${row.engagement.id}`,
    recordKind: 'engagement',
    id: row.engagement.id,
    date,
    span: spanOf(date),
    summary: row.engagement.title,
    status: row.engagement.status.value,
    citations: row.engagement.citations,
  };
}

function addPostEvents(index: QueryIndex, collector: Collector, post: PostRecord, involvement: string): void {
  const name = index.people.records[index.people.positionOf.get(post.person) ?? -1]?.name ?? post.person;
  post.attestations.forEach((attestation, position) =>
    collector.add(
      {
        kind: 'post-attestation',
        key: `post:${post.id}#attestations[${position}]`,
        recordKind: 'post',
        id: post.id,
        date: attestation.asOf,
        span: spanOf(attestation.asOf),
        summary: `${name} attested as ${post.role} (${post.country})`,
        citations: attestation.citations,
      },
      involvement,
    ),
  );
  for (const [edge, claim] of [
    ['start', post.start],
    ['end', post.end],
  ] as const) {
    if (!claim) continue;
    collector.add(
      { kind: `post-${edge}`, key: `post:${post.id}#${edge}`, recordKind: 'post', id: post.id, date: claim.value, span: spanOf(claim.value), summary: `${name} ${edge === 'start' ? 'takes up' : 'leaves'} the post of ${post.role} (${post.country})`, citations: claim.citations },
      involvement,
    );
  }
}

function addAgreementEvents(index: QueryIndex, collector: Collector, position: number, involvement: string): void {
  const agreement = index.agreements.records[position];
  if (!agreement) return;
  agreement.statusHistory.forEach((entry, at) => {
    const date = entry.date?.value ?? entry.asOf;
    collector.add(
      {
        kind: 'agreement-status',
        key: `agreement:${agreement.id}#statusHistory[${at}]`,
        recordKind: 'agreement',
        id: agreement.id,
        date,
        span: statusEntrySpan(entry),
        summary: `${agreement.title}: ${entry.status}${entry.expected ? ` (expected, as reported ${entry.asOf})` : ` (reported ${entry.asOf})`}`,
        status: entry.status,
        expected: entry.expected,
        citations: entry.citations,
      },
      involvement,
    );
  });
}

function addCommitment(index: QueryIndex, collector: Collector, position: number, involvement: string): void {
  const commitment = index.commitments.records[position];
  if (!commitment) return;
  const date = commitment.pledged?.value ?? commitment.asOf;
  collector.add({ kind: 'commitment', key: `commitment:${commitment.id}`, recordKind: 'commitment', id: commitment.id, date, span: commitmentSpan(commitment), summary: commitment.title, citations: commitment.citations }, involvement);
}

const ROLES = ['lead', 'delegation', 'participant', 'counterpart'] as const;

function addPersonEvents(index: QueryIndex, collector: Collector, person: string, involvement: (role: string) => string, during?: Span): void {
  const inside = (span: Span): boolean => during === undefined || (span.earliest <= during.latest && span.latest >= during.earliest);
  for (const role of ROLES) {
    for (const position of index.visits.posting(`person:${role}`, person)) {
      const draft = visitDraft(index.visits.records[position] as VisitRecord);
      if (inside(draft.span)) collector.add(draft, involvement(role));
    }
    for (const position of index.engagements.posting(`person:${role}`, person)) {
      const draft = engagementDraft(index.engagements.records[position] as EngagementRow);
      if (inside(draft.span)) collector.add(draft, involvement(role));
    }
  }
}

/**
 * Every dated event involving the subject, in the order of {@link compareEvents}.
 *
 * @example
 * ```ts
 * timelineOf(index, { organization: 'united-states-africa-command' });
 * ```
 */
export function timelineOf(index: QueryIndex, subject: TimelineSubject): readonly TimelineEvent[] {
  if (typeof subject !== 'object' || subject === null) throw new QueryError('invalid-argument', 'subject', 'timeline() takes { country } or { person } or { organization }.');
  checkKeys(subject, ['country', 'person', 'organization', 'viaPostHolders', 'includePlanned', 'kind', 'from', 'to', 'during', 'match'], 'timeline');
  const kinds = subject.kind === undefined ? undefined : new Set(asList(subject.kind, 'kind').map((kind) => checkValue(TIMELINE_EVENT_KINDS, kind, 'kind')));
  const includePlanned: unknown = subject.includePlanned;
  if (includePlanned !== undefined && typeof includePlanned !== 'boolean') {
    throw new QueryError('invalid-argument', 'includePlanned', `includePlanned must be true or false, not ${JSON.stringify(includePlanned) ?? String(includePlanned)}.`);
  }
  const given = (['country', 'person', 'organization'] as const).filter((key) => subject[key] !== undefined);
  if (given.length !== 1) {
    throw new QueryError('invalid-argument', given[1] ?? 'subject', `timeline() needs exactly one of country, person or organization; got ${given.length === 0 ? 'none' : given.join(' and ')}.`);
  }
  checkViaPostHolders((subject as { viaPostHolders?: unknown }).viaPostHolders, subject.organization !== undefined);
  const collector = new Collector(dateWindow(subject), kinds);
  if (subject.country !== undefined) {
    const country = checkCountry(subject.country, 'country');
    for (const side of ['origin', 'destination'] as const) {
      for (const position of index.visits.posting(`country:${side}`, country)) collector.add(visitDraft(index.visits.records[position] as VisitRecord), side);
      for (const position of index.engagements.posting(`country:${side}`, country)) collector.add(engagementDraft(index.engagements.records[position] as EngagementRow), side);
    }
    for (const position of index.agreements.posting('country', country)) addAgreementEvents(index, collector, position, 'party');
    for (const position of index.commitments.posting('country', country)) {
      const commitment = index.commitments.records[position];
      if (commitment?.pledgedBy.country === country) addCommitment(index, collector, position, 'pledger');
      if (commitment?.recipient.country === country) addCommitment(index, collector, position, 'recipient');
    }
    for (const position of index.posts.posting('country', country)) addPostEvents(index, collector, index.posts.records[position] as PostRecord, 'post-country');
  } else if (subject.person !== undefined) {
    const person = checkId(index, 'person', subject.person, 'person');
    addPersonEvents(index, collector, person, (role) => role);
    for (const position of index.agreements.posting('person', person)) addAgreementEvents(index, collector, position, 'signatory');
    for (const role of ['pledger', 'recipient'] as const) for (const position of index.commitments.posting(`person:${role}`, person)) addCommitment(index, collector, position, role);
    for (const post of index.postsByPerson.get(person) ?? []) addPostEvents(index, collector, post, 'holder');
  } else if (subject.organization !== undefined) {
    const organization = checkId(index, 'organization', subject.organization, 'organization');
    for (const position of index.engagements.posting('organization', organization)) {
      const row = index.engagements.records[position] as EngagementRow;
      const hosts = row.engagement.organizations.includes(organization);
      collector.add(engagementDraft(row), hosts ? 'organization' : 'counterpart');
    }
    for (const position of index.visits.posting('organization', organization)) collector.add(visitDraft(index.visits.records[position] as VisitRecord), 'engagement-organization');
    for (const position of index.commitments.posting('organization', organization)) {
      const commitment = index.commitments.records[position];
      if (commitment?.pledgedBy.organization === organization) addCommitment(index, collector, position, 'pledger');
      if (commitment?.recipient.organization === organization) addCommitment(index, collector, position, 'recipient');
    }
    for (const post of index.postsByOrganization.get(organization) ?? []) {
      addPostEvents(index, collector, post, 'post');
      // People act for an organization through its posts: include what a post holder did while
      // the data shows them in post (from the first to the last attestation or stated term).
      if (subject.viaPostHolders === false) continue;
      addPersonEvents(index, collector, post.person, (role) => `post-holder:${post.id}:${role}`, heldSpan(post));
    }
  }
  // Planned is not done: a plan is an event only for those who ask for plans.
  const drafts = [...collector.drafts.values()]
    .filter((draft) => includePlanned !== false || (draft.status !== 'planned' && draft.expected !== true))
    .sort(compareEvents);
  return Object.freeze(
    drafts.map((draft) =>
      Object.freeze({
        kind: draft.kind,
        key: draft.key,
        recordKind: draft.recordKind,
        id: draft.id,
        date: draft.date,
        earliest: Number.isFinite(draft.span.earliest) ? isoDay(draft.span.earliest) : null,
        latest: Number.isFinite(draft.span.latest) ? isoDay(draft.span.latest) : null,
        precision: PRECISIONS[draft.span.precision] ?? 'day',
        summary: draft.summary,
        involvement: Object.freeze([...draft.involvement].sort()),
        ...(draft.status === undefined ? {} : { status: draft.status }),
        ...(draft.expected === undefined ? {} : { expected: draft.expected }),
        // The citations belong to a record that may not have been handed out (so frozen) yet.
        citations: deepFreeze(draft.citations),
      }),
    ),
  );
}
