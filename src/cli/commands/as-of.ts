import type { PostHoldersInput } from '../../query/index.js';
import { listOption, stringOption, wholeNumber } from '../args.js';
import { citationJson, citationText, mergeCitations, resolveCitations } from '../citations.js';
import { UsageError } from '../errors.js';
import { listCell, type CommandResult } from '../format/result.js';
import { renderTable } from '../format/table.js';
import type { Command } from './types.js';

const COLUMNS = ['person', 'name', 'role', 'post', 'evidence', 'gap_days', 'attested', 'later_holders'];

/**
 * `as-of`: who may have held matching posts on a day, strongest evidence first, with citations.
 *
 * @example
 * ```sh
 * kenya-defence-cooperation as-of --country KE --role "Cabinet Secretary for Defence" --date 2024-01-15
 * ```
 */
export const asOfCommand: Command = {
  name: 'as-of',
  summary: 'Who held a post on a day, with the evidence',
  description:
    'The people who may hold posts matching the filters on a day, strongest evidence first: attested-on-date (a ' +
    'source shows them in post on a date covering the day), in-stated-term, attested-before-and-after, ' +
    'last-attested-before (they may have left since), first-attested-after (they may not yet have started). ' +
    'gap_days is the distance to the nearest supporting date. later_holders lists others attested in the same ' +
    'office on a day certainly after a candidate was last seen and possibly by the day asked (a sign the candidate had left), ' +
    'their citations listed with the evidence ("<post>: later holder <person> (<their post>)"). The sources rarely give terms of office, so the ' +
    'answer is evidence, not a register. --date must be a single day: a month would make the answer depend on ' +
    'which day of it you mean.',
  positionals: [],
  options: {
    date: { type: 'string', placeholder: 'DAY', description: 'The day asked about, YYYY-MM-DD, or a date-time with a zone such as 2024-01-15T10:30+03:00 (its UTC day) (required).' },
    country: { type: 'string', multiple: true, split: true, placeholder: 'CODE', description: 'Country of the post, e.g. KE.' },
    role: { type: 'string', multiple: true, placeholder: 'ROLE', description: 'Role, or a title as the sources print it ("Kenyan Defense Minister"), ignoring case, accents and Defense/Defence spelling, e.g. "Cabinet Secretary for Defence".' },
    organization: { type: 'string', multiple: true, split: true, placeholder: 'ID', description: 'Organization of the post, e.g. kenya-defence-forces.' },
    person: { type: 'string', multiple: true, split: true, placeholder: 'ID', description: 'Only posts held by this person, e.g. aden-duale.' },
    'max-gap-days': { type: 'string', placeholder: 'DAYS', minimum: 0, description: 'Leave out candidates whose nearest supporting date is more than DAYS days away, e.g. 365.' },
  },
  examples: [
    'as-of --country KE --role "Cabinet Secretary for Defence" --date 2024-01-15',
    'as-of --organization kenya-defence-forces --date 2025-11-05 --format json',
    'as-of --country US --role President --date 2024-01-15 --max-gap-days 365',
    'as-of --person uhuru-kenyatta --date 2024-01-15',
  ],
  run({ positionals, values, query }): CommandResult {
    if (positionals.length > 0) throw new UsageError(`as-of takes no positional arguments (got "${positionals[0] ?? ''}"); use --country, --role, --organization, --person and --date.`);
    const date = stringOption(values, 'date');
    if (date === undefined) throw new UsageError('as-of needs --date DAY, e.g. --date 2024-01-15.');
    const input: Record<string, unknown> = { asOf: date };
    for (const flag of ['country', 'organization', 'person', 'role'] as const) {
      const list = listOption(values, flag, flag !== 'role');
      if (list !== undefined) input[flag] = list.length === 1 ? list[0] : list;
    }
    const maxGap = wholeNumber(values, 'max-gap-days');
    if (maxGap !== undefined) input['maxGapDays'] = maxGap;
    const holders = query.postHolders(input as unknown as PostHoldersInput);
    const nameOf = (id: string): string => query.person(id).name;
    const later = (holder: (typeof holders)[number]): string[] => holder.laterHolders.map((next) => `${next.person} (${next.asOf})`);
    const rows = holders.map((holder) => [holder.person, nameOf(holder.person), holder.role, holder.post.id, holder.evidence, holder.gapDays, listCell(holder.attestations.map((a) => a.asOf)), listCell(later(holder))]);
    // A later holder is evidence too (that the candidate may have left): its citations are listed
    // with the candidate's, labelled by the candidate's post and the later holder, so that the
    // label says whose leaving it suggests and two candidates' later holders stay apart.
    const resolved = holders.map((holder) => resolveCitations(query, holder.citations, holder.post.id));
    const laterResolved = holders.map((holder) =>
      holder.laterHolders.map((next) => resolveCitations(query, next.citations, `${holder.post.id}: later holder ${next.person} (${next.post})`)),
    );
    const items = holders.map((holder, index) => ({
      person: holder.person,
      name: nameOf(holder.person),
      role: holder.role,
      post: holder.post.id,
      country: holder.post.country,
      evidence: holder.evidence,
      gapDays: holder.gapDays,
      attestations: holder.attestations.map((attestation) => attestation.asOf),
      laterHolders: holder.laterHolders.map((next, at) => ({ person: next.person, post: next.post, asOf: next.asOf, citations: (laterResolved[index]?.[at] ?? []).map(citationJson) })),
      citations: (resolved[index] ?? []).map(citationJson),
    }));
    const evidence = holders.length === 0 ? '' : `\nevidence:\n${citationText(mergeCitations([...resolved.flat(), ...laterResolved.flat(2)]))}\n`;
    return { items, columns: COLUMNS, rows, text: holders.length === 0 ? undefined : renderTable(COLUMNS, rows) + evidence, noun: 'post holders' };
  },
};
