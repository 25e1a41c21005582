import type { AgreementStatusAnswer } from '../../query/index.js';
import { onePositional, stringOption } from '../args.js';
import { citationJson, citationBlock, resolveCitations } from '../citations.js';
import { listCell, type CommandResult } from '../format/result.js';
import { renderTable } from '../format/table.js';
import type { Command } from './types.js';

// A step may rest on several citations: csv carries every source (of the step and of its date)
// and every quote (quotes one per line of the cell; the date's apart, since they support another
// fact), and the table lists them all below it rather than the first in a cell.
const HISTORY_COLUMNS = ['agreement', 'as_of', 'status', 'expected', 'date', 'sources', 'quotes', 'date_quotes'];
const HISTORY_TABLE_COLUMNS = HISTORY_COLUMNS.filter((column) => column !== 'quotes' && column !== 'date_quotes');
// expected_next: steps still to come as reported; overdue: expected steps whose date has passed.
const ANSWER_COLUMNS = ['agreement', 'as_of', 'status', 'reported_as_of', 'expected_next', 'overdue', 'reason'];
// The reason is often the whole answer (why there is no status yet) and runs to a few hundred
// characters, so the table view prints it in full below the table instead of cutting it to a cell.
const ANSWER_TABLE_COLUMNS = ANSWER_COLUMNS.filter((column) => column !== 'reason');

/**
 * `status <agreement-id>`: an agreement's status on a day, or its whole cited history.
 *
 * @example
 * ```sh
 * kenya-defence-cooperation status kenya-rwanda-defence-cooperation-agreement --date 2026-01-01
 * ```
 */
/** A status step as JSON shows it. */
const stepJson = (entry: AgreementStatusAnswer['expected'][number]) => ({ status: entry.status, date: entry.date?.value ?? null, reportedAsOf: entry.asOf });

export const statusCommand: Command = {
  name: 'status',
  summary: "An agreement's status on a day, or its whole status history",
  description:
    'With --date: the latest step reported as done on or before that day (a step counts once the earliest day its ' +
    'report can mean has come), plus steps reported only as expected — plans, not facts — and why the status may be ' +
    'missing, which the table view prints in full below the table. expected_next lists the expected steps still to come ' +
    'and overdue those whose date has certainly passed with no report of them. Without --date: every reported step in ' +
    "order with all its citations, so the answer never depends on today's date.",
  positionals: [{ name: 'agreement-id', description: 'an agreement id, e.g. kenya-rwanda-defence-cooperation-agreement' }],
  options: {
    date: { type: 'string', placeholder: 'DAY', description: 'The day asked about, YYYY-MM-DD, or a date-time with a zone such as 2024-01-15T10:30+03:00 (its UTC day).' },
  },
  examples: ['status kenya-rwanda-defence-cooperation-agreement', 'status bsd-guiding-agreement --date 2019-06-01', 'status bsd-guiding-agreement --date 2019-06-01 --format json'],
  run({ positionals, values, query }): CommandResult {
    const id = onePositional(positionals, { missing: 'status needs an agreement id, e.g. status bsd-guiding-agreement.', one: 'status takes one agreement id' });
    const date = stringOption(values, 'date');
    if (date === undefined) {
      const agreement = query.agreement(id);
      const history = agreement.statusHistory;
      const rows = history.map((entry) => [
        agreement.id,
        entry.asOf,
        entry.status,
        entry.expected,
        entry.date?.value ?? null,
        listCell([...new Set([...entry.citations, ...(entry.date?.citations ?? [])].map((citation) => citation.source))]),
        entry.citations.map((citation) => citation.quote).join('\n'),
        entry.date === undefined ? null : entry.date.citations.map((citation) => citation.quote).join('\n'),
      ]);
      const citations = history.flatMap((entry, at) => [...resolveCitations(query, entry.citations, `statusHistory[${at}]`), ...resolveCitations(query, entry.date?.citations ?? [], `statusHistory[${at}].date`)]);
      const text = history.length === 0 ? undefined : `${renderTable(HISTORY_TABLE_COLUMNS, rows.map((row) => row.slice(0, HISTORY_TABLE_COLUMNS.length)))}\n${citationBlock(citations)}\n`;
      return { items: history.map((entry) => ({ agreement: agreement.id, ...entry })), columns: HISTORY_COLUMNS, rows, text, noun: 'status entries' };
    }
    const answer = query.agreementStatus(id, date);
    const citations = resolveCitations(query, answer.citations, 'statusHistory');
    const stepCell = (entries: readonly AgreementStatusAnswer['expected'][number][]): string | null => (entries.length === 0 ? null : listCell(entries.map((entry) => `${entry.status}${entry.date ? ` (${entry.date.value})` : ''}`)));
    const expectedNext = stepCell(answer.expected.filter((entry) => !answer.overdue.includes(entry)));
    const document = {
      agreement: answer.agreement.id,
      title: answer.agreement.title,
      asOf: answer.asOf,
      status: answer.status ?? null,
      reportedAsOf: answer.entry?.asOf ?? null,
      expected: answer.expected.map(stepJson),
      overdue: answer.overdue.map(stepJson),
      reason: answer.reason ?? null,
      citations: citations.map(citationJson),
    };
    const row = [answer.agreement.id, answer.asOf, answer.status ?? null, answer.entry?.asOf ?? null, expectedNext, stepCell(answer.overdue), answer.reason ?? null];
    return {
      items: [document],
      document,
      columns: ANSWER_COLUMNS,
      rows: [row],
      text: `${renderTable(ANSWER_TABLE_COLUMNS, [row])}${answer.reason === undefined ? '' : `\nreason: ${answer.reason}\n`}\n${citationBlock(citations)}\n`,
    };
  },
};
