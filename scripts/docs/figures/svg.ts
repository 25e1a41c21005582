/** Helpers for writing standalone, accessible SVG by hand, byte-for-byte reproducibly. */

/** Escapes text for XML content and attribute values. */
export function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A coordinate with at most one decimal. Rounding keeps the files small and removes the last
 * bits of floating-point noise, so the bytes do not depend on how a layout was summed.
 */
export function n(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Rough width of a label in the figures' sans-serif font, for placing text without measuring. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}

/** Shortens a label to at most `max` characters, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export interface SvgDocument {
  /** Prefix for element ids, unique per figure so two figures inlined in one page do not clash. */
  readonly id: string;
  readonly width: number;
  readonly height: number;
  /** Short accessible name. */
  readonly title: string;
  /** Text alternative: what the picture shows, in sentences, for readers who cannot see it. */
  readonly description: string;
  readonly body: readonly string[];
}

/**
 * A complete SVG file: role="img" named by its <title> and described by its <desc>, explicit
 * width/height (so an <img> has a size before layout) and a viewBox (so it scales).
 */
export function svgDocument(doc: SvgDocument): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${doc.width}" height="${doc.height}" viewBox="0 0 ${doc.width} ${doc.height}" role="img" aria-labelledby="${doc.id}-title ${doc.id}-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif">`,
    `<title id="${doc.id}-title">${xml(doc.title)}</title>`,
    `<desc id="${doc.id}-desc">${xml(doc.description)}</desc>`,
    `<rect width="${doc.width}" height="${doc.height}" fill="#ffffff"/>`,
    ...doc.body,
    '</svg>',
    '',
  ].join('\n');
}
