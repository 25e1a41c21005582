import { Document, isPair, isScalar, Scalar, visit } from 'yaml';

/**
 * Renders curated values as YAML the way the data files are written: quotes double-quoted,
 * long strings on one line, and characters a reviewer cannot see (no-break spaces, zero-width
 * spaces, soft hyphens) written as `\uXXXX` escapes so a diff shows them.
 */

/** Characters that look like nothing or like a plain space in an editor. */
const INVISIBLE = /[\u00A0\u00AD\u2000-\u200F\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]/g;

function escapeInvisible(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Options of {@link renderYaml}. */
export interface RenderYamlOptions {
  /** Keys whose string values are always double-quoted (default: `quote`). */
  readonly doubleQuoted?: readonly string[];
  /** A comment rendered above the whole value, one `#` line per line. */
  readonly commentBefore?: string;
}

/**
 * YAML text for `value`, ending in a newline.
 *
 * @example
 * ```ts
 * renderYaml([{ source: 'fixture-article', quote: 'Kenya\u00A0Navy' }]);
 * // '- source: fixture-article\n  quote: "Kenya\\u00A0Navy"\n'
 * ```
 */
export function renderYaml(value: unknown, options: RenderYamlOptions = {}): string {
  const doubleQuoted = new Set(options.doubleQuoted ?? ['quote']);
  const document = new Document(value);
  visit(document, {
    Pair(_key, pair) {
      if (isPair(pair) && isScalar(pair.key) && isScalar(pair.value) && doubleQuoted.has(String(pair.key.value)) && typeof pair.value.value === 'string') {
        pair.value.type = Scalar.QUOTE_DOUBLE;
      }
    },
    Scalar(_key, scalar) {
      // Only double-quoted scalars may carry escapes, so every invisible character must sit in one.
      if (typeof scalar.value === 'string' && new RegExp(INVISIBLE.source).test(scalar.value)) scalar.type = Scalar.QUOTE_DOUBLE;
    },
  });
  if (options.commentBefore) document.commentBefore = options.commentBefore.split('\n').map((line) => ` ${line}`).join('\n');
  return document.toString({ lineWidth: 0 }).replace(INVISIBLE, escapeInvisible);
}
