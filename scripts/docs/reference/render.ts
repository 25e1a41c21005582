import { edtfBounds, edtfPrecision } from '../../../src/dates/edtf.js';
import type { DatasetName } from '../../../src/schema/dataset.js';
import { blockquote, code, headingSlug, prose } from '../lib/markdown.js';
import type { CitationValue, DateClaimValue, Lookup } from './lookup.js';
import { href, PAGES } from './pages.js';

/** Renders the pieces every record page uses, with links relative to the page being written. */
export class Renderer {
  constructor(
    readonly lookup: Lookup,
    /** The page being rendered, relative to docs/generated. */
    readonly page: string,
  ) {}

  /** A link to a record's page, labelled with its name (or the given text). */
  link(dataset: DatasetName, id: string, text?: string): string {
    if (!this.lookup.record(dataset, id)) return `${prose(text ?? id)} (${code(id)}, not found)`;
    return `[${prose(text ?? this.lookup.label(dataset, id))}](${href(this.page, PAGES.record(dataset, id))})`;
  }

  /** A link to an engagement: its visit's page, at the engagement's heading. */
  engagementLink(engagementId: string): string {
    const visit = this.lookup.visitOf(engagementId);
    const engagement = visit?.engagements.find((item) => item.id === engagementId);
    if (!visit || !engagement) return code(engagementId);
    return `[${prose(engagement.title)}](${href(this.page, PAGES.record('visits', visit.id))}#${engagementAnchor(engagement.title)})`;
  }

  /**
   * Each citation as its verbatim quote, then the source it comes from and any curator's note.
   * Quotes are shown whole: they are the evidence, and a reader should not have to open the
   * source to check what a fact rests on.
   */
  citations(citations: readonly CitationValue[]): string {
    return citations
      .map((citation) => {
        const note = citation.note ? ` Note: ${prose(citation.note)}` : '';
        return `${blockquote(citation.quote)}\n>\n> — ${this.link('sources', citation.source, citation.source)}.${note}`;
      })
      .join('\n\n');
  }

  /** A partial date: the EDTF value, what it spans, the words as written, and how it was inferred. */
  dateClaim(claim: DateClaimValue): string {
    const parts = [`${code(claim.value)} — ${humanDate(claim.value)}`];
    if (claim.asWritten) parts.push(`as written: “${prose(claim.asWritten)}”`);
    const lines = [parts.join('; ')];
    if (claim.inference) {
      lines.push(`Inferred (${code(claim.inference.method)}): ${prose(claim.inference.reasoning)}`);
      if (claim.inference.alternatives?.length) lines.push(`Other readings the text allows: ${claim.inference.alternatives.map(code).join(', ')}.`);
    }
    return lines.join('  \n');
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dayText(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
}

/**
 * A partial date in words, at the precision it has: "November 2025 (uncertain)", not a made-up
 * day. Intervals give their day bounds; an unknown end is said to be unknown.
 */
export function humanDate(value: string): string {
  const qualifiers = [value.includes('?') ? 'uncertain' : '', value.includes('~') ? 'approximate' : ''].filter(Boolean);
  const suffix = qualifiers.length > 0 ? ` (${qualifiers.join(', ')})` : '';
  const { earliest, latest } = edtfBounds(value);
  if (value.includes('/')) {
    const from = earliest ? dayText(earliest) : 'an unknown or open start';
    const to = latest ? dayText(latest) : 'an unknown or open end';
    return `between ${from} and ${to}${suffix}`;
  }
  if (!earliest) return value;
  const precision = edtfPrecision(value);
  const [year, month] = earliest.split('-');
  if (precision === 'year') return `sometime in ${year}${suffix}`;
  if (precision === 'month') return `sometime in ${MONTHS[Number(month) - 1]} ${year}${suffix}`;
  return `${dayText(earliest)}${suffix}`;
}

/**
 * The anchor of an engagement's heading on its visit's page. The heading is the engagement's
 * title, so the anchor is TypeDoc's slug of it; within an engagement, sub-sections are bold
 * text rather than headings so that no earlier heading can take the same slug.
 */
export function engagementAnchor(title: string): string {
  return headingSlug(title);
}
