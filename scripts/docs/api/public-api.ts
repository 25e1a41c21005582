import path from 'node:path';
import ts from 'typescript';
import type { EntryPoint } from './entry-points.js';

/** One exported name of the public API, with the @example blocks of its doc comments. */
export interface PublicExport {
  /** The exported name. */
  readonly name: string;
  /** The first entry point (in package.json order) that exports it. */
  readonly entry: EntryPoint;
  /** Where it is declared, relative to the repository root, e.g. `src/schema/agreement.ts`. */
  readonly declaredIn: string;
  /** True when the name has a run-time value (function, class, const), not only a type. */
  readonly isValue: boolean;
  /** The body of every `@example` tag, in source order, as written (code fences included). */
  readonly examples: readonly string[];
}

/** A fenced code block taken from an @example. */
export interface ExampleBlock {
  readonly exportName: string;
  /** 1-based index among the blocks of the same export, for test names. */
  readonly index: number;
  readonly language: string;
  readonly code: string;
}

/** Strips the comment delimiters and the leading ` * ` of each line, keeping code indentation. */
function commentLines(raw: string): string[] {
  return raw
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*\* ?/, '').replace(/^\s*\*$/, ''));
}

/**
 * The bodies of the @example tags in one doc comment. TypeScript's own JSDoc tag parser
 * collapses indentation, so the raw comment is split here: a tag ends at the next line that
 * starts a block tag outside a code fence.
 */
export function examplesInComment(raw: string): string[] {
  const examples: string[] = [];
  let current: string[] | undefined;
  let inFence = false;
  for (const line of commentLines(raw)) {
    if (!inFence && /^@\w+/.test(line)) {
      if (current) examples.push(current.join('\n').trim());
      current = line.startsWith('@example') ? [line.slice('@example'.length)] : undefined;
      continue;
    }
    if (/^\s*```/.test(line)) inFence = !inFence;
    current?.push(line);
  }
  if (current) examples.push(current.join('\n').trim());
  return examples;
}

/**
 * The runnable code of an @example: its fenced ts/js blocks. An example without any fence is
 * code in its entirety (TypeDoc renders it as a TypeScript block too).
 */
export function exampleBlocks(exportName: string, examples: readonly string[]): ExampleBlock[] {
  const blocks: ExampleBlock[] = [];
  for (const example of examples) {
    const fences = [...example.matchAll(/^```(\w*)[^\n]*\n([\s\S]*?)^```/gm)];
    if (fences.length === 0) {
      blocks.push({ exportName, index: blocks.length + 1, language: 'ts', code: example });
      continue;
    }
    for (const fence of fences) {
      blocks.push({ exportName, index: blocks.length + 1, language: fence[1] || 'ts', code: fence[2] ?? '' });
    }
  }
  return blocks;
}

function rawDocComments(declaration: ts.Declaration): string[] {
  // Doc comments of a `const` sit on its VariableStatement; getJSDocCommentsAndTags finds them.
  return ts
    .getJSDocCommentsAndTags(declaration)
    .filter((node): node is ts.JSDoc => ts.isJSDoc(node))
    .map((node) => node.getText());
}

function compilerOptions(root: string): ts.CompilerOptions {
  const configPath = path.join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, root).options;
}

/**
 * Every name exported by the package's public entry points, resolved through re-exports to
 * its declarations. A name exported by several entry points is listed once.
 */
export function collectPublicExports(root: string, entries: readonly EntryPoint[]): PublicExport[] {
  const program = ts.createProgram(
    entries.map((entry) => entry.file),
    compilerOptions(root),
  );
  const checker = program.getTypeChecker();
  const seen = new Set<string>();
  const result: PublicExport[] = [];
  for (const entry of entries) {
    const sourceFile = program.getSourceFile(entry.file);
    const moduleSymbol = sourceFile && checker.getSymbolAtLocation(sourceFile);
    if (!moduleSymbol) throw new Error(`cannot read the exports of ${entry.file}`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declarations = symbol.declarations ?? [];
      const first = declarations[0];
      const declaredIn = first ? path.relative(root, first.getSourceFile().fileName).split(path.sep).join('/') : '?';
      const key = `${declaredIn}#${exported.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      result.push({
        name: exported.name,
        entry,
        declaredIn,
        isValue: (symbol.flags & ts.SymbolFlags.Value) !== 0,
        examples: declarations.flatMap((declaration) => rawDocComments(declaration).flatMap(examplesInComment)),
      });
    }
  }
  return result.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
