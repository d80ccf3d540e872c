import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { call, createHarness, publish, putTeam, type Harness } from '../support/harness.js';

const FAST = readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/regulations/fast-timers.yaml'), 'utf8');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('reminders and escalations as durable timers', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await publish(h, FAST);
    await h.startWorker();
    await putTeam(h, 'ft', 'ft');
  });
  afterAll(() => h?.close());

  it('should remind before and at the due time, then escalate along the chain in order, each within a second', async () => {
    const deal = (
      await call(h, 'POST', '/deals', { regulationId: 'fast_timers', owner: 'ft-m1', client: { name: 'Slow Ltd' } })
    ).body;
    const taskId = `${deal.id}:1:ring`;
    const timers = (await call(h, 'GET', `/deals/${deal.id}/timers`)).body.timers as Array<Record<string, any>>;
    expect(timers.map((t) => `${t.kind}:${t.reason}:${t.level ?? '-'}:${t.recipient}`)).toEqual([
      'reminder:task_due:-:ft-m1',
      'reminder:task_due:-:ft-m1',
      'escalation:task_overdue:1:ft-head',
      'escalation:task_overdue:2:ft-dir',
      'escalation:stage_sla:1:ft-head',
      'escalation:stage_sla:2:ft-dir',
    ]);

    await sleep(7_500);
    const notes = (await call(h, 'GET', `/notifications?dealId=${deal.id}`)).body.notifications as Array<
      Record<string, any>
    >;
    const timed = notes.filter((n) => n.kind !== 'task'); // the new-task notice is not a timer's
    expect(timed.map((n) => `${n.kind}:${n.recipient}:${n.data.level ?? '-'}:${n.data.reason}`)).toEqual([
      'reminder:ft-m1:-:task_due',
      'reminder:ft-m1:-:task_due',
      'escalation:ft-head:1:task_overdue',
      'escalation:ft-dir:2:task_overdue',
      'escalation:ft-head:1:stage_sla',
      'escalation:ft-dir:2:stage_sla',
    ]);
    for (const n of timed) {
      const lag = Date.parse(n.createdAt) - Date.parse(n.data.fireAt);
      expect(lag).toBeGreaterThanOrEqual(0);
      expect(lag).toBeLessThan(1_000);
    }

    // Level 2 of the overdue task reassigned the deal by the escalation rule.
    const card = (await call(h, 'GET', `/deals/${deal.id}`)).body;
    expect(card.owner).toBe('ft-m2');
    expect(card.tasks.find((t: { id: string }) => t.id === taskId).assignee).toBe('ft-m2');
    const escalations = (await call(h, 'GET', `/deals/${deal.id}/escalations`)).body.escalations;
    expect(escalations).toHaveLength(4);
    const decisions = (await call(h, 'GET', `/deals/${deal.id}/decisions`)).body.decisions as Array<
      Record<string, any>
    >;
    const level2 = decisions.find((d) => d.kind === 'escalation' && d.subject === `${taskId}:escalate:2`);
    expect(level2).toMatchObject({ rule: 'reassign_at_level_2', outcome: { level: 2, reassignedTo: 'ft-m2' } });
    expect(level2!.facts.escalation).toMatchObject({ reason: 'task_overdue', level: 2 });
    const audit = (await call(h, 'GET', `/deals/${deal.id}/events`)).body.events as Array<{ type: string }>;
    expect(audit.filter((e) => e.type === 'reminder.sent')).toHaveLength(2);
    expect(audit.filter((e) => e.type === 'escalation.raised')).toHaveLength(4);
  });

  it('should cancel every reminder and escalation when the task is done and the stage left', async () => {
    const deal = (
      await call(h, 'POST', '/deals', { regulationId: 'fast_timers', owner: 'ft-m1', client: { name: 'Quick Ltd' } })
    ).body;
    const done = await call(h, 'POST', `/tasks/${deal.id}:1:ring/complete`, { outcome: 'reached' });
    expect(done.status).toBe(200);
    const state = await h.client.workflow.getHandle(`deal-${deal.id}`).query('dealState');
    // The task's timers are gone from the workflow; the stage SLA still runs.
    expect((state as { timers: string[] }).timers).toEqual([`${deal.id}:1:sla:1`, `${deal.id}:1:sla:2`]);
    await call(h, 'POST', `/deals/${deal.id}/events`, { type: 'NEXT' });

    await sleep(6_500);
    const notes = (await call(h, 'GET', `/notifications?dealId=${deal.id}`)).body.notifications as Array<{
      kind: string;
    }>;
    // The new task was announced (and, the deal won, its company became a client); no reminder or escalation followed.
    expect(notes.map((n) => n.kind).filter((k) => k !== 'company.became_client')).toEqual(['task']);
    const timers = (await call(h, 'GET', `/deals/${deal.id}/timers`)).body.timers as Array<{ status: string }>;
    expect(timers).toHaveLength(6);
    expect(timers.every((t) => t.status === 'cancelled')).toBe(true);
  });
});
