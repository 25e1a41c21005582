import type { Dataset } from '../schema/dataset.js';
import { deepFreeze, type DeepReadonly } from '../util/deep-freeze.js';
import { checkId, type IdKind } from './arguments.js';
import { agreementStatusAsOf, postHoldersAsOf, type AgreementStatusAnswer, type PostHolder, type PostHoldersInput } from './as-of.js';
import { buildIndex, type QueryIndex } from './build-index.js';
import { citationsFor, type ResolvedCitation } from './citations.js';
import {
  agreementsMatching,
  commitmentsMatching,
  engagementsMatching,
  organizationsMatching,
  placesMatching,
  peopleMatching,
  postsMatching,
  visitsMatching,
} from './filters.js';
import type { QueryRecordKind } from './records.js';
import type { Table } from './table.js';
import { buildPartnerIndex, counterpartsOf, meetingsOf, partnersOf, type CounterpartCount, type CounterpartFilter, type Meeting, type MeetingFilter, type Partner } from './relations.js';
import { buildSearchIndex, searchIndex, type SearchHit, type SearchIndex, type SearchOptions } from './search.js';
import { searchSuggestions } from './search-suggestions.js';
import { timelineOf, type TimelineEvent, type TimelineSubject } from './timeline.js';
import { disagreementsAbout, disagreementsBySubject, disagreementsMatching, type DisagreementFilter, type DisagreementsBySubject, type DisagreementSubjectKind } from './disagreements.js';
import type {
  AgreementFilter,
  AgreementRecord,
  CommitmentFilter,
  CommitmentRecord,
  CountryCodeLiteral,
  DateInput,
  DisagreementRecord,
  EngagementFilter,
  EngagementRow,
  IdFromResult,
  IdsChecked,
  IdTypes,
  OrganizationFilter,
  OrganizationRecord,
  PersonFilter,
  PersonRecord,
  PlaceFilter,
  PlaceRecord,
  PostFilter,
  PostRecord,
  SourceRecord,
  StringIds,
  VisitFilter,
  VisitRecord,
} from './types.js';
import { parseDataset, checkReferences } from './validate-dataset.js';
import { QueryError } from './errors.js';

/**
 * Typed questions over one dataset. Every method validates its arguments (throwing
 * {@link QueryError} rather than answering a malformed question with nothing) and returns frozen
 * results that share the frozen records of the index.
 *
 * @example
 * ```ts
 * import { createQuery, dataset, type Query } from 'kenya-defence-cooperation';
 * const q: Query = createQuery(dataset);
 * q.visits({ country: 'KE', during: '2024' }).map((visit) => visit.id);
 * ```
 */
export interface Query<I extends IdTypes = StringIds> {
  /** The dataset the index was built from (frozen). */
  readonly dataset: DeepReadonly<Dataset>;
  // Each method taking ids has a second signature for ids read from results (typed `string`):
  // the first gives editors the bundled ids to offer, the second lets answers flow into
  // questions, and both refuse a literal that is not a known id (see IdsChecked, IdFromResult).
  visits(filter?: VisitFilter<I>): readonly VisitRecord[];
  visits<const F extends VisitFilter>(filter: F & IdsChecked<F, I, VisitFilter>): readonly VisitRecord[];
  engagements(filter?: EngagementFilter<I>): readonly EngagementRow[];
  engagements<const F extends EngagementFilter>(filter: F & IdsChecked<F, I, EngagementFilter>): readonly EngagementRow[];
  agreements(filter?: AgreementFilter<I>): readonly AgreementRecord[];
  agreements<const F extends AgreementFilter>(filter: F & IdsChecked<F, I, AgreementFilter>): readonly AgreementRecord[];
  commitments(filter?: CommitmentFilter<I>): readonly CommitmentRecord[];
  commitments<const F extends CommitmentFilter>(filter: F & IdsChecked<F, I, CommitmentFilter>): readonly CommitmentRecord[];
  posts(filter?: PostFilter<I>): readonly PostRecord[];
  posts<const F extends PostFilter>(filter: F & IdsChecked<F, I, PostFilter>): readonly PostRecord[];
  people(filter?: PersonFilter<I>): readonly PersonRecord[];
  people<const F extends PersonFilter>(filter: F & IdsChecked<F, I, PersonFilter>): readonly PersonRecord[];
  organizations(filter?: OrganizationFilter<I>): readonly OrganizationRecord[];
  organizations<const F extends OrganizationFilter>(filter: F & IdsChecked<F, I, OrganizationFilter>): readonly OrganizationRecord[];
  /**
   * Places matching every given field, in data order: by country, kind, or `within` a place (the
   * place itself and every place inside it).
   *
   * @example
   * ```ts
   * query.places({ within: 'nairobi' }).map((place) => place.id); // ['nairobi', 'state-house-nairobi']
   * ```
   */
  places(filter?: PlaceFilter<I>): readonly PlaceRecord[];
  places<const F extends PlaceFilter>(filter: F & IdsChecked<F, I, PlaceFilter>): readonly PlaceRecord[];
  visit(id: I['visit']): VisitRecord;
  visit<T extends string>(id: IdFromResult<T>): VisitRecord;
  engagement(id: I['engagement']): EngagementRow;
  engagement<T extends string>(id: IdFromResult<T>): EngagementRow;
  agreement(id: I['agreement']): AgreementRecord;
  agreement<T extends string>(id: IdFromResult<T>): AgreementRecord;
  commitment(id: I['commitment']): CommitmentRecord;
  commitment<T extends string>(id: IdFromResult<T>): CommitmentRecord;
  post(id: I['post']): PostRecord;
  post<T extends string>(id: IdFromResult<T>): PostRecord;
  person(id: I['person']): PersonRecord;
  person<T extends string>(id: IdFromResult<T>): PersonRecord;
  organization(id: I['organization']): OrganizationRecord;
  organization<T extends string>(id: IdFromResult<T>): OrganizationRecord;
  place(id: I['place']): PlaceRecord;
  place<T extends string>(id: IdFromResult<T>): PlaceRecord;
  source(id: I['source']): SourceRecord;
  source<T extends string>(id: IdFromResult<T>): SourceRecord;
  /** Who may hold matching posts on a day, with evidence: see {@link PostEvidence}. */
  postHolders(input: PostHoldersInput<I>): readonly PostHolder[];
  postHolders<const F extends PostHoldersInput>(input: F & IdsChecked<F, I, PostHoldersInput>): readonly PostHolder[];
  /** The latest status reported on or before a day. */
  agreementStatus(id: I['agreement'], asOf: DateInput): AgreementStatusAnswer;
  agreementStatus<T extends string>(id: IdFromResult<T>, asOf: DateInput): AgreementStatusAnswer;
  timeline(subject: TimelineSubject<I>): readonly TimelineEvent[];
  timeline<const S extends TimelineSubject>(subject: S & IdsChecked<S, I, TimelineSubject>): readonly TimelineEvent[];
  meetings(filter?: MeetingFilter<I>): readonly Meeting[];
  meetings<const F extends MeetingFilter>(filter: F & IdsChecked<F, I, MeetingFilter>): readonly Meeting[];
  counterparts(person: I['person'], filter?: CounterpartFilter<I>): readonly CounterpartCount[];
  counterparts<const F extends CounterpartFilter>(person: I['person'], filter: F & IdsChecked<F, I, CounterpartFilter>): readonly CounterpartCount[];
  counterparts<T extends string, const F extends CounterpartFilter = CounterpartFilter>(person: IdFromResult<T>, filter?: F & IdsChecked<F, I, CounterpartFilter>): readonly CounterpartCount[];
  partners(country: CountryCodeLiteral): readonly Partner[];
  search(text: string, options?: SearchOptions): readonly SearchHit[];
  /**
   * Spellings of a search that finds nothing which do find something, best first (at most
   * three; none when the search finds something): each word the index does not hold is replaced
   * by the nearest words it does.
   *
   * @example
   * ```ts
   * query.search('Langly');            // []
   * query.searchSuggestions('Langly'); // ['langley']
   * ```
   */
  searchSuggestions(text: string, options?: SearchOptions): readonly string[];
  citationsOf<K extends QueryRecordKind>(kind: K, id: K extends keyof I ? I[K] : string): readonly ResolvedCitation[];
  citationsOf<K extends QueryRecordKind, T extends string>(kind: K, id: IdFromResult<T>): readonly ResolvedCitation[];
  /**
   * Where the sources disagree about a record: each disagreement keeps every claim with its
   * citations (e.g. the two US "$100 million" pledges, which may be one).
   */
  disagreementsAbout<K extends DisagreementSubjectKind>(kind: K, id: I[K]): readonly DisagreementRecord[];
  disagreementsAbout<K extends DisagreementSubjectKind, T extends string>(kind: K, id: IdFromResult<T>): readonly DisagreementRecord[];
  /**
   * Every point on which the sources disagree, in data order: by the kind of record it is
   * about, a source one of its claims cites, or how it stands.
   *
   * @example
   * ```ts
   * query.disagreements().length;                                            // 3
   * query.disagreements({ kind: 'commitment' }).map((item) => item.id);        // ['us-100m-pledge-purpose']
   * query.disagreements({ resolution: 'kept-both' }).map((item) => item.id);
   * // ['kenya-us-2023-instrument-name']
   * ```
   */
  disagreements(filter?: DisagreementFilter<I>): readonly DisagreementRecord[];
  disagreements<const F extends DisagreementFilter>(filter: F & IdsChecked<F, I, DisagreementFilter>): readonly DisagreementRecord[];
  /**
   * One disagreement by id, with every claim and its citations.
   *
   * @example
   * ```ts
   * query.disagreement('us-100m-pledge-purpose').claims.map((claim) => claim.citations[0]?.source);
   * // ['duale-us-trip-2024', 'us-kenya-defence-deal-2023']
   * ```
   */
  disagreement(id: I['disagreement']): DisagreementRecord;
  disagreement<T extends string>(id: IdFromResult<T>): DisagreementRecord;
  /**
   * The sources the data is built from (their metadata and SHA-256, not the text), in data
   * order.
   *
   * @example
   * ```ts
   * query.sources().map((source) => source.id);
   * // ['duale-us-trip-2024', 'kdf-chief-rwanda-visit', 'kenya-us-strategic-dialogue-2019', 'us-kenya-defence-deal-2023']
   * ```
   */
  sources(): readonly SourceRecord[];
}

/**
 * Options of {@link createQuery}.
 *
 * @example
 * ```ts
 * import { createQuery, dataset } from 'kenya-defence-cooperation';
 * // The bundled dataset was validated at build time, so validation can be skipped.
 * const q = createQuery(dataset, { validate: false });
 * q.people().length;
 * ```
 */
export interface CreateQueryOptions {
  /**
   * `true` (default): check the input against the `Dataset` schema and every reference, and
   * index a validated copy (the caller's objects are left alone). `false`: trust the input —
   * e.g. data this package already validated — and index it in place instead of copying; do not
   * modify it afterwards. Records are frozen in place as queries return them (and all of it when
   * `dataset` is read), so that no caller can change what another reads.
   */
  readonly validate?: boolean;
}

function single<R>(index: QueryIndex, kind: IdKind, table: Table<R>, id: string): R {
  return table.output(table.positionOf.get(checkId(index, kind, id, 'id')) ?? -1);
}

/**
 * Builds the query over prepared (frozen, valid) data. Exposed for the bundled query, which
 * types ids as literals; use {@link createQuery} otherwise.
 *
 * @example
 * ```ts
 * const q = queryOver<BundledIds>(dataset);
 * ```
 */
export function queryOver<I extends IdTypes>(data: DeepReadonly<Dataset>): Query<I> {
  return queryFromIndex<I>(buildIndex(data));
}

/**
 * The query over an index already made (internal: the benchmark shares one index, and one
 * search index, between the query and the engines it compares it with).
 *
 * @example
 * ```ts
 * const index = buildIndex(data);
 * const q = queryFromIndex(index, { search: buildSearchIndex(index) });
 * ```
 */
export function queryFromIndex<I extends IdTypes>(index: QueryIndex, prebuilt: { readonly search?: SearchIndex } = {}): Query<I> {
  const data = index.data;
  // The search index covers every quote, which makes it the costliest part, and the partner
  // counts read every visit: both are built the first time they are asked for, so callers who
  // never search never pay for them.
  let searchable: SearchIndex | undefined = prebuilt.search;
  let partners: ReturnType<typeof buildPartnerIndex> | undefined;
  let bySubject: DisagreementsBySubject | undefined;
  const query: Query<StringIds> = {
    // Freezing 10^6 records costs seconds, so it happens only if the whole dataset is read.
    get dataset() {
      return deepFreeze(data as Dataset);
    },
    visits: (filter?: VisitFilter) => visitsMatching(index, filter),
    engagements: (filter?: EngagementFilter) => engagementsMatching(index, filter),
    agreements: (filter?: AgreementFilter) => agreementsMatching(index, filter),
    commitments: (filter?: CommitmentFilter) => commitmentsMatching(index, filter),
    posts: (filter?: PostFilter) => postsMatching(index, filter),
    people: (filter?: PersonFilter) => peopleMatching(index, filter),
    organizations: (filter?: OrganizationFilter) => organizationsMatching(index, filter),
    places: (filter?: PlaceFilter) => placesMatching(index, filter),
    visit: (id: string) => single(index, 'visit', index.visits, id),
    engagement: (id: string) => single(index, 'engagement', index.engagements, id),
    agreement: (id: string) => single(index, 'agreement', index.agreements, id),
    commitment: (id: string) => single(index, 'commitment', index.commitments, id),
    post: (id: string) => single(index, 'post', index.posts, id),
    person: (id: string) => single(index, 'person', index.people, id),
    organization: (id: string) => single(index, 'organization', index.organizations, id),
    place: (id: string) => deepFreeze(index.places.get(checkId(index, 'place', id, 'id')) as PlaceRecord),
    source: (id: string) => deepFreeze(index.sources.get(checkId(index, 'source', id, 'id')) as SourceRecord),
    postHolders: (input: PostHoldersInput) => postHoldersAsOf(index, input),
    agreementStatus: (id: string, asOf: DateInput) => agreementStatusAsOf(index, id, asOf),
    timeline: (subject: TimelineSubject) => timelineOf(index, subject),
    meetings: (filter?: MeetingFilter) => meetingsOf(index, filter),
    counterparts: (person: string, filter?: CounterpartFilter) => counterpartsOf(index, person, filter),
    partners: (country) => partnersOf((partners ??= buildPartnerIndex(index)), country),
    search: (text, options) => searchIndex((searchable ??= buildSearchIndex(index)), text, options),
    searchSuggestions: (text, options) => searchSuggestions((searchable ??= buildSearchIndex(index)), text, options),
    citationsOf: (kind: QueryRecordKind, id: string) => citationsFor(index, kind, id),
    disagreementsAbout: (kind: DisagreementSubjectKind, id: string) => disagreementsAbout(index, (bySubject ??= disagreementsBySubject(index)), kind, id),
    disagreements: (filter?: DisagreementFilter) => disagreementsMatching(index, filter),
    disagreement: (id: string) => deepFreeze(index.disagreements.get(checkId(index, 'disagreement', id, 'id')) as DisagreementRecord),
    sources: (...given: unknown[]) => {
      // Plain JavaScript callers can pass a filter the types refuse: say so, not return everything.
      // An explicit undefined (a wrapper forwarding an absent argument) asks for nothing.
      const passed = given.filter((argument) => argument !== undefined);
      if (passed.length > 0) throw new QueryError('invalid-argument', 'sources', `sources() takes no arguments (got ${passed.length}); it lists every source. Filter the list, or use source(id) for one.`);
      return deepFreeze([...index.sources.values()] as SourceRecord[]);
    },
  };
  // Query<StringIds> accepts every id Query<I> accepts, so it can stand for it.
  return Object.freeze(query) as unknown as Query<I>;
}

/**
 * Creates a query over a dataset: the bundled one, an older release, or your own. The input is
 * validated against the `Dataset` schema and every reference is checked, throwing a
 * {@link QueryError} (`code: 'invalid-dataset'`) that lists the first problems with their field
 * paths; then the index is built once and every question reads it.
 *
 * @example
 * ```ts
 * import { createQuery, dataset } from 'kenya-defence-cooperation';
 * // Any data in the shape of the Dataset schema: a user's own records or an older release.
 * const mine = JSON.parse(JSON.stringify(dataset));
 * const q = createQuery(mine);
 * q.visits({ person: 'aden-duale', during: '2024' }).map((visit) => visit.id);
 * ```
 */
export function createQuery(data: unknown, options?: { readonly validate?: true }): Query<StringIds>;
export function createQuery(data: DeepReadonly<Dataset>, options: CreateQueryOptions): Query<StringIds>;
export function createQuery(data: unknown, options: CreateQueryOptions = {}): Query<StringIds> {
  // Neither path deep-freezes up front (seconds at 10^6 visits): tables freeze records as they
  // hand them out. The validated path indexes the parser's copy, which no caller can reach.
  if (options.validate === false) return queryOver<StringIds>(data as DeepReadonly<Dataset>);
  const parsed = parseDataset(data);
  checkReferences(parsed);
  return queryOver<StringIds>(parsed as DeepReadonly<Dataset>);
}
