import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { isConcluded } from '../../../src/query/concluded.js';
import { countryName, type Data } from '../reference/lookup.js';
import { PALETTE } from './palette.js';
import { n, svgDocument, textWidth, xml } from './svg.js';

type NodeKind = 'person' | 'organization' | 'country';
type EdgeKind = 'meeting' | 'agreement' | 'signed-for' | 'affiliation';

interface GraphNode extends SimulationNodeDatum {
  readonly id: string;
  readonly kind: NodeKind;
  readonly label: string;
}

interface GraphEdge extends SimulationLinkDatum<GraphNode> {
  readonly key: string;
  readonly kind: EdgeKind;
  /** How many meetings or agreements the edge stands for. */
  weight: number;
  /** What the edge stands for, for the text alternative and the hover title. */
  readonly reasons: string[];
}

/** The graph, built from the data: ids are prefixed by kind so a person and a body never collide. */
export interface Graph {
  readonly nodes: GraphNode[];
  readonly edges: GraphEdge[];
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * People, organizations and countries, linked by meetings (a visit's lead and travelling
 * participants to each engagement counterpart), by agreements (between the party states, and
 * from each signatory to the state they signed for) and by affiliation (a person to the
 * organization or state of their post; an organization to its state), so that each person
 * sits near the side they represent. Planned is not done: only meetings reported as held or
 * under way, and only agreements reported as concluded (not merely expected to be), are drawn.
 */
export function buildGraph(data: Data): Graph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const names = new Map<string, string>([...data.people.map((p) => [`person:${p.id}`, p.name] as const), ...data.organizations.map((o) => [`organization:${o.id}`, o.name] as const)]);
  const node = (kind: NodeKind, id: string): string => {
    const key = `${kind}:${id}`;
    if (!nodes.has(key)) nodes.set(key, { id: key, kind, label: kind === 'country' ? countryName(id).replace(/ \(\w\w\)$/, '') : (names.get(key) ?? id) });
    return key;
  };
  const edge = (kind: EdgeKind, a: string, b: string, reason: string): void => {
    if (a === b) return;
    const [source, target] = [a, b].sort(compare) as [string, string];
    const key = `${kind}|${source}|${target}`;
    const existing = edges.get(key);
    if (existing) {
      existing.weight += 1;
      if (!existing.reasons.includes(reason)) existing.reasons.push(reason);
    } else edges.set(key, { key, kind, source, target, weight: 1, reasons: [reason] });
  };

  for (const visit of data.visits) {
    for (const engagement of visit.engagements) {
      if (engagement.status.value === 'planned') continue;
      const travellers = [visit.lead, ...engagement.participants];
      for (const counterpart of engagement.counterparts) {
        const met = counterpart.person ? node('person', counterpart.person) : counterpart.organization ? node('organization', counterpart.organization) : undefined;
        if (!met) continue;
        for (const traveller of travellers) edge('meeting', node('person', traveller), met, engagement.title);
      }
    }
  }
  for (const agreement of data.agreements) {
    if (!isConcluded(agreement)) continue;
    const parties = agreement.parties.map((party) => node('country', party));
    for (let i = 0; i < parties.length; i += 1) for (let j = i + 1; j < parties.length; j += 1) edge('agreement', parties[i] ?? '', parties[j] ?? '', agreement.title);
    for (const signatory of agreement.signatories) edge('signed-for', node('person', signatory.person), node('country', signatory.country), signatory.inference === undefined ? agreement.title : `${agreement.title} (inferred: ${signatory.inference})`);
  }
  // Affiliations only for people and organizations already in the picture: they place nodes, they do not add new actors.
  for (const post of data.posts) {
    const person = `person:${post.person}`;
    if (!nodes.has(person)) continue;
    const where = post.organization ? node('organization', post.organization) : node('country', post.country);
    edge('affiliation', person, where, post.role);
  }
  for (const organization of data.organizations) {
    const key = `organization:${organization.id}`;
    if (nodes.has(key) && organization.country) edge('affiliation', key, node('country', organization.country), 'belongs to');
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => compare(a.id, b.id)),
    edges: [...edges.values()].sort((a, b) => compare(a.key, b.key)),
  };
}

/** A linear congruential generator: d3-force's jiggle needs randomness, the figure needs the same bytes every time. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const WIDTH = 1100;
const HEIGHT = 780;
const MARGIN = { top: 130, right: 200, bottom: 30, left: 30 };
const ITERATIONS = 400;
const FONT = 13;

/** Runs the force layout for a fixed number of ticks with a fixed seed, then fits it to the plot area. */
function layout(graph: Graph): void {
  const simulation = forceSimulation<GraphNode>(graph.nodes)
    .randomSource(seededRandom(20240204))
    .force(
      'link',
      forceLink<GraphNode, GraphEdge>(graph.edges)
        .id((item) => item.id)
        .distance((item) => (item.kind === 'affiliation' ? 70 : 130))
        .strength((item) => (item.kind === 'affiliation' ? 0.6 : 0.3)),
    )
    .force('charge', forceManyBody<GraphNode>().strength(-900))
    .force('collide', forceCollide<GraphNode>((item) => 16 + Math.min(textWidth(item.label, FONT), 170) / 2).iterations(3))
    .force('x', forceX<GraphNode>(0).strength(0.05))
    .force('y', forceY<GraphNode>(0).strength(0.08))
    .stop();
  simulation.tick(ITERATIONS);
  const xs = graph.nodes.map((item) => item.x ?? 0);
  const ys = graph.nodes.map((item) => item.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Each axis is stretched to fill the plot area: positions only group nodes, so a little
  // distortion costs nothing and the labels get more room.
  const scaleX = (WIDTH - MARGIN.left - MARGIN.right) / (maxX - minX || 1);
  const scaleY = (HEIGHT - MARGIN.top - MARGIN.bottom) / (maxY - minY || 1);
  for (const item of graph.nodes) {
    item.x = MARGIN.left + ((item.x ?? 0) - minX) * scaleX;
    item.y = MARGIN.top + ((item.y ?? 0) - minY) * scaleY;
  }
}

const EDGE_STYLE: Readonly<Record<EdgeKind, { colour: string; dash: string; width: (weight: number) => number }>> = {
  meeting: { colour: PALETTE.meeting, dash: '', width: (weight) => 1.5 + weight },
  agreement: { colour: PALETTE.agreementEdge, dash: '', width: (weight) => 2 + weight * 1.5 },
  'signed-for': { colour: PALETTE.agreementEdge, dash: ' stroke-dasharray="6 4"', width: () => 2 },
  affiliation: { colour: PALETTE.affiliation, dash: ' stroke-dasharray="2 4"', width: () => 1.5 },
};

function nodeShape(item: GraphNode): string {
  const [x, y] = [item.x ?? 0, item.y ?? 0];
  if (item.kind === 'person') return `<circle cx="${n(x)}" cy="${n(y)}" r="8" fill="${PALETTE.person}"/>`;
  if (item.kind === 'organization') return `<rect x="${n(x - 8)}" y="${n(y - 8)}" width="16" height="16" fill="${PALETTE.organization}"/>`;
  return `<path d="M${n(x)} ${n(y - 11)} L${n(x + 11)} ${n(y)} L${n(x)} ${n(y + 11)} L${n(x - 11)} ${n(y)} Z" fill="${PALETTE.country}"/>`;
}

function legend(): string[] {
  const y1 = 58;
  const y2 = 84;
  const text = (x: number, y: number, value: string): string => `<text x="${x}" y="${y + 4}" font-size="${FONT}" fill="${PALETTE.text}">${xml(value)}</text>`;
  return [
    `<circle cx="28" cy="${y1}" r="8" fill="${PALETTE.person}"/>`,
    text(42, y1, 'person'),
    `<rect x="110" y="${y1 - 8}" width="16" height="16" fill="${PALETTE.organization}"/>`,
    text(134, y1, 'organization'),
    `<path d="M246 ${y1 - 11} L257 ${y1} L246 ${y1 + 11} L235 ${y1} Z" fill="${PALETTE.country}"/>`,
    text(264, y1, 'country'),
    `<line x1="20" y1="${y2}" x2="50" y2="${y2}" stroke="${PALETTE.meeting}" stroke-width="3"/>`,
    text(58, y2, 'met (engagement counterpart)'),
    `<line x1="270" y1="${y2}" x2="300" y2="${y2}" stroke="${PALETTE.agreementEdge}" stroke-width="4"/>`,
    text(308, y2, 'agreement between states'),
    `<line x1="500" y1="${y2}" x2="530" y2="${y2}" stroke="${PALETTE.agreementEdge}" stroke-width="2" stroke-dasharray="6 4"/>`,
    text(538, y2, 'signed for'),
    `<line x1="630" y1="${y2}" x2="660" y2="${y2}" stroke="${PALETTE.affiliation}" stroke-width="1.5" stroke-dasharray="2 4"/>`,
    text(668, y2, 'post or affiliation'),
    text(830, y2, 'Thicker: more meetings or agreements'),
  ];
}

/** Sentences for the text alternative: who met whom, which states agreed, who signed. */
function describe(graph: Graph): string {
  const label = new Map(graph.nodes.map((item) => [item.id, item.label]));
  const ends = (item: GraphEdge): [string, string] => [label.get(String(typeof item.source === 'object' ? item.source.id : item.source)) ?? '', label.get(String(typeof item.target === 'object' ? item.target.id : item.target)) ?? ''];
  const of = (kind: EdgeKind): GraphEdge[] => graph.edges.filter((item) => item.kind === kind);
  const counts = (['person', 'organization', 'country'] as const).map((kind) => `${graph.nodes.filter((item) => item.kind === kind).length} ${kind === 'person' ? 'people' : kind === 'country' ? 'countries' : 'organizations'}`);
  return [
    `A network of ${counts.join(', ')}.`,
    `Meetings: ${of('meeting').map((item) => { const [a, b] = ends(item); return `${a} and ${b} (${item.weight})`; }).join('; ')}.`,
    `Agreements between states: ${of('agreement').map((item) => { const [a, b] = ends(item); return `${a} and ${b} (${item.weight} agreement${item.weight === 1 ? '' : 's'})`; }).join('; ')}.`,
    `Signatories: ${of('signed-for').map((item) => ends(item).join(' and ')).join('; ')}.`,
  ].join(' ');
}

/**
 * The network figure, laid out by d3-force with a fixed seed and a fixed number of ticks and
 * rounded coordinates, so that the same data always gives the same SVG bytes.
 */
export function networkSvg(data: Data): string {
  const graph = buildGraph(data);
  layout(graph);
  const point = (end: string | number | GraphNode): GraphNode => end as GraphNode;
  const edges = graph.edges.map((item) => {
    const style = EDGE_STYLE[item.kind];
    const [a, b] = [point(item.source), point(item.target)];
    return `<line x1="${n(a.x ?? 0)}" y1="${n(a.y ?? 0)}" x2="${n(b.x ?? 0)}" y2="${n(b.y ?? 0)}" stroke="${style.colour}" stroke-width="${n(style.width(item.weight))}"${style.dash}><title>${xml(`${a.label} — ${b.label}: ${item.reasons.join('; ')}`)}</title></line>`;
  });
  // Shapes first, then every label, so that no node is drawn over another node's label.
  const shapes = graph.nodes.map((item) => `<g><title>${xml(`${item.label} (${item.kind})`)}</title>${nodeShape(item)}</g>`);
  const labels = graph.nodes.map((item) => {
    const [x, y] = [item.x ?? 0, item.y ?? 0];
    const weight = item.kind === 'country' ? ' font-weight="600"' : '';
    return `<text x="${n(x + 14)}" y="${n(y + 4.5)}" font-size="${FONT}"${weight} fill="${PALETTE.text}" stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${xml(item.label)}</text>`;
  });
  return svgDocument({
    id: 'network',
    width: WIDTH,
    height: HEIGHT,
    title: 'Network of people, organizations and countries',
    description: describe(graph),
    body: [`<text x="20" y="32" font-size="20" font-weight="600" fill="${PALETTE.text}">Who met whom, and which states concluded agreements (plans not drawn)</text>`, ...legend(), ...edges, ...shapes, ...labels],
  });
}
