import type { MeetingFilter } from '../../query/index.js';
import { citationJson, citationBlock, resolveCitations } from '../citations.js';
import { UsageError } from '../errors.js';
import type { CommandResult } from '../format/result.js';
import { renderTable } from '../format/table.js';
import { buildFilter, DATE_OPTIONS, FILTER_OPTIONS, MEETING_ENGAGEMENT_FILTERS, MEETING_ENGAGEMENT_OPTIONS } from '../options.js';
import type { Command } from './types.js';

const COLUMNS = ['date', 'date_from', 'status', 'traveller', 'traveller_role', 'counterpart', 'engagement', 'visit', 'title'];

/**
 * `meetings`: who met whom — every traveller ↔ named counterpart pair at an engagement, with the
 * citation naming the counterpart.
 *
 * @example
 * ```sh
 * kenya-defence-cooperation meetings --person aden-duale --status took-place
 * ```
 */
export const meetingsCommand: Command = {
  name: 'meetings',
  summary: 'Who met whom: traveller and counterpart at each engagement',
  description:
    'Every meeting between a traveller (the visit\'s lead, or a participant of the engagement) and a counterpart ' +
    'the sources name, in date order, one row per pair. date is the engagement\'s own date, or its visit\'s where the ' +
    'source dates only the visit (date_from says which). status is the engagement\'s as of its source, so planned ' +
    'meetings are listed too unless --status says otherwise. The engagement flags (--country, --organization, ' +
    '--place, --kind, --topic…) choose the engagements as list engagements does. The table lists the citation naming ' +
    'each counterpart below it; json and ndjson carry them with each meeting.',
  positionals: [],
  options: {
    person: { ...FILTER_OPTIONS.person, description: 'Only meetings with this person (or any of these, comma-separated) on either side, e.g. aden-duale.' },
    ...MEETING_ENGAGEMENT_OPTIONS,
    ...DATE_OPTIONS,
  },
  examples: ['meetings', 'meetings --person aden-duale --status took-place', 'meetings --destination RW', 'meetings --during 2024 --format json'],
  run({ positionals, values, query }): CommandResult {
    if (positionals.length > 0) throw new UsageError(`meetings takes no positional arguments (got "${positionals[0] ?? ''}"); give a person as --person ID.`);
    // The query checks the people, engagement fields and dates, and says what it accepts.
    const filter = buildFilter(values, ['person', 'status', ...MEETING_ENGAGEMENT_FILTERS], true) as MeetingFilter;
    const meetings = query.meetings(filter);
    const rows = meetings.map((meeting) => [meeting.date, meeting.dateFrom, meeting.status, meeting.traveller, meeting.travellerRole, meeting.counterpart, meeting.engagement, meeting.visit, meeting.title]);
    const resolved = meetings.map((meeting) => resolveCitations(query, meeting.citations, meeting.engagement));
    const items = meetings.map((meeting, index) => ({ ...meeting, citations: (resolved[index] ?? []).map(citationJson) }));
    const text = meetings.length === 0 ? undefined : `${renderTable(COLUMNS, rows)}\n${citationBlock(resolved.flat())}\n`;
    return { items, columns: COLUMNS, rows, text, noun: 'meetings' };
  },
};
