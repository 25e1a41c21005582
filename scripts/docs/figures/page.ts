import { frontMatter, page } from '../lib/markdown.js';
import { href, PAGES } from '../reference/pages.js';
import type { Data } from '../reference/lookup.js';

/**
 * The "Figures" page: both pictures, with what they show and how to read them. Images are
 * linked relative to docs/generated, so TypeDoc copies the committed SVGs into the site.
 */
export function figuresPage(data: Data): string {
  const from = PAGES.figures;
  const figure = (file: string): string => href(from, `../figures/${file}`);
  const engagements = data.visits.reduce((sum, visit) => sum + visit.engagements.length, 0);
  return page([
    frontMatter({ title: 'Figures' }),
    '# Figures',
    'Two pictures of the data, drawn as static SVG at build time from the bundled records. Each SVG carries a title and a text description for screen readers; the [data reference](data-reference.md) has every fact behind them, with quotes.',
    '## Timeline of agreements and visits',
    `Each of the ${data.agreements.length} agreements is a row of its reported status events; each of the ${data.visits.length} visits is a row with its dates. A date is drawn at the precision its source gives: an exact day is a dot, a month or a year is a bar spanning the whole month or year, and a date range is a bar from its first to its last possible day. Events a source reports as planned or expected are hollow and dashed; a visit under way on its source's date is lightly filled. Uncertain (\`?\`) or approximate (\`~\`) dates are drawn lighter. Hover a mark for its exact EDTF value.`,
    `![Timeline of agreements and visits: status events and visit dates on a date axis, drawn at the precision the sources give](${figure('timeline.svg')})`,
    '## Network of people, organizations and countries',
    `Who met whom at the ${engagements} engagements, which states are party to agreements with each other, who signed for which state, and which post ties each person to an organization or state. The layout is computed by d3-force with a fixed seed and iteration count, so it only changes when the data does. Positions carry no meaning beyond grouping.`,
    `![Network of people, organizations and countries linked by meetings and agreements](${figure('network.svg')})`,
  ]);
}
