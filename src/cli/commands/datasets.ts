import { COMMITMENT_ROLES, VISIT_ROLES, type Query } from '../../query/index.js';
import type { DatasetName } from '../../schema/dataset.js';
import {
  AgreementKind,
  AgreementStatus,
  CommitmentKind,
  EngagementKind,
  EventStatus,
  OrganizationKind,
  PlaceKind,
  Topic,
  VisitKind,
} from '../../schema/vocabularies.js';
import { Disagreement, RecordKind } from '../../schema/disagreement.js';
import { citedSources } from '../citations.js';
import { listCell } from '../format/result.js';

/** What `list` can list: every dataset, plus engagements (stored inside visits). */
export type ListName = DatasetName | 'engagements';

/** Every name `list` accepts, in the order help shows them. */
export const LIST_NAMES: readonly ListName[] = [
  'visits',
  'engagements',
  'agreements',
  'commitments',
  'people',
  'organizations',
  'places',
  'posts',
  'sources',
  'disagreements',
];

/** The CLI's filter flags: each maps to the query filter field of the same name, camel-cased (`--via-post-holders` is `viaPostHolders`). */
export type FilterFlag =
  | 'country'
  | 'parties'
  | 'origin'
  | 'destination'
  | 'person'
  | 'roles'
  | 'organization'
  | 'via-post-holders'
  | 'parent'
  | 'within'
  | 'place'
  | 'visit'
  | 'kind'
  | 'status'
  | 'reached'
  | 'topic'
  | 'role'
  | 'source'
  | 'resolution';

/** Date flags, passed to the query as its `from`/`to`/`during`/`match` fields. */
export type DateFlag = 'from' | 'to' | 'during' | 'match';

/** A column of `list` output: its name (for `--fields` and headers) and how to read it. */
export interface ListColumn {
  readonly name: string;
  readonly get: (record: never) => unknown;
}

/** How one list name is queried and shown. */
export interface ListSpec {
  /** What the records are, for help. */
  readonly about: string;
  readonly filters: readonly FilterFlag[];
  readonly dated: boolean;
  /** Accepted values of `--kind`/`--status`/`--reached`/`--topic`/`--roles`/`--resolution`, for help. */
  readonly vocabularies: Partial<Record<'kind' | 'status' | 'reached' | 'topic' | 'roles' | 'resolution', readonly string[]>>;
  /** Columns in display order; `defaults` is what the table shows without `--fields`. */
  readonly columns: readonly ListColumn[];
  readonly defaults: readonly string[];
  /** Fetches records through the query API (or the frozen dataset for kinds it has no filter for). */
  fetch(query: Query, filter: Readonly<Record<string, unknown>>): readonly unknown[];
  /** The record as JSON shows it. */
  json(record: never): unknown;
}

type DateClaimLike = { readonly value: string } | undefined;
const dateOf = (claim: DateClaimLike): string | undefined => claim?.value;

/** Builds a typed column list without repeating the record type on every accessor. */
function columns<R>(list: readonly { readonly name: string; readonly get: (record: R) => unknown }[]): readonly ListColumn[] {
  return list as unknown as readonly ListColumn[];
}

type VisitR = ReturnType<Query['visits']>[number];
type EngagementR = ReturnType<Query['engagements']>[number];
type AgreementR = ReturnType<Query['agreements']>[number];
type CommitmentR = ReturnType<Query['commitments']>[number];
type PostR = ReturnType<Query['posts']>[number];
type PersonR = ReturnType<Query['people']>[number];
type OrganizationR = ReturnType<Query['organizations']>[number];
type PlaceR = Query['dataset']['places'][number];
type SourceR = Query['dataset']['sources'][number];
type DisagreementR = Query['dataset']['disagreements'][number];
type PartyR = CommitmentR['pledgedBy'];

const party = (value: PartyR): string => listCell([value.country, value.person, value.organization]);

/**
 * The latest status an agreement is reported to have reached (not merely expected): the same
 * reading the query's `status` filter uses, so the column agrees with the filter.
 */
function currentStatus(agreement: AgreementR): AgreementR['statusHistory'][number] | undefined {
  return agreement.statusHistory.filter((entry) => !entry.expected).at(-1);
}

const identity = (record: unknown): unknown => record;
const DATE_FILTERS = true;

/**
 * Per-name query, filters and columns of `list`. Filters are exactly the query API's filter
 * fields for that kind; sources have no query filters, so they list in full.
 */
export const LISTS: Readonly<Record<ListName, ListSpec>> = {
  visits: {
    about: 'official visits, in date order',
    filters: ['country', 'origin', 'destination', 'person', 'roles', 'organization', 'via-post-holders', 'place', 'kind', 'status', 'topic'],
    dated: DATE_FILTERS,
    vocabularies: { kind: VisitKind.options, status: EventStatus.options, topic: Topic.options, roles: VISIT_ROLES },
    columns: columns<VisitR>([
      { name: 'id', get: (v) => v.id },
      { name: 'date', get: (v) => v.when.value },
      { name: 'status', get: (v) => v.status.value },
      { name: 'kind', get: (v) => v.kind },
      { name: 'origin', get: (v) => v.origin.country },
      { name: 'destination', get: (v) => v.destination.country },
      { name: 'places', get: (v) => listCell(v.destination.places) },
      { name: 'lead', get: (v) => v.lead },
      { name: 'title', get: (v) => v.title },
      { name: 'topics', get: (v) => listCell(v.topics) },
      { name: 'engagements', get: (v) => listCell(v.engagements.map((e) => e.id)) },
      { name: 'agreements', get: (v) => listCell(v.agreements) },
      { name: 'sources', get: (v) => listCell(citedSources(v)) },
    ]),
    defaults: ['id', 'date', 'status', 'origin', 'destination', 'lead', 'title'],
    fetch: (query, filter) => query.visits(filter),
    json: identity,
  },
  engagements: {
    about: 'meetings, talks, lectures and other engagements within visits, in date order',
    filters: ['country', 'origin', 'destination', 'person', 'roles', 'organization', 'via-post-holders', 'place', 'visit', 'kind', 'status', 'topic'],
    dated: DATE_FILTERS,
    vocabularies: { kind: EngagementKind.options, status: EventStatus.options, topic: Topic.options, roles: VISIT_ROLES },
    columns: columns<EngagementR>([
      { name: 'id', get: (r) => r.engagement.id },
      { name: 'visit', get: (r) => r.visit.id },
      // An engagement without its own date is dated by its visit, as the query's date filter does.
      { name: 'date', get: (r) => r.date },
      { name: 'date_from', get: (r) => r.dateFrom },
      { name: 'status', get: (r) => r.engagement.status.value },
      { name: 'kind', get: (r) => r.engagement.kind },
      { name: 'place', get: (r) => r.engagement.place },
      { name: 'counterparts', get: (r) => listCell(r.engagement.counterparts.map((c) => c.person ?? c.organization ?? c.description)) },
      { name: 'organizations', get: (r) => listCell(r.engagement.organizations) },
      { name: 'title', get: (r) => r.engagement.title },
      { name: 'topics', get: (r) => listCell(r.engagement.topics) },
      { name: 'agreements', get: (r) => listCell(r.engagement.agreements) },
      { name: 'sources', get: (r) => listCell(citedSources(r.engagement)) },
    ]),
    defaults: ['id', 'date', 'status', 'kind', 'visit', 'title'],
    fetch: (query, filter) => query.engagements(filter),
    // The engagement with the id of its visit (not the whole visit, which `show` gives).
    json: (row: EngagementR) => {
      const { id, ...engagement } = row.engagement;
      return { id, visit: row.visit.id, ...engagement };
    },
  },
  agreements: {
    about: 'agreements, frameworks, dialogues, action plans and communiqués, by first reported date',
    filters: ['country', 'parties', 'person', 'place', 'kind', 'status', 'reached', 'topic'],
    dated: DATE_FILTERS,
    vocabularies: { kind: AgreementKind.options, status: AgreementStatus.options, reached: AgreementStatus.options, topic: Topic.options },
    columns: columns<AgreementR>([
      { name: 'id', get: (a) => a.id },
      { name: 'kind', get: (a) => a.kind },
      { name: 'parties', get: (a) => listCell(a.parties) },
      { name: 'signed', get: (a) => dateOf(a.signed) },
      { name: 'term', get: (a) => dateOf(a.term) },
      { name: 'status', get: (a) => currentStatus(a)?.status },
      { name: 'status_as_of', get: (a) => currentStatus(a)?.asOf },
      { name: 'signatories', get: (a) => listCell(a.signatories.map((s) => s.person)) },
      { name: 'title', get: (a) => a.title },
      { name: 'topics', get: (a) => listCell(a.topics) },
      { name: 'sources', get: (a) => listCell(citedSources(a)) },
    ]),
    defaults: ['id', 'kind', 'parties', 'signed', 'status', 'title'],
    fetch: (query, filter) => query.agreements(filter),
    json: identity,
  },
  commitments: {
    about: 'pledges of money, personnel and basing access, in date order',
    filters: ['country', 'person', 'roles', 'organization', 'place', 'kind'],
    dated: DATE_FILTERS,
    vocabularies: { kind: CommitmentKind.options, roles: COMMITMENT_ROLES },
    columns: columns<CommitmentR>([
      { name: 'id', get: (c) => c.id },
      { name: 'date', get: (c) => dateOf(c.pledged) ?? c.asOf },
      { name: 'kind', get: (c) => c.kind },
      { name: 'pledged_by', get: (c) => party(c.pledgedBy) },
      { name: 'recipient', get: (c) => party(c.recipient) },
      { name: 'amount', get: (c) => (c.money ? `${c.money.bound === 'up-to' ? 'up to ' : ''}${c.money.amount} ${c.money.currency}` : undefined) },
      { name: 'personnel', get: (c) => (c.personnel ? `${c.personnel.count} ${c.personnel.description}` : undefined) },
      { name: 'site', get: (c) => c.site },
      { name: 'title', get: (c) => c.title },
      { name: 'as_of', get: (c) => c.asOf },
      { name: 'sources', get: (c) => listCell(citedSources(c)) },
    ]),
    defaults: ['id', 'date', 'kind', 'pledged_by', 'recipient', 'amount', 'title'],
    fetch: (query, filter) => query.commitments(filter),
    json: identity,
  },
  people: {
    about: 'officials named in the sources, by id',
    filters: ['country', 'organization'],
    dated: false,
    vocabularies: {},
    columns: columns<PersonR>([
      { name: 'id', get: (p) => p.id },
      { name: 'name', get: (p) => p.name },
      { name: 'rank', get: (p) => p.rank?.value },
      { name: 'honorific', get: (p) => p.honorific?.value },
      { name: 'nationality', get: (p) => listCell(p.nationality.map((n) => n.country)) },
      { name: 'other_names', get: (p) => listCell(p.otherNames.map((n) => n.name)) },
      { name: 'sources', get: (p) => listCell(citedSources(p)) },
    ]),
    defaults: ['id', 'name', 'rank', 'nationality'],
    fetch: (query, filter) => query.people(filter),
    json: identity,
  },
  organizations: {
    about: 'armed forces, commands, agencies and coalitions, by id',
    filters: ['country', 'kind', 'place', 'parent'],
    dated: false,
    vocabularies: { kind: OrganizationKind.options },
    columns: columns<OrganizationR>([
      { name: 'id', get: (o) => o.id },
      { name: 'name', get: (o) => o.name },
      { name: 'abbreviations', get: (o) => listCell(o.abbreviations.map((a) => a.name)) },
      { name: 'kind', get: (o) => o.kind },
      { name: 'country', get: (o) => o.country },
      { name: 'parent', get: (o) => o.parent },
      { name: 'location', get: (o) => o.location },
      { name: 'sources', get: (o) => listCell(citedSources(o)) },
    ]),
    defaults: ['id', 'abbreviations', 'kind', 'country', 'name'],
    fetch: (query, filter) => query.organizations(filter),
    json: identity,
  },
  places: {
    about: 'cities, venues, military sites and regions, by id',
    filters: ['country', 'kind', 'within'],
    dated: false,
    vocabularies: { kind: PlaceKind.options },
    columns: columns<PlaceR>([
      { name: 'id', get: (p) => p.id },
      { name: 'name', get: (p) => p.name },
      { name: 'kind', get: (p) => p.kind },
      { name: 'country', get: (p) => p.country },
      { name: 'within', get: (p) => p.within },
      { name: 'sources', get: (p) => listCell(citedSources(p)) },
    ]),
    defaults: ['id', 'kind', 'country', 'within', 'name'],
    fetch: (query, filter) => query.places(filter),
    json: identity,
  },
  posts: {
    about: 'who held which post, with the dates sources attest them, in date order',
    filters: ['country', 'person', 'organization', 'role'],
    dated: DATE_FILTERS,
    vocabularies: {},
    columns: columns<PostR>([
      { name: 'id', get: (p) => p.id },
      { name: 'person', get: (p) => p.person },
      { name: 'role', get: (p) => p.role },
      { name: 'country', get: (p) => p.country },
      { name: 'organization', get: (p) => p.organization },
      { name: 'start', get: (p) => dateOf(p.start) },
      { name: 'end', get: (p) => dateOf(p.end) },
      { name: 'attested', get: (p) => listCell(p.attestations.map((a) => a.asOf)) },
      { name: 'titles_as_written', get: (p) => listCell(p.titlesAsWritten) },
      { name: 'sources', get: (p) => listCell(citedSources(p)) },
    ]),
    defaults: ['id', 'person', 'country', 'attested', 'role'],
    fetch: (query, filter) => query.posts(filter),
    json: identity,
  },
  sources: {
    about: 'the news articles the data is built from (metadata and hash, not the text), by id',
    filters: [],
    dated: false,
    vocabularies: {},
    columns: columns<SourceR>([
      { name: 'id', get: (s) => s.id },
      { name: 'published', get: (s) => dateOf(s.published) ?? dateOf(s.publishedInferred) },
      { name: 'published_inferred', get: (s) => s.published === undefined && s.publishedInferred !== undefined },
      { name: 'credit', get: (s) => s.credit?.text },
      { name: 'headline', get: (s) => s.headline?.text },
      { name: 'description', get: (s) => s.description },
      { name: 'language', get: (s) => s.language },
      { name: 'characters', get: (s) => s.characters },
      { name: 'sha256', get: (s) => s.sha256 },
    ]),
    defaults: ['id', 'published', 'credit', 'description'],
    fetch: (query) => query.sources(),
    json: identity,
  },
  disagreements: {
    about: 'points on which the sources disagree, each claim cited, by id',
    filters: ['kind', 'source', 'resolution'],
    dated: false,
    vocabularies: { kind: RecordKind.options, resolution: Disagreement.shape.resolution.options },
    columns: columns<DisagreementR>([
      { name: 'id', get: (d) => d.id },
      { name: 'resolution', get: (d) => d.resolution },
      { name: 'subjects', get: (d) => listCell(d.subjects.map((s) => `${s.kind}:${s.id}${s.field === undefined ? '' : `.${s.field}`}`)) },
      { name: 'claims', get: (d) => d.claims.length },
      { name: 'title', get: (d) => d.title },
      { name: 'note', get: (d) => d.note },
      { name: 'sources', get: (d) => listCell(citedSources(d)) },
    ]),
    defaults: ['id', 'resolution', 'subjects', 'title'],
    fetch: (query, filter) => query.disagreements(filter),
    json: identity,
  },
};
