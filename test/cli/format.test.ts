import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { choiceOption, listOption, parseCommandLine, wholeNumber } from '../../src/cli/args.js';
import { UsageError } from '../../src/cli/errors.js';
import { toCsv } from '../../src/cli/format/csv.js';
import { detailLines } from '../../src/cli/format/detail.js';
import { listCell, toCell } from '../../src/cli/format/result.js';
import { cellText, renderTable } from '../../src/cli/format/table.js';
import { buildFilter } from '../../src/cli/options.js';
import { formatResult } from '../../src/cli/output.js';
import { citationBlock } from '../../src/cli/citations.js';
import { query } from '../../src/query/index.js';
import { closest, nearestValues } from '../../src/cli/suggest.js';

describe('table', () => {
  it('aligns columns, rules the header and trims trailing spaces', () => {
    expect(renderTable(['id', 'name'], [['a', 'Alpha'], ['bbb', null]])).toBe('id   name\n---  -----\na    Alpha\nbbb\n');
  });

  it('cuts long cells with an ellipsis and puts multi-line text on one line', () => {
    expect(cellText('abcdef', 4)).toBe('abc…');
    expect(cellText('one\n  two', 20)).toBe('one two');
    expect(cellText(true)).toBe('true');
    expect(cellText(null)).toBe('');
    const line = renderTable(['t'], [['x'.repeat(100)]]).split('\n')[2] ?? '';
    expect(Array.from(line)).toHaveLength(48);
  });

  it('counts characters, not UTF-16 units, when aligning', () => {
    expect(renderTable(['a', 'b'], [['é…', 'x']])).toBe('a   b\n--  -\né…  x\n');
  });
});

describe('csv', () => {
  it('quotes only where needed and reads back the same with csv-parse', () => {
    const rows = [['kdf', 'Kenya Defence Forces, "KDF"\nline two', 3, true, null]];
    const text = toCsv(['id', 'name', 'n', 'flag', 'empty'], rows);
    expect(text.startsWith('id,name,n,flag,empty\nkdf,"Kenya Defence Forces, ""KDF""\nline two",3,true,\n')).toBe(true);
    expect(parse(text)).toEqual([['id', 'name', 'n', 'flag', 'empty'], ['kdf', 'Kenya Defence Forces, "KDF"\nline two', '3', 'true', '']]);
  });

  it('writes the header alone when there are no rows', () => {
    expect(toCsv(['id'], [])).toBe('id\n');
  });
});

describe('cells and detail view', () => {
  it('joins lists with ";" and keeps objects as JSON', () => {
    expect(listCell(['KE', undefined, 'US', ''])).toBe('KE;US');
    expect(toCell(['a', 'b'])).toBe('a;b');
    expect(toCell({ amount: 1 })).toBe('{"amount":1}');
    expect(toCell(undefined)).toBeNull();
  });

  it('lists a record as aligned paths, leaving out citations', () => {
    expect(detailLines({ id: 'x', topics: ['a', 'b'], when: { value: '2024', citations: [{ source: 's', quote: 'q' }] }, items: [{ n: 1 }], empty: [] })).toEqual([
      'id          x',
      'topics      a, b',
      'when.value  2024',
      'items[0].n  1',
    ]);
  });
});

describe('output formats', () => {
  const result = { items: [{ id: 'a' }, { id: 'b' }], columns: ['id'], rows: [['a'], ['b']] };
  it('json is an indented array (or the document), ndjson one object per line', () => {
    expect(formatResult(result, 'json')).toBe('[\n  {\n    "id": "a"\n  },\n  {\n    "id": "b"\n  }\n]\n');
    expect(formatResult({ ...result, document: { n: 1 } }, 'json')).toBe('{\n  "n": 1\n}\n');
    expect(formatResult(result, 'ndjson')).toBe('{"id":"a"}\n{"id":"b"}\n');
    expect(formatResult(result, 'csv')).toBe('id\na\nb\n');
    expect(formatResult({ ...result, text: 'custom\n' }, 'table')).toBe('custom\n');
  });
});

describe('argument parsing', () => {
  const options = {
    country: { type: 'string', multiple: true, split: true, description: 'c' },
    limit: { type: 'string', placeholder: 'N', minimum: 1, description: 'l' },
    gap: { type: 'string', placeholder: 'DAYS', minimum: 0, description: 'g' },
    help: { type: 'boolean', description: 'h' },
  } as const;

  it('parses flags and positionals with node:util parseArgs', () => {
    expect(parseCommandLine(['visits', '--country', 'KE,RW', '--country=US', '--limit', '2'], options, 'list')).toEqual({
      positionals: ['visits'],
      values: { country: ['KE,RW', 'US'], limit: '2' },
    });
  });

  it('names the unknown flag, suggests the nearest and lists the accepted ones', () => {
    expect(() => parseCommandLine(['--limt', '2'], options, 'list')).toThrow(
      'unknown flag --limt for "list". Did you mean "--limit"? Accepted flags: --country VALUE, --gap DAYS, --help, --limit N.',
    );
  });

  it('refuses a missing value, a value on a boolean flag and a repeated single-value flag', () => {
    expect(() => parseCommandLine(['--limit'], options, 'list')).toThrow(/--limit needs a value: --limit N/);
    expect(() => parseCommandLine(['--limit', '--help'], options, 'list')).toThrow(/--limit needs a value/);
    expect(() => parseCommandLine(['--help=1'], options, 'list')).toThrow(/--help takes no value/);
    expect(() => parseCommandLine(['--limit', '1', '--limit', '2'], options, 'list')).toThrow(/--limit was given more than once/);
  });

  it('splits lists on commas, drops repeats, and refuses empty items', () => {
    expect(listOption({ country: ['KE,RW', 'KE', 'US'] }, 'country')).toEqual(['KE', 'RW', 'US']);
    expect(listOption({ role: ['Minister, Defence'] }, 'role', false)).toEqual(['Minister, Defence']);
    expect(listOption({}, 'country')).toBeUndefined();
    expect(() => listOption({ country: ['KE,'] }, 'country')).toThrow(UsageError);
  });

  it('checks whole-number flags against their minimum when parsing, negative numbers included', () => {
    expect(wholeNumber(parseCommandLine(['--limit', '12'], options, 'list').values, 'limit')).toBe(12);
    expect(wholeNumber(parseCommandLine(['--gap', '0'], options, 'list').values, 'gap')).toBe(0);
    for (const bad of ['0', '1.5', '1e3', 'ten', '', ' 1', '99999999999999999999']) {
      expect(() => parseCommandLine([`--limit=${bad}`], options, 'list')).toThrow(`--limit must be a whole number ≥ 1, e.g. --limit 10; got "${bad}".`);
    }
    // parseArgs reads "-1" after a flag as another flag; the message is still about the number.
    expect(() => parseCommandLine(['--limit', '-1'], options, 'list')).toThrow('--limit must be a whole number ≥ 1, e.g. --limit 10; got "-1".');
    expect(() => parseCommandLine(['--limit=-1'], options, 'list')).toThrow('--limit must be a whole number ≥ 1, e.g. --limit 10; got "-1".');
    expect(() => parseCommandLine(['--gap', '-5'], options, 'list')).toThrow('--gap must be a whole number ≥ 0, e.g. --gap VALUE; got "-5".');
    // A flag that is not a number still needs a value when followed by another flag.
    expect(() => parseCommandLine(['--limit', '--help'], options, 'list')).toThrow(/--limit needs a value/);
  });

  it('checks choices', () => {
    expect(choiceOption({ match: 'within' }, 'match', ['overlaps', 'within'])).toBe('within');
    expect(() => choiceOption({ match: 'withn' }, 'match', ['overlaps', 'within'])).toThrow('--match "withn" is not accepted. Did you mean "within"? Accepted: overlaps, within.');
  });
});

describe('filters', () => {
  it('passes one value as itself, except in the fields the query API types as lists', () => {
    const values = { country: ['KE'], parties: ['KE'], roles: ['lead'], person: ['aden-duale', 'lloyd-austin'] };
    expect(buildFilter(values, ['country', 'parties', 'roles', 'person'], false)).toEqual({ country: 'KE', parties: ['KE'], roles: ['lead'], person: ['aden-duale', 'lloyd-austin'] });
  });
});

describe('suggestions', () => {
  it('suggests plausible typos only', () => {
    expect(closest('lsit', ['list', 'show'])).toBe('list');
    expect(closest('vis', ['visits', 'posts'])).toBe('visits');
    expect(closest('zzzzzz', ['visits', 'posts'])).toBeUndefined();
  });

  it('ranks nearest ids by containment, then distance, then alphabetically', () => {
    expect(nearestValues('duale', ['william-ruto', 'aden-duale', 'lloyd-austin'], 2)).toEqual(['aden-duale', 'lloyd-austin']);
  });
});

describe('citationBlock', () => {
  it('prints each citation once, however many rows cite it, and says "none" when there are none', () => {
    const [first, second] = query.citationsOf('person', 'aden-duale');
    if (first === undefined || second === undefined) throw new Error('fixture: Duale has at least two citations');
    const block = citationBlock([first, second, first]);
    expect(block.startsWith('citations (2):\n[1] ')).toBe(true);
    expect(block.split('\n').filter((line) => line.startsWith('['))).toHaveLength(2);
    expect(block).toContain(`"${first.quote}"`);
    expect(citationBlock([])).toBe('citations: none');
  });

  it('prints a quote that supports several facts once, naming every fact in first-cited order', () => {
    const [first, second] = query.citationsOf('person', 'aden-duale');
    if (first === undefined || second === undefined) throw new Error('fixture: Duale has at least two citations');
    const block = citationBlock([{ ...first, path: 'statusHistory[0]' }, second, { ...first, path: 'statusHistory[1].date' }, { ...first, path: '.' }]);
    const heads = block.split('\n').filter((line) => line.startsWith('['));
    expect(heads).toHaveLength(2);
    expect(heads[0]?.startsWith(`[1] statusHistory[0], statusHistory[1].date, record — ${first.source.id} `)).toBe(true);
    // The same quote with a different note is a different citation.
    expect(citationBlock([first, { ...first, note: 'read as a plan' }]).startsWith('citations (2):')).toBe(true);
  });
});
