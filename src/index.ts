/**
 * kenya-defence-cooperation: validated, cited datasets of Kenya's defence-cooperation
 * agreements, official visits and the officials involved, with typed query helpers.
 *
 * @packageDocumentation
 */
export * from './schema/index.js';
export * from './dates/edtf.js';
export { deepFreeze, type DeepReadonly } from './util/deep-freeze.js';
export { dataset } from './datasets/all.js';
export { sources } from './datasets/sources.js';
export { people } from './datasets/people.js';
export { organizations } from './datasets/organizations.js';
export { places } from './datasets/places.js';
export { posts } from './datasets/posts.js';
export { agreements } from './datasets/agreements.js';
export { visits } from './datasets/visits.js';
export { commitments } from './datasets/commitments.js';
export { disagreements } from './datasets/disagreements.js';
export * from './query/index.js';
export * from './release/index.js';
// Curation helpers that run anywhere (no file system, no YAML): resolve date phrases, find
// exact quotes, and report which sentences of a text no citation covers.
export * from './dates/phrases.js';
export type { FoldOptions } from './curation/search-text.js';
export { findQuote, type FindQuoteOptions, type PartialMatch, type QuoteMatch, type QuoteSearch } from './curation/find-quote.js';
export { coverageReport, MIN_OVERLAP, type CoverageReport, type CoverageSentence } from './curation/coverage.js';
