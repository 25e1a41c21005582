import type { DatasetName } from '../../../src/schema/dataset.js';
import { DATASET_NAMES } from '../../../src/schema/dataset.js';
import { cell, code, frontMatter, headingSlug, page, prose, table } from '../lib/markdown.js';
import { countryName, type Data, type Lookup } from './lookup.js';
import { href, PAGES } from './pages.js';
import { humanDate } from './render.js';
import { RECORD_KINDS } from './dictionary.js';

/** Title and one-line description of each dataset page. */
export const DATASET_TITLES: Readonly<Record<DatasetName, { readonly title: string; readonly about: string }>> = {
  sources: { title: 'Sources', about: 'The news articles the data is built from: metadata and hashes, never the text.' },
  people: { title: 'People', about: 'Officials and other people named in the sources.' },
  organizations: { title: 'Organizations', about: 'Armed forces, commands, ministries, agencies, coalitions and other bodies.' },
  places: { title: 'Places', about: 'Cities, venues, military sites and regions (countries are ISO codes, not records).' },
  posts: { title: 'Posts', about: 'Who held which post, and on which dates a source shows it.' },
  agreements: { title: 'Agreements', about: 'Agreements, frameworks, dialogues, action plans and communiqués, with status histories.' },
  visits: { title: 'Visits', about: 'Official visits and the engagements within them.' },
  commitments: { title: 'Commitments', about: 'Pledges of money, personnel and basing access.' },
  disagreements: { title: 'Disagreements', about: 'Points on which the sources disagree, each claim kept with its citations.' },
};

interface Row {
  readonly id: string;
  readonly cells: readonly string[];
}

/** The columns that let a reader pick a record from the list without opening each page. */
function rows(data: Data, lookup: Lookup, dataset: DatasetName): { headers: string[]; rows: Row[] } {
  const text = (value: string): string => cell(prose(value));
  const countries = (codes: readonly string[]): string => text(codes.map(countryName).join(', '));
  switch (dataset) {
    case 'sources':
      return {
        headers: ['Headline or summary', 'Date'],
        rows: data.sources.map((source) => ({ id: source.id, cells: [text(source.headline?.text ?? source.description), code((source.published ?? source.publishedInferred)?.value ?? '—')] })),
      };
    case 'people':
      return {
        headers: ['Name', 'Posts', 'Nationality'],
        rows: data.people.map((person) => ({
          id: person.id,
          cells: [text(person.name), text(data.posts.filter((post) => post.person === person.id).map((post) => post.role).join('; ')), countries(person.nationality.map((item) => item.country))],
        })),
      };
    case 'organizations':
      return { headers: ['Name', 'Kind', 'Country'], rows: data.organizations.map((item) => ({ id: item.id, cells: [text(item.name), code(item.kind), item.country ? countries([item.country]) : '—'] })) };
    case 'places':
      return { headers: ['Name', 'Kind', 'Country'], rows: data.places.map((item) => ({ id: item.id, cells: [text(item.name), code(item.kind), item.country ? countries([item.country]) : '—'] })) };
    case 'posts':
      return { headers: ['Role', 'Person', 'Country'], rows: data.posts.map((item) => ({ id: item.id, cells: [text(item.role), text(lookup.label('people', item.person)), countries([item.country])] })) };
    case 'agreements':
      return {
        headers: ['Title', 'Kind', 'Parties', 'Latest status'],
        rows: data.agreements.map((item) => {
          const last = item.statusHistory.at(-1);
          const status = last ? `${code(last.status)}${last.expected ? ' (expected)' : ''} as of ${code(last.asOf)}` : '—';
          return { id: item.id, cells: [text(item.title), code(item.kind), countries(item.parties), status] };
        }),
      };
    case 'visits':
      return {
        headers: ['Title', 'When', 'Led by', 'Route', 'Status'],
        rows: data.visits.map((item) => ({
          id: item.id,
          cells: [text(item.title), `${code(item.when.value)} (${text(humanDate(item.when.value))})`, text(lookup.label('people', item.lead)), `${item.origin.country} → ${item.destination.country}`, code(item.status.value)],
        })),
      };
    case 'commitments':
      return { headers: ['Title', 'Kind', 'As of'], rows: data.commitments.map((item) => ({ id: item.id, cells: [text(item.title), code(item.kind), code(item.asOf)] })) };
    case 'disagreements':
      return { headers: ['Title', 'Resolution'], rows: data.disagreements.map((item) => ({ id: item.id, cells: [text(item.title), code(item.resolution)] })) };
  }
}

/** A dataset's page: what it holds and a table of its records, each linking to its own page. */
export function datasetPage(data: Data, lookup: Lookup, dataset: DatasetName): string {
  const from = PAGES.dataset(dataset);
  const { headers, rows: list } = rows(data, lookup, dataset);
  const kind = RECORD_KINDS.find((item) => item.dataset === dataset && !item.nested)?.kind ?? dataset;
  const { title, about } = DATASET_TITLES[dataset];
  const tableRows = list.map((row) => [`[${row.id}](${href(from, PAGES.record(dataset, row.id))})`, ...row.cells]);
  const engagements = dataset === 'visits' ? ` The ${data.visits.reduce((sum, visit) => sum + visit.engagements.length, 0)} engagements are on their visits' pages.` : '';
  return page([
    frontMatter({ title, children: list.map((row) => href(from, PAGES.record(dataset, row.id))) }),
    `# ${title}`,
    `${about} ${list.length} records, sorted by id.${engagements} Fields: [${kind} in the data dictionary](${href(from, PAGES.dictionary)}#${headingSlug(kind)}). Import: ${code(`kenya-defence-cooperation/datasets/${dataset}`)}.`,
    table(['Id', ...headers], tableRows),
  ]);
}

/** The data reference's landing page: the dictionary and every dataset, with counts. */
export function dataReferencePage(data: Data): string {
  const from = PAGES.dataReference;
  const rows = DATASET_NAMES.map((dataset) => [`[${DATASET_TITLES[dataset].title}](${href(from, PAGES.dataset(dataset))})`, String(data[dataset].length), cell(DATASET_TITLES[dataset].about)]);
  return page([
    frontMatter({ title: 'Data reference', children: [href(from, PAGES.dictionary), ...DATASET_NAMES.map((dataset) => href(from, PAGES.dataset(dataset)))] }),
    '# Data reference',
    `Every dataset and every record, generated from the bundled data at build time: nothing here is written by hand. Each record page shows the record's facts with the verbatim quotes they rest on. The [data dictionary](${href(from, PAGES.dictionary)}) describes every field.`,
    table(['Dataset', 'Records', 'What'], rows),
  ]);
}
