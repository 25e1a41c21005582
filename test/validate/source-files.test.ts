import { describe, expect, it } from 'vitest';
import { sourceFilesRule } from '../../src/validate/rules/source-files.js';
import { check, fixtureText, lineContaining, replaceOnce } from './helpers.js';

describe('source-files rule', () => {
  it('reports a missing article text', () => {
    const issues = check({ sources: (text) => replaceOnce(text, 'file: fixture-article.txt', 'file: missing.txt') }, [sourceFilesRule]);
    expect(issues).toEqual([
      {
        file: 'data/sources.yaml',
        line: lineContaining(fixtureText('sources'), 'file:'),
        dataset: 'sources',
        recordId: 'fixture-article',
        path: 'file',
        rule: 'source-files',
        message: 'source text "missing.txt" not found in test/fixtures/sources (set --sources DIR or KDC_SOURCES_DIR)',
      },
    ]);
  });

  it('reports a sha256 and a length that do not match the text', () => {
    const edit = (text: string) => replaceOnce(replaceOnce(text, 'sha256: 532f', 'sha256: 000f'), 'characters: 774', 'characters: 775');
    const issues = check({ sources: edit }, [sourceFilesRule]);
    expect(issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'sha256',
        'sha256 does not match "fixture-article.txt": stored 000f58b8075b1a9d8ee3076362132ce5ebfde6da335ce61f6710a6d9b734ab72, file has 532f58b8075b1a9d8ee3076362132ce5ebfde6da335ce61f6710a6d9b734ab72; the text changed since the quotes were checked — re-check them, then store the new hash',
      ],
      ['characters', 'characters does not match "fixture-article.txt": stored 775, file has 774'],
    ]);
  });

  it('never reads outside the sources directory', () => {
    const issues = check({ sources: (text) => replaceOnce(text, 'file: fixture-article.txt', 'file: ../valid/sources.yaml') }, [sourceFilesRule]);
    expect(issues[0]?.message).toContain('not found');
  });
});
