/**
 * SHA-256 through the Web Crypto API, so the same code verifies a pinned dataset in browsers,
 * Deno, workers and Node ≥ 20 without a `node:crypto` import that bundlers would have to stub.
 */

/**
 * The hex SHA-256 of a string's UTF-8 bytes (or of raw bytes).
 *
 * @example
 * ```ts
 * await sha256Hex('abc'); // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 * ```
 */
export async function sha256Hex(content: string | Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) throw new Error('sha256Hex: the Web Crypto API (crypto.subtle) is not available; use Node ≥ 20 or a browser in a secure context');
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const digest = await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** `"sha256:abc…"` (Data Package style) or bare hex → lower-case hex; anything else → undefined. */
export function normalizeSha256(value: string): string | undefined {
  const hex = value.trim().toLowerCase().replace(/^sha256:/, '');
  return /^[0-9a-f]{64}$/.test(hex) ? hex : undefined;
}

/**
 * The exact text the build writes for a JSON value: two-space indentation and a final newline.
 * Hashing an already-parsed object hashes this text, which is byte-identical to the published
 * file because the build wrote the file the same way.
 *
 * @example
 * ```ts
 * canonicalJson({ a: 1 }); // '{\n  "a": 1\n}\n'
 * ```
 */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
