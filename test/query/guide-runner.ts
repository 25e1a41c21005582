import { format } from 'node:util';
import ts from 'typescript';
import * as api from '../../src/index.js';

/** One example of a guide: its TypeScript and the output written under it. */
export interface GuideExample {
  readonly code: string;
  readonly expected: string;
  readonly line: number;
}

/** Every ```ts block immediately followed (after optional prose-free blank lines) by a ```text block. */
export function examplesOf(markdown: string): GuideExample[] {
  const pattern = /```ts\n([\s\S]*?)```\n\s*```text\n([\s\S]*?)```/g;
  return [...markdown.matchAll(pattern)].map((match) => ({
    code: match[1] ?? '',
    expected: (match[2] ?? '').replace(/\n$/, ''),
    line: markdown.slice(0, match.index).split('\n').length,
  }));
}

/**
 * Runs an example against the package source: the package import is dropped and its exports
 * are passed in as variables; the TypeScript is transpiled (types are checked separately, by
 * the type test); console.log output is captured as Node would print it.
 */
export function runExample(code: string): string {
  const body = code.replace(/^import\s+[^;]*from\s+'kenya-defence-cooperation';\s*$/gm, '');
  const js = ts.transpileModule(body, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  const lines: string[] = [];
  const capture = { log: (...values: unknown[]) => lines.push(format(...values)) };
  const names = Object.keys(api);
  const values = names.map((name) => (api as Record<string, unknown>)[name]);
  // The guide is our own, checked-in text: evaluating it is the point of the test.
  new Function(...names, 'console', js)(...values, capture);
  return lines.join('\n');
}
