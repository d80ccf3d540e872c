/**
 * An absence's first day and return on a real worker, Temporal and
 * PostgreSQL: the absence's own workflow hands the open tasks due during it
 * to the deputy (or back to the queue), once, with the reason in each deal's
 * log, the deal staying with its owner; an absence over writes the person's
 * digest. Tests wait for the rows that prove a state, never for time.
 *
 * @module
 */
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { absenceWorkflowId } from '../../workflows/absence.workflow.js';
import { call, createHarness, publish, type Harness } from '../support/harness.js';

const REG = `
id: absence_handover
title: Absence hand-over
calendar: { timezone: UTC, workingDays: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' }
assignment: { fallback: 'queue:ah' }
stages:
  - key: work
    title: Work
    tasks:
      - { key: soon, title: Call today, kind: call, due: PT2H }
      - { key: later, title: Visit next month, kind: visit, due: P30D }
    on: { DONE: { to: won, enforce: false } }
  - { key: won, title: Won, final: won }
`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const shortDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}`;
type Row = Record<string, any>;

describe('the first day of an absence and the return', () => {
  let h: Harness;
  const put = (id: string, role: string, name = id) =>
    call(h, 'PUT', `/managers/${id}`, { name, role, department: 'ah', timezone: 'UTC' });
  const start = async (owner: string) =>
    (await call(h, 'POST', '/deals', { regulationId: 'absence_handover', owner, client: { name: `C ${owner}` } }))
      .body as Row;
  const task = async (id: string) => (await call(h, 'GET', `/tasks/${id}`)).body as Row;

  beforeAll(async () => {
    h = await createHarness();
    await publish(h, REG);
    await h.startWorker();
    await put('ah-head', 'head', 'Nina');
    await put('ah-ivan', 'manager', 'Ivan');
  });
  afterAll(() => h?.close());

  it('should hand the tasks due during a vacation to the deputy on its first day, once, keeping the deal with its owner', async () => {
    await put('ah-olga', 'manager', 'Olga');
    const deal = await start('ah-olga');
    const absence = { id: 'hr-ah-1', kind: 'vacation', from: day(0), until: day(6), deputy: 'ah-ivan' };
    expect((await call(h, 'POST', '/people/ah-olga/absences', absence)).status).toBe(201);

    const soon = await vi.waitFor(
      async () => {
        const t = await task(`${deal.id}:1:soon`);
        expect(t.assignee).toBe('ah-ivan');
        return t;
      },
      { timeout: 20_000, interval: 100 },
    );
    expect(soon.status).toBe('open');
    // Due after the return: it waits for Olga. The deal stays hers.
    expect((await task(`${deal.id}:1:later`)).assignee).toBe('ah-olga');
    expect((await call(h, 'GET', `/deals/${deal.id}`)).body.owner).toBe('ah-olga');
    const reason = `Olga is on vacation until ${shortDate(day(6))}; to the deputy ah-ivan`;
    const events = (await call(h, 'GET', `/deals/${deal.id}/events`)).body.events as Row[];
    expect(events.filter((e) => e.type === 'task.handed_over').map((e) => e.data)).toEqual([
      expect.objectContaining({ taskId: soon.id, from: 'ah-olga', to: 'ah-ivan', reason }),
    ]);
    const notes = (await call(h, 'GET', `/notifications?dealId=${deal.id}`)).body.notifications as Row[];
    expect(notes.filter((n) => n.recipient === 'ah-ivan' && n.taskId === soon.id)).toHaveLength(1);

    // The HR import sends it again: the same absence, the same workflow, nothing handed over twice.
    expect((await call(h, 'POST', '/people/ah-olga/absences', absence)).status).toBe(200);
    const handle = h.client.workflow.getHandle(absenceWorkflowId('hr-ah-1'));
    expect((await handle.describe()).status.name).toBe('RUNNING'); // waiting for the return
    const again = (await call(h, 'GET', `/deals/${deal.id}/events`)).body.events as Row[];
    expect(again.filter((e) => e.type === 'task.handed_over')).toHaveLength(1);
    await handle.terminate('test over');
  });

  it('should send the tasks back to the regulation’s queue when the absence says pool, and leave them when it says stay', async () => {
    await put('ah-petr', 'manager', 'Petr');
    await put('ah-anna', 'manager', 'Anna');
    const pooled = await start('ah-petr');
    const stays = await start('ah-anna');
    await call(h, 'POST', '/people/ah-petr/absences', {
      kind: 'sick_leave',
      from: day(0),
      until: day(2),
      tasks: 'pool',
    });
    await call(h, 'POST', '/people/ah-anna/absences', {
      kind: 'business_trip',
      from: day(0),
      until: day(2),
      deputy: 'ah-ivan',
      tasks: 'stay',
    });
    await vi.waitFor(async () => expect((await task(`${pooled.id}:1:soon`)).assignee).toBe('queue:ah'), {
      timeout: 20_000,
      interval: 100,
    });
    // The stay absence's workflow has run its first day (it waits for the return) and moved nothing.
    const handle = h.client.workflow.getHandle(absenceWorkflowId(`ah-anna:business_trip:${day(0)}`));
    await vi.waitFor(async () => {
      const history = await handle.fetchHistory();
      const done = history.events!.filter((e) => e.activityTaskCompletedEventAttributes).length;
      expect(done).toBeGreaterThanOrEqual(3); // schedule, schedule again, hand-over
    });
    expect((await task(`${stays.id}:1:soon`)).assignee).toBe('ah-anna');
    for (const id of [`ah-anna:business_trip:${day(0)}`, `ah-petr:sick_leave:${day(0)}`])
      await h.client.workflow.getHandle(absenceWorkflowId(id)).terminate('test over');
  });

  it('should write the digest of an absence that is over, and hand nothing over after the return', async () => {
    await put('ah-vera', 'manager', 'Vera');
    const deal = await start('ah-vera');
    const res = await call(h, 'POST', '/people/ah-vera/absences', {
      kind: 'vacation',
      from: day(-5),
      until: day(-1),
      deputy: 'ah-ivan',
    });
    expect(res.status).toBe(201);
    const handle = h.client.workflow.getHandle(absenceWorkflowId(res.body.id));
    expect(await handle.result()).toEqual({ handedOver: 0, digest: true });
    // Its history replays with the current workflow code.
    await expect(
      Worker.runReplayHistory(
        { workflowBundle: { codePath: inject('workflowBundlePath') } },
        await handle.fetchHistory(),
        'absence',
      ),
    ).resolves.toBeUndefined();
    expect((await task(`${deal.id}:1:soon`)).assignee).toBe('ah-vera');
    const digests = (await call(h, 'GET', '/people/ah-vera/digests')).body.digests as Row[];
    expect(digests).toEqual([
      expect.objectContaining({
        absenceId: res.body.id,
        person: 'ah-vera',
        handedOver: [],
        openTasks: 2,
        openDeals: 1,
        closedWhileAway: 0,
      }),
    ]);
    // Another manager may not read it.
    const other = await h.apiAs(await h.token('ah-ivan'));
    const refused = await other.GET('/people/{id}/digests', { params: { path: { id: 'ah-vera' } } });
    expect(refused.response.status).toBe(403);
  });
});
