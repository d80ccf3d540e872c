import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegulation } from '../../regulation/load.js';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { simulate, type Scenario } from '../../simulation/simulator.js';
import type { TimelineEntry } from '../../domain/timeline.js';
import { call, createHarness, publish, putTeam, type Harness } from '../support/harness.js';

const FAST = readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/regulations/fast-timers.yaml'), 'utf8')
  .replace('id: fast_timers', 'id: agree_timers')
  .replace('department: ft', 'department: sa');
const sleepUntil = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t - Date.now())));
const comparable = (e: TimelineEntry) =>
  `${e.kind}|${e.task ?? ''}|${(e.who ?? []).join(',')}|${e.level ?? ''}|${e.reason ?? ''}`;

describe('the simulator and the workflow', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await publish(h, FAST);
    await h.startWorker();
    await putTeam(h, 'sa', 'sa');
  });
  afterAll(() => h?.close());

  it('should tell the same story for one scenario: same happenings, same people, same times within a second', async () => {
    const steps: Scenario['steps'] = [
      { after: 'PT3.5S', complete: 'ring', outcome: 'reached' },
      { after: 'PT3.5S', event: 'NEXT' },
    ];
    // The real deal, driven at the scenario's times.
    const deal = (
      await call(h, 'POST', '/deals', {
        regulationId: 'agree_timers',
        owner: 'sa-m1',
        client: { name: 'Same Story Ltd' },
      })
    ).body;
    // The team as the real deal saw it when it scheduled its escalations (other files add people later).
    const managers = (await call(h, 'GET', '/managers')).body.managers as Array<{
      id: string;
      role: 'manager' | 'head' | 'director';
      department: string;
      active: boolean;
    }>;
    const t0 = Date.parse(deal.createdAt);
    await sleepUntil(t0 + 3_500);
    expect((await call(h, 'POST', `/tasks/${deal.id}:1:ring/complete`, { outcome: 'reached' })).status).toBe(200);
    await sleepUntil(t0 + 7_000);
    expect((await call(h, 'POST', `/deals/${deal.id}/events`, { type: 'NEXT' })).status).toBe(200);
    const real = (await call(h, 'GET', `/deals/${deal.id}/timeline`)).body.timeline as TimelineEntry[];

    const simulated = (
      await simulate(
        loadRegulation(FAST),
        {
          start: deal.createdAt,
          managers: managers.map((m) => ({
            id: m.id,
            role: m.role,
            department: m.department,
            active: m.active,
            timezone: 'UTC',
          })),
          deal: { client: { name: 'Same Story Ltd' }, owner: 'sa-m1' },
          steps,
        },
        { registry: h.plugins.registry },
      )
    ).timeline;

    expect(real.map(comparable)).toEqual(simulated.map(comparable));
    // Directors are company-wide: the first active one is told.
    const director = managers
      .filter((m) => m.role === 'director')
      .map((m) => m.id)
      .sort()[0];
    expect(simulated.map(comparable)).toEqual([
      'stage.entered||||',
      'task.created|ring|sa-m1||',
      'reminder|ring|sa-m1||task_due',
      'reminder|ring|sa-m1||task_due',
      'task.completed|ring|||',
      'escalation||sa-head|1|stage_sla',
      `escalation||${director}|2|stage_sla`,
      'stage.left||||',
      'stage.entered||||',
      'deal.closed||||',
    ]);
    real.forEach((e, i) => {
      const lag = Date.parse(e.at) - Date.parse(simulated[i]!.at);
      expect(Math.abs(lag), `${comparable(e)} at ${e.at} vs ${simulated[i]!.at}`).toBeLessThan(1_000);
    });
    expect(real[1]!.dueAt).toBe(simulated[1]!.dueAt);
  });

  it('should run a scenario through the API without writing anything', async () => {
    // Other test files write deals meanwhile: count only what this scenario would have made.
    const [before] = await h.sql`select count(*)::int as n from deals where client->>'name' = 'Dry'`;
    const res = await call(h, 'POST', '/regulations/agree_timers/simulate', {
      scenario: {
        start: '2026-11-23T09:00:00Z',
        deal: { client: { name: 'Dry' }, owner: 'sa-m1' },
        steps: [{ after: 'PT0.5S', event: 'DROP' }],
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.outcome).toMatchObject({ stage: 'lost', status: 'lost' });
    expect(res.body.timeline.map((e: TimelineEntry) => e.kind)).toEqual([
      'stage.entered',
      'task.created',
      'task.cancelled',
      'stage.left',
      'stage.entered',
      'deal.closed',
    ]);
    const [after] = await h.sql`select count(*)::int as n from deals where client->>'name' = 'Dry'`;
    expect(after!.n).toBe(before!.n);
    const bad = await call(h, 'POST', '/regulations/agree_timers/simulate', {
      scenario: { start: 'yesterday', deal: { client: {} }, steps: [] },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.detail).toMatch(/not a date-time/);
  });
});
