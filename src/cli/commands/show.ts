import type { Query, QueryRecordKind, SearchField } from '../../query/index.js';
import { choiceOption, onePositional } from '../args.js';
import { CITATION_COLUMNS, citationJson, citationRow, citationBlock } from '../citations.js';
import { NotFoundError, UsageError } from '../errors.js';
import { detailLines } from '../format/detail.js';
import type { CommandResult } from '../format/result.js';
import { allIds, findById, RECORD_KINDS } from '../records.js';
import { nearestValues } from '../suggest.js';
import type { Command } from './types.js';

/** Fields that say what a record is called: a typed id is often one of these ("africom", "KDF"). */
const NAME_FIELDS: ReadonlySet<SearchField> = new Set(['name', 'abbreviations', 'otherNames', 'title', 'aliases']);

/**
 * The ids a mistyped id may mean, best first: records called by it (the query's search over
 * names, abbreviations, titles and aliases: "africom" is AFRICOM's abbreviation), then ids near
 * it in spelling.
 */
function idsNear(query: Query, typed: string, kinds: readonly QueryRecordKind[]): string[] {
  const named = /[\p{L}\p{N}]/u.test(typed) ? query.search(typed, { kinds: [...kinds], limit: 20 }).filter((hit) => NAME_FIELDS.has(hit.field)).map((hit) => hit.id) : [];
  return [...new Set([...named, ...nearestValues(typed, allIds(query, kinds))])].slice(0, 3);
}

/**
 * `show <id>`: one record of any kind with every citation, each with the source's title and date.
 *
 * @example
 * ```sh
 * kenya-defence-cooperation show kahariri-meets-muganga
 * ```
 */
export const showCommand: Command = {
  name: 'show',
  summary: 'Show one record (any kind, engagements too) with every citation',
  description:
    'Finds the record with the id among every kind — visits, engagements, agreements, commitments, people, ' +
    'organizations, places, posts, sources, disagreements — and prints it with every citation: the cited field, ' +
    'the source id, date and title, and the verbatim quote. json and ndjson give { kind, id, record, citations }; ' +
    'csv gives one row per citation. Exits 1 when no record has the id, naming the nearest ids (records called ' +
    'by it first: "show africom" names AFRICOM\'s id).',
  positionals: [{ name: 'id', description: 'a record id, e.g. aden-duale or kahariri-meets-muganga' }],
  options: {
    kind: { type: 'string', placeholder: 'KIND', description: `Only look among this kind: ${RECORD_KINDS.join(', ')}.` },
  },
  examples: ['show aden-duale', 'show kahariri-meets-muganga --format json', 'show kenya-rwanda-defence-cooperation-agreement --format csv'],
  run({ positionals, values, query }): CommandResult {
    const id = onePositional(positionals, { missing: 'show needs a record id, e.g. show aden-duale.', one: 'show takes one id' });
    const kind = choiceOption<QueryRecordKind>(values, 'kind', RECORD_KINDS);
    const kinds = kind === undefined ? RECORD_KINDS : [kind];
    const found = findById(query, id, kinds);
    if (found.length === 0) {
      const where = kind === undefined ? 'no record has' : `no ${kind} has`;
      throw new NotFoundError(`${where} the id "${id}". Nearest ids: ${idsNear(query, id, kinds).join(', ')}.`);
    }
    if (found.length > 1) {
      throw new UsageError(`the id "${id}" belongs to several kinds (${found.map((item) => item.kind).join(', ')}); pick one with --kind.`);
    }
    const [{ kind: foundKind, record, visit }] = found as [(typeof found)[number]];
    const citations = query.citationsOf(foundKind, id);
    const document = { kind: foundKind, id, ...(visit === undefined ? {} : { visit }), record, citations: citations.map(citationJson) };
    const header = [`${foundKind} ${id}${visit === undefined ? '' : ` (in visit ${visit})`}`, ''];
    const text = [...header, ...detailLines(record), '', citationBlock(citations), ''].join('\n');
    return {
      items: [document],
      document,
      columns: ['kind', 'id', ...CITATION_COLUMNS],
      rows: citations.map((citation) => [foundKind, id, ...citationRow(citation)]),
      text,
    };
  },
};
