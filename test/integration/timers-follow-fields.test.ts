/**
 * Timers that follow the data, on the real Temporal dev server: a call-back
 * due an hour before `need_expected_at` moves, with its reminder and
 * escalation, when the date is edited; clearing the date cancels them with a
 * reason in the deal's log; the recorded history replays deterministically.
 * Tests wait for the timer rows that prove a state, never for time.
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { dealWorkflowId, type DealStateView } from '../../workflows/definitions.js';
import { call, createHarness, publish, putTeam, type Harness } from '../support/harness.js';

const REGULATION = readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/regulations/follow-field.yaml'), 'utf8');
const HOUR = 3_600_000;

type Row = Record<string, any>;

describe('timers that follow a deal field', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await publish(h, REGULATION);
    await h.startWorker();
    await putTeam(h, 'ff', 'ff');
  });
  afterAll(() => h?.close());

  const timers = async (dealId: string) => (await call(h, 'GET', `/deals/${dealId}/timers`)).body.timers as Row[];
  const events = async (dealId: string) => (await call(h, 'GET', `/deals/${dealId}/events`)).body.events as Row[];
  const edit = (dealId: string, value: string | null) =>
    call(h, 'POST', `/deals/${dealId}/events`, { type: 'FIELDS_UPDATED', fields: { need_expected_at: value } });
  const start = async (needAt: Date) =>
    (
      await call(h, 'POST', '/deals', {
        regulationId: 'follow_field',
        owner: 'ff-m1',
        client: { name: 'Stroy Ltd' },
        fields: { need_expected_at: needAt.toISOString() },
      })
    ).body as Row;

  it('should move the call-back, its reminder and its escalation when need_expected_at is edited, then fire them once at the new time', async () => {
    const farAway = new Date(Date.now() + 30 * 24 * HOUR);
    const deal = await start(farAway);
    const taskId = `${deal.id}:1:call_back`;
    expect(deal.tasks[0].dueAt).toBe(new Date(farAway.getTime() - HOUR).toISOString());
    const before = await timers(deal.id);
    expect(before.map((t) => [t.kind, t.fireAt])).toEqual([
      ['reminder', new Date(farAway.getTime() - HOUR - 1000).toISOString()],
      ['escalation', new Date(farAway.getTime() - HOUR + 1000).toISOString()],
    ]);

    // The prospect now expects the need in an hour and three seconds: the call-back is due in three.
    const soon = new Date(Date.now() + HOUR + 3000);
    expect((await edit(deal.id, soon.toISOString())).status).toBe(200);
    const due = new Date(soon.getTime() - HOUR);
    expect((await call(h, 'GET', `/tasks/${taskId}`)).body.dueAt).toBe(due.toISOString());
    const retimed = (await events(deal.id)).filter((e) => e.type === 'task.retimed');
    expect(retimed).toHaveLength(1);
    expect(retimed[0]!.data).toMatchObject({ taskId, field: 'need_expected_at', dueAt: due.toISOString() });

    // Both timers fire at their new instants (not the month-away ones), once each.
    const fired = await vi.waitFor(
      async () => {
        const rows = await timers(deal.id);
        expect(rows.map((t) => t.status)).toEqual(['fired', 'fired']);
        return rows;
      },
      { timeout: 30_000, interval: 100 },
    );
    expect(fired.map((t) => [t.kind, t.fireAt])).toEqual([
      ['reminder', new Date(due.getTime() - 1000).toISOString()],
      ['escalation', new Date(due.getTime() + 1000).toISOString()],
    ]);
    for (const t of fired) expect(Date.parse(t.firedAt) - Date.parse(t.fireAt)).toBeLessThan(1500);
    const notes = (await call(h, 'GET', `/notifications?dealId=${deal.id}`)).body.notifications as Row[];
    expect(notes.filter((n) => n.kind === 'reminder')).toHaveLength(1);
    const state = await h.client.workflow.getHandle(dealWorkflowId(deal.id)).query<DealStateView>('dealState');
    expect(state.timers).toEqual([]);

    // The history with the moved timers replays with the current workflow code.
    await call(h, 'POST', `/deals/${deal.id}/events`, { type: 'NO_NEED' });
    const handle = h.client.workflow.getHandle(dealWorkflowId(deal.id));
    await handle.result();
    const history = await handle.fetchHistory();
    if (process.env.RECORD_HISTORIES) {
      writeFileSync(
        path.join(PROJECT_ROOT, 'test/fixtures/histories/timers-follow-field.json'),
        historyToJSON(history),
      );
    }
    await expect(
      Worker.runReplayHistory({ workflowBundle: { codePath: inject('workflowBundlePath') } }, history, 'follow-field'),
    ).resolves.toBeUndefined();
  });

  it('should cancel the call-back’s reminder and escalation with a reason in the log when need_expected_at is cleared', async () => {
    const deal = await start(new Date(Date.now() + HOUR + 4000));
    const taskId = `${deal.id}:1:call_back`;
    expect((await timers(deal.id)).map((t) => t.status)).toEqual(['scheduled', 'scheduled']);

    expect((await edit(deal.id, null)).status).toBe(200);
    expect((await call(h, 'GET', `/tasks/${taskId}`)).body.dueAt).toBeNull();
    expect((await timers(deal.id)).map((t) => t.status)).toEqual(['cancelled', 'cancelled']);
    const state = await h.client.workflow.getHandle(dealWorkflowId(deal.id)).query<DealStateView>('dealState');
    expect(state.timers).toEqual([]);
    const retimed = (await events(deal.id)).find((e) => e.type === 'task.retimed');
    expect(retimed?.data).toMatchObject({ taskId, dueAt: null });
    expect(retimed?.data.reason).toMatch(/need_expected_at cleared/);
    // The deal's timeline (the web app's history) tells it too.
    const timeline = (await call(h, 'GET', `/deals/${deal.id}/timeline`)).body.timeline as Row[];
    expect(timeline.filter((e) => e.kind === 'task.retimed')).toEqual([
      expect.objectContaining({ task: 'call_back', dueAt: null }),
    ]);

    // Setting the date again arms them again.
    const again = new Date(Date.now() + 2 * HOUR);
    await edit(deal.id, again.toISOString());
    const rearmed = await timers(deal.id);
    expect(rearmed.map((t) => t.status)).toEqual(['scheduled', 'scheduled']);
    expect(rearmed[0]!.fireAt).toBe(new Date(again.getTime() - HOUR - 1000).toISOString());
  });
});
