import type { z } from 'zod';
import type { Citation as CitationSchema } from '../schema/common.js';
import type { Agreement, Commitment, Disagreement, Engagement, Organization, Person, Place, Post, Source, Visit } from '../schema/index.js';
import type { ISO_COUNTRIES } from '../schema/iso-countries.js';
import type {
  AgreementKind,
  AgreementStatus,
  CommitmentKind,
  EngagementKind,
  EventStatus,
  OrganizationKind,
  PlaceKind,
  Topic,
  VisitKind,
} from '../schema/vocabularies.js';
import type { DeepReadonly } from '../util/deep-freeze.js';
import type { DateMatch } from './days.js';

/**
 * The id type of every record kind. A query over the bundled data uses the literal unions from
 * the build (so a misspelt id fails to compile); a query over user data uses plain strings.
 *
 * @example
 * ```ts
 * type PersonIdOf<I extends IdTypes> = I['person'];
 * ```
 */
export interface IdTypes {
  readonly source: string;
  readonly person: string;
  readonly organization: string;
  readonly place: string;
  readonly post: string;
  readonly agreement: string;
  readonly visit: string;
  readonly engagement: string;
  readonly commitment: string;
  readonly disagreement: string;
}

/**
 * Plain-string ids: what {@link createQuery} uses for data not known at compile time.
 *
 * @example
 * ```ts
 * import { createQuery, dataset, type Query, type StringIds } from 'kenya-defence-cooperation';
 * const q: Query<StringIds> = createQuery(dataset);
 * q.person('aden-duale').name;
 * ```
 */
export interface StringIds extends IdTypes {
  readonly source: string;
}

/**
 * An ISO 3166-1 alpha-2 code as a literal type: `'KE'` compiles, `'ke'` does not.
 *
 * @example
 * ```ts
 * const kenya: CountryCodeLiteral = 'KE';
 * ```
 */
export type CountryCodeLiteral = keyof typeof ISO_COUNTRIES;

/**
 * An id argument read from a result, where ids are typed `string`: `query.person(visit.lead)`.
 * The bundled query accepts it (and checks it at run time); a literal passed this way must still
 * be a known id, so a typo fails to compile.
 *
 * @example
 * ```ts
 * const [visit] = query.visits({ place: 'nairobi' });
 * if (visit) console.log(query.person(visit.lead).name); // visit.lead is a string: checked when it runs
 * ```
 */
export type IdFromResult<T extends string> = T & (string extends T ? string : never);

/**
 * A filter `F` whose id fields may hold ids read from results (typed `string`) next to literal
 * ids, each literal checked against the known ids `I`: what the bundled query's methods accept
 * beside their literal-typed filters, so that `query.visits({ person: visit.lead })` compiles
 * and `query.visits({ person: 'aden-dual' })` does not. `Known` is the filter type the method
 * takes: a key outside it is typed `never`, so `query.meetings({ roles: ['lead'] })` fails to
 * compile rather than at run time.
 *
 * @example
 * ```ts
 * const [visit] = query.visits({ place: 'nairobi' });
 * if (visit) query.visits({ person: visit.lead, place: 'nairobi' }); // a string beside a literal id
 * ```
 */
export type IdsChecked<F, I extends IdTypes, Known = F> = {
  // A key the filter type does not have becomes `never`: a generic `F` would otherwise accept
  // it (excess-property checks only apply to non-generic targets), and it would fail at run time.
  // The keys of every member of a union count (a timeline subject's `viaPostHolders` belongs to
  // its organization member only), not just the keys all members share (`keyof` of a union);
  // the conditional distributes over the members of `Known`.
  [P in keyof F]: P extends (Known extends unknown ? keyof Known : never)
    ? FilterIdField<P> extends never
      ? F[P]
      : F[P] extends readonly (infer E)[]
        ? readonly CheckedId<E, I[FilterIdField<P>]>[]
        : CheckedId<F[P], I[FilterIdField<P>]>
    : never;
};

/**
 * The kind of id a filter field holds, or `never` for a field that holds none: `parent` holds an
 * organization id and `within` a place id; `person`, `organization`, `place` and `visit` hold
 * their own kind, as does `source` (a source a disagreement's claims cite).
 *
 * @example
 * ```ts
 * const kind: FilterIdField<'parent'> = 'organization';
 * ```
 */
export type FilterIdField<P> = P extends 'parent' ? 'organization' : P extends 'within' ? 'place' : P extends 'person' | 'organization' | 'place' | 'visit' | 'source' ? P : never;

/**
 * One value of an id field as {@link IdsChecked} types it: a `string` as it is, a known literal
 * id as it is, any other literal as the known ids (so that it fails to compile).
 *
 * @example
 * ```ts
 * const fromResult: CheckedId<string, 'nairobi'> = 'anything read from a result';
 * ```
 */
export type CheckedId<E, Known> = string extends E ? E : E extends Known ? E : Known;

/**
 * One value, or several meaning "any of these".
 *
 * @example
 * ```ts
 * const kinds: OneOrMany<'visit' | 'working-visit'> = ['visit', 'working-visit'];
 * ```
 */
export type OneOrMany<T> = T | readonly T[];

/** A date argument: an EDTF date (`"2024"`, `"2024-01"`, `"2024-01-15"`), a `Date` (its UTC day), or
 * an RFC 3339 / ISO 8601 date-time with a zone (`"2024-01-15T10:30:00Z"`, `"…+03:00"`, `"…+0300"`;
 * `T` or a space between date and time; `:60` only in a leap second, 23:59:60 UTC in any zone),
 * standing for its UTC day. A date-time without a zone is refused: its day would depend on the
 * machine's time zone. Dates are years 0000–9999: a date-time or `Date` whose UTC day falls
 * outside them is refused.
 *
 * @example
 * ```ts
 * const start: DateInput = '2024-01';
 * ```
 */
export type DateInput = string | Date;

/**
 * A date range filter. `from` starts at the first day its value can mean and `to` ends at the
 * last (so `{ from: '2024-01', to: '2024-01' }` is all of January); `during` is shorthand for
 * both. `match` says how a record's partial date must relate to the range: `'overlaps'`
 * (default) — the record may fall in it; `'within'` — it certainly does.
 *
 * @example
 * ```ts
 * query.visits({ during: '2024-01' });                      // may be in January 2024
 * query.visits({ from: '2024-01-10', to: '2024-01-20', match: 'within' });
 * ```
 */
export interface DateFilter {
  readonly from?: DateInput;
  readonly to?: DateInput;
  /** A period as `from` and `to` both: `"2024-01"`, or a `Date` (its UTC day). */
  readonly during?: DateInput;
  readonly match?: DateMatch;
}

/** A record as the query layer hands it out: deeply readonly, and frozen at run time. */
type Frozen<T> = DeepReadonly<T>;

/**
 * A record as the query layer hands it out.
 *
 * @example
 * ```ts
 * import { query, type VisitRecord } from 'kenya-defence-cooperation';
 * const v: VisitRecord = query.visit('burns-nairobi-visit-2024');
 * ```
 */
export type VisitRecord = Frozen<Visit>;
/**
 * A record as the query layer hands it out.
 *
 * @example
 * ```ts
 * import { query, type EngagementRecord } from 'kenya-defence-cooperation';
 * const e: EngagementRecord = query.engagement('kahariri-meets-muganga').engagement;
 * ```
 */
export type EngagementRecord = Frozen<Engagement>;
/**
 * A record as the query layer hands it out.
 *
 * @example
 * ```ts
 * import { query, type AgreementRecord } from 'kenya-defence-cooperation';
 * const a: AgreementRecord = query.agreement('bsd-guiding-agreement');
 * ```
 */
export type AgreementRecord = Frozen<Agreement>;
/**
 * A record as the query layer hands it out.
 *
 * @example
 * ```ts
 * import { query, type CommitmentRecord } from 'kenya-defence-cooperation';
 * const c: CommitmentRecord = query.commitment('us-haiti-mission-100m');
 * ```
 */
export type CommitmentRecord = Frozen<Commitment>;
/**
 * A record as the query layer hands it out.
 *
 * @example
 * ```ts
 * import { query, type PostRecord } from 'kenya-defence-cooperation';
 * const p: PostRecord = query.post('duale-cabinet-secretary-for-defence');
 * ```
 */
export type PostRecord = Frozen<Post>;
/**
 * A record as the query layer hands it out.
 *
 * @example
 * ```ts
 * import { query, type PersonRecord } from 'kenya-defence-cooperation';
 * const p: PersonRecord = query.person('aden-duale');
 * ```
 */
export type PersonRecord = Frozen<Person>;
/**
 * A record as the query layer hands it out.
 *
 * @example
 * ```ts
 * import { query, type OrganizationRecord } from 'kenya-defence-cooperation';
 * const o: OrganizationRecord = query.organization('kenya-defence-forces');
 * ```
 */
export type OrganizationRecord = Frozen<Organization>;
/**
 * A record as the query layer hands it out.
 *
 * @example
 * ```ts
 * import { query, type PlaceRecord } from 'kenya-defence-cooperation';
 * const p: PlaceRecord = query.place('nairobi');
 * ```
 */
export type PlaceRecord = Frozen<Place>;
/**
 * A record as the query layer hands it out.
 *
 * @example
 * ```ts
 * import { query, type SourceRecord } from 'kenya-defence-cooperation';
 * const s: SourceRecord = query.source('duale-us-trip-2024');
 * ```
 */
export type SourceRecord = Frozen<Source>;

/**
 * A disagreement between the sources as the query layer hands it out.
 *
 * @example
 * ```ts
 * import { query, type DisagreementRecord } from 'kenya-defence-cooperation';
 * const [first]: readonly DisagreementRecord[] = query.disagreementsAbout('commitment', 'us-haiti-mission-100m');
 * console.log(first?.id, first?.claims.length); // 'us-100m-pledge-purpose' 2
 * ```
 */
export type DisagreementRecord = Frozen<Disagreement>;

/**
 * An engagement with the visit it belongs to (engagements are stored inside visits), and the
 * date it is found and ordered by.
 *
 * @example
 * ```ts
 * const { engagement, visit, date, dateFrom } = query.engagement('kahariri-meets-muganga');
 * console.log(date, dateFrom); // '2025-11-02?/2025-11-08?' 'visit': the meeting has no date of its own
 * ```
 */
export interface EngagementRow {
  readonly engagement: EngagementRecord;
  readonly visit: VisitRecord;
  /** The engagement's date, or its visit's where the engagement has none (EDTF). */
  readonly date: string;
  /** Whose date `date` is. */
  readonly dateFrom: 'engagement' | 'visit';
}

/**
 * Roles in which a person can match a visit. `lead` — leads it; `delegation` — travels in the
 * delegation; `participant` — takes part in one of its engagements; `counterpart` — is met at
 * one of its engagements.
 *
 * @example
 * ```ts
 * query.visits({ person: 'aden-duale', roles: ['lead'] });
 * ```
 */
export type VisitRole = 'lead' | 'delegation' | 'participant' | 'counterpart';

/**
 * Roles in which a person can match an engagement: as for visits, where `lead` and `delegation`
 * refer to the visit the engagement belongs to (a delegation member is not always recorded at
 * each engagement, so restrict to `participant`/`counterpart`/`lead` when that matters).
 *
 * @example
 * ```ts
 * query.engagements({ person: 'aden-duale', roles: ['counterpart'] });
 * ```
 */
export type EngagementRole = VisitRole;

/**
 * Roles in which a person can match a commitment.
 *
 * @example
 * ```ts
 * query.commitments({ person: 'lloyd-austin', roles: ['pledger'] });
 * ```
 */
export type CommitmentRole = 'pledger' | 'recipient';

type TopicValue = z.infer<typeof Topic>;

/**
 * Filter for {@link Query.visits}. Every given field must match (AND); a list in one field
 * matches any of its values (OR).
 *
 * @example
 * ```ts
 * query.visits({ place: 'nairobi', during: '2024-01' });
 * ```
 */
export interface VisitFilter<I extends IdTypes = StringIds> extends DateFilter {
  /** A person in any of `roles` (default: all of lead, delegation, participant, counterpart). */
  readonly person?: OneOrMany<I['person']>;
  readonly roles?: readonly VisitRole[];
  /** Origin or destination country. */
  readonly country?: OneOrMany<CountryCodeLiteral>;
  readonly origin?: OneOrMany<CountryCodeLiteral>;
  readonly destination?: OneOrMany<CountryCodeLiteral>;
  /**
   * An organization hosting an engagement of the visit or met at one, or (unless
   * `viaPostHolders` is false) one whose post a traveller or person met holds at the time.
   */
  readonly organization?: OneOrMany<I['organization']>;
  /**
   * With `organization`: also the visits of the organization's post holders, in any role, while
   * the data shows them in post (from the first to the last attestation or stated term), as
   * timelines do. Default `true`; `false` keeps only engagements hosted by or met with the
   * organization itself.
   */
  readonly viaPostHolders?: boolean;
  /** A destination place or an engagement's place, or any place within it (a venue in a city). */
  readonly place?: OneOrMany<I['place']>;
  readonly kind?: OneOrMany<z.infer<typeof VisitKind>>;
  readonly status?: OneOrMany<z.infer<typeof EventStatus>>;
  /** A topic of the visit or of any of its engagements. */
  readonly topic?: OneOrMany<TopicValue>;
}

/**
 * Filter for {@link Query.engagements}. An engagement without its own date is dated by its visit.
 *
 * @example
 * ```ts
 * query.engagements({ person: 'aden-duale', kind: 'bilateral-talks' });
 * ```
 */
export interface EngagementFilter<I extends IdTypes = StringIds> extends DateFilter {
  readonly person?: OneOrMany<I['person']>;
  readonly roles?: readonly EngagementRole[];
  /** The visit's origin or destination country. */
  readonly country?: OneOrMany<CountryCodeLiteral>;
  /** The country the visit comes from. */
  readonly origin?: OneOrMany<CountryCodeLiteral>;
  /** The country the visit goes to. */
  readonly destination?: OneOrMany<CountryCodeLiteral>;
  /**
   * An organization hosting the engagement or met at it, or (unless `viaPostHolders` is false)
   * one whose post a traveller, participant or person met holds at the time.
   */
  readonly organization?: OneOrMany<I['organization']>;
  /** With `organization`: as for {@link VisitFilter.viaPostHolders}. Default `true`. */
  readonly viaPostHolders?: boolean;
  /** The engagement's place, or any place within it. */
  readonly place?: OneOrMany<I['place']>;
  readonly visit?: OneOrMany<I['visit']>;
  readonly kind?: OneOrMany<z.infer<typeof EngagementKind>>;
  readonly status?: OneOrMany<z.infer<typeof EventStatus>>;
  readonly topic?: OneOrMany<TopicValue>;
}

/**
 * Filter for {@link Query.agreements}. Dates match any step of the status history (the step's
 * own date, or the date it was reported where the step has none).
 *
 * @example
 * ```ts
 * query.agreements({ parties: ['KE', 'RW'] });
 * query.agreements({ reached: 'signed' }).map((agreement) => agreement.id); // ['kenya-us-defense-cooperation-framework-2023']
 * ```
 */
export interface AgreementFilter<I extends IdTypes = StringIds> extends DateFilter {
  /** Any of these countries is a party. */
  readonly country?: OneOrMany<CountryCodeLiteral>;
  /** All of these countries are parties. */
  readonly parties?: readonly CountryCodeLiteral[];
  /** A signatory. */
  readonly person?: OneOrMany<I['person']>;
  /** Where it was signed, or any place within it. */
  readonly place?: OneOrMany<I['place']>;
  readonly kind?: OneOrMany<z.infer<typeof AgreementKind>>;
  /** The latest status that is not merely expected (see {@link Query.agreementStatus} for as-of). */
  readonly status?: OneOrMany<z.infer<typeof AgreementStatus>>;
  /**
   * A status the agreement is reported to have reached at some point, not merely expected: the
   * 2023 framework, now `in-force`, has also `reached: 'signed'`, while `status: 'signed'` asks
   * for agreements whose latest step is the signing. Steps only expected never count: the 2019
   * documents have `reached: 'planned-signing'` (a signing scheduled, as of the report), not
   * `reached: 'signed'` (Juma "will then sign" them; no source says she did). Dates
   * still match any step of the history, expected ones included, so `{ reached: 'signed',
   * during: '2028' }` is not "signed in 2028": read the signed step's `date` for that.
   */
  readonly reached?: OneOrMany<z.infer<typeof AgreementStatus>>;
  readonly topic?: OneOrMany<TopicValue>;
}

/**
 * Filter for {@link Query.commitments}. A commitment is dated by when it was pledged, or else by
 * the date it is reported as of.
 *
 * @example
 * ```ts
 * query.commitments({ country: 'US', kind: 'funding' });
 * ```
 */
export interface CommitmentFilter<I extends IdTypes = StringIds> extends DateFilter {
  /** Pledging or receiving country (see `roles`). */
  readonly country?: OneOrMany<CountryCodeLiteral>;
  readonly person?: OneOrMany<I['person']>;
  /**
   * The side the given `person`, `country` and `organization` stand on: `['pledger']` asks
   * what they pledged, `['recipient']` what they received; both sides by default.
   * `{ country: 'US', roles: ['pledger'] }` leaves out Kenya's basing pledge to the US.
   */
  readonly roles?: readonly CommitmentRole[];
  readonly organization?: OneOrMany<I['organization']>;
  /** The site (for basing access), or any place within it. */
  readonly place?: OneOrMany<I['place']>;
  readonly kind?: OneOrMany<z.infer<typeof CommitmentKind>>;
}

/**
 * Filter for {@link Query.posts}. Dates match any attestation, or the stated term where a source
 * gives start or end.
 *
 * @example
 * ```ts
 * query.posts({ country: 'KE', role: 'Cabinet Secretary for Defence' });
 * ```
 */
export interface PostFilter<I extends IdTypes = StringIds> extends DateFilter {
  readonly country?: OneOrMany<CountryCodeLiteral>;
  readonly person?: OneOrMany<I['person']>;
  readonly organization?: OneOrMany<I['organization']>;
  /**
   * The role, or a title the sources print for the post ("Kenyan Defense Minister"), compared
   * ignoring case, accents, punctuation and Defense/Defence spelling.
   */
  readonly role?: OneOrMany<string>;
}

/**
 * Filter for {@link Query.people}: nationality or the country of a post held; the organization
 * of a post held.
 *
 * @example
 * ```ts
 * query.people({ country: 'RW' });
 * ```
 */
export interface PersonFilter<I extends IdTypes = StringIds> {
  readonly country?: OneOrMany<CountryCodeLiteral>;
  readonly organization?: OneOrMany<I['organization']>;
}

/**
 * Filter for {@link Query.organizations}.
 *
 * @example
 * ```ts
 * query.organizations({ country: 'US', kind: 'military-command' });
 * ```
 */
export interface OrganizationFilter<I extends IdTypes = StringIds> {
  readonly country?: OneOrMany<CountryCodeLiteral>;
  readonly kind?: OneOrMany<z.infer<typeof OrganizationKind>>;
  /** Located at this place or any place within it. */
  readonly place?: OneOrMany<I['place']>;
  /** Direct parent organization. */
  readonly parent?: OneOrMany<I['organization']>;
}

/**
 * Filter for {@link Query.places}.
 *
 * @example
 * ```ts
 * query.places({ within: 'nairobi' }); // Nairobi and State House, Nairobi
 * ```
 */
export interface PlaceFilter<I extends IdTypes = StringIds> {
  readonly country?: OneOrMany<CountryCodeLiteral>;
  readonly kind?: OneOrMany<z.infer<typeof PlaceKind>>;
  /** This place and every place within it, at any depth. */
  readonly within?: OneOrMany<I['place']>;
}

/**
 * A citation as stored on records: source id, verbatim quote, optional note.
 *
 * @example
 * ```ts
 * const first: CitationRecord | undefined = query.person('aden-duale').citations[0];
 * ```
 */
export type CitationRecord = Frozen<z.infer<typeof CitationSchema>>;
