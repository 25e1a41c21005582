/**
 * npm run quote -- <source-id-or-file> "<phrase>" [--ignore-case] [--sources DIR] [--data DIR]
 *
 * Finds a phrase in a source article, forgiving quote style, dashes and spacing, and prints the
 * exact text with its line number and a citation ready to paste. Exit 1 when it does not occur.
 */
import { parseArgs } from 'node:util';
import { citationSnippet } from '../src/curation/citation-snippet.js';
import { findQuote } from '../src/curation/find-quote.js';
import { curationDirs } from '../src/curation/paths.js';
import { resolveSource } from '../src/curation/resolve-source.js';

const USAGE = 'Usage: npm run quote -- <source-id-or-file> "<phrase>" [--ignore-case] [--sources DIR] [--data DIR]';

function main(argv: readonly string[]): number {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      'ignore-case': { type: 'boolean', default: false },
      sources: { type: 'string' },
      data: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [reference, phrase, ...extra] = positionals;
  if (reference === undefined || phrase === undefined || extra.length > 0) {
    console.error(`${USAGE}\n(Quote the phrase so the shell passes it as one argument.)`);
    return 1;
  }
  const source = resolveSource(reference, curationDirs(values));
  if (typeof source === 'string') {
    console.error(source);
    return 1;
  }
  const ignoreCase = values['ignore-case'] ?? false;
  const search = findQuote(source.text, phrase, { ignoreCase });
  const where = `${source.id} (${source.path})`;
  if (search.matches.length === 0) {
    console.error(`Not found: "${phrase}" does not occur in ${where}, even allowing for curly quotes, dashes and spacing${ignoreCase ? ' and case' : ''}.`);
    const caseless = ignoreCase ? undefined : findQuote(source.text, phrase, { ignoreCase: true }).matches[0];
    if (caseless) {
      console.error(`It occurs with different capitals at line ${caseless.line}: "${caseless.exact}". Quote it as printed, or pass --ignore-case.`);
    } else if (search.nearest) {
      const { words, share, match, context } = search.nearest;
      console.error(`Nearest partial match: the words "${words}" (${Math.round(share * 100)}% of the phrase's words) occur at line ${match.line}, column ${match.column}. The text around them:`);
      console.error(`  ${JSON.stringify(context)}`);
      console.error('Compare your phrase with this text: it differs just before or just after those words.');
    } else {
      console.error('No run of its words occurs either; check you have the right source.');
    }
    return 1;
  }
  if (!source.listed) console.log(`Note: ${source.path} is not in data/sources.yaml yet; the id "${source.id}" is derived from its file name.`);
  const count = search.matches.length;
  console.log(`Found ${count} match${count === 1 ? '' : 'es'} in ${where}:`);
  for (const match of search.matches) {
    console.log(`  line ${match.line}, column ${match.column} (offset ${match.offset}): ${JSON.stringify(match.exact)}`);
  }
  if (count > 1) console.log('The phrase occurs more than once; quote more words if the citation should point at one place.');
  console.log('\nCitation to paste:');
  for (const exact of new Set(search.matches.map((match) => match.exact))) process.stdout.write(citationSnippet(source.id, exact));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
