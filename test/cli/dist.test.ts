import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, cliDist, DIST_CLI, SPAWN_TIMEOUT } from './helpers.js';

// The published bin. dist/ exists after `npm run build` (CI builds before testing); without it
// this test fails, saying so, rather than skipping: a skipped test would hide a missing bin.
describe('the built CLI (dist/cli.js)', { timeout: SPAWN_TIMEOUT }, () => {
  it('exists — run "npm run build" first', () => {
    expect(existsSync(DIST_CLI), `${DIST_CLI} is missing: run "npm run build" (or "npm run build:bundle") before the tests`).toBe(true);
  });

  it('starts with a node shebang and is executable', () => {
    expect(readFileSync(DIST_CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(() => accessSync(DIST_CLI, constants.X_OK)).not.toThrow();
  });

  it.concurrent.each([
    [['list', 'visits', '--country', 'KE', '--format', 'json']],
    [['list', 'engagements', '--person', 'aden-duale', '--format', 'csv']],
    [['show', 'kahariri-meets-muganga']],
    [['search', 'manda bay', '--format', 'ndjson']],
    [['timeline', '--person', 'aden-duale']],
    [['as-of', '--country', 'KE', '--role', 'Cabinet Secretary for Defence', '--date', '2024-01-15']],
    [['status', 'bsd-guiding-agreement', '--date', '2019-06-01', '--format', 'json']],
    [['meetings', '--person', 'aden-duale']],
    [['counterparts', 'aden-duale', '--format', 'csv']],
    [['partners', 'KE', '--format', 'json']],
    [['versions']],
    [['--help']],
    [['show', 'nowhere']],
    [['list', 'visits', '--bogus']],
    [['list', 'visits', '--from', 'soon']],
  ])('%j behaves exactly as the source CLI (output and exit code)', async (args) => {
    // Compared with the source run in-process: the same code, without a second spawn.
    const [built, source] = await Promise.all([cliDist(args), cli(args)]);
    expect(built).toEqual(source);
  });
});
