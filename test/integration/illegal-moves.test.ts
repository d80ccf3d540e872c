import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dealWorkflowId } from '../../workflows/definitions.js';
import { call, createHarness, publish, type Harness } from '../support/harness.js';

/** Everything the read model and the workflow history hold for a deal. */
async function footprint(h: Harness, dealId: string) {
  const [deal] = await h.sql`select stage, status, seq, fields from deals where id = ${dealId}`;
  const tasks = await h.sql`select id, status from tasks where deal_id = ${dealId} order by id`;
  const [{ events } = { events: -1 }] =
    await h.sql`select count(*)::int as events from events where deal_id = ${dealId}`;
  const history = await h.client.workflow.getHandle(dealWorkflowId(dealId)).fetchHistory();
  return { deal, tasks, events, historyLength: history.events?.length };
}

describe('an illegal move', () => {
  let h: Harness;
  let dealId: string;
  beforeAll(async () => {
    h = await createHarness();
    await publish(h);
    await h.startWorker();
    dealId = (
      await call(h, 'POST', '/deals', { regulationId: 'b2b_basic', owner: 'boris', client: { name: 'Vostok' } })
    ).body.id;
  });
  afterAll(() => h?.close());

  const cases: Array<[string, () => [string, string, unknown], number, string, RegExp]> = [
    [
      'an event the stage does not know',
      () => ['POST', `/deals/${dealId}/events`, { type: 'AGREED' }],
      409,
      'EVENT_NOT_ALLOWED',
      /not allowed in stage "cold_call"; allowed: QUALIFIED, DISQUALIFIED/,
    ],
    [
      'leaving with a required field missing and a required task open',
      () => ['POST', `/deals/${dealId}/events`, { type: 'QUALIFIED' }],
      422,
      'EXIT_BLOCKED',
      /required field missing: decision_maker; required task not done: call_client/,
    ],
    [
      'a field of the wrong type',
      () => ['POST', `/deals/${dealId}/events`, { type: 'QUALIFIED', fields: { decision_maker: 42 } }],
      422,
      'FIELD_INVALID',
      /field "decision_maker" must be a string/,
    ],
    [
      'a field the regulation does not know',
      () => ['POST', `/tasks/${dealId}:1:call_client/complete`, { fields: { colour: 'red' } }],
      422,
      'FIELD_INVALID',
      /unknown field "colour"/,
    ],
    [
      'a task that does not exist',
      () => ['POST', `/tasks/${dealId}:1:nope/complete`, {}],
      404,
      'TASK_NOT_FOUND',
      /not found/,
    ],
    [
      'a deal that does not exist',
      () => ['POST', '/deals/00000000-0000-0000-0000-000000000000/events', { type: 'QUALIFIED' }],
      404,
      'DEAL_NOT_FOUND',
      /not found/,
    ],
    ['malformed JSON', () => ['POST', `/deals/${dealId}/events`, '{"type": '], 400, 'MALFORMED_JSON', /not valid JSON/],
    [
      'a body of the wrong shape',
      () => ['POST', `/deals/${dealId}/events`, { type: 7, extra: true }],
      422,
      'VALIDATION_FAILED',
      /\/extra unknown property "extra".*\/type must be a string/,
    ],
    [
      'an unknown regulation',
      () => ['POST', '/deals', { regulationId: 'nope', client: { name: 'X' } }],
      404,
      'REGULATION_NOT_FOUND',
      /"nope" not found/,
    ],
    [
      'a deal without a client name',
      () => ['POST', '/deals', { regulationId: 'b2b_basic', client: {} }],
      422,
      'VALIDATION_FAILED',
      /\/client\/name "name" is required/,
    ],
    [
      'a bad query',
      () => ['GET', '/tasks?status=sleeping', undefined],
      422,
      'VALIDATION_FAILED',
      /status must be one of: open, done, cancelled/,
    ],
  ];

  for (const [name, request, status, code, detail] of cases) {
    it(`should refuse ${name} with ${status} ${code} and write nothing`, async () => {
      const before = await footprint(h, dealId);
      const [method, url, body] = request();
      const res = await call(h, method, url, body);
      expect(res.status).toBe(status);
      expect(res.contentType).toBe('application/problem+json');
      expect(res.body).toMatchObject({
        status,
        code,
        title: expect.any(String),
        type: expect.stringContaining('/problems/'),
      });
      expect(res.body.detail).toMatch(detail);
      expect(await footprint(h, dealId)).toEqual(before);
    });
  }

  it('should refuse completing a task twice', async () => {
    const url = `/tasks/${dealId}:1:call_client/complete`;
    expect((await call(h, 'POST', url, { outcome: 'reached' })).status).toBe(200);
    const before = await footprint(h, dealId);
    const again = await call(h, 'POST', url, { outcome: 'reached again' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'TASK_NOT_OPEN' });
    expect(await footprint(h, dealId)).toEqual(before);
  });

  it('should reject in the workflow validator even when the read model is bypassed', async () => {
    // Straight to the workflow, as a second API instance racing the first would.
    const before = await footprint(h, dealId);
    const handle = h.client.workflow.getHandle(dealWorkflowId(dealId));
    await expect(
      handle.executeUpdate('completeTask', { args: [{ taskId: `${dealId}:1:call_client`, actor: 'x' }] }),
    ).rejects.toMatchObject({
      cause: { type: 'TASK_NOT_OPEN' },
    });
    await expect(
      handle.executeUpdate('sendEvent', { args: [{ type: 'QUALIFIED', actor: 'x' }] }),
    ).rejects.toMatchObject({
      cause: { type: 'EXIT_BLOCKED', message: expect.stringMatching(/decision_maker/) },
    });
    expect(await footprint(h, dealId)).toEqual(before);
  });

  it('should refuse any move on a closed deal', async () => {
    const lost = await call(h, 'POST', `/deals/${dealId}/events`, { type: 'DISQUALIFIED' });
    expect(lost.body).toMatchObject({ stage: 'lost', status: 'lost' });
    const again = await call(h, 'POST', `/deals/${dealId}/events`, { type: 'QUALIFIED' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('DEAL_CLOSED');
    const task = await call(h, 'POST', `/tasks/${dealId}:1:log_call/complete`, {});
    expect(task.status).toBe(409);
    expect(task.body.code).toBe('TASK_NOT_OPEN'); // cancelled when the deal was lost
  });
});
