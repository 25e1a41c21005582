/**
 * npm run date -- "<phrase>" [--published YYYY-MM-DD] [--tense past|future] [--year-range FROM-TO] [--source ID] [--json]
 *
 * Resolves a date phrase from an article and prints the EDTF value, its precision and reasoning,
 * and a DateClaim to paste. Exit 2 with the reason when the phrase is ambiguous or contradicts
 * the calendar; exit 1 on a usage error.
 */
import { parseArgs } from 'node:util';
import { isDatePhraseError, resolveDatePhrase, type ResolveDatePhraseOptions, type Tense } from '../src/dates/phrases.js';
import { dateClaimSnippet } from '../src/curation/date-claim-snippet.js';

const USAGE = 'Usage: npm run date -- "<phrase>" [--published YYYY-MM-DD] [--tense past|future] [--year-range FROM-TO] [--source ID] [--json]';

class UsageError extends Error {}

function parseTense(value: string | undefined): Tense | undefined {
  if (value === undefined || value === 'past' || value === 'future') return value;
  throw new UsageError(`--tense must be "past" or "future", not "${value}".`);
}

function parseYearRange(value: string | undefined): [number, number] | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})\s*(?:-|–|\.\.|:)\s*(\d{4})$/.exec(value);
  if (!match) throw new UsageError(`--year-range must look like 1995-2026, not "${value}".`);
  return [Number(match[1]), Number(match[2])];
}

function main(argv: readonly string[]): number {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      published: { type: 'string' },
      tense: { type: 'string' },
      'year-range': { type: 'string' },
      source: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1 || positionals[0] === undefined) {
    console.error(`${USAGE}\n(Quote the phrase so the shell passes it as one argument.)`);
    return 1;
  }
  const phrase = positionals[0];
  const tense = parseTense(values.tense);
  const yearRange = parseYearRange(values['year-range']);
  const options: ResolveDatePhraseOptions = {
    ...(values.published === undefined ? {} : { published: values.published }),
    ...(tense === undefined ? {} : { tense }),
    ...(yearRange === undefined ? {} : { yearRange }),
  };
  try {
    const resolved = resolveDatePhrase(phrase, options);
    if (values.json) {
      console.log(JSON.stringify(resolved, null, 2));
      return 0;
    }
    const { inference } = resolved;
    console.log(`value:        ${resolved.value}`);
    console.log(`precision:    ${resolved.precision}`);
    console.log(`method:       ${inference.method}`);
    if (inference.anchor) console.log(`anchor:       ${inference.anchor}`);
    if (inference.alternatives) console.log(`alternatives: ${inference.alternatives.join(', ')}`);
    console.log(`reasoning:    ${inference.reasoning}`);
    console.log('\nDateClaim to paste (add the citation):');
    process.stdout.write(dateClaimSnippet(resolved, values.source));
    return 0;
  } catch (error) {
    if (isDatePhraseError(error)) {
      console.error(`Refused (${error.code}): ${error.message}`);
      return 2;
    }
    throw error;
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError) && !(error instanceof TypeError && 'code' in error)) throw error;
  // parseArgs reports unknown options as a TypeError with a code; both are the user's to fix.
  console.error(`${error.message}\n${USAGE}`);
  process.exitCode = 1;
}
