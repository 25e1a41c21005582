import type { QueryRecordKind } from '../../query/index.js';
import { listOption, wholeNumber } from '../args.js';
import { UsageError } from '../errors.js';
import type { CommandResult } from '../format/result.js';
import { RECORD_KINDS } from '../records.js';
import { didYouMean } from '../suggest.js';
import type { Command } from './types.js';

/**
 * `search <text>`: the query's text search over names, titles, roles, topics and quotes.
 *
 * @example
 * ```sh
 * kenya-defence-cooperation search "manda bay"
 * ```
 */
export const searchCommand: Command = {
  name: 'search',
  summary: 'Search names, abbreviations, titles, roles, topics and quotes',
  description:
    'Finds records whose names, abbreviations, titles, aliases, roles, topics or quotes contain the text, ' +
    'ignoring case, accents, punctuation and the American or British spelling of a few words ("defense" finds ' +
    '"defence"); an organization\'s abbreviation also finds its name written in full ("kdf" finds "Kenya Defence ' +
    'Forces"); the last word may be a prefix ("kahar" finds Kahariri). One hit per ' +
    'record and field, best first. Several words are searched as one phrase; when no text holds them together, ' +
    'the records holding every word in some field are found ("charles kahariri"). "1000" finds "1,000" and "$100m" ' +
    '"$100 million". When nothing is found, spellings that find something are suggested ("langly": "langley").',
  positionals: [{ name: 'text', description: 'the words to look for (quote them, or give them as separate arguments)' }],
  options: {
    kind: { type: 'string', multiple: true, split: true, placeholder: 'KIND', description: `Only hits on these record kinds: ${RECORD_KINDS.join(', ')}.` },
    limit: { type: 'string', placeholder: 'N', minimum: 1, description: 'Show at most N hits (default 20).' },
  },
  examples: ['search kdf', 'search "manda bay" --kind commitment,place', 'search austin --kind person --format json'],
  run({ positionals, values, query }): CommandResult {
    const text = positionals.join(' ');
    // `search ""` is as much a missing argument as `search`: the same usage error, not a query error.
    if (text.trim() === '') throw new UsageError('search needs the text to look for, e.g. search "manda bay".');
    const kinds = listOption(values, 'kind');
    for (const kind of kinds ?? []) {
      if (!(RECORD_KINDS as readonly string[]).includes(kind)) throw new UsageError(`--kind "${kind}" is not a record kind.${didYouMean(kind, RECORD_KINDS)} Accepted: ${RECORD_KINDS.join(', ')}.`);
    }
    const limit = wholeNumber(values, 'limit');
    const options = { ...(limit === undefined ? {} : { limit }), ...(kinds === undefined ? {} : { kinds: kinds as QueryRecordKind[] }) };
    const hits = query.search(text, options);
    const suggestions = hits.length === 0 ? query.searchSuggestions(text, options) : [];
    return {
      ...(suggestions.length === 0 ? {} : { hint: `Did you mean ${suggestions.map((spelling) => `"${spelling}"`).join(' or ')}?` }),
      items: hits,
      columns: ['kind', 'id', 'field', 'score', 'text', 'path'],
      rows: hits.map((hit) => [hit.kind, hit.id, hit.field, hit.score, hit.text, hit.path]),
      noun: 'hits',
    };
  },
};
