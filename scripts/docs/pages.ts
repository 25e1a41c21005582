import { DATASET_NAMES } from '../../src/schema/dataset.js';
import { dataset } from '../../src/datasets/all.js';
import { cliReferencePage } from './cli-page.js';
import { figuresPage } from './figures/page.js';
import { guidesPage, listGuides } from './guides-page.js';
import { dataReferencePage, datasetPage } from './reference/dataset-pages.js';
import { dataDictionaryPage } from './reference/dictionary.js';
import { schemaDefinitions } from './reference/json-schema.js';
import { type Data, Lookup } from './reference/lookup.js';
import { PAGES } from './reference/pages.js';
import { agreementPage } from './reference/records/agreement.js';
import { commitmentPage, disagreementPage, organizationPage, placePage, postPage } from './reference/records/other.js';
import { personPage } from './reference/records/person.js';
import { sourcePage } from './reference/records/source.js';
import { visitPage } from './reference/records/visit.js';
import { Renderer } from './reference/render.js';

/** One page per record, by path; each kind has its own renderer. */
function recordPages(data: Data, lookup: Lookup): [string, string][] {
  const pages: [string, string][] = [];
  const add = <T extends { readonly id: string }>(name: (typeof DATASET_NAMES)[number], records: readonly T[], render: (renderer: Renderer, record: T) => string): void => {
    for (const record of records) {
      const file = PAGES.record(name, record.id);
      pages.push([file, render(new Renderer(lookup, file), record)]);
    }
  };
  add('sources', data.sources, sourcePage);
  add('people', data.people, personPage);
  add('organizations', data.organizations, organizationPage);
  add('places', data.places, placePage);
  add('posts', data.posts, postPage);
  add('agreements', data.agreements, agreementPage);
  add('visits', data.visits, visitPage);
  add('commitments', data.commitments, commitmentPage);
  add('disagreements', data.disagreements, disagreementPage);
  return pages;
}

/** Every generated markdown page, keyed by its path under docs/generated. */
export function docPages(data: Data = dataset): ReadonlyMap<string, string> {
  const lookup = new Lookup(data);
  const pages = new Map<string, string>();
  pages.set(PAGES.guides, guidesPage(listGuides()));
  pages.set(PAGES.dataReference, dataReferencePage(data));
  pages.set(PAGES.dictionary, dataDictionaryPage(schemaDefinitions(), data));
  for (const name of DATASET_NAMES) pages.set(PAGES.dataset(name), datasetPage(data, lookup, name));
  for (const [file, text] of recordPages(data, lookup)) pages.set(file, text);
  pages.set(PAGES.figures, figuresPage(data));
  pages.set(PAGES.cliReference, cliReferencePage());
  return pages;
}
