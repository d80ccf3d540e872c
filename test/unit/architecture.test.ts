/**
 * The layout is a picture of the architecture: each folder may import only
 * the folders below it, so there is no import circle between folders, storage
 * depends on nothing above it, workflows never reach activities' code, and
 * only the CLI (the composition root) reaches into the HTTP API.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../runtime/config.js';

/** Folder → the folders it may import (type-only imports count too). */
export const LAYERS: Record<string, string[]> = {
  rules: [],
  regulation: ['rules'],
  // …and `domain` for `import type` only (see TYPE_ONLY): the PBX adapter seam's types.
  plugins: ['regulation', 'rules'],
  domain: ['regulation', 'rules'],
  storage: ['domain', 'regulation', 'rules'],
  workflows: ['domain', 'regulation', 'rules'],
  simulation: ['workflows', 'domain', 'regulation', 'rules'],
  integrations: ['domain', 'regulation'],
  // The public plugin SDK (reglament/plugin, reglament/testing): the harness runs the simulator.
  sdk: ['app', 'simulation', 'plugins', 'domain', 'regulation', 'rules'],
  app: ['simulation', 'workflows', 'storage', 'integrations', 'plugins', 'domain', 'regulation', 'rules'],
  activities: ['app', 'storage', 'integrations', 'plugins', 'domain', 'regulation', 'rules'],
  api: ['app', 'storage', 'plugins', 'domain', 'regulation', 'rules'],
  client: [],
  // The browser app is a client of the public API like any integration.
  web: ['client'],
  runtime: ['activities', 'app', 'workflows', 'storage', 'integrations', 'plugins', 'domain', 'regulation', 'rules'],
  cli: [
    'sdk',
    'api',
    'client',
    'runtime',
    'activities',
    'app',
    'workflows',
    'simulation',
    'storage',
    'integrations',
    'plugins',
    'domain',
    'regulation',
    'rules',
  ],
};

/**
 * Folder → folders it may import types from, and nothing else: a type-only
 * import is erased at build, so it brings no code and no layer's behaviour
 * along. Plugins share the call and PBX adapter types with the domain
 * (`domain/call.ts`, `domain/pbx.ts`) without reaching its logic.
 */
export const TYPE_ONLY: Record<string, string[]> = {
  plugins: ['domain'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : sourceFiles(full);
    return /\.(tsx?|js)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The modules a file names only in `import type` / `export type` declarations. */
function typeOnlySpecifiers(file: string, text: string): Set<string> {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const typeOnly = new Set<string>();
  const withValues = new Set<string>();
  for (const statement of source.statements) {
    const isImport = ts.isImportDeclaration(statement);
    if (!isImport && !ts.isExportDeclaration(statement)) continue;
    const specifier = statement.moduleSpecifier;
    if (!specifier || !ts.isStringLiteral(specifier)) continue;
    const erased = isImport ? statement.importClause?.isTypeOnly === true : statement.isTypeOnly;
    (erased ? typeOnly : withValues).add(specifier.text);
  }
  return new Set([...typeOnly].filter((s) => !withValues.has(s)));
}

/** Every relative import between the layered folders, as [from file, to file, type-only]. */
function imports(): Array<[string, string, boolean]> {
  const edges: Array<[string, string, boolean]> = [];
  for (const folder of Object.keys(LAYERS)) {
    const dir = path.join(PROJECT_ROOT, folder);
    let files: string[] = [];
    try {
      files = sourceFiles(dir);
    } catch {
      continue; // a folder that does not exist yet
    }
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const { importedFiles } = ts.preProcessFile(text, true, true);
      const typeOnly = typeOnlySpecifiers(file, text);
      for (const { fileName } of importedFiles) {
        if (!fileName.startsWith('.')) continue;
        const target = path.resolve(path.dirname(file), fileName).replace(/\.js$/, '.ts');
        edges.push([path.relative(PROJECT_ROOT, file), path.relative(PROJECT_ROOT, target), typeOnly.has(fileName)]);
      }
    }
  }
  return edges;
}

const folderOf = (file: string) => file.split(path.sep)[0]!;

/** A cycle in a directed graph, or undefined. */
function findCycle(graph: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('architecture', () => {
  const edges = imports();

  it('should find the imports it checks', () => {
    expect(edges.length).toBeGreaterThan(100);
  });

  it('should import across folders only downwards', () => {
    const wrong = edges
      .filter(([from, to]) => folderOf(from) !== folderOf(to))
      .filter(([from, to]) => !(LAYERS[folderOf(from)] ?? []).includes(folderOf(to)))
      .filter(([from, to, typeOnly]) => !(typeOnly && (TYPE_ONLY[folderOf(from)] ?? []).includes(folderOf(to))))
      .map(([from, to, typeOnly]) => `${from} → ${to}${typeOnly ? ' (type-only)' : ''}`);
    expect(wrong).toEqual([]);
  });

  it('should use the type-only allowance for types alone', () => {
    const allowed = edges.filter(([from, to]) => (TYPE_ONLY[folderOf(from)] ?? []).includes(folderOf(to)));
    // The seam is used (the PBX adapter types in the plugin SDK), and never for a value.
    expect(allowed.some(([from, to]) => from === 'plugins/plugin.type.ts' && to === 'domain/pbx.ts')).toBe(true);
    expect(allowed.filter(([, , typeOnly]) => !typeOnly)).toEqual([]);
    expect(
      typeOnlySpecifiers(
        'x.ts',
        "import type { A } from './a.js';\nimport { b } from './b.js';\nexport type { C } from './c.js';",
      ),
    ).toEqual(new Set(['./a.js', './c.js']));
  });

  it('should declare layers without a circle', () => {
    const graph = new Map(Object.entries(LAYERS).map(([k, v]) => [k, new Set([...v, ...(TYPE_ONLY[k] ?? [])])]));
    expect(findCycle(graph)).toBeUndefined();
  });

  it('should have no import circle between folders', () => {
    const graph = new Map<string, Set<string>>();
    for (const [from, to] of edges) {
      if (folderOf(from) === folderOf(to)) continue;
      if (!graph.has(folderOf(from))) graph.set(folderOf(from), new Set());
      graph.get(folderOf(from))!.add(folderOf(to));
    }
    expect(findCycle(graph)).toBeUndefined();
  });

  it('should have no import circle between files', () => {
    const graph = new Map<string, Set<string>>();
    for (const [from, to] of edges) {
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
    expect(findCycle(graph)).toBeUndefined();
  });

  it('should find a circle when there is one', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
    ]);
    expect(findCycle(graph)).toEqual(['a', 'b', 'c', 'a']);
  });
});
