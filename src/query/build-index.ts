import type { Dataset } from '../schema/dataset.js';
import type { DeepReadonly } from '../util/deep-freeze.js';
import { spanOf, type Span } from './days.js';
import { lazy } from './lazy.js';
import { searchFold } from './spelling.js';
import { tableOf, type Table } from './table.js';
import { engagementTable, visitTable, VisitKeys } from './visit-tables.js';
import type {
  AgreementRecord,
  CommitmentRecord,
  EngagementRow,
  OrganizationRecord,
  PersonRecord,
  PlaceRecord,
  PostRecord,
  SourceRecord,
  VisitRecord,
} from './types.js';

/**
 * The dataset as the index holds it: deeply readonly by type. Records are frozen as queries hand
 * them out (and the whole dataset when `Query.dataset` is read), not up front.
 */
export type FrozenDataset = DeepReadonly<Dataset>;

const UNDATED: Span = Object.freeze({ earliest: -Infinity, latest: Infinity, precision: 0 });

/**
 * Everything the queries read. Each part is built the first time a query needs it, then kept:
 * a caller asking only about visits never pays for the engagements table (larger than the
 * visits one), and creating a query costs nothing until the first question.
 */
export interface QueryIndex {
  readonly data: FrozenDataset;
  readonly visits: Table<VisitRecord>;
  readonly engagements: Table<EngagementRow>;
  readonly agreements: Table<AgreementRecord>;
  readonly commitments: Table<CommitmentRecord>;
  readonly posts: Table<PostRecord>;
  readonly people: Table<PersonRecord>;
  readonly organizations: Table<OrganizationRecord>;
  readonly places: ReadonlyMap<string, PlaceRecord>;
  /** The places as a table, for the `places()` filter. */
  readonly placeTable: Table<PlaceRecord>;
  readonly sources: ReadonlyMap<string, SourceRecord>;
  readonly disagreements: ReadonlyMap<string, FrozenDataset['disagreements'][number]>;
  /** Posts of each person, in the posts table's order. */
  readonly postsByPerson: ReadonlyMap<string, readonly PostRecord[]>;
  /** Posts in each organization. */
  readonly postsByOrganization: ReadonlyMap<string, readonly PostRecord[]>;
}

/** The place and every place it lies within, so that a filter on a city finds its venues. */
function ancestorsOf(places: ReadonlyMap<string, PlaceRecord>): (id: string) => readonly string[] {
  const memo = new Map<string, readonly string[]>();
  const walk = (id: string): readonly string[] => {
    const known = memo.get(id);
    if (known) return known;
    const chain: string[] = [];
    const seen = new Set<string>();
    let current: string | undefined = id;
    // The seen-set guards against a cycle in `within`, which the schema cannot rule out.
    while (current !== undefined && !seen.has(current)) {
      seen.add(current);
      chain.push(current);
      current = places.get(current)?.within;
    }
    memo.set(id, chain);
    return chain;
  };
  return walk;
}

/** The latest status an agreement has reached, ignoring steps only expected (`expected: true`). */
export function latestDoneStatus(agreement: AgreementRecord): AgreementRecord['statusHistory'][number] | undefined {
  for (let index = agreement.statusHistory.length - 1; index >= 0; index--) {
    const entry = agreement.statusHistory[index];
    if (entry && !entry.expected) return entry;
  }
  return undefined;
}

/** The span a commitment is dated by: when pledged, or else the date it is reported as of. */
export function commitmentSpan(commitment: CommitmentRecord): Span {
  return spanOf(commitment.pledged?.value ?? commitment.asOf);
}

/** The span of one agreement status step: when it happened (or is expected), else when reported. */
export function statusEntrySpan(entry: AgreementRecord['statusHistory'][number]): Span {
  return spanOf(entry.date?.value ?? entry.asOf);
}

/** The stated term of a post, where a source gives a start or an end; open sides are unbounded. */
export function postTerm(post: PostRecord): Span | undefined {
  if (!post.start && !post.end) return undefined;
  const start = post.start ? spanOf(post.start.value) : undefined;
  const end = post.end ? spanOf(post.end.value) : undefined;
  return { earliest: start?.earliest ?? -Infinity, latest: end?.latest ?? Infinity, precision: Math.min(start?.precision ?? 2, end?.precision ?? 2) };
}

/** Date spans a post filter tests: each attestation, and the term where one is stated. */
export function postSpans(post: PostRecord): Span[] {
  const spans = post.attestations.map((attestation) => spanOf(attestation.asOf));
  const term = postTerm(post);
  if (term) spans.push(term);
  return spans;
}

/**
 * The days the data shows a post held: from the earliest to the latest day of its attestations
 * and stated term. What timelines and the `viaPostHolders` filters read as "while in post".
 *
 * @example
 * ```ts
 * heldSpan(query.post('langley-commander-africom')); // the days of January 2024
 * ```
 */
export function heldSpan(post: PostRecord): Span {
  const spans = postSpans(post);
  return { earliest: Math.min(...spans.map((span) => span.earliest)), latest: Math.max(...spans.map((span) => span.latest)), precision: 0 };
}

function earliestOf(spans: readonly Span[]): Span {
  let best = spans[0] ?? UNDATED;
  for (const span of spans) if (span.earliest < best.earliest || (span.earliest === best.earliest && span.latest < best.latest)) best = span;
  return best;
}

/** The span an agreement is ordered by: its signing date, else its earliest status step. */
export function agreementPrimary(agreement: AgreementRecord): Span {
  return agreement.signed ? spanOf(agreement.signed.value) : earliestOf(agreement.statusHistory.map(statusEntrySpan));
}

/** The span a post is ordered by: its start, else its earliest attestation. */
export function postPrimary(post: PostRecord): Span {
  return post.start ? spanOf(post.start.value) : earliestOf(post.attestations.map((attestation) => spanOf(attestation.asOf)));
}

function groupBy<R>(records: readonly R[], key: (record: R) => string | undefined): ReadonlyMap<string, readonly R[]> {
  const groups = new Map<string, R[]>();
  for (const record of records) {
    const at = key(record);
    if (at === undefined) continue;
    const list = groups.get(at);
    if (list) list.push(record);
    else groups.set(at, [record]);
  }
  for (const list of groups.values()) Object.freeze(list);
  return groups;
}

/**
 * The index over a dataset. Nothing is built here: each table is built on first use (once).
 * Records are not copied or frozen up front; tables freeze them as they are handed out.
 *
 * @example
 * ```ts
 * const index = buildIndex(parseDataset(input));
 * index.visits.records.length;
 * ```
 */
export function buildIndex(data: FrozenDataset): QueryIndex {
  const places = lazy(() => new Map(data.places.map((place) => [place.id, place])));
  const withAncestors = lazy(() => ancestorsOf(places()));
  const emitPlace = (emit: (dimension: number, key: string) => void, dimension: number, place: string | undefined): void => {
    if (place !== undefined) for (const id of withAncestors()(place)) emit(dimension, id);
  };
  const visitKeys = lazy(() => new VisitKeys(withAncestors()));
  const visits = lazy(() => visitTable(data.visits, visitKeys()));
  const engagements = lazy(() => engagementTable(visits(), data.visits, visitKeys()));

  const agreements = lazy(() =>
    tableOf<AgreementRecord>(data.agreements, {
      dimensions: ['country', 'person', 'place', 'kind', 'status', 'topic', 'reached'],
      id: (agreement) => agreement.id,
      primary: agreementPrimary,
      dates: (agreement) => agreement.statusHistory.map(statusEntrySpan),
      keys: (agreement, emit) => {
        for (const party of agreement.parties) emit(0, party);
        for (const signatory of agreement.signatories) emit(1, signatory.person);
        emitPlace(emit, 2, agreement.place?.place);
        emit(3, agreement.kind);
        const status = latestDoneStatus(agreement);
        if (status) emit(4, status.status);
        for (const topic of agreement.topics) emit(5, topic);
        // Every step reported as done, so "was it ever signed?" is a lookup.
        for (const entry of agreement.statusHistory) if (!entry.expected) emit(6, entry.status);
      },
    }),
  );

  const commitments = lazy(() =>
    tableOf<CommitmentRecord>(data.commitments, {
      dimensions: ['country', 'person', 'person:pledger', 'person:recipient', 'organization', 'place', 'kind', 'country:pledger', 'country:recipient', 'organization:pledger', 'organization:recipient'],
      id: (commitment) => commitment.id,
      primary: commitmentSpan,
      dates: (commitment) => [commitmentSpan(commitment)],
      keys: (commitment, emit) => {
        // Each party under its own dimension and under its side's, so that `roles` can ask
        // "what did the US pledge?" as well as "what did Austin pledge?".
        for (const [side, personSide, countrySide, organizationSide] of [
          [commitment.pledgedBy, 2, 7, 9],
          [commitment.recipient, 3, 8, 10],
        ] as const) {
          if (side.country !== undefined) {
            emit(0, side.country);
            emit(countrySide, side.country);
          }
          if (side.person !== undefined) {
            emit(1, side.person);
            emit(personSide, side.person);
          }
          if (side.organization !== undefined) {
            emit(4, side.organization);
            emit(organizationSide, side.organization);
          }
        }
        emitPlace(emit, 5, commitment.site);
        emit(6, commitment.kind);
      },
    }),
  );

  const posts = lazy(() =>
    tableOf<PostRecord>(data.posts, {
      dimensions: ['country', 'person', 'organization', 'role'],
      id: (post) => post.id,
      primary: postPrimary,
      dates: postSpans,
      keys: (post, emit) => {
        emit(0, post.country);
        emit(1, post.person);
        if (post.organization !== undefined) emit(2, post.organization);
        // A role can be asked for by its name or by a title the sources print for it ("Kenyan
        // Defense Minister" for Duale's post), each compared folded.
        for (const role of postRoleKeys(post)) emit(3, role);
      },
    }),
  );
  const postsByPerson = lazy(() => groupBy(posts().records, (post) => post.person));
  const postsByOrganization = lazy(() => groupBy(posts().records, (post) => post.organization));

  const people = lazy(() =>
    tableOf<PersonRecord>(data.people, {
      dimensions: ['country', 'organization'],
      id: (person) => person.id,
      primary: () => UNDATED,
      keys: (person, emit) => {
        for (const nationality of person.nationality) emit(0, nationality.country);
        for (const post of postsByPerson().get(person.id) ?? []) {
          emit(0, post.country);
          if (post.organization !== undefined) emit(1, post.organization);
        }
      },
    }),
  );

  const organizations = lazy(() =>
    tableOf<OrganizationRecord>(data.organizations, {
      dimensions: ['country', 'kind', 'place', 'parent'],
      id: (organization) => organization.id,
      primary: () => UNDATED,
      keys: (organization, emit) => {
        if (organization.country !== undefined) emit(0, organization.country);
        emit(1, organization.kind);
        emitPlace(emit, 2, organization.location);
        if (organization.parent !== undefined) emit(3, organization.parent);
      },
    }),
  );
  const placeTable = lazy(() =>
    tableOf<PlaceRecord>(data.places, {
      dimensions: ['country', 'kind', 'within'],
      id: (place) => place.id,
      primary: () => UNDATED,
      keys: (place, emit) => {
        if (place.country !== undefined) emit(0, place.country);
        emit(1, place.kind);
        // A place is within itself and every place that contains it: "within Nairobi" lists
        // Nairobi and State House.
        emitPlace(emit, 2, place.id);
      },
    }),
  );
  const sources = lazy(() => new Map(data.sources.map((source) => [source.id, source])));
  const disagreements = lazy(() => new Map(data.disagreements.map((disagreement) => [disagreement.id, disagreement])));

  return Object.freeze({
    data,
    get visits() {
      return visits();
    },
    get engagements() {
      return engagements();
    },
    get agreements() {
      return agreements();
    },
    get commitments() {
      return commitments();
    },
    get posts() {
      return posts();
    },
    get people() {
      return people();
    },
    get organizations() {
      return organizations();
    },
    get places() {
      return places();
    },
    get placeTable() {
      return placeTable();
    },
    get sources() {
      return sources();
    },
    get disagreements() {
      return disagreements();
    },
    get postsByPerson() {
      return postsByPerson();
    },
    get postsByOrganization() {
      return postsByOrganization();
    },
  });
}

/**
 * The folded names a post answers to in a role filter: its role and every title as written.
 *
 * @example
 * ```ts
 * postRoleKeys(query.post('duale-cabinet-secretary-for-defence'));
 * // ['cabinet secretary for defence', 'kenyan defence minister', 'defence cabinet secretary', 'cabinet secretary']
 * ```
 */
export function postRoleKeys(post: Pick<PostRecord, 'role' | 'titlesAsWritten'>): string[] {
  return [...new Set([post.role, ...post.titlesAsWritten].map(searchFold))];
}
