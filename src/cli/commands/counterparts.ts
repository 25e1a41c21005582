import type { CounterpartFilter } from '../../query/index.js';
import { onePositional } from '../args.js';
import { listCell, type CommandResult } from '../format/result.js';
import { buildFilter, DATE_OPTIONS, MEETING_ENGAGEMENT_FILTERS, MEETING_ENGAGEMENT_OPTIONS } from '../options.js';
import type { Command } from './types.js';

/**
 * `counterparts <person>`: the people someone met, most often first.
 *
 * @example
 * ```sh
 * kenya-defence-cooperation counterparts aden-duale --status took-place
 * ```
 */
export const counterpartsCommand: Command = {
  name: 'counterparts',
  summary: 'The people a person met, most often first',
  description:
    'The people a person met, on either side of a meeting (see the meetings command), most meetings first, then by ' +
    'id. Each engagement counts once, so the talks and the signing of one visit count as two. Planned meetings ' +
    'count too unless --status says otherwise; planned says how many of count were only planned. The engagement ' +
    'flags (--country, --organization, --place, --kind, --topic…) choose the meetings to count as list engagements ' +
    'does. For the citations, run meetings --person with the same person.',
  positionals: [{ name: 'person', description: 'a person id, e.g. aden-duale' }],
  options: {
    ...MEETING_ENGAGEMENT_OPTIONS,
    ...DATE_OPTIONS,
  },
  examples: ['counterparts aden-duale', 'counterparts aden-duale --status took-place', 'counterparts aden-duale --destination US', 'counterparts lloyd-austin --during 2023 --format csv'],
  run({ positionals, values, query }): CommandResult {
    const person = onePositional(positionals, { missing: 'counterparts needs a person id, e.g. counterparts aden-duale.', one: 'counterparts takes one person id' });
    // The query checks the person, engagement fields and dates, and says what it accepts.
    const counts = query.counterparts(person, buildFilter(values, ['status', ...MEETING_ENGAGEMENT_FILTERS], true) as CounterpartFilter);
    return {
      items: counts,
      columns: ['person', 'name', 'count', 'planned', 'engagements'],
      rows: counts.map((count) => [count.person, count.name, count.count, count.planned, listCell(count.engagements)]),
      noun: 'counterparts',
    };
  },
};
