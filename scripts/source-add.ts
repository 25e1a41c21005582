/**
 * npm run source:add -- <article.txt> [--published YYYY-MM-DD] [--headline "…"] [--publisher "…"]
 *                        [--description "…"] [--id ID] [--data DIR] [--sources DIR]
 *
 * Registers a news article as a source: fingerprints it, copies it into the sources directory
 * (the repository never stores article text), appends a record to data/sources.yaml and writes
 * record templates to data/templates/<id>.yaml. Refuses a text that is already a source.
 * Every check runs before anything is written, so a refusal leaves no partial changes.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { curationDirs } from '../src/curation/paths.js';
import { draftSourceRecord, sha256Hex } from '../src/curation/source-record.js';
import { appendSource, loadSourcesFile } from '../src/curation/sources-file.js';
import { recordTemplates } from '../src/curation/templates.js';

const USAGE =
  'Usage: npm run source:add -- <article.txt> [--published YYYY-MM-DD] [--headline "…"] [--publisher "…"] [--description "…"] [--id ID] [--data DIR] [--sources DIR]';

function main(argv: readonly string[]): number {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      published: { type: 'string' },
      headline: { type: 'string' },
      publisher: { type: 'string' },
      description: { type: 'string' },
      id: { type: 'string' },
      data: { type: 'string' },
      sources: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [article, ...extra] = positionals;
  if (article === undefined || extra.length > 0) {
    console.error(USAGE);
    return 1;
  }
  if (!existsSync(article)) {
    console.error(`No such file: ${article}`);
    return 1;
  }
  const { dataDir, sourcesDir } = curationDirs(values);
  const sources = loadSourcesFile(path.join(dataDir, 'sources.yaml'));
  const bytes = readFileSync(article);
  const fileName = path.basename(article);
  const draft = draftSourceRecord(
    {
      fileName,
      bytes,
      ...(values.id === undefined ? {} : { id: values.id }),
      ...(values.published === undefined ? {} : { published: values.published }),
      ...(values.headline === undefined ? {} : { headline: values.headline }),
      ...(values.publisher === undefined ? {} : { publisher: values.publisher }),
      ...(values.description === undefined ? {} : { description: values.description }),
    },
    sources.entries,
  );
  if ('refused' in draft) {
    console.error(`Refused: ${draft.refused}`);
    return 1;
  }
  const id = String(draft.record['id']);

  // The sources directory may already hold this file (the curator saved it there); never overwrite a different text.
  const target = path.join(sourcesDir, fileName);
  const copyNeeded = path.resolve(target) !== path.resolve(article);
  if (copyNeeded && existsSync(target) && sha256Hex(readFileSync(target)) !== draft.record['sha256']) {
    console.error(`Refused: ${target} already exists with different content. Rename the article file and try again.`);
    return 1;
  }
  const templatePath = path.join(dataDir, 'templates', `${id}.yaml`);

  if (copyNeeded && !existsSync(target)) {
    mkdirSync(sourcesDir, { recursive: true });
    copyFileSync(article, target);
    console.log(`Copied the article to ${target}.`);
  } else {
    console.log(`The article is already in the sources directory (${target}).`);
  }
  appendSource(sources, draft.record, draft.todos.length > 0 ? draft.todos.join('\n') : undefined);
  console.log(`Added source "${id}" to ${sources.path} (sha256 ${String(draft.record['sha256'])}, ${String(draft.record['characters'])} characters).`);
  for (const note of draft.notes) console.log(note);
  if (existsSync(templatePath)) {
    console.log(`Templates already exist at ${templatePath}; left as they are.`);
  } else {
    mkdirSync(path.dirname(templatePath), { recursive: true });
    const published = (draft.record['published'] as { value?: string } | undefined)?.value;
    writeFileSync(templatePath, recordTemplates({ sourceId: id, ...(published === undefined ? {} : { published }) }));
    console.log(`Wrote record templates to ${templatePath}.`);
  }
  if (draft.todos.length > 0) {
    console.log('\nStill to do (also written as comments above the record):');
    for (const todo of draft.todos) console.log(`  ${todo}`);
  }
  console.log(`\nNext: npm run quote -- ${id} "<phrase>" to cite, npm run date -- "<phrase>" --published <date> to date, then npm run validate.`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof Error)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
