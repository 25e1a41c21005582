import { code, page, prose } from '../../lib/markdown.js';
import { countryName, type EngagementRecord, type VisitRecord } from '../lookup.js';
import { humanDate, type Renderer } from '../render.js';
import { term } from '../vocab.js';
import { bullets, claims, idLine, inferenceNote, section } from './sections.js';

type Statement = VisitRecord['statements'][number];
type Counterpart = EngagementRecord['counterparts'][number];

function statusLine(status: VisitRecord['status']): string {
  return `${term('EventStatus', status.value)} (as of ${code(status.asOf)})`;
}

function statements(render: Renderer, list: readonly Statement[]): string | undefined {
  if (list.length === 0) return undefined;
  return list
    .map((statement) => {
      const by = [statement.by.person ? render.link('people', statement.by.person) : undefined, statement.by.organization ? render.link('organizations', statement.by.organization) : undefined]
        .filter(Boolean)
        .join(' for ');
      return `**${by}:** ${prose(statement.summary)}\n\n${render.citations(statement.citations)}`;
    })
    .join('\n\n');
}

function counterpart(render: Renderer, item: Counterpart): string {
  const who = [
    item.person ? render.link('people', item.person) : undefined,
    item.organization ? render.link('organizations', item.organization) : undefined,
    item.description ? `“${prose(item.description)}”` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return [`Met: ${who}`, inferenceNote(item.inference), render.citations(item.citations)].filter(Boolean).join('\n\n');
}

/** One engagement, headed by its title (other pages link to that heading). */
function engagement(render: Renderer, item: EngagementRecord): string {
  const facts = [
    `Kind: ${term('EngagementKind', item.kind)}`,
    `Status: ${statusLine(item.status)}`,
    item.when ? `When: ${render.dateClaim(item.when).replace(/ {2}\n/g, '  \n  ')}` : 'When: the source gives no date of its own; see the visit',
    item.place ? `Place: ${render.link('places', item.place)}` : undefined,
    item.participants.length > 0 ? `Also taking part: ${item.participants.map((id) => render.link('people', id)).join(', ')}` : undefined,
    item.organizations.length > 0 ? `Hosted or convened by: ${item.organizations.map((id) => render.link('organizations', id)).join(', ')}` : undefined,
    item.agreements.length > 0 ? `Agreements: ${item.agreements.map((id) => render.link('agreements', id)).join(', ')}` : undefined,
    item.topics.length > 0 ? `Topics: ${item.topics.map(code).join(', ')}` : undefined,
  ].filter((line): line is string => line !== undefined);
  const parts = [
    `### ${prose(item.title)}`,
    `Engagement ${code(item.id)}.`,
    bullets(facts),
    item.counterparts.length > 0 ? `**Counterparts**\n\n${item.counterparts.map((entry) => counterpart(render, entry)).join('\n\n')}` : undefined,
    `**Status evidence**\n\n${render.citations(item.status.citations)}`,
    item.when ? `**Date evidence**\n\n${render.citations(item.when.citations)}` : undefined,
    item.statements.length > 0 ? `**Statements**\n\n${statements(render, item.statements)}` : undefined,
    item.notes.length > 0 ? `**Notes**\n\n${claims(render, item.notes)}` : undefined,
    `**Citations**\n\n${render.citations(item.citations)}`,
  ];
  return parts.filter(Boolean).join('\n\n');
}

/** A visit's page: who went where and when, its status, every engagement and statement, cited. */
export function visitPage(render: Renderer, visit: VisitRecord): string {
  const delegation = visit.delegation.map((member) =>
    [member.person ? render.link('people', member.person) : `“${prose(member.description ?? '')}”`, render.citations(member.citations)].join('\n\n'),
  );
  const route = [
    `**From:** ${countryName(visit.origin.country)}`,
    inferenceNote(visit.origin.inference),
    render.citations(visit.origin.citations),
    `**To:** ${countryName(visit.destination.country)}${visit.destination.places.length > 0 ? ` — ${visit.destination.places.map((id) => render.link('places', id)).join(', ')}` : ''}`,
    inferenceNote(visit.destination.inference),
    render.citations(visit.destination.citations),
  ].filter(Boolean);
  const when = [
    `**When:** ${render.dateClaim(visit.when)}`,
    render.citations(visit.when.citations),
    visit.durationDays ? `**Duration:** ${visit.durationDays.value} days\n\n${render.citations(visit.durationDays.citations)}` : undefined,
    `**Status:** ${statusLine(visit.status)}`,
    render.citations(visit.status.citations),
  ].filter(Boolean);
  const related = visit.related.map(
    (link) => `${code(link.relation)} ${render.link('visits', link.visit)}${link.note ? ` — ${prose(link.note)}` : ''}\n\n${render.citations(link.citations)}`,
  );
  return page([
    `# ${prose(visit.title)}`,
    idLine('visits', visit.id),
    `**Kind:** ${term('VisitKind', visit.kind)}  \n**Led by:** ${render.link('people', visit.lead)}  \n**Dates:** ${code(visit.when.value)} — ${humanDate(visit.when.value)}`,
    inferenceNote(visit.inference),
    section('Route', route.join('\n\n')),
    section('Dates and status', when.join('\n\n')),
    section('Delegation', delegation.join('\n\n')),
    section('Purpose', claims(render, visit.purpose)),
    section('Topics', bullets(visit.topics.map((topic) => term('Topic', topic)))),
    section('Engagements', visit.engagements.map((item) => engagement(render, item)).join('\n\n') || 'The sources report no separate engagements.'),
    section('Statements', statements(render, visit.statements)),
    section('Agreements', bullets(visit.agreements.map((id) => render.link('agreements', id)))),
    section('Related visits', related.join('\n\n')),
    section('Notes', claims(render, visit.notes)),
    section('Citations', render.citations(visit.citations)),
  ]);
}
