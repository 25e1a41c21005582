// Deterministic synthetic datasets with realistic skew, for property tests (tiny, edgy) and
// benchmarks (10^3 … 10^6 visits). Every record is valid against the package's zod schemas and
// every reference resolves; quotes are invented, so the build's quote check does not apply.
import { ISO_COUNTRIES } from '../src/schema/iso-countries.js';
import type { Dataset } from '../src/schema/dataset.js';
import { AgreementKind, AgreementStatus, CommitmentKind, EngagementKind, EventStatus, OrganizationKind, PlaceKind, Topic, VisitKind } from '../src/schema/vocabularies.js';

type Visit = Dataset['visits'][number];
type Citation = { source: string; quote: string };

/** Mulberry32: a small, fast, seedable PRNG; same seed, same dataset, on every machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Samples ranks 0…n-1 with probability ∝ 1/(rank+1)^s: a few very active officials and countries. */
function zipf(n: number, s: number, rand: () => number): () => number {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let rank = 0; rank < n; rank++) cdf[rank] = total += 1 / Math.pow(rank + 1, s);
  return () => {
    const target = rand() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((cdf[mid] ?? 0) < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

/**
 * Shape of a synthetic dataset. Sizes other than `visits` default to proportions of it.
 *
 * @example
 * ```ts
 * const shape: SyntheticOptions = { visits: 1000, seed: 42 };
 * ```
 */
export interface SyntheticOptions {
  readonly visits: number;
  readonly seed: number;
  readonly people?: number;
  readonly countries?: number;
  /** Tiny pools and many partial/open dates, so that collisions and edge cases are common. */
  readonly edgy?: boolean;
}

const SYLLABLES = ['ka', 'ha', 'ri', 'mu', 'du', 'ale', 'lan', 'gley', 'bur', 'ns', 'ju', 'ma', 'ru', 'to', 'al', 'muq', 'rin', 'nu', 'land', 'aus', 'tin', 'ken', 'ya', 'tta', 'zi', 'wa', 'mbe', 'ki', 'bo', 'é', 'ñ'];
const ROLES = ['Cabinet Secretary for Defence', 'Chief of Defence Forces', 'Minister of Defence', 'Secretary of Defense', 'Director', 'Commander', 'President', 'Deputy Defense Minister', 'Chief of Defence Staff', 'Foreign Minister'];

/** The small datasets plus a visit factory, so that 10^6 visits can be streamed one at a time. */
export interface SyntheticPlan {
  /** Every dataset except visits, complete. */
  readonly base: Omit<Dataset, 'visits'>;
  readonly visitCount: number;
  /** The visit with this index (0-based); call in order, once each. */
  visit(index: number): Visit;
}

/**
 * Plans a synthetic dataset: builds the small datasets and returns a factory for the visits.
 *
 * @example
 * ```ts
 * const plan = planSynthetic({ visits: 1000, seed: 1 });
 * const visits = Array.from({ length: plan.visitCount }, (_, i) => plan.visit(i));
 * ```
 */
export function planSynthetic(options: SyntheticOptions): SyntheticPlan {
  const rand = random(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const chance = (p: number): boolean => rand() < p;
  const n = options.visits;
  const edgy = options.edgy === true;
  const codes = Object.keys(ISO_COUNTRIES);
  // Kenya first, so that the most active country in the skew is the one the package is about.
  const countries = ['KE', ...codes.filter((code) => code !== 'KE')].slice(0, options.countries ?? (edgy ? 4 : Math.min(120, Math.max(8, Math.round(n / 50)))));
  const countryRank = zipf(countries.length, 1.1, rand);
  const country = (): string => countries[countryRank()] ?? 'KE';
  const sourceCount = edgy ? 2 : Math.max(3, Math.round(n / 1000));
  const sources: Dataset['sources'] = Array.from({ length: sourceCount }, (_, i) => ({
    id: `source-${i}`,
    file: `source-${i}.txt`,
    sha256: (i.toString(16).padStart(8, '0') + 'ab').repeat(7).slice(0, 64),
    characters: 1000 + i,
    language: 'en',
    description: `Synthetic article number ${i} about defence cooperation.`,
  }));
  const sourceRank = zipf(sourceCount, 1, rand);
  const cite = (quote: string): Citation[] => [{ source: `source-${sourceRank()}`, quote }];
  const word = (): string => {
    let out = '';
    const parts = 2 + Math.floor(rand() * 2);
    for (let i = 0; i < parts; i++) out += pick(SYLLABLES);
    return out.charAt(0).toUpperCase() + out.slice(1);
  };

  const peopleCount = options.people ?? (edgy ? 5 : Math.max(10, Math.round(n / 20)));
  const people: Dataset['people'] = [];
  const nationalityOf: string[] = [];
  for (let i = 0; i < peopleCount; i++) {
    const name = `${word()} ${word()}`;
    const nation = country();
    nationalityOf.push(nation);
    people.push({
      id: `p${i}-${name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`,
      name,
      otherNames: chance(0.3) ? [{ name: name.split(' ')[1] ?? name, citations: cite(`said ${name}`) }] : [],
      nationality: [{ country: nation, citations: cite(`${name} of ${nation}`) }],
      citations: cite(`${name} said`),
    });
  }
  const personRank = zipf(peopleCount, 1.05, rand);
  const person = (): string => people[personRank()]?.id ?? '';

  const placeCount = edgy ? 4 : Math.max(5, Math.round(n / 50));
  const places: Dataset['places'] = [];
  const placesByCountry = new Map<string, string[]>();
  for (let i = 0; i < placeCount; i++) {
    const nation = country();
    const siblings = placesByCountry.get(nation) ?? [];
    // Some venues sit within an earlier place of the same country, as State House within Nairobi.
    const within = siblings.length > 0 && chance(0.3) ? pick(siblings) : undefined;
    const id = `place-${i}`;
    places.push({ id, name: `${word()} ${pick(['Bay', 'City', 'House', 'Camp'])}`, kind: within ? 'venue' : pick(PlaceKind.options), country: nation, ...(within ? { within } : {}), citations: cite(`in place ${i}`) });
    siblings.push(id);
    placesByCountry.set(nation, siblings);
  }

  const orgCount = edgy ? 3 : Math.max(4, Math.round(n / 200));
  const organizations: Dataset['organizations'] = Array.from({ length: orgCount }, (_, i) => {
    const name = `${word()} Defence Force ${i}`;
    return {
      id: `org-${i}`,
      name,
      abbreviations: chance(0.5) ? [{ name: name.split(' ').map((part) => part.charAt(0)).join('').toUpperCase(), citations: cite(`the ${name}`) }] : [],
      otherNames: [],
      kind: pick(OrganizationKind.options),
      ...(chance(0.8) ? { country: country() } : {}),
      ...(i > 0 && chance(0.2) ? { parent: `org-${Math.floor(rand() * i)}` } : {}),
      ...(chance(0.3) ? { location: `place-${Math.floor(rand() * placeCount)}` } : {}),
      citations: cite(`${name} said`),
    };
  });
  const orgRank = zipf(orgCount, 1, rand);
  const organization = (): string => `org-${orgRank()}`;

  const firstYear = edgy ? 2023 : 1990;
  const years = edgy ? 2 : 36;
  // Edgy datasets draw days from a tiny pool so that boundaries (the 15th vs the 16th, the 1st
  // of a month vs the month) coincide often and off-by-one errors surface.
  const month = (): number => (edgy ? pick([1, 2, 12]) : 1 + Math.floor(rand() * 12));
  const dayInMonth = (): number => (edgy ? pick([1, 15, 16, 28]) : 1 + Math.floor(rand() * 28));
  const date = (): string => {
    const y = firstYear + Math.floor(rand() * years);
    const m = month();
    const d = dayInMonth();
    const mm = String(m).padStart(2, '0');
    const dd = String(d).padStart(2, '0');
    const roll = rand();
    const q = chance(edgy ? 0.2 : 0.05) ? pick(['?', '~', '%']) : '';
    if (roll < (edgy ? 0.4 : 0.8)) return `${y}-${mm}-${dd}${q}`;
    if (roll < (edgy ? 0.6 : 0.92)) return `${y}-${mm}${q}`;
    if (roll < (edgy ? 0.7 : 0.97)) return `${y}${q}`;
    if (roll < (edgy ? 0.85 : 0.995)) return `${y}-${mm}-${dd}/${y}-${mm}-${String(Math.min(28, d + 1 + Math.floor(rand() * 4))).padStart(2, '0')}`;
    return pick([`${y}-${mm}/`, `${y}-${mm}-${dd}/..`, `/${y}-${mm}`, `../${y}`]);
  };
  const dayOf = (): string => `${firstYear + Math.floor(rand() * years)}-${String(month()).padStart(2, '0')}-${String(dayInMonth()).padStart(2, '0')}`;
  const claim = (value: string) => ({ value, citations: cite(`on ${value}`) });

  const agreementCount = edgy ? 3 : Math.max(3, Math.round(n / 50));
  const agreements: Dataset['agreements'] = Array.from({ length: agreementCount }, (_, i) => {
    const a = country();
    let b = country();
    if (b === a) b = countries.find((code) => code !== a) ?? 'US';
    const steps = 1 + Math.floor(rand() * 3);
    const asOfs = Array.from({ length: steps }, dayOf).sort();
    const title = `${word()} Defence Cooperation Agreement ${i}`;
    return {
      id: `agreement-${i}`,
      title,
      aliases: chance(0.3) ? [{ name: `${word()} Pact`, citations: cite(`the pact ${i}`) }] : [],
      kind: pick(AgreementKind.options),
      parties: [a, b].sort(),
      partiesCitations: cite(`between ${a} and ${b}`),
      signatories: chance(0.4) ? [{ person: person(), country: a, citations: cite(`signed by`) }] : [],
      ...(chance(0.3) ? { place: { place: `place-${Math.floor(rand() * placeCount)}`, citations: cite('signed in') } } : {}),
      ...(chance(0.3) ? { signed: claim(dayOf()) } : {}),
      topics: Array.from(new Set(Array.from({ length: Math.floor(rand() * 3) }, () => pick(Topic.options)))),
      purpose: [],
      statusHistory: asOfs.map((asOf) => ({
        status: pick(AgreementStatus.options),
        asOf,
        expected: chance(0.3),
        ...(chance(0.3) ? { date: claim(date()) } : {}),
        citations: cite(`status as of ${asOf}`),
      })),
      related: [],
      citations: cite(`${title} was signed`),
    };
  });

  const postCount = edgy ? 5 : Math.max(5, Math.round(peopleCount * 1.2));
  const roleCount = edgy ? 2 : ROLES.length;
  const posts: Dataset['posts'] = Array.from({ length: postCount }, (_, i) => {
    const holder = i < peopleCount ? i : personRank();
    const roleAt = Math.floor(rand() * roleCount);
    const role = ROLES[roleAt] ?? 'Director';
    const attestations = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => ({ asOf: chance(0.8) ? dayOf() : dayOf().slice(0, chance(0.5) ? 7 : 4), citations: cite(`${role} said`) }));
    const start = chance(edgy ? 0.3 : 0.05) ? { start: claim(`${firstYear + Math.floor(rand() * years)}`) } : {};
    const end = chance(edgy ? 0.3 : 0.05) ? { end: claim(`${firstYear + years}`) } : {};
    return {
      id: `post-${i}`,
      person: people[holder]?.id ?? '',
      role,
      // Edgy posts sometimes print another role's name as a title, so that a role filter
      // matching titles differs from one matching roles only.
      titlesAsWritten: edgy && i % 2 === 0 ? [role, `the ${ROLES[(roleAt + 1) % roleCount] ?? 'Director'}`] : [role],
      ...(chance(0.5) ? { organization: organization() } : {}),
      country: nationalityOf[holder] ?? 'KE',
      ...start,
      ...end,
      attestations,
    };
  });

  const commitmentCount = edgy ? 3 : Math.max(2, Math.round(n / 100));
  const commitments: Dataset['commitments'] = Array.from({ length: commitmentCount }, (_, i) => {
    const kind = pick(CommitmentKind.options);
    const side = () => ({ ...(chance(0.8) ? { country: country() } : {}), ...(chance(0.3) ? { person: person() } : {}), ...(chance(0.3) ? { organization: organization() } : {}), citations: cite('pledged') });
    return {
      id: `commitment-${i}`,
      title: `Pledge ${i} of ${kind}`,
      kind,
      pledgedBy: side(),
      recipient: side(),
      ...(kind === 'funding' ? { money: { amount: 1_000_000 * (1 + Math.floor(rand() * 100)), currency: 'USD', bound: pick(['exact', 'up-to'] as const) } } : {}),
      ...(kind === 'personnel' ? { personnel: { count: 1 + Math.floor(rand() * 1000), description: 'police officers' } } : {}),
      ...(kind === 'basing-access' ? { site: `place-${Math.floor(rand() * placeCount)}` } : {}),
      purpose: [],
      ...(chance(0.5) ? { pledged: claim(date()) } : {}),
      asOf: dayOf(),
      agreements: chance(0.3) ? [`agreement-${Math.floor(rand() * agreementCount)}`] : [],
      visits: n > 0 && chance(0.3) ? [`visit-${Math.floor(rand() * n)}`] : [],
      citations: cite(`pledge ${i}`),
    };
  });

  const disagreements: Dataset['disagreements'] =
    n > 0 && !edgy
      ? [{ id: 'disagreement-0', title: 'When visit 0 happened', subjects: [{ kind: 'visit', id: 'visit-0', field: 'when' }], claims: [{ summary: 'one date', citations: cite('on one day') }, { summary: 'another date', citations: cite('on another') }], resolution: 'unresolved', note: 'Sources differ on the date of the visit.' }]
      : [];

  const visit = (i: number): Visit => {
    const lead = personRank();
    const leadId = people[lead]?.id ?? '';
    const origin = nationalityOf[lead] ?? 'KE';
    let destination = country();
    if (destination === origin) destination = countries[(countries.indexOf(origin) + 1) % countries.length] ?? 'US';
    const local = placesByCountry.get(destination) ?? [];
    const when = date();
    const engagementCount = Math.floor(rand() * (edgy ? 3 : 2.6));
    const engagements: Visit['engagements'] = Array.from({ length: engagementCount }, (_, k) => {
      const counterparts = Array.from({ length: Math.floor(rand() * 2.5) }, () => ({
        ...(chance(0.8) ? { person: person() } : { description: 'senior officials' }),
        ...(chance(0.2) ? { organization: organization() } : {}),
        citations: cite('met with'),
      }));
      return {
        id: `visit-${i}-e${k}`,
        title: `${pick(['Talks', 'Meeting', 'Lecture', 'Courtesy call'])} ${k} during visit ${i}`,
        kind: pick(EngagementKind.options),
        status: { value: pick(EventStatus.options), asOf: dayOf(), citations: cite('took place') },
        ...(chance(0.4) && !when.includes('/') ? { when: claim(when) } : {}),
        ...(local.length > 0 && chance(0.5) ? { place: pick(local) } : {}),
        participants: chance(0.1) ? [person()] : [],
        counterparts,
        organizations: chance(0.2) ? [organization()] : [],
        topics: chance(0.5) ? [pick(Topic.options)] : [],
        agreements: [],
        statements: [],
        notes: [],
        citations: cite(`engagement ${k} of visit ${i}`),
      };
    });
    return {
      id: `visit-${i}`,
      title: `${people[lead]?.name ?? 'Someone'} visits ${ISO_COUNTRIES[destination as keyof typeof ISO_COUNTRIES]}`,
      kind: pick(VisitKind.options),
      lead: leadId,
      delegation: chance(0.1) ? [{ person: person(), citations: cite('accompanied by') }] : [],
      origin: { country: origin, citations: cite(`from ${origin}`) },
      destination: { country: destination, places: local.length > 0 && chance(0.6) ? [pick(local)] : [], citations: cite(`to ${destination}`) },
      when: claim(when),
      status: { value: pick(EventStatus.options), asOf: dayOf(), citations: cite('is visiting') },
      purpose: [],
      topics: Array.from(new Set(Array.from({ length: Math.floor(rand() * 3) }, () => pick(Topic.options)))),
      engagements,
      agreements: [],
      related: [],
      statements: [],
      notes: [],
      citations: cite(`${people[lead]?.name ?? 'Someone'} arrived for an official visit ${i}`),
    };
  };

  return { base: { sources, people, organizations, places, posts, agreements, commitments, disagreements }, visitCount: n, visit };
}

/**
 * A whole synthetic dataset in memory (fine up to ~10^6 visits with a few GiB of heap).
 *
 * @example
 * ```ts
 * const data = generateSynthetic({ visits: 1000, seed: 1 });
 * ```
 */
export function generateSynthetic(options: SyntheticOptions): Dataset {
  const plan = planSynthetic(options);
  const visits = new Array<Visit>(plan.visitCount);
  for (let i = 0; i < plan.visitCount; i++) visits[i] = plan.visit(i);
  return { ...plan.base, visits, sources: plan.base.sources } as Dataset;
}
