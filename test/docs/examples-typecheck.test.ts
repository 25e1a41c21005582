import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every ```ts block of the README and the guides must compile under `strict`, against the
// package source as a user imports it: the guide tests run the examples, but running them does
// not check their types (an id read from a result and passed back to the bundled query once ran
// fine and failed to compile). A block whose prose ends in "<!-- continues -->" is checked
// after the block before it, as a reader would run them.
const ROOT = path.resolve(import.meta.dirname, '../..');
const FILES = ['README.md', ...readdirSync(path.join(ROOT, 'docs/guides')).filter((name) => name.endsWith('.md')).map((name) => `docs/guides/${name}`)];

function blocksOf(file: string): Map<string, string> {
  const markdown = readFileSync(path.join(ROOT, file), 'utf8');
  const blocks = new Map<string, string>();
  let previous = '';
  let previousEnd = 0;
  for (const match of markdown.matchAll(/```ts\n([\s\S]*?)```/g)) {
    const code = match[1] ?? '';
    const continues = markdown.slice(previousEnd, match.index).includes('<!-- continues -->');
    const line = markdown.slice(0, match.index).split('\n').length;
    const whole = continues ? `${previous}\n${code}` : code;
    blocks.set(path.join(ROOT, '.examples', `${file.replace(/[/.]/g, '_')}_${line}.ts`), `${whole}\nexport {};\n`);
    previous = whole;
    previousEnd = (match.index ?? 0) + match[0].length;
  }
  return blocks;
}

describe('code examples of the README and guides', () => {
  it('compile under strict TypeScript against the package source', () => {
    const blocks = new Map(FILES.flatMap((file) => [...blocksOf(file)]));
    expect(blocks.size).toBeGreaterThan(20);
    const options: ts.CompilerOptions = {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      allowImportingTsExtensions: true,
      resolveJsonModule: true,
      types: ['node'],
      baseUrl: ROOT,
      // The package's entry points, as its "exports" map publishes them.
      paths: {
        'kenya-defence-cooperation': ['src/index.ts'],
        'kenya-defence-cooperation/query': ['src/query/index.ts'],
        'kenya-defence-cooperation/schema': ['src/schema/index.ts'],
        'kenya-defence-cooperation/datasets/*': ['src/datasets/*.ts'],
      },
    };
    const host = ts.createCompilerHost(options);
    const readFile = host.readFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    host.readFile = (name) => blocks.get(name) ?? readFile(name);
    host.fileExists = (name) => blocks.has(name) || fileExists(name);
    const program = ts.createProgram([...blocks.keys()], options, host);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file !== undefined && blocks.has(diagnostic.file.fileName))
      .map((diagnostic) => `${path.basename(diagnostic.file?.fileName ?? '')}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n').split('\n')[0] ?? ''}`);
    expect(problems).toEqual([]);
  }, 120_000);
});
