/** Characters a copy-paste commonly changes, mapped to one plain form. */
const EQUIVALENTS: ReadonlyMap<string, string> = new Map([
  ...[...'\u2018\u2019\u201A\u201B\u2032\u0060\u00B4'].map((char): [string, string] => [char, "'"]),
  ...[...'\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB'].map((char): [string, string] => [char, '"']),
  ...[...'\u2010\u2011\u2012\u2013\u2014\u2015\u2212'].map((char): [string, string] => [char, '-']),
]);

interface Normalized {
  readonly text: string;
  /** For each character of `text`, the offset of the original character it came from. */
  readonly origins: readonly number[];
}

/**
 * Maps curly quotes and dashes to plain ones, "…" to "...", and every whitespace run to one
 * space, remembering where each character came from so a match can be mapped back.
 */
function normalize(text: string): Normalized {
  let out = '';
  const origins: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    if (/\s/.test(char)) {
      if (!out.endsWith(' ')) {
        out += ' ';
        origins.push(index);
      }
      continue;
    }
    const plain = char === '\u2026' ? '...' : (EQUIVALENTS.get(char) ?? char);
    out += plain;
    for (let k = 0; k < plain.length; k++) origins.push(index);
  }
  return { text: out, origins };
}

/** How a quote that is not an exact substring still matches the text. */
export interface LooseMatch {
  readonly kind: 'typography' | 'case';
  /** The passage as the source prints it: what the quote should be replaced with. */
  readonly excerpt: string;
}

/**
 * Finds `quote` in `text` after normalizing whitespace, quote marks and dashes (and, failing
 * that, letter case too), and returns the source's own wording of the passage. Used only to
 * explain why an exact match failed; the exact match stays the rule.
 */
export function looseMatch(text: string, quote: string): LooseMatch | undefined {
  const source = normalize(text);
  const wanted = normalize(quote).text.trim();
  if (wanted === '') return undefined;
  const attempts: readonly { kind: LooseMatch['kind']; at: number }[] = [
    { kind: 'typography', at: source.text.indexOf(wanted) },
    { kind: 'case', at: source.text.toLowerCase().indexOf(wanted.toLowerCase()) },
  ];
  const hit = attempts.find((attempt) => attempt.at >= 0);
  if (!hit) return undefined;
  const start = source.origins[hit.at] ?? 0;
  const lastOrigin = source.origins[hit.at + wanted.length - 1] ?? start;
  return { kind: hit.kind, excerpt: text.slice(start, lastOrigin + 1) };
}
