import type { TimelineSubject } from '../../query/index.js';
import { listOption, stringOption } from '../args.js';
import { UsageError } from '../errors.js';
import { listCell } from '../format/result.js';
import type { CommandResult } from '../format/result.js';
import { booleanOption, buildFilter, DATE_OPTIONS, FILTER_OPTIONS } from '../options.js';
import type { Command } from './types.js';

const SUBJECTS = ['country', 'person', 'organization'] as const;

/**
 * `timeline`: every dated event involving one country, person or organization.
 *
 * @example
 * ```sh
 * kenya-defence-cooperation timeline --person aden-duale
 * ```
 */
export const timelineCommand: Command = {
  name: 'timeline',
  summary: 'Dated events involving a country, person or organization',
  description:
    'Every dated event — visits, engagements, agreement status steps, commitments, post attestations — involving ' +
    'exactly one subject, ordered by earliest possible day, then latest, coarser dates first ("2024-01" before ' +
    '"2024-01-15"). The involvement column says how the subject takes part (lead, counterpart, party, holder…); ' +
    'sources names the sources each event cites (json and ndjson carry the quotes). ' +
    'An organization\'s timeline includes what its post holders did while the data shows them in post (--via-post-holders false leaves it out).',
  positionals: [],
  options: {
    country: { type: 'string', placeholder: 'CODE', description: 'ISO 3166-1 alpha-2 country code, e.g. KE.' },
    person: { type: 'string', placeholder: 'ID', description: 'Person id, e.g. aden-duale.' },
    organization: { type: 'string', placeholder: 'ID', description: 'Organization id, e.g. kenya-defence-forces.' },
    'via-post-holders': FILTER_OPTIONS['via-post-holders'],
    'include-planned': {
      type: 'string',
      placeholder: 'BOOL',
      description: 'true (default) lists plans too, marked by their status; false leaves out planned visits and engagements and expected agreement steps.',
    },
    kind: {
      type: 'string',
      multiple: true,
      split: true,
      placeholder: 'KIND',
      description: 'Only events of these kinds: visit, engagement, agreement-status, commitment, post-attestation, post-start, post-end (default: all).',
    },
    ...DATE_OPTIONS,
  },
  examples: ['timeline --country RW', 'timeline --person aden-duale --from 2024', 'timeline --person aden-duale --kind visit', 'timeline --organization united-states-africa-command --format json'],
  run({ positionals, values, query }): CommandResult {
    if (positionals.length > 0) throw new UsageError(`timeline takes no positional arguments (got "${positionals[0] ?? ''}"); give the subject as --country, --person or --organization.`);
    const given = SUBJECTS.filter((flag) => values[flag] !== undefined);
    if (given.length !== 1) {
      throw new UsageError(`timeline needs exactly one of --country, --person or --organization; got ${given.length === 0 ? 'none' : given.map((flag) => `--${flag}`).join(' and ')}.`);
    }
    const [flag] = given as [(typeof SUBJECTS)[number]];
    // The query checks the subject's values (country code, id, dates) and says what it accepts.
    const viaPostHolders = booleanOption(values, 'via-post-holders');
    const includePlanned = booleanOption(values, 'include-planned');
    const kinds = listOption(values, 'kind', true);
    const subject = {
      [flag]: stringOption(values, flag),
      ...(viaPostHolders === undefined ? {} : { viaPostHolders }),
      ...(includePlanned === undefined ? {} : { includePlanned }),
      ...(kinds === undefined ? {} : { kind: kinds }),
      ...buildFilter(values, [], true),
    } as unknown as TimelineSubject;
    const events = query.timeline(subject);
    return {
      items: events,
      // sources: each event's cited sources, so that every row says where it comes from; it also
      // tells apart the same step reported by two sources, whose summaries differ only at the end.
      columns: ['date', 'kind', 'id', 'involvement', 'status', 'sources', 'summary'],
      rows: events.map((event) => [
        event.date,
        event.kind,
        event.id,
        listCell(event.involvement),
        event.status === undefined ? null : `${event.status}${event.expected === true ? ' (expected)' : ''}`,
        listCell([...new Set(event.citations.map((citation) => citation.source))]),
        event.summary,
      ]),
      noun: 'events',
    };
  },
};
