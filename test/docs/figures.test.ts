/**
 * The committed figures are what the generators produce from the current data (so the README
 * never shows a stale picture), they are well-formed accessible SVG, and their colours keep
 * text readable.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIGURE_FILES, figureFiles } from '../../scripts/docs/figures/index.js';
import { contrast, PALETTE } from '../../scripts/docs/figures/palette.js';
import { FIGURES_DIR } from '../../scripts/docs/lib/paths.js';

/** A minimal XML well-formedness check: every tag closes in order, attributes are quoted, entities are known. */
function checkXml(text: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const tags = text.matchAll(/<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<[^>]*>/g);
  for (const match of tags) {
    if (match[0].startsWith('<?') || match[0].startsWith('<!--')) continue;
    const [, closing, name, , selfClosing] = match;
    if (name === undefined) {
      problems.push(`malformed tag ${match[0].slice(0, 60)}`);
      continue;
    }
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
    } else if (!selfClosing) stack.push(name);
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(', ')}`);
  for (const entity of text.matchAll(/&(?!amp;|lt;|gt;|quot;|apos;|#\d+;)/g)) problems.push(`bare & at ${entity.index}`);
  return problems;
}

const generated = figureFiles();

describe('figures', () => {
  for (const file of FIGURE_FILES) {
    const committed = readFileSync(path.join(FIGURES_DIR, file), 'utf8');

    it(`${file} is up to date: regenerating gives identical bytes (run npm run docs)`, () => {
      expect(generated.get(file)).toBe(committed);
      // And a second render in the same process is identical too: the layout is seeded.
      expect(figureFiles().get(file)).toBe(generated.get(file));
    });

    it(`${file} is well-formed SVG with a title, a description and an accessible name`, () => {
      expect(checkXml(committed)).toEqual([]);
      const root = /^<svg [^>]*>/.exec(committed)?.[0] ?? '';
      expect(root).toContain('role="img"');
      const labelledBy = /aria-labelledby="([^"]+)"/.exec(root)?.[1]?.split(' ') ?? [];
      expect(labelledBy.length).toBe(2);
      for (const id of labelledBy) expect(committed).toContain(`id="${id}"`);
      const title = /<title id="[^"]+">([^<]+)<\/title>/.exec(committed)?.[1] ?? '';
      const desc = /<desc id="[^"]+">([^<]+)<\/desc>/.exec(committed)?.[1] ?? '';
      expect(title.length).toBeGreaterThan(10);
      expect(desc.length).toBeGreaterThan(200);
      expect(root).toMatch(/width="\d+" height="\d+" viewBox="0 0 \d+ \d+"/);
    });

    it(`${file} uses readable font sizes (12px or more)`, () => {
      const sizes = [...committed.matchAll(/font-size="(\d+(?:\.\d+)?)"/g)].map((match) => Number(match[1]));
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    });
  }

  it('describes every visit and agreement in the timeline text alternative', () => {
    const desc = /<desc[^>]*>([^<]+)<\/desc>/.exec(generated.get('timeline.svg') ?? '')?.[1] ?? '';
    expect(desc).toContain('Defense Cooperation Framework');
    expect(desc).toContain('2025-11-02?/2025-11-08?');
  });

  it('keeps text and marks at a contrast of at least 4.5:1 on white', () => {
    for (const colour of [PALETTE.text, PALETTE.mutedText, PALETTE.agreement, PALETTE.visit, PALETTE.person, PALETTE.organization, PALETTE.country, PALETTE.meeting, PALETTE.agreementEdge, PALETTE.affiliation]) {
      expect(contrast(colour, PALETTE.background), colour).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('network figure: planned is not done', () => {
  it('draws no planned meeting, no planned signing and no agreement still being negotiated', async () => {
    const { buildGraph } = await import('../../scripts/docs/figures/network.js');
    const { dataset } = await import('../../src/datasets/all.js');
    const keys = new Set(buildGraph(dataset).edges.map((edge) => edge.key));
    // Held meetings and a concluded framework are drawn…
    expect(keys).toContain('meeting|person:abdulrahman-al-muqrin|person:aden-duale');
    expect(keys).toContain('agreement|country:KE|country:US');
    // …plans and unfinished agreements are not.
    expect(keys).not.toContain('meeting|person:aden-duale|person:victoria-nuland');
    expect(keys).not.toContain('signed-for|country:KE|person:monica-juma');
    expect(keys).not.toContain('agreement|country:KE|country:RW');
  });
});
