import { readFileSync } from 'node:fs';
import path from 'node:path';
import { publint, type Message } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, it } from 'vitest';
import { HAS_QUERY, packedTarball, REPO_ROOT } from './helpers/package.js';

/** Messages about the query entry, which cannot resolve until src/query/index.ts exists. */
function aboutMissingQuery(message: Message): boolean {
  return !HAS_QUERY && message.path[0] === 'exports' && message.path[1] === './query';
}

describe('publint on the packed tarball', () => {
  it('reports no errors, warnings or suggestions', { timeout: 120_000 }, async () => {
    const tarball = await packedTarball();
    const bytes = readFileSync(tarball);
    // Lint exactly what would be published: the tarball, not the working tree.
    const { messages, pkg } = await publint({
      pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
      level: 'suggestion',
      strict: true,
    });
    // The tarball's package.json is the repo's, so the linted manifest is really this package.
    expect(pkg.name).toBe(JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).name);
    if (!HAS_QUERY) console.warn('publint: ./query export not checked (src/query/index.ts does not exist yet)');
    const problems = messages.filter((message) => !aboutMissingQuery(message)).map((message) => `${message.type}: ${formatMessage(message, pkg, { color: false }) ?? message.code}`);
    if (problems.length > 0) console.error(`publint:\n${problems.join('\n')}`);
    expect(problems).toEqual([]);
  });
});
