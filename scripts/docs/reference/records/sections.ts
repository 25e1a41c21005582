import { code, prose } from '../../lib/markdown.js';
import type { CitationValue } from '../lookup.js';
import type { Renderer } from '../render.js';

/** A `## title` section, or nothing when the body is empty, so pages carry no empty headings. */
export function section(title: string, body: string | undefined): string | undefined {
  return body === undefined || body.trim() === '' ? undefined : `## ${title}\n\n${body}`;
}

/** A bulleted list, or undefined for no items. */
export function bullets(items: readonly string[]): string | undefined {
  return items.length === 0 ? undefined : items.map((item) => `- ${item}`).join('\n');
}

/** Cited statements in the curator's words (`purpose`, `notes`): each text, then its quotes. */
export function claims(render: Renderer, list: readonly { readonly text: string; readonly citations: readonly CitationValue[] }[]): string | undefined {
  if (list.length === 0) return undefined;
  return list.map((claim) => `${prose(claim.text)}\n\n${render.citations(claim.citations)}`).join('\n\n');
}

/** Names as a source writes them, each with the quote that shows it. */
export function names(render: Renderer, list: readonly { readonly name: string; readonly citations: readonly CitationValue[] }[]): string | undefined {
  if (list.length === 0) return undefined;
  return list.map((variant) => `**${prose(variant.name)}**\n\n${render.citations(variant.citations)}`).join('\n\n');
}

/** The header block of every record page: kind, id and where the record lives. */
export function idLine(dataset: string, id: string, extra: readonly string[] = []): string {
  return [`Record ${code(id)} in the ${code(dataset)} dataset.`, ...extra].join(' ');
}

/** Curator's inference note, shown where present so a reader knows the value was not printed. */
export function inferenceNote(note: string | undefined): string | undefined {
  return note === undefined ? undefined : `*Inferred:* ${prose(note)}`;
}
