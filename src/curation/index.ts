/**
 * Curation helpers: find quotes in source texts, render citations, and report which factual
 * sentences of a source no citation covers. Everything here runs in any JavaScript runtime;
 * the Node-only file helpers (sources-file, resolve-source, paths, source-record) are imported
 * directly by the scripts.
 */
export { coverageReport, MIN_OVERLAP, type CoverageReport, type CoverageSentence } from './coverage.js';
export { dateClaimSnippet } from './date-claim-snippet.js';
export { factualReasons, type FactKind } from './factual.js';
export { citationSnippet } from './citation-snippet.js';
export { findQuote, type FindQuoteOptions, type PartialMatch, type QuoteMatch, type QuoteSearch } from './find-quote.js';
export { findPrintedDate } from './printed-date.js';
export { foldPhrase, foldText, type FoldOptions, type SearchableText } from './search-text.js';
export { splitSentences, type TextSentence } from './sentences.js';
export { isSourceId, sourceIdFromFileName } from './source-id.js';
export { recordTemplates, type TemplateContext } from './templates.js';
export { renderYaml, type RenderYamlOptions } from './yaml-render.js';
