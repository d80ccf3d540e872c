/**
 * Audited overrides beyond a move, on a real worker, Temporal and
 * PostgreSQL: skipping a required task (who may, what the deal's log, the
 * audit and compliance say, the deal then leaving the stage by its ordinary
 * event with the skipped task's timers gone), and reopening a closed deal
 * (its workflow starts again from the chosen stage with its tasks and timers).
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { dealWorkflowId } from '../../workflows/definitions.js';
import { call, createHarness, publish, type Harness } from '../support/harness.js';

// The people rules' regulation under an id of its own: its compliance stays apart from people-rules.test.ts's.
const REG = readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/regulations/people-rules.yaml'), 'utf8').replace(
  'id: people_rules',
  'id: people_overrides',
);

describe('overrides: skipping a task, reopening a deal', () => {
  let h: Harness;
  const put = (id: string, role: string, department: string) =>
    call(h, 'PUT', `/managers/${id}`, { name: id, role, department, timezone: 'UTC' });
  const as = async (who: string) => ({ authorization: `Bearer ${await h.token(who)}` });

  beforeAll(async () => {
    h = await createHarness();
    await publish(h, REG);
    await h.startWorker();
  });
  afterAll(() => h?.close());

  it('should let a head skip a required task with a reason, logged, audited, counted, and the deal go on', async () => {
    await put('ps-m', 'manager', 'ps');
    await put('ps-head', 'head', 'ps');
    await put('pt-head', 'head', 'pt');
    const started = await call(h, 'POST', '/deals', {
      regulationId: 'people_overrides',
      owner: 'ps-m',
      client: { name: 'Skip client', region: 'none' },
    });
    expect(started.status).toBe(201);
    const id = started.body.id as string;
    // ring is required and open: the ordinary move is refused.
    expect((await call(h, 'POST', `/deals/${id}/events`, { type: 'NEXT', fields: { budget: 5 } })).status).toBe(422);

    const body = { task: 'ring', reason: 'the client answered by e-mail; no call needed' };
    expect((await call(h, 'POST', `/deals/${id}/skip`, body, await as('ps-m'))).status).toBe(403);
    expect((await call(h, 'POST', `/deals/${id}/skip`, body, await as('pt-head'))).status).toBe(404);
    const noReason = await call(h, 'POST', `/deals/${id}/skip`, { task: 'ring', reason: '' });
    expect(noReason.status).toBe(422);
    expect(JSON.stringify(noReason.body)).toContain('/reason');
    const unknown = await call(h, 'POST', `/deals/${id}/skip`, { task: 'meet', reason: body.reason });
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toContain('no task "meet"');

    const skipped = await call(h, 'POST', `/deals/${id}/skip`, body, await as('ps-head'));
    expect(skipped.status).toBe(200);
    expect(skipped.body).toMatchObject({ stage: 'call', overridden: ['required task "ring" is not done'] });
    // A repeated skip changes nothing: the task is already closed.
    const again = await call(h, 'POST', `/deals/${id}/skip`, body, await as('ps-head'));
    expect(again.status).toBe(409);
    expect(again.body.detail).toContain('already closed');

    const card = (await call(h, 'GET', `/deals/${id}`)).body;
    expect(card.tasks.map((t: any) => `${t.key}:${t.status}`)).toEqual(['ring:cancelled']);
    const state = (await h.client.workflow.getHandle(`deal-${id}`).query('dealState')) as { timers: string[] };
    expect(state.timers.filter((t) => t.includes(':ring'))).toEqual([]);

    // The stage's other check (budget) still holds; with it, the ordinary event moves on.
    const moved = await call(h, 'POST', `/deals/${id}/events`, { type: 'NEXT', fields: { budget: 5 } });
    expect(moved.status).toBe(200);
    expect(moved.body.stage).toBe('meeting');

    const events = (await call(h, 'GET', `/deals/${id}/events`)).body.events as Array<Record<string, any>>;
    expect(events.filter((e) => e.type === 'deal.overridden')).toEqual([
      expect.objectContaining({
        actor: 'ps-head',
        data: expect.objectContaining({ skippedTask: 'ring', reason: body.reason, fromStage: 'call', toStage: 'call' }),
      }),
    ]);
    expect(events.find((e) => e.type === 'task.cancelled')).toMatchObject({
      data: { taskKey: 'ring', reason: 'skipped by override', override: { reason: body.reason, actor: 'ps-head' } },
    });
    const audit = (await call(h, 'GET', `/audit?subject=deal:${id}`)).body;
    expect(JSON.stringify(audit)).toContain('task.skipped');
    const compliance = (await call(h, 'GET', '/analytics/compliance?regulationId=people_overrides&groupBy=manager'))
      .body;
    const rows = (compliance.rows as Array<Record<string, any>>).filter((r) => r.key === 'ps-m');
    expect(rows.map((r) => `${r.key}:${r.kind}:${r.overridden}`)).toEqual(['ps-m:task:1']);

    // Skip the meeting too and close: the whole history replays with the current workflow code.
    const meet = await call(h, 'POST', `/deals/${id}/skip`, { task: 'meet', reason: body.reason }, await as('ps-head'));
    expect(meet.status).toBe(200);
    expect((await call(h, 'POST', `/deals/${id}/events`, { type: 'NEXT' })).body.stage).toBe('done');
    const handle = h.client.workflow.getHandle(dealWorkflowId(id));
    await handle.result();
    const history = await handle.fetchHistory();
    if (process.env.RECORD_HISTORIES) {
      writeFileSync(path.join(PROJECT_ROOT, 'test/fixtures/histories/task-skipped.json'), historyToJSON(history));
    }
    await expect(
      Worker.runReplayHistory({ workflowBundle: { codePath: inject('workflowBundlePath') } }, history, 'skip'),
    ).resolves.toBeUndefined();
  });

  it('should let a head reopen a closed deal at a stage with a reason, and its workflow go on from there', async () => {
    await put('pr-m', 'manager', 'pr');
    await put('pr-head', 'head', 'pr');
    const head = await as('pr-head');
    const started = await call(h, 'POST', '/deals', {
      regulationId: 'people_overrides',
      owner: 'pr-m',
      client: { name: 'Reopen client', region: 'none' },
    });
    const id = started.body.id as string;
    const why = { reason: 'closed by mistake; the client still wants the meeting' };
    // Walk it to won, skipping the tasks.
    expect((await call(h, 'POST', `/deals/${id}/skip`, { task: 'ring', ...why }, head)).status).toBe(200);
    expect((await call(h, 'POST', `/deals/${id}/events`, { type: 'NEXT', fields: { budget: 5 } })).status).toBe(200);
    expect((await call(h, 'POST', `/deals/${id}/skip`, { task: 'meet', ...why }, head)).status).toBe(200);
    expect((await call(h, 'POST', `/deals/${id}/events`, { type: 'NEXT' })).body.stage).toBe('done');
    const handle = h.client.workflow.getHandle(dealWorkflowId(id));
    await handle.result();
    expect((await call(h, 'GET', `/deals/${id}`)).body.status).toBe('won');

    const body = { stage: 'meeting', ...why };
    expect((await call(h, 'POST', `/deals/${id}/override`, body, await as('pr-m'))).status).toBe(403);
    const toFinal = await call(h, 'POST', `/deals/${id}/override`, { ...body, stage: 'done' }, head);
    expect(toFinal.status).toBe(409);
    expect(toFinal.body.detail).toContain('final stage');

    const reopened = await call(h, 'POST', `/deals/${id}/override`, body, head);
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({
      stage: 'meeting',
      status: 'active',
      overridden: ['the deal is closed (won)'],
    });
    const card = (await call(h, 'GET', `/deals/${id}`)).body;
    expect(card).toMatchObject({ stage: 'meeting', status: 'active', closedAt: null });
    expect(card.tasks.filter((t: any) => t.status === 'open').map((t: any) => t.key)).toEqual(['meet']);
    expect((await handle.describe()).status.name).toBe('RUNNING');
    const state = (await handle.query('dealState')) as { timers: string[]; seq: number };
    expect(state.timers.length).toBeGreaterThan(0);
    expect(state.timers.every((t) => t.startsWith(`${id}:4:`))).toBe(true);
    // The same request again changes nothing: the deal is open and already there.
    const again = await call(h, 'POST', `/deals/${id}/override`, body, head);
    expect(again.status).toBe(409);
    expect((await handle.query('dealState')) as { seq: number }).toMatchObject({ seq: state.seq });

    const events = (await call(h, 'GET', `/deals/${id}/events`)).body.events as Array<Record<string, any>>;
    expect(events.filter((e) => e.data?.reopened)).toEqual([
      expect.objectContaining({
        type: 'deal.overridden',
        actor: 'pr-head',
        data: expect.objectContaining({ fromStage: 'done', toStage: 'meeting', reason: why.reason }),
      }),
    ]);
    const audit = (await call(h, 'GET', `/audit?subject=deal:${id}`)).body;
    expect(JSON.stringify(audit)).toContain('closed by mistake');

    // It closes again by its ordinary event, and the reopened run replays.
    expect((await call(h, 'POST', `/deals/${id}/skip`, { task: 'meet', ...why }, head)).status).toBe(200);
    expect((await call(h, 'POST', `/deals/${id}/events`, { type: 'NEXT' })).body.stage).toBe('done');
    await handle.result();
    const history = await handle.fetchHistory();
    if (process.env.RECORD_HISTORIES) {
      writeFileSync(path.join(PROJECT_ROOT, 'test/fixtures/histories/deal-reopened.json'), historyToJSON(history));
    }
    await expect(
      Worker.runReplayHistory({ workflowBundle: { codePath: inject('workflowBundlePath') } }, history, 'reopened'),
    ).resolves.toBeUndefined();
  });
});
