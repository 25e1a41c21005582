/**
 * A record as `path  value` lines, leaving out `citations` (listed separately in full). Lists of
 * plain values print on one line; lists of objects get one indexed path per item, the same paths
 * the citations name (`engagements[0].when`), so a citation can be matched to its field.
 *
 * @example
 * ```ts
 * detailLines({ id: 'x', topics: ['a', 'b'], when: { value: '2024', citations: [] } });
 * // ['id      x', 'topics  a, b', 'when.value  2024'] (aligned)
 * ```
 */
export function detailLines(record: unknown): string[] {
  const pairs: [string, string][] = [];
  const walk = (value: unknown, path: string): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      if (value.length === 0) return;
      if (value.every((item) => typeof item !== 'object' || item === null)) {
        pairs.push([path, value.map(String).join(', ')]);
        return;
      }
      value.forEach((item, index) => walk(item, `${path}[${index}]`));
      return;
    }
    if (typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key !== 'citations') walk(child, path === '' ? key : `${path}.${key}`);
      }
      return;
    }
    pairs.push([path, String(value).replace(/\s+/g, ' ')]);
  };
  walk(record, '');
  const width = Math.max(0, ...pairs.map(([path]) => path.length));
  return pairs.map(([path, value]) => `${path.padEnd(width)}  ${value}`);
}
