/**
 * The data dictionary covers every field of every record kind, at every depth, with a meaning.
 * The expected fields come from walking the JSON Schema of each record kind here, separately
 * from the generator's own walk, so a field the generator skipped is caught.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { docPages } from '../../scripts/docs/pages.js';
import { PAGES } from '../../scripts/docs/reference/pages.js';
import { RECORD_SCHEMAS } from '../../src/schema/dataset.js';
import { Engagement } from '../../src/schema/visit.js';

interface Schema {
  $ref?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  $defs?: Record<string, Schema>;
}

/** Field paths of a definition, nested objects expanded, named object types listed for their own sections. */
function walk(schema: Schema, prefix: string, paths: string[], named: Set<string>, defs: Record<string, Schema>): void {
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`;
    paths.push(path);
    const target = child.$ref ?? child.items?.$ref;
    if (target) {
      const def = target.replace('#/$defs/', '');
      if (defs[def]?.properties) named.add(def);
    } else if (child.properties) walk(child, `${path}.`, paths, named, defs);
    else if (child.items?.properties) walk(child.items, `${path}[].`, paths, named, defs);
  }
}

/** Section name → field path → meaning cell, read from the rendered markdown tables. */
function parseDictionary(markdown: string): Map<string, Map<string, string>> {
  const sections = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of markdown.split('\n')) {
    const heading = /^### (\w+)$/.exec(line);
    if (heading?.[1]) {
      current = new Map();
      sections.set(heading[1], current);
      continue;
    }
    const row = /^\| `([^`]+)` \|/.exec(line);
    if (row?.[1] && current) {
      const cells = line.split(/(?<!\\)\|/).map((value) => value.trim());
      current.set(row[1], cells[4] ?? '');
    }
  }
  return sections;
}

const dictionary = parseDictionary(docPages().get(PAGES.dictionary) ?? '');
const kinds = [...Object.values(RECORD_SCHEMAS), Engagement];

describe('data dictionary', () => {
  it('has a section for every record kind', () => {
    for (const schema of kinds) expect(dictionary.has(String(schema.meta()?.id))).toBe(true);
  });

  for (const schema of kinds) {
    const kind = String(schema.meta()?.id);
    it(`lists every field of ${kind} and of the shared types it uses, each with a meaning`, () => {
      const json = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Schema;
      const defs = json.$defs ?? {};
      const pending = [kind];
      const done = new Set<string>();
      const missing: string[] = [];
      while (pending.length > 0) {
        const name = pending.pop() ?? '';
        if (done.has(name)) continue;
        done.add(name);
        const paths: string[] = [];
        const named = new Set<string>();
        walk(defs[name] ?? {}, '', paths, named, defs);
        const section = dictionary.get(name);
        for (const path of paths) {
          const meaning = section?.get(path);
          if (!meaning) missing.push(`${name}.${path}`);
        }
        pending.push(...named);
      }
      expect(missing, `fields missing from the data dictionary or without a meaning:\n  ${missing.join('\n  ')}`).toEqual([]);
    });
  }
});
