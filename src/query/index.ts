/**
 * Typed query helpers over the datasets: filters, as-of answers, timelines, relations, text
 * search and citations, backed by an index built once per dataset.
 */
export { QueryError, type QueryErrorCode, type QueryProblem } from './errors.js';
export { createQuery, queryOver, type Query, type CreateQueryOptions } from './create-query.js';
export { query, isBundledQueryBuilt, type BundledIds } from './bundled.js';
export type * from './types.js';
export type { DateMatch } from './days.js';
export type { PostEvidence, PostHolder, PostHoldersInput, LaterHolder, AgreementStatusAnswer } from './as-of.js';
export type { TimelineEvent, TimelineEventKind, TimelineSubject } from './timeline.js';
export type { Meeting, MeetingFilter, CounterpartCount, CounterpartFilter, Partner } from './relations.js';
export type { SearchHit, SearchField, SearchOptions } from './search.js';
export type { ResolvedCitation } from './citations.js';
export type { DisagreementFilter, DisagreementResolution, DisagreementSubjectKind } from './disagreements.js';
export type { QueryRecordKind } from './records.js';
export { normalizeText } from './normalize.js';
export { isConcluded } from './concluded.js';
export { VISIT_ROLES, COMMITMENT_ROLES } from './filters.js';
