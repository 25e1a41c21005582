import { code, page, prose } from '../../lib/markdown.js';
import { countryName, type Data } from '../lookup.js';
import { type Renderer } from '../render.js';
import { term } from '../vocab.js';
import { bullets, claims, idLine, inferenceNote, names, section } from './sections.js';
import { DATASET_OF } from '../../../../src/query/records.js';

type Organization = Data['organizations'][number];
type Place = Data['places'][number];
type Post = Data['posts'][number];
type Commitment = Data['commitments'][number];
type Disagreement = Data['disagreements'][number];
type Party = Commitment['pledgedBy'];

/** An organization's page: what it is, where it belongs, posts in it and engagements it took part in. */
export function organizationPage(render: Renderer, organization: Organization): string {
  const { data } = render.lookup;
  const facts = [
    `Kind: ${term('OrganizationKind', organization.kind)}`,
    organization.country ? `Country: ${countryName(organization.country)}` : undefined,
    organization.parent ? `Part of: ${render.link('organizations', organization.parent)}` : undefined,
    organization.location ? `Located at: ${render.link('places', organization.location)}` : undefined,
  ].filter((item): item is string => item !== undefined);
  const posts = data.posts.filter((post) => post.organization === organization.id).map((post) => `${render.link('people', post.person)} — ${render.link('posts', post.id, post.role)}`);
  const engagements: string[] = [];
  for (const visit of data.visits) {
    for (const engagement of visit.engagements) {
      const met = engagement.counterparts.some((counterpart) => counterpart.organization === organization.id);
      const hosted = engagement.organizations.includes(organization.id);
      if (met || hosted) engagements.push(`${render.engagementLink(engagement.id)} (${[met && 'met', hosted && 'hosted or convened'].filter(Boolean).join(', ')})`);
    }
  }
  const children = data.organizations.filter((other) => other.parent === organization.id).map((other) => render.link('organizations', other.id));
  return page([
    `# ${prose(organization.name)}`,
    idLine('organizations', organization.id),
    bullets(facts),
    inferenceNote(organization.inference),
    section('Abbreviations', names(render, organization.abbreviations)),
    section('Other names', names(render, organization.otherNames)),
    section('Parts of it', bullets(children)),
    section('Posts in it', bullets(posts)),
    section('Engagements', bullets(engagements)),
    section('Citations', render.citations(organization.citations)),
  ]);
}

/** A place's page: what and where it is, and which visits, engagements and agreements name it. */
export function placePage(render: Renderer, place: Place): string {
  const { data } = render.lookup;
  const uses: string[] = [];
  for (const visit of data.visits) {
    if (visit.destination.places.includes(place.id)) uses.push(`Visit: ${render.link('visits', visit.id)}`);
    for (const engagement of visit.engagements) if (engagement.place === place.id) uses.push(`Engagement: ${render.engagementLink(engagement.id)}`);
  }
  for (const agreement of data.agreements) if (agreement.place?.place === place.id) uses.push(`Agreement: ${render.link('agreements', agreement.id)}`);
  for (const commitment of data.commitments) if (commitment.site === place.id) uses.push(`Commitment: ${render.link('commitments', commitment.id)}`);
  for (const organization of data.organizations) if (organization.location === place.id) uses.push(`Organization: ${render.link('organizations', organization.id)}`);
  for (const other of data.places) if (other.within === place.id) uses.push(`Contains: ${render.link('places', other.id)}`);
  const facts = [
    `Kind: ${term('PlaceKind', place.kind)}`,
    place.country ? `Country: ${countryName(place.country)}` : 'Country: none (spans several)',
    place.within ? `Within: ${render.link('places', place.within)}` : undefined,
  ].filter((item): item is string => item !== undefined);
  return page([
    `# ${prose(place.name)}`,
    idLine('places', place.id),
    bullets(facts),
    inferenceNote(place.inference),
    section('Named in', bullets(uses)),
    section('Citations', render.citations(place.citations)),
  ]);
}

/** A post's page: who held which role, and on which dates a source shows them in it. */
export function postPage(render: Renderer, post: Post): string {
  const facts = [
    `Person: ${render.link('people', post.person)}`,
    post.organization ? `Organization: ${render.link('organizations', post.organization)}` : undefined,
    `Country: ${countryName(post.country)}`,
    `Titles as written: ${post.titlesAsWritten.map((title) => `“${prose(title)}”`).join(', ')}`,
  ].filter((item): item is string => item !== undefined);
  const bounds = [
    post.start ? `**Start:** ${render.dateClaim(post.start)}\n\n${render.citations(post.start.citations)}` : undefined,
    post.end ? `**End:** ${render.dateClaim(post.end)}\n\n${render.citations(post.end.citations)}` : undefined,
  ].filter(Boolean);
  const attestations = post.attestations.map(
    (attestation) => `**Held as of ${code(attestation.asOf)}**${attestation.inference ? ` — inferred: ${prose(attestation.inference)}` : ''}\n\n${render.citations(attestation.citations)}`,
  );
  return page([
    `# ${prose(post.role)}: ${prose(render.lookup.label('people', post.person))}`,
    idLine('posts', post.id),
    bullets(facts),
    inferenceNote(post.inference),
    section('Start and end', bounds.join('\n\n') || 'No source gives a start or end; the attestations below show when the post was held.'),
    section('Attestations', attestations.join('\n\n')),
  ]);
}

function party(render: Renderer, value: Party): string {
  const who = [
    value.country ? countryName(value.country) : undefined,
    value.person ? render.link('people', value.person) : undefined,
    value.organization ? render.link('organizations', value.organization) : undefined,
  ].filter(Boolean);
  return `${who.join(', ')}\n\n${render.citations(value.citations)}`;
}

/** A commitment's page: who pledged what to whom, as of when, with citations. */
export function commitmentPage(render: Renderer, commitment: Commitment): string {
  const what = [
    `Kind: ${term('CommitmentKind', commitment.kind)}`,
    commitment.money ? `Amount: ${commitment.money.bound === 'up-to' ? 'up to ' : ''}${commitment.money.amount.toLocaleString('en-US')} ${commitment.money.currency}` : undefined,
    commitment.personnel ? `Personnel: ${commitment.personnel.count.toLocaleString('en-US')} ${prose(commitment.personnel.description)}` : undefined,
    commitment.site ? `Site: ${render.link('places', commitment.site)}` : undefined,
    `Reported as of: ${code(commitment.asOf)}`,
  ].filter((item): item is string => item !== undefined);
  return page([
    `# ${prose(commitment.title)}`,
    idLine('commitments', commitment.id),
    bullets(what),
    section('Pledged by', party(render, commitment.pledgedBy)),
    section('Recipient', party(render, commitment.recipient)),
    section('When pledged', commitment.pledged ? `${render.dateClaim(commitment.pledged)}\n\n${render.citations(commitment.pledged.citations)}` : 'The sources do not say.'),
    section('Purpose', claims(render, commitment.purpose)),
    section('Agreements', bullets(commitment.agreements.map((id) => render.link('agreements', id)))),
    section('Visits', bullets(commitment.visits.map((id) => render.link('visits', id)))),
    section('Citations', render.citations(commitment.citations)),
  ]);
}


/** A disagreement's page: what it concerns, each competing claim with its quotes, and the resolution. */
export function disagreementPage(render: Renderer, disagreement: Disagreement): string {
  const subjects = disagreement.subjects.map((subject) => `${render.link(DATASET_OF[subject.kind], subject.id)}${subject.field ? `, field ${code(subject.field)}` : ''}`);
  const competing = disagreement.claims.map((claim, index) => `### Claim ${index + 1}\n\n${prose(claim.summary)}\n\n${render.citations(claim.citations)}`);
  return page([
    `# ${prose(disagreement.title)}`,
    idLine('disagreements', disagreement.id),
    section('About', bullets(subjects)),
    section('Claims', competing.join('\n\n')),
    section('Resolution', `${code(disagreement.resolution)} — ${prose(disagreement.note)}`),
  ]);
}
