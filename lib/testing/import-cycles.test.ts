import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

// No module of the shop imports itself through others, type-only imports included: a cycle is a
// layer folded in two (the cart view and its rows once imported each other for their types, and
// db/schema.ts re-exported a table file that imported it back). ESLint's import/no-cycle would
// say the same but tripled the lint stage's CPU time here, so this reads the imports itself:
// static `import`/`export ... from` of relative and `@/` paths, the graph's strongly connected
// parts reported.
const root = path.resolve(import.meta.dirname, '../..');
const folders = ['app', 'lib', 'db', 'scripts', 'e2e'];
const extensions = ['.ts', '.tsx', '.mts', '.mjs', '.js'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return extensions.some((extension) => entry.name.endsWith(extension)) &&
      !entry.name.endsWith('.d.ts')
      ? [full]
      : [];
  });
}

function isFile(candidate: string): boolean {
  try {
    return statSync(candidate).isFile();
  } catch {
    return false;
  }
}

/** The file an import names, or undefined for a package. */
export function resolveImport(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith('@/')) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier);
  else return undefined;
  const candidates = [
    base,
    ...extensions.map((extension) => base + extension),
    ...extensions.map((extension) => path.join(base, `index${extension}`)),
  ];
  return candidates.find(isFile);
}

/** The specifiers of a module's static imports and re-exports (comments and strings aside). */
export function importSpecifiers(code: string): string[] {
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const pattern =
    /(?:^|[;\n}])\s*(?:import|export)\s[^;'"]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;
  return [...withoutComments.matchAll(pattern)].map((match) => (match[1] ?? match[2])!);
}

/** Tarjan's strongly connected components of more than one module, or of one importing itself. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)?.includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('import cycles', () => {
  it('reads imports, type-only and re-exports included, and finds a cycle', () => {
    expect(
      importSpecifiers(
        [
          "import type { A } from './a';",
          "import { b,\n  c } from '@/lib/b';",
          "export * from './c';",
          "import 'server-only';",
          "// import { d } from './d';",
          'const text = \'import x from "./e"\';',
        ].join('\n'),
      ),
    ).toEqual(['./a', '@/lib/b', './c', 'server-only']);
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
      ['e', ['e']],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c'], ['e']]);
  });

  it('none in the shop', () => {
    const files = folders.flatMap((folder) => sourceFiles(path.join(root, folder)));
    expect(files.length).toBeGreaterThan(100);
    const graph = new Map(
      files.map((file) => [
        file,
        importSpecifiers(readFileSync(file, 'utf8'))
          .map((specifier) => resolveImport(file, specifier))
          .filter((target): target is string => target !== undefined),
      ]),
    );
    const relative = cycles(graph).map((cycle) => cycle.map((file) => path.relative(root, file)));
    expect(relative).toEqual([]);
  });
});
