import { code, page, prose } from '../../lib/markdown.js';
import { type AgreementRecord, countryName } from '../lookup.js';
import { humanDate, type Renderer } from '../render.js';
import { term } from '../vocab.js';
import { bullets, claims, idLine, inferenceNote, names, section } from './sections.js';

/**
 * The status history in the order the data keeps it (by `asOf`). Each step says whether it
 * happened or was only expected as of its report date: a planned signing is not a signing.
 */
function statusHistory(render: Renderer, agreement: AgreementRecord): string {
  return agreement.statusHistory
    .map((entry, index) => {
      const state = entry.expected ? '**expected** (planned as of the report date, not a fact)' : '**done** (reported as having happened)';
      const lines = [
        `### ${index + 1}. ${entry.status}`,
        `${term('AgreementStatus', entry.status)}`,
        `- State: ${state}`,
        `- Reported as of: ${code(entry.asOf)} (${humanDate(entry.asOf)})`,
        entry.date ? `- When: ${render.dateClaim(entry.date).replace(/ {2}\n/g, '  \n  ')}` : '- When: the source gives no date for this step',
      ];
      return `${lines.join('\n')}\n\n${render.citations(entry.citations)}`;
    })
    .join('\n\n');
}

function referencedBy(render: Renderer, agreement: AgreementRecord): string | undefined {
  const { data } = render.lookup;
  const items: string[] = [];
  for (const visit of data.visits) {
    if (visit.agreements.includes(agreement.id)) items.push(`Visit: ${render.link('visits', visit.id)}`);
    for (const engagement of visit.engagements) {
      if (engagement.agreements.includes(agreement.id)) items.push(`Engagement: ${render.engagementLink(engagement.id)}`);
    }
  }
  for (const commitment of data.commitments) {
    if (commitment.agreements.includes(agreement.id)) items.push(`Commitment: ${render.link('commitments', commitment.id)}`);
  }
  for (const other of data.agreements) {
    for (const link of other.related) {
      if (link.agreement === agreement.id) items.push(`Agreement: ${render.link('agreements', other.id)} (${code(link.relation)})`);
    }
  }
  return bullets(items);
}

/** An agreement's page: parties by name, signatories, dates, status history and every citation. */
export function agreementPage(render: Renderer, agreement: AgreementRecord): string {
  const parties = `${agreement.parties.map((party) => countryName(party)).join(' and ')}\n\n${render.citations(agreement.partiesCitations)}`;
  const signatories = agreement.signatories.map((signatory) =>
    [`**${render.link('people', signatory.person)}**, for ${countryName(signatory.country)}`, inferenceNote(signatory.inference), render.citations(signatory.citations)]
      .filter(Boolean)
      .join('\n\n'),
  );
  const dates = [
    agreement.signed ? `**Signed:** ${render.dateClaim(agreement.signed)}\n\n${render.citations(agreement.signed.citations)}` : undefined,
    agreement.term ? `**Term:** ${render.dateClaim(agreement.term)}\n\n${render.citations(agreement.term.citations)}` : undefined,
    agreement.place ? `**Place:** ${render.link('places', agreement.place.place)}\n\n${render.citations(agreement.place.citations)}` : undefined,
  ].filter((item): item is string => item !== undefined);
  const related = agreement.related.map((link) => `${code(link.relation)} ${render.link('agreements', link.agreement)}\n\n${render.citations(link.citations)}`);
  return page([
    `# ${prose(agreement.title)}`,
    idLine('agreements', agreement.id),
    `**Kind:** ${term('AgreementKind', agreement.kind)}`,
    section('Parties', parties),
    section('Signatories', signatories.join('\n\n') || 'No source names a signatory.'),
    section('Dates and place', dates.join('\n\n')),
    section('Status history', statusHistory(render, agreement)),
    section('Purpose', claims(render, agreement.purpose)),
    section('Topics', bullets(agreement.topics.map((topic) => term('Topic', topic)))),
    section('Other names in the sources', names(render, agreement.aliases)),
    section('Related agreements', related.join('\n\n')),
    section('Referenced by', referencedBy(render, agreement)),
    section('Citations', render.citations(agreement.citations)),
  ]);
}
