import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, REPO_ROOT } from './helpers.js';

const GUIDE = path.join(REPO_ROOT, 'docs', 'guides', 'cli.md');
const PROMPT = '$ kenya-defence-cooperation ';
const BLOCK = /```console\n(\$ kenya-defence-cooperation [^\n]*)\n([\s\S]*?)```/g;

/** Splits a command line the way a shell would for these examples: spaces, and "double quotes". */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? '');
}

/** What the guide shows for a command: stdout, then stderr, then the exit code when not 0. */
async function transcript(commandLine: string): Promise<string> {
  const result = await cli(shellWords(commandLine.slice(PROMPT.length)));
  const code = result.code === 0 ? '' : `(exit code ${result.code})\n`;
  return `${result.stdout}${result.stderr}${code}`.replace(/\n*$/, '\n');
}

// docs/guides/cli.md shows real output; this keeps it real. Set UPDATE_CLI_GUIDE=1 to rewrite the
// examples after the data or the CLI changed (then review the diff).
describe('docs/guides/cli.md', () => {
  it('shows the CLI\'s actual output for every example', async () => {
    const text = readFileSync(GUIDE, 'utf8');
    const blocks = [...text.matchAll(BLOCK)];
    expect(blocks.length).toBeGreaterThan(10);
    let updated = text;
    const stale: string[] = [];
    for (const [block, commandLine = '', shown = ''] of blocks) {
      const actual = await transcript(commandLine);
      if (actual !== shown) {
        stale.push(commandLine);
        updated = updated.replace(block, `\`\`\`console\n${commandLine}\n${actual}\`\`\``);
      }
    }
    if (process.env['UPDATE_CLI_GUIDE'] === '1') {
      writeFileSync(GUIDE, updated);
      return;
    }
    expect(stale, 'examples whose output changed: run UPDATE_CLI_GUIDE=1 npx vitest run test/cli/guide.test.ts').toEqual([]);
  });
});
