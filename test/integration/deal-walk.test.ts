import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dealWorkflowId } from '../../workflows/definitions.js';
import { call, createHarness, publish, type Harness } from '../support/harness.js';

describe('a deal walked from the first stage to won', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await publish(h);
    await h.startWorker();
  });
  afterAll(() => h?.close());

  it('should create each stage’s tasks, move on legal actions and record every change', async () => {
    const started = await call(h, 'POST', '/deals', {
      regulationId: 'b2b_basic',
      owner: 'anna',
      client: { name: 'OOO Romashka', region: 'spb' },
    });
    expect(started.status).toBe(201);
    const deal = started.body;
    expect(deal.stage).toBe('cold_call');
    expect(deal.tasks.map((t: { key: string }) => t.key).sort()).toEqual(['call_client', 'log_call']);
    expect(
      deal.tasks.every((t: { assignee: string; status: string }) => t.assignee === 'anna' && t.status === 'open'),
    ).toBe(true);

    const inbox = await call(h, 'GET', '/tasks?assignee=anna&status=open');
    expect(inbox.body.tasks.filter((t: { dealId: string }) => t.dealId === deal.id)).toHaveLength(2);

    const id = (visit: number, key: string) => `${deal.id}:${visit}:${key}`;
    let r = await call(h, 'POST', `/tasks/${id(1, 'call_client')}/complete`, {
      outcome: 'interested',
      fields: { decision_maker: 'Ivanov' },
    });
    expect(r.status).toBe(200);
    expect(r.body.stage).toBe('cold_call');

    r = await call(h, 'POST', `/deals/${deal.id}/events`, { type: 'QUALIFIED' });
    expect(r.status).toBe(200);
    expect(r.body.stage).toBe('presentation');
    expect(r.body.createdTasks.map((t: { key: string }) => t.key)).toEqual(['schedule_meeting', 'hold_meeting']);
    // The optional task left open in cold_call is cancelled, not lost.
    expect((await h.deals.getTask(id(1, 'log_call')))?.status).toBe('cancelled');

    await call(h, 'POST', `/tasks/${id(2, 'schedule_meeting')}/complete`, { outcome: 'Tuesday 10:00' });
    r = await call(h, 'POST', `/tasks/${id(2, 'hold_meeting')}/complete`, { outcome: 'held' });
    expect(r.body.stage).toBe('proposal'); // presentation advances by itself

    await call(h, 'POST', `/tasks/${id(3, 'prepare_proposal')}/complete`, {});
    await call(h, 'POST', `/tasks/${id(3, 'send_proposal')}/complete`, { fields: { budget: 1_200_000 } });
    r = await call(h, 'POST', `/deals/${deal.id}/events`, { type: 'PROPOSAL_SENT' });
    expect(r.body.stage).toBe('follow_up');
    await call(h, 'POST', `/tasks/${id(4, 'follow_up_call')}/complete`, { outcome: 'agreed' });
    r = await call(h, 'POST', `/deals/${deal.id}/events`, { type: 'AGREED' });
    expect(r.body.stage).toBe('invoice');
    await call(h, 'POST', `/tasks/${id(5, 'issue_invoice')}/complete`, { fields: { invoice_number: 'INV-17' } });
    r = await call(h, 'POST', `/tasks/${id(5, 'confirm_payment')}/complete`, { outcome: 'paid' });
    expect(r.body).toMatchObject({ stage: 'won', status: 'won', createdTasks: [] });

    const final = await call(h, 'GET', `/deals/${deal.id}`);
    expect(final.body).toMatchObject({
      stage: 'won',
      status: 'won',
      fields: { decision_maker: 'Ivanov', budget: 1_200_000, invoice_number: 'INV-17' },
    });
    expect(final.body.closedAt).not.toBeNull();
    const done = final.body.tasks.filter((t: { status: string }) => t.status === 'done');
    expect(done).toHaveLength(8);
    expect(new Set(final.body.tasks.map((t: { id: string }) => t.id)).size).toBe(final.body.tasks.length);

    const handle = h.client.workflow.getHandle(dealWorkflowId(deal.id));
    expect(await handle.result()).toEqual({ dealId: deal.id, stage: 'won', status: 'won' });
    const description = await handle.describe();
    expect(description.searchAttributes.ReglamentStage).toEqual(['won']);
    expect(description.searchAttributes.ReglamentOwner).toEqual(['anna']);

    const audit = (await call(h, 'GET', `/deals/${deal.id}/events`)).body.events as Array<{
      type: string;
      actor: string;
      data: any;
      seq: number;
    }>;
    expect(audit[0]).toMatchObject({ type: 'deal.started', actor: 'test-director', seq: 1 });
    expect(audit.filter((e) => e.type === 'stage.entered').map((e) => e.data.stage)).toEqual([
      'cold_call',
      'presentation',
      'proposal',
      'follow_up',
      'invoice',
      'won',
    ]);
    expect(audit.filter((e) => e.type === 'task.completed')).toHaveLength(8);
    expect(audit.at(-1)).toMatchObject({ type: 'deal.closed', data: { outcome: 'won' } });
    expect(audit.every((e) => e.actor === 'test-director')).toBe(true);
  });

  it('should start one deal for one Idempotency-Key however often it is sent', async () => {
    const body = { regulationId: 'b2b_basic', client: { name: 'Repeat Ltd' } };
    const key = { 'idempotency-key': `lead-${Date.now()}` };
    const first = await call(h, 'POST', '/deals', body, key);
    const second = await call(h, 'POST', '/deals', body, key);
    expect(first.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    expect(second.body.tasks).toHaveLength(2);
    const [row] =
      await h.sql`select count(*)::int as count from events where deal_id = ${first.body.id} and type = 'deal.started'`;
    expect(row?.count).toBe(1);
    expect(first.body.owner).toBe('queue:sales'); // nobody named: the regulation's default owner
  });
});
