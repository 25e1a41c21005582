import { DATASET_NAMES } from '../../../../src/schema/dataset.js';
import { cell, code, page, prose, table } from '../../lib/markdown.js';
import type { SourceRecord } from '../lookup.js';
import type { Renderer } from '../render.js';
import { section } from './sections.js';

function printed(render: Renderer, label: string, value: SourceRecord['headline']): string | undefined {
  return value === undefined ? undefined : `**${label}:** ${prose(value.text)}\n\n${render.citations(value.citations)}`;
}

/** Which records cite the source, grouped by record, with the field and the quote. */
function citedBy(render: Renderer, source: SourceRecord): string | undefined {
  const places = render.lookup.citationsBySource.get(source.id) ?? [];
  if (places.length === 0) return undefined;
  const rows = places.map((place) => [render.link(place.dataset, place.id, `${place.dataset}/${place.id}`), code(place.path), cell(prose(place.quote))]);
  const records = new Set(places.map((place) => `${place.dataset}/${place.id}`));
  const perDataset = DATASET_NAMES.map((name) => [name, places.filter((place) => place.dataset === name).length] as const).filter(([, count]) => count > 0);
  const summary = `${places.length} citations in ${records.size} records (${perDataset.map(([name, count]) => `${name}: ${count}`).join(', ')}).`;
  return `${summary}\n\n${table(['Record', 'Field', 'Quote'], rows)}`;
}

/** A source's page: its metadata (never its text) and every record that cites it. */
export function sourcePage(render: Renderer, source: SourceRecord): string {
  const metadata = table(
    ['Field', 'Value'],
    [
      ['File (not shipped)', code(source.file)],
      ['SHA-256 of the text', code(source.sha256)],
      ['Length (UTF-16 code units)', String(source.characters)],
      ['Language', code(source.language)],
      ['Summary', cell(prose(source.description))],
    ],
  );
  const dates = [
    source.published ? `**Published:** ${render.dateClaim(source.published)}\n\n${render.citations(source.published.citations)}` : undefined,
    source.publishedInferred
      ? `**Publication date (inferred, none printed):** ${render.dateClaim(source.publishedInferred)}\n\n${render.citations(source.publishedInferred.citations)}`
      : undefined,
  ].filter(Boolean);
  return page([
    `# ${prose(source.headline?.text ?? source.id)}`,
    `Record ${code(source.id)} in the ${code('sources')} dataset. The article text itself is not part of the package; the hash proves which text every quote was checked against.`,
    metadata,
    section('As printed', [printed(render, 'Headline', source.headline), printed(render, 'Standfirst', source.standfirst), printed(render, 'Section', source.section), printed(render, 'Credit', source.credit)].filter(Boolean).join('\n\n')),
    section('Date', dates.join('\n\n') || 'The text prints no date and none could be inferred.'),
    section('Cited by', citedBy(render, source)),
  ]);
}
