/**
 * Reminders and escalations as durable timers, on a regulation counted in
 * seconds. The tests wait for what proves a state, never for time: the deal's
 * timers all fired (one transaction writes a fired timer with its notices and
 * events), or the deal's workflow closed with every timer cancelled.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { call, createHarness, privateDatabase, publish, putTeam, type Harness } from '../support/harness.js';

const FAST = readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/regulations/fast-timers.yaml'), 'utf8');

/** The deal's timers once none is still scheduled. */
async function timersSettled(h: Harness, dealId: string): Promise<Array<Record<string, any>>> {
  return vi.waitFor(
    async () => {
      const timers = (await call(h, 'GET', `/deals/${dealId}/timers`)).body.timers as Array<Record<string, any>>;
      expect(timers.filter((t) => t.status === 'scheduled')).toEqual([]);
      return timers;
    },
    { timeout: 30_000, interval: 100 },
  );
}

describe('reminders and escalations as durable timers', () => {
  let h: Harness;
  beforeAll(async () => {
    // A database of its own: "the director" of an escalation chain is the first active director, and other
    // files running beside this one add directors of their own.
    h = await createHarness({ databaseUrl: await privateDatabase(`reminders_${process.pid}`) });
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

    // The last timer is due 6.5 s after the start; each is checked below to have fired within a second of its time.
    const settled = await timersSettled(h, deal.id);
    expect(settled.map((t) => t.status)).toEqual(Array(6).fill('fired'));
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

    // The deal is won: its workflow cancels what is left and closes, after which no timer of it can fire.
    const handle = h.client.workflow.getHandle(`deal-${deal.id}`);
    expect(await handle.result()).toMatchObject({ status: 'won' });
    const history = (await handle.fetchHistory()).events ?? [];
    const count = (
      attributes: 'timerStartedEventAttributes' | 'timerCanceledEventAttributes' | 'timerFiredEventAttributes',
    ) => history.filter((e) => e[attributes]).length;
    expect(count('timerStartedEventAttributes')).toBe(6);
    expect(count('timerCanceledEventAttributes')).toBe(6);
    expect(count('timerFiredEventAttributes')).toBe(0);
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
