import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { query } from '../../src/query/index.js';
import { cliSource, SPAWN_TIMEOUT } from './helpers.js';

// The same CLI as `npm run cli`, in a real process: exit codes, the two streams and the final
// flush are those a shell sees. Runs concurrently because each spawn compiles the source.
describe.concurrent('the CLI from source (node --import tsx src/cli/main.ts)', { timeout: SPAWN_TIMEOUT }, () => {
  it('list visits --country KE --format json equals the query API\'s result ids', async () => {
    const result = await cliSource(['list', 'visits', '--country', 'KE', '--format', 'json']);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { id: string }[]).map((visit) => visit.id)).toEqual(query.visits({ country: 'KE' }).map((visit) => visit.id));
  });

  it('list in table format (the default) is aligned text', async () => {
    const result = await cliSource(['list', 'visits', '--country', 'KE', '--from', '2024-01', '--to', '2024-01-31']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id\s+date\s+status\s+origin\s+destination\s+lead\s+title$/);
    expect(lines.slice(2).map((line) => line.split(/\s+/)[0])).toEqual(query.visits({ country: 'KE', from: '2024-01', to: '2024-01-31' }).map((visit) => visit.id));
  });

  it('csv parses back with csv-parse and has the header', async () => {
    const result = await cliSource(['list', 'agreements', '--format', 'csv', '--fields', 'id,parties,title']);
    const rows = parse(result.stdout) as string[][];
    expect(rows[0]).toEqual(['id', 'parties', 'title']);
    expect(rows.slice(1).map((row) => row[0])).toEqual(query.agreements().map((agreement) => agreement.id));
  });

  it('ndjson is one JSON object per line', async () => {
    const result = await cliSource(['search', 'duale', '--format', 'ndjson']);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(query.search('duale').map((hit) => hit.id));
  });

  it('show prints a record with its citations', async () => {
    const result = await cliSource(['show', 'aden-duale']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^person aden-duale\n/);
    expect(result.stdout).toContain(`citations (${query.citationsOf('person', 'aden-duale').length}):`);
  });

  it('timeline, as-of, status and versions run', async () => {
    const [timeline, asOf, status, versions] = await Promise.all([
      cliSource(['timeline', '--country', 'RW', '--format', 'json']),
      cliSource(['as-of', '--country', 'KE', '--role', 'Cabinet Secretary for Defence', '--date', '2024-01-15', '--format', 'json']),
      cliSource(['status', 'kenya-rwanda-defence-cooperation-agreement', '--date', '2026-01-01', '--format', 'json']),
      cliSource(['versions', '--format', 'json']),
    ]);
    expect((JSON.parse(timeline.stdout) as unknown[]).length).toBe(query.timeline({ country: 'RW' }).length);
    expect((JSON.parse(asOf.stdout) as { person: string }[])[0]?.person).toBe('aden-duale');
    expect((JSON.parse(status.stdout) as { status: string }).status).toBe(query.agreementStatus('kenya-rwanda-defence-cooperation-agreement', '2026-01-01').status);
    expect((JSON.parse(versions.stdout) as { files: { verified: boolean }[] }).files.every((file) => file.verified)).toBe(true);
  });

  it('meetings, counterparts and partners run', async () => {
    const [meetings, counterparts, partners] = await Promise.all([
      cliSource(['meetings', '--person', 'aden-duale', '--format', 'json']),
      cliSource(['counterparts', 'aden-duale', '--format', 'json']),
      cliSource(['partners', 'KE', '--format', 'json']),
    ]);
    expect((JSON.parse(meetings.stdout) as { engagement: string }[]).map((meeting) => meeting.engagement)).toEqual(query.meetings({ person: 'aden-duale' }).map((meeting) => meeting.engagement));
    expect((JSON.parse(counterparts.stdout) as { person: string }[]).map((count) => count.person)).toEqual(query.counterparts('aden-duale').map((count) => count.person));
    expect((JSON.parse(partners.stdout) as { country: string }[]).map((partner) => partner.country)).toEqual(query.partners('KE').map((partner) => partner.country));
  });

  it('--help and --version exit 0', async () => {
    const [help, version, listHelp] = await Promise.all([cliSource(['--help']), cliSource(['--version']), cliSource(['list', '--help'])]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: kenya-defence-cooperation <command>/);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect(listHelp.stdout).toMatch(/^Usage: kenya-defence-cooperation list <dataset>/);
  });

  it('exit 0 with "0 records" on stderr for an empty list', async () => {
    const result = await cliSource(['list', 'visits', '--during', '1990']);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '0 records\n' });
  });

  it('exit 1 when show finds no record', async () => {
    const result = await cliSource(['show', 'nairobbi']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: no record has the id "nairobbi"\. Nearest ids: nairobi/);
  });

  it('exit 2 on a usage error, listing the accepted flags', async () => {
    const result = await cliSource(['list', 'visits', '--bogus']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: unknown flag --bogus for "list"\. Accepted flags: /);
  });

  it('exit 3 on a query error, with the query\'s message', async () => {
    const result = await cliSource(['list', 'visits', '--country', 'ke']);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe('error: country: "ke" is not a country code; use upper case "KE" (ISO 3166-1 alpha-2).\n');
  });
});
