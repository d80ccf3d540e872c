import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { dealWorkflowId } from '../../workflows/definitions.js';
import { call, createHarness, publish, type Harness } from '../support/harness.js';

const REG = readFileSync(path.join(PROJECT_ROOT, 'examples/regulations/b2b-rules.yaml'), 'utf8').replace(
  'id: b2b_rules',
  'id: can_rules',
);

describe('a long-lived deal', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ historyLimit: 60 });
    await publish(h, REG);
    await h.startWorker();
  });
  afterAll(() => h?.close());

  it('should continue as new before its history grows large, carrying its state, tasks and timers', async () => {
    const deal = (
      await call(h, 'POST', '/deals', { regulationId: 'can_rules', owner: 'can-m1', client: { name: 'Long Ltd' } })
    ).body;
    const handle = h.client.workflow.getHandle(dealWorkflowId(deal.id));
    const firstRun = (await handle.describe()).runId;
    const timersBefore = ((await handle.query('dealState')) as { timers: string[] }).timers.sort();
    expect(timersBefore.length).toBeGreaterThan(0);

    for (let i = 1; i <= 25; i++) {
      const r = await call(h, 'POST', `/deals/${deal.id}/events`, {
        type: 'FIELDS_UPDATED',
        fields: { budget: i * 1000 },
      });
      expect(r.status).toBe(200);
    }
    const runs: string[] = [];
    for await (const w of h.client.workflow.list({ query: `WorkflowId = '${dealWorkflowId(deal.id)}'` }))
      runs.push(w.runId);
    expect(runs.length).toBeGreaterThanOrEqual(3);
    const firstHistory = await h.client.workflow.getHandle(dealWorkflowId(deal.id), firstRun).fetchHistory();
    expect(firstHistory.events!.at(-1)!.workflowExecutionContinuedAsNewEventAttributes).toBeTruthy();
    expect(firstHistory.events!.length).toBeLessThan(80);

    const state = (await handle.query('dealState')) as {
      stage: string;
      seq: number;
      context: { fields: Record<string, unknown>; tasks: Record<string, string> };
      timers: string[];
    };
    expect(state).toMatchObject({
      stage: 'qualification',
      seq: 26,
      context: { fields: { budget: 25_000 }, tasks: { call_client: 'open' } },
    });
    expect(state.timers.sort()).toEqual(timersBefore);
    expect((await call(h, 'GET', `/deals/${deal.id}`)).body).toMatchObject({ seq: 26, fields: { budget: 25_000 } });

    // The new run goes on where the old one stopped, without doubling anything.
    await call(h, 'POST', `/tasks/${deal.id}:1:call_client/complete`, { fields: { decision_maker: 'Lee' } });
    expect((await call(h, 'POST', `/deals/${deal.id}/events`, { type: 'QUALIFIED' })).body.stage).toBe('proposal');
    await call(h, 'POST', `/tasks/${deal.id}:2:send_proposal/complete`, {});
    expect((await call(h, 'POST', `/deals/${deal.id}/events`, { type: 'AGREED' })).body.status).toBe('won');
    const tasks = (await call(h, 'GET', `/tasks?dealId=${deal.id}`)).body.tasks as Array<{
      id: string;
      status: string;
    }>;
    expect(tasks.map((t) => `${t.id.split(':').slice(1).join(':')}=${t.status}`).sort()).toEqual([
      '1:call_client=done',
      '2:send_proposal=done',
    ]);
    const [{ n } = { n: -1 }] =
      await h.sql`select count(*)::int as n from events where deal_id = ${deal.id} and type = 'fields.updated'`;
    expect(n).toBe(26); // 25 updates and the decision maker
    expect(await handle.result()).toMatchObject({ status: 'won' });
  });
});
