/**
 * Skipping a required task by an audited override, on a real worker,
 * Temporal and PostgreSQL: who may, what the deal's log, the audit and
 * compliance say, and that the deal then leaves the stage by its ordinary
 * event with the skipped task's timers gone.
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

const REG = readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/regulations/people-rules.yaml'), 'utf8');

describe('skipping a required task by override', () => {
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
      regulationId: 'people_rules',
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
    const compliance = (await call(h, 'GET', '/analytics/compliance?regulationId=people_rules&groupBy=manager')).body;
    const rows = compliance.rows as Array<Record<string, any>>;
    expect(rows.filter((r) => r.overridden > 0).map((r) => `${r.key}:${r.kind}:${r.overridden}`)).toEqual([
      'ps-m:task:1',
    ]);

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
});
