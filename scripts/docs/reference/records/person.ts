import { edtfBounds } from '../../../../src/dates/edtf.js';
import { code, page, prose } from '../../lib/markdown.js';
import { countryName, type EngagementRecord, type PersonRecord, type VisitRecord } from '../lookup.js';
import { humanDate, type Renderer } from '../render.js';
import { bullets, idLine, inferenceNote, names, section } from './sections.js';

/** One visit or engagement a person took part in, with their role in it. */
interface Involvement {
  readonly visit: VisitRecord;
  readonly engagement?: EngagementRecord;
  readonly role: string;
  /** The EDTF date used for ordering: the engagement's own date, else its visit's. */
  readonly when: string;
}

function rolesInEngagement(personId: string, visit: VisitRecord, engagement: EngagementRecord): string[] {
  const roles: string[] = [];
  if (visit.lead === personId) roles.push('led (as visit lead)');
  if (engagement.participants.includes(personId)) roles.push('attended (travelling participant)');
  if (engagement.counterparts.some((counterpart) => counterpart.person === personId)) roles.push('met (counterpart)');
  return roles;
}

function involvements(render: Renderer, person: PersonRecord): Involvement[] {
  const found: Involvement[] = [];
  for (const visit of render.lookup.data.visits) {
    if (visit.lead === person.id) found.push({ visit, role: 'led the visit', when: visit.when.value });
    if (visit.delegation.some((member) => member.person === person.id)) found.push({ visit, role: 'in the delegation', when: visit.when.value });
    for (const engagement of visit.engagements) {
      const roles = rolesInEngagement(person.id, visit, engagement);
      if (roles.length > 0) found.push({ visit, engagement, role: roles.join('; '), when: engagement.when?.value ?? visit.when.value });
    }
  }
  // Newest first by the latest day the date allows (open ends count as the start), then by id
  // so that equal dates keep a stable order.
  const key = (item: Involvement): string => {
    const { earliest, latest } = edtfBounds(item.when);
    return latest ?? earliest ?? '';
  };
  return found.sort((a, b) => {
    const byDate = key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0;
    if (byDate !== 0) return byDate;
    const idA = a.engagement?.id ?? a.visit.id;
    const idB = b.engagement?.id ?? b.visit.id;
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  });
}

function involvementLine(render: Renderer, item: Involvement): string {
  const status = (item.engagement?.status ?? item.visit.status).value;
  const target = item.engagement
    ? `${render.engagementLink(item.engagement.id)} during ${render.link('visits', item.visit.id)}`
    : render.link('visits', item.visit.id);
  return `${code(item.when)} (${humanDate(item.when)}): ${item.role} — ${target} — status ${code(status)}`;
}

function postsHeld(render: Renderer, person: PersonRecord): string | undefined {
  const posts = render.lookup.data.posts.filter((post) => post.person === person.id);
  if (posts.length === 0) return undefined;
  return posts
    .map((post) => {
      const where = [post.organization ? render.link('organizations', post.organization) : undefined, countryName(post.country)].filter(Boolean).join(', ');
      const attestations = post.attestations
        .map((attestation) => `Held as of ${code(attestation.asOf)} (${humanDate(attestation.asOf)})${attestation.inference ? ` — inferred: ${prose(attestation.inference)}` : ''}\n\n${render.citations(attestation.citations)}`)
        .join('\n\n');
      return `### ${prose(post.role)}\n\n${render.link('posts', post.id, `Post ${post.id}`)} — ${where}. Titles as written: ${post.titlesAsWritten.map((title) => `“${prose(title)}”`).join(', ')}.\n\n${attestations}`;
    })
    .join('\n\n');
}

function statementsBy(render: Renderer, person: PersonRecord): string | undefined {
  const items: string[] = [];
  for (const visit of render.lookup.data.visits) {
    const all = [...visit.statements.map((statement) => ({ statement, where: render.link('visits', visit.id) }))];
    for (const engagement of visit.engagements) all.push(...engagement.statements.map((statement) => ({ statement, where: render.engagementLink(engagement.id) })));
    for (const { statement, where } of all) {
      if (statement.by.person === person.id) items.push(`${prose(statement.summary)} (${where})\n\n${render.citations(statement.citations)}`);
    }
  }
  return items.length === 0 ? undefined : items.join('\n\n');
}

/** A person's page: names, posts held with attestations, visits and engagements newest first. */
export function personPage(render: Renderer, person: PersonRecord): string {
  const { data } = render.lookup;
  const signed = data.agreements.filter((agreement) => agreement.signatories.some((signatory) => signatory.person === person.id));
  const identity = [
    person.rank ? `**Rank:** ${prose(person.rank.value)} (written “${prose(person.rank.asWritten)}”)\n\n${render.citations(person.rank.citations)}` : undefined,
    person.honorific ? `**Honorific:** ${prose(person.honorific.value)}\n\n${render.citations(person.honorific.citations)}` : undefined,
    ...person.nationality.map((nationality) =>
      [`**Nationality:** ${countryName(nationality.country)}`, inferenceNote(nationality.inference), render.citations(nationality.citations)].filter(Boolean).join('\n\n'),
    ),
  ].filter((item): item is string => item !== undefined);
  return page([
    `# ${prose(person.name)}`,
    idLine('people', person.id),
    section('Identity', identity.join('\n\n')),
    section('Posts held', postsHeld(render, person)),
    section('Visits and engagements, newest first', bullets(involvements(render, person).map((item) => involvementLine(render, item)))),
    section('Agreements signed', bullets(signed.map((agreement) => render.link('agreements', agreement.id)))),
    section('Statements', statementsBy(render, person)),
    section('Other names in the sources', names(render, person.otherNames)),
    section('Citations', render.citations(person.citations)),
  ]);
}
