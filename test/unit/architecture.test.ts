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

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : sourceFiles(full);
    return /\.(tsx?|js)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Every relative import between the layered folders, as [from file, to file]. */
function imports(): Array<[string, string]> {
  const edges: Array<[string, string]> = [];
  for (const folder of Object.keys(LAYERS)) {
    const dir = path.join(PROJECT_ROOT, folder);
    let files: string[] = [];
    try {
      files = sourceFiles(dir);
    } catch {
      continue; // a folder that does not exist yet
    }
    for (const file of files) {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      for (const { fileName } of importedFiles) {
        if (!fileName.startsWith('.')) continue;
        const target = path.resolve(path.dirname(file), fileName).replace(/\.js$/, '.ts');
        edges.push([path.relative(PROJECT_ROOT, file), path.relative(PROJECT_ROOT, target)]);
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
      .map(([from, to]) => `${from} → ${to}`);
    expect(wrong).toEqual([]);
  });

  it('should declare layers without a circle', () => {
    const graph = new Map(Object.entries(LAYERS).map(([k, v]) => [k, new Set(v)]));
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
