import type { Dataset } from '../schema/dataset.js';
import type { DeepReadonly } from '../util/deep-freeze.js';
import { spanOf, type Span } from './days.js';
import { normalizeText } from './normalize.js';
import { Table } from './table.js';
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

/** The dataset as the index holds it: deeply readonly and frozen. */
export type FrozenDataset = DeepReadonly<Dataset>;

const UNDATED: Span = Object.freeze({ earliest: -Infinity, latest: Infinity, precision: 0 });

/** Dimensions of the visit and engagement tables; `person` is the union of the four role lists. */
export const VISIT_DIMENSIONS = [
  'person',
  'person:lead',
  'person:delegation',
  'person:participant',
  'person:counterpart',
  'country',
  'country:origin',
  'country:destination',
  'organization',
  'place',
  'kind',
  'status',
  'topic',
  'visit',
] as const;

/** Everything the queries read, built once per dataset. */
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

/**
 * Builds every table of the index. Runs once per dataset; queries never modify what it returns.
 *
 * @example
 * ```ts
 * const index = buildIndex(deepFreeze(parseDataset(input)));
 * index.visits.records.length;
 * ```
 */
export function buildIndex(data: FrozenDataset): QueryIndex {
  const places = new Map(data.places.map((place) => [place.id, place]));
  const withAncestors = ancestorsOf(places);
  const emitPlace = (emit: (dimension: number, key: string) => void, dimension: number, place: string | undefined): void => {
    if (place !== undefined) for (const id of withAncestors(place)) emit(dimension, id);
  };
  const dim = (name: (typeof VISIT_DIMENSIONS)[number]): number => VISIT_DIMENSIONS.indexOf(name);
  const D = {
    person: dim('person'),
    lead: dim('person:lead'),
    delegation: dim('person:delegation'),
    participant: dim('person:participant'),
    counterpart: dim('person:counterpart'),
    country: dim('country'),
    origin: dim('country:origin'),
    destination: dim('country:destination'),
    organization: dim('organization'),
    place: dim('place'),
    kind: dim('kind'),
    status: dim('status'),
    topic: dim('topic'),
    visit: dim('visit'),
  };
  type Emit = (dimension: number, key: string) => void;
  const emitVisitSide = (visit: VisitRecord, emit: Emit): void => {
    emit(D.lead, visit.lead);
    emit(D.person, visit.lead);
    for (const member of visit.delegation) {
      if (member.person === undefined) continue;
      emit(D.delegation, member.person);
      emit(D.person, member.person);
    }
    emit(D.origin, visit.origin.country);
    emit(D.destination, visit.destination.country);
    emit(D.country, visit.origin.country);
    emit(D.country, visit.destination.country);
    emit(D.visit, visit.id);
  };
  const emitEngagement = (engagement: VisitRecord['engagements'][number], emit: Emit): void => {
    for (const person of engagement.participants) {
      emit(D.participant, person);
      emit(D.person, person);
    }
    for (const counterpart of engagement.counterparts) {
      if (counterpart.person !== undefined) {
        emit(D.counterpart, counterpart.person);
        emit(D.person, counterpart.person);
      }
      if (counterpart.organization !== undefined) emit(D.organization, counterpart.organization);
    }
    for (const organization of engagement.organizations) emit(D.organization, organization);
    for (const topic of engagement.topics) emit(D.topic, topic);
  };

  const visits = new Table<VisitRecord>(data.visits, {
    dimensions: VISIT_DIMENSIONS,
    id: (visit) => visit.id,
    primary: (visit) => spanOf(visit.when.value),
    dates: (visit) => [spanOf(visit.when.value)],
    keys: (visit, emit) => {
      emitVisitSide(visit, emit);
      for (const place of visit.destination.places) emitPlace(emit, D.place, place);
      emit(D.kind, visit.kind);
      emit(D.status, visit.status.value);
      for (const topic of visit.topics) emit(D.topic, topic);
      for (const engagement of visit.engagements) {
        emitEngagement(engagement, emit);
        emitPlace(emit, D.place, engagement.place);
      }
    },
  });

  const rows: EngagementRow[] = [];
  for (const visit of data.visits) for (const engagement of visit.engagements) rows.push(Object.freeze({ engagement, visit }));
  const engagementSpan = (row: EngagementRow): Span => spanOf(row.engagement.when?.value ?? row.visit.when.value);
  const engagements = new Table<EngagementRow>(rows, {
    dimensions: VISIT_DIMENSIONS,
    id: (row) => row.engagement.id,
    primary: engagementSpan,
    dates: (row) => [engagementSpan(row)],
    keys: (row, emit) => {
      emitVisitSide(row.visit, emit);
      emitEngagement(row.engagement, emit);
      emitPlace(emit, D.place, row.engagement.place);
      emit(D.kind, row.engagement.kind);
      emit(D.status, row.engagement.status.value);
    },
  });

  const agreements = new Table<AgreementRecord>(data.agreements, {
    dimensions: ['country', 'person', 'place', 'kind', 'status', 'topic'],
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
    },
  });

  const commitments = new Table<CommitmentRecord>(data.commitments, {
    dimensions: ['country', 'person', 'person:pledger', 'person:recipient', 'organization', 'place', 'kind'],
    id: (commitment) => commitment.id,
    primary: commitmentSpan,
    dates: (commitment) => [commitmentSpan(commitment)],
    keys: (commitment, emit) => {
      for (const [side, dimension] of [
        [commitment.pledgedBy, 2],
        [commitment.recipient, 3],
      ] as const) {
        if (side.country !== undefined) emit(0, side.country);
        if (side.person !== undefined) {
          emit(1, side.person);
          emit(dimension, side.person);
        }
        if (side.organization !== undefined) emit(4, side.organization);
      }
      emitPlace(emit, 5, commitment.site);
      emit(6, commitment.kind);
    },
  });

  const posts = new Table<PostRecord>(data.posts, {
    dimensions: ['country', 'person', 'organization', 'role'],
    id: (post) => post.id,
    primary: postPrimary,
    dates: postSpans,
    keys: (post, emit) => {
      emit(0, post.country);
      emit(1, post.person);
      if (post.organization !== undefined) emit(2, post.organization);
      emit(3, normalizeText(post.role));
    },
  });

  const postsByPerson = new Map<string, PostRecord[]>();
  const postsByOrganization = new Map<string, PostRecord[]>();
  for (const post of posts.records) {
    const list = postsByPerson.get(post.person);
    if (list) list.push(post);
    else postsByPerson.set(post.person, [post]);
    if (post.organization !== undefined) {
      const orgList = postsByOrganization.get(post.organization);
      if (orgList) orgList.push(post);
      else postsByOrganization.set(post.organization, [post]);
    }
  }
  for (const list of postsByPerson.values()) Object.freeze(list);
  for (const list of postsByOrganization.values()) Object.freeze(list);

  const people = new Table<PersonRecord>(data.people, {
    dimensions: ['country', 'organization'],
    id: (person) => person.id,
    primary: () => UNDATED,
    keys: (person, emit) => {
      for (const nationality of person.nationality) emit(0, nationality.country);
      for (const post of postsByPerson.get(person.id) ?? []) {
        emit(0, post.country);
        if (post.organization !== undefined) emit(1, post.organization);
      }
    },
  });

  const organizations = new Table<OrganizationRecord>(data.organizations, {
    dimensions: ['country', 'kind', 'place', 'parent'],
    id: (organization) => organization.id,
    primary: () => UNDATED,
    keys: (organization, emit) => {
      if (organization.country !== undefined) emit(0, organization.country);
      emit(1, organization.kind);
      emitPlace(emit, 2, organization.location);
      if (organization.parent !== undefined) emit(3, organization.parent);
    },
  });

  return {
    data,
    visits,
    engagements,
    agreements,
    commitments,
    posts,
    people,
    organizations,
    places,
    sources: new Map(data.sources.map((source) => [source.id, source])),
    disagreements: new Map(data.disagreements.map((disagreement) => [disagreement.id, disagreement])),
    postsByPerson,
    postsByOrganization,
  };
}
