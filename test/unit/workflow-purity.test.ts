import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { WORKFLOW_INTERCEPTOR_MODULES } from '../../runtime/worker.js';

/** Every module reachable from `entry` through static imports, by file or package name. */
function importGraph(entry: string) {
  const files = new Set<string>();
  const packages = new Map<string, Set<string>>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    // Type-only imports are erased at compile time and never reach the bundle.
    for (const m of text.matchAll(/^\s*(?:import|export)\s(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec).replace(/\.js$/, '.ts'));
      else {
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        if (!packages.has(name)) packages.set(name, new Set());
        packages.get(name)!.add(path.relative(PROJECT_ROOT, file));
      }
    }
  };
  visit(entry);
  return { files: [...files].map((f) => path.relative(PROJECT_ROOT, f)), packages };
}

describe('workflow code', () => {
  const { files, packages } = importGraph(path.join(PROJECT_ROOT, 'workflows', 'index.ts'));

  it('should import only deterministic packages', () => {
    // rrule and tinyduration (recurring tasks' instants) are pure: no clock (rrule is always given its dtstart), no I/O.
    expect([...packages.keys()].sort()).toEqual([
      '@temporalio/common',
      '@temporalio/workflow',
      'rrule',
      'tinyduration',
      'xstate',
    ]);
  });

  it('should keep the machine, the driver and the regulation model free of Temporal', () => {
    const users = [...(packages.get('@temporalio/workflow') ?? [])].sort();
    expect(users).toEqual([
      'workflows/absence.workflow.ts',
      'workflows/bulk.workflow.ts',
      'workflows/client-complaint.definitions.ts',
      'workflows/client-complaint.workflow.ts',
      'workflows/deal-chain.ts',
      'workflows/deal-run.ts',
      'workflows/deal-series.ts',
      'workflows/deal.workflow.ts',
      'workflows/definitions.ts',
      'workflows/import.workflow.ts',
      'workflows/inbox.workflow.ts',
      'workflows/mail.workflow.ts',
      'workflows/outbox.workflow.ts',
      'workflows/override.ts',
      'workflows/receivable.definitions.ts',
      'workflows/receivable.workflow.ts',
      'workflows/timers.ts',
      'workflows/win-model.workflow.ts',
    ]);
    expect(
      files.filter((f) => f.startsWith('regulation/') || f.startsWith('workflows/driver/')).length,
    ).toBeGreaterThan(3);
  });

  it('should bundle interceptors that import only deterministic packages and no product code but workflows/', () => {
    expect(WORKFLOW_INTERCEPTOR_MODULES.length).toBeGreaterThan(0);
    for (const module of WORKFLOW_INTERCEPTOR_MODULES) {
      const graph = importGraph(module);
      expect([...graph.packages.keys()].sort()).toEqual(['@temporalio/common', '@temporalio/workflow']);
      expect(graph.files.every((f) => f.startsWith('workflows/'))).toBe(true);
    }
  });
});
