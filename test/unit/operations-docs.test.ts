/**
 * docs/OPERATIONS.md and the Grafana dashboard agree with the code: every
 * metric the process registers is in the docs' table with its type, and every
 * `reglament_*` metric the docs or the dashboard's queries name exists.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from '../../app/metrics.js';
import { PROJECT_ROOT } from '../../runtime/config.js';

const DOC = readFileSync(path.join(PROJECT_ROOT, 'docs', 'OPERATIONS.md'), 'utf8');
const DASHBOARD = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'docs', 'grafana', 'reglament.json'), 'utf8')) as {
  panels: Array<{ id: number; type: string; title: string; targets?: Array<{ expr: string }> }>;
};

const registered = new Map(registry.getMetricsAsArray().map((m) => [m.name, String(m.type)]));
/** A histogram's series are `<name>_bucket`, `_sum` and `_count`. */
const metricOf = (series: string) => series.replace(/_(bucket|sum|count)$/, '');
const mentioned = (text: string) => new Set([...text.matchAll(/\breglament_[a-z_]+/g)].map((m) => metricOf(m[0])));

describe('the operations docs', () => {
  it('should list every registered metric with its type', () => {
    expect(registered.size).toBeGreaterThanOrEqual(10);
    for (const [name, type] of registered) {
      const row = DOC.split('\n').find((l) => l.startsWith(`| \`${name}\``));
      expect(row, name).toBeDefined();
      expect(row!.split('|')[2]!.trim(), name).toBe(type);
    }
  });

  it('should name only metrics that exist, in the docs and in the dashboard', () => {
    const queries = DASHBOARD.panels.flatMap((p) => p.targets ?? []).map((t) => t.expr);
    expect(queries.length).toBeGreaterThan(10);
    for (const name of [...mentioned(DOC), ...mentioned(queries.join('\n'))])
      expect(registered.has(name), name).toBe(true);
    // Every one of ours is on the dashboard.
    expect([...registered.keys()].filter((n) => !mentioned(queries.join('\n')).has(n))).toEqual([]);
  });

  it('should give every dashboard panel a unique id and every graph a query', () => {
    const ids = DASHBOARD.panels.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of DASHBOARD.panels.filter((p) => p.type !== 'row'))
      expect(p.targets?.length, p.title).toBeGreaterThan(0);
  });
});
