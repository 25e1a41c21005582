import { isCitationsKey } from '../util/citation-keys.js';
import { Dataset } from '../schema/dataset.js';
import { QueryError, type QueryProblem } from './errors.js';
import { nearest } from './suggest.js';

const MAX_PROBLEMS = 10;

/** A problem's field path: '' for a problem with the input as a whole (not an object at all). */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out === '' ? String(part) : `${out}.${String(part)}`), '');
}

function fail(problems: readonly QueryProblem[], total: number, what: string): never {
  const shown = problems.slice(0, MAX_PROBLEMS);
  // A problem of the input as a whole has the empty path; the message names it in words.
  const lines = shown.map((problem) => `  ${problem.path === '' ? '(the dataset itself)' : problem.path}: ${problem.message}`).join('\n');
  const more = total > shown.length ? `\n  … and ${total - shown.length} more` : '';
  throw new QueryError('invalid-dataset', 'dataset', `The dataset is not valid (${total} ${what} problem${total === 1 ? '' : 's'}):\n${lines}${more}`, shown);
}

/**
 * Validates a dataset against the `Dataset` zod schema and returns the parsed copy (zod builds
 * new objects, so later changes to the caller's input cannot reach the index).
 *
 * @example
 * ```ts
 * const data = parseDataset(JSON.parse(text)); // throws QueryError listing the first problems
 * ```
 */
export function parseDataset(input: unknown): Dataset {
  const result = Dataset.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  return fail(problems, problems.length, 'schema');
}

type Kind = 'source' | 'person' | 'organization' | 'place' | 'post' | 'agreement' | 'visit' | 'engagement' | 'commitment' | 'disagreement';

/**
 * Checks that every id a record refers to exists (and that ids are unique), reporting each
 * dangling reference with its path and the nearest existing ids.
 *
 * @example
 * ```ts
 * checkReferences(data); // throws QueryError: "visits[0].lead: no person "aden-dual"; nearest: "aden-duale""
 * ```
 */
export function checkReferences(data: Dataset): void {
  const ids: Record<Kind, Set<string>> = {
    source: new Set(),
    person: new Set(),
    organization: new Set(),
    place: new Set(),
    post: new Set(),
    agreement: new Set(),
    visit: new Set(),
    engagement: new Set(),
    commitment: new Set(),
    disagreement: new Set(),
  };
  const problems: QueryProblem[] = [];
  let total = 0;
  const report = (path: string, message: string): void => {
    total++;
    if (problems.length < MAX_PROBLEMS) problems.push({ path, message });
  };
  const register = (kind: Kind, id: string, path: string): void => {
    if (ids[kind].has(id)) report(path, `duplicate ${kind} id "${id}"`);
    ids[kind].add(id);
  };
  const collections = [
    ['source', 'sources', data.sources],
    ['person', 'people', data.people],
    ['organization', 'organizations', data.organizations],
    ['place', 'places', data.places],
    ['post', 'posts', data.posts],
    ['agreement', 'agreements', data.agreements],
    ['visit', 'visits', data.visits],
    ['commitment', 'commitments', data.commitments],
    ['disagreement', 'disagreements', data.disagreements],
  ] as const;
  for (const [kind, name, records] of collections) records.forEach((record, index) => register(kind, record.id, `${name}[${index}].id`));
  data.visits.forEach((visit, v) => visit.engagements.forEach((engagement, e) => register('engagement', engagement.id, `visits[${v}].engagements[${e}].id`)));

  const ref = (kind: Kind, id: string | undefined, path: string): void => {
    if (id === undefined || ids[kind].has(id)) return;
    // Suggestions scan the id list; bounded because at most MAX_PROBLEMS are shown.
    const hint = problems.length < MAX_PROBLEMS ? nearest(id, ids[kind]) : [];
    report(path, `no ${kind} "${id}"${hint.length > 0 ? `; nearest: ${hint.map((value) => `"${value}"`).join(', ')}` : ''}`);
  };
  const citations = (value: unknown, path: string): void => {
    // Citations sit at many depths (claims, counterparts, status entries), so walk for them.
    if (Array.isArray(value)) {
      value.forEach((item, index) => citations(item, `${path}[${index}]`));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (isCitationsKey(key) && Array.isArray(child)) {
        child.forEach((citation: { source?: string }, index) => ref('source', citation.source, `${path}.${key}[${index}].source`));
      } else if (typeof child === 'object' && child !== null) citations(child, `${path}.${key}`);
    }
  };

  for (const [, name, records] of collections) records.forEach((record, index) => citations(record, `${name}[${index}]`));
  data.organizations.forEach((o, i) => {
    ref('organization', o.parent, `organizations[${i}].parent`);
    ref('place', o.location, `organizations[${i}].location`);
  });
  data.places.forEach((p, i) => ref('place', p.within, `places[${i}].within`));
  data.posts.forEach((p, i) => {
    ref('person', p.person, `posts[${i}].person`);
    ref('organization', p.organization, `posts[${i}].organization`);
  });
  data.agreements.forEach((a, i) => {
    a.signatories.forEach((s, j) => ref('person', s.person, `agreements[${i}].signatories[${j}].person`));
    ref('place', a.place?.place, `agreements[${i}].place.place`);
    a.related.forEach((r, j) => ref('agreement', r.agreement, `agreements[${i}].related[${j}].agreement`));
  });
  data.visits.forEach((v, i) => {
    const at = `visits[${i}]`;
    ref('person', v.lead, `${at}.lead`);
    v.delegation.forEach((d, j) => ref('person', d.person, `${at}.delegation[${j}].person`));
    v.destination.places.forEach((p, j) => ref('place', p, `${at}.destination.places[${j}]`));
    v.agreements.forEach((a, j) => ref('agreement', a, `${at}.agreements[${j}]`));
    v.related.forEach((r, j) => ref('visit', r.visit, `${at}.related[${j}].visit`));
    v.statements.forEach((s, j) => {
      ref('person', s.by.person, `${at}.statements[${j}].by.person`);
      ref('organization', s.by.organization, `${at}.statements[${j}].by.organization`);
    });
    v.engagements.forEach((e, k) => {
      const eat = `${at}.engagements[${k}]`;
      ref('place', e.place, `${eat}.place`);
      e.participants.forEach((p, j) => ref('person', p, `${eat}.participants[${j}]`));
      e.counterparts.forEach((c, j) => {
        ref('person', c.person, `${eat}.counterparts[${j}].person`);
        ref('organization', c.organization, `${eat}.counterparts[${j}].organization`);
      });
      e.organizations.forEach((o, j) => ref('organization', o, `${eat}.organizations[${j}]`));
      e.agreements.forEach((a, j) => ref('agreement', a, `${eat}.agreements[${j}]`));
      e.statements.forEach((s, j) => {
        ref('person', s.by.person, `${eat}.statements[${j}].by.person`);
        ref('organization', s.by.organization, `${eat}.statements[${j}].by.organization`);
      });
    });
  });
  data.commitments.forEach((c, i) => {
    for (const side of ['pledgedBy', 'recipient'] as const) {
      ref('person', c[side].person, `commitments[${i}].${side}.person`);
      ref('organization', c[side].organization, `commitments[${i}].${side}.organization`);
    }
    ref('place', c.site, `commitments[${i}].site`);
    c.agreements.forEach((a, j) => ref('agreement', a, `commitments[${i}].agreements[${j}]`));
    c.visits.forEach((v, j) => ref('visit', v, `commitments[${i}].visits[${j}]`));
  });
  data.disagreements.forEach((d, i) => d.subjects.forEach((s, j) => ref(s.kind, s.id, `disagreements[${i}].subjects[${j}].id`)));
  if (total > 0) fail(problems, total, 'reference');
}
