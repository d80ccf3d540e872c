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
    // Through the typed client generated from the OpenAPI document: paths, bodies and answers are typed.
    const { api } = h;
    const started = await api.POST('/deals', {
      body: { regulationId: 'b2b_basic', owner: 'anna', client: { name: 'OOO Romashka', region: 'spb' } },
    });
    expect(started.response.status).toBe(201);
    const deal = started.data!;
    expect(deal.stage).toBe('cold_call');
    expect(deal.tasks.map((t) => t.key).sort()).toEqual(['call_client', 'log_call']);
    expect(deal.tasks.every((t) => t.assignee === 'anna' && t.status === 'open')).toBe(true);

    const inbox = await api.GET('/tasks', { params: { query: { assignee: 'anna', status: 'open' } } });
    expect(inbox.data!.tasks.filter((t) => t.dealId === deal.id)).toHaveLength(2);

    const id = (visit: number, key: string) => `${deal.id}:${visit}:${key}`;
    const complete = async (taskId: string, body: { outcome?: string; fields?: Record<string, string | number> }) => {
      const r = await api.POST('/tasks/{id}/complete', { params: { path: { id: taskId } }, body });
      expect(r.response.status).toBe(200);
      return r.data!;
    };
    const move = async (type: string) => {
      const r = await api.POST('/deals/{id}/events', { params: { path: { id: deal.id } }, body: { type } });
      expect(r.response.status).toBe(200);
      return r.data!;
    };
    expect(
      (await complete(id(1, 'call_client'), { outcome: 'interested', fields: { decision_maker: 'Ivanov' } })).stage,
    ).toBe('cold_call');

    const presentation = await move('QUALIFIED');
    expect(presentation.stage).toBe('presentation');
    expect(presentation.createdTasks.map((t) => t.key)).toEqual(['schedule_meeting', 'hold_meeting']);
    // The optional task left open in cold_call is cancelled, not lost.
    expect((await h.deals.getTask(id(1, 'log_call')))?.status).toBe('cancelled');

    await complete(id(2, 'schedule_meeting'), { outcome: 'Tuesday 10:00' });
    expect((await complete(id(2, 'hold_meeting'), { outcome: 'held' })).stage).toBe('proposal'); // advances by itself

    await complete(id(3, 'prepare_proposal'), {});
    await complete(id(3, 'send_proposal'), { fields: { budget: 1_200_000 } });
    expect((await move('PROPOSAL_SENT')).stage).toBe('follow_up');
    await complete(id(4, 'follow_up_call'), { outcome: 'agreed' });
    expect((await move('AGREED')).stage).toBe('invoice');
    await complete(id(5, 'issue_invoice'), { fields: { invoice_number: 'INV-17' } });
    expect(await complete(id(5, 'confirm_payment'), { outcome: 'paid' })).toMatchObject({
      stage: 'won',
      status: 'won',
      createdTasks: [],
    });

    const final = (await api.GET('/deals/{id}', { params: { path: { id: deal.id } } })).data!;
    expect(final).toMatchObject({
      stage: 'won',
      status: 'won',
      fields: { decision_maker: 'Ivanov', budget: 1_200_000, invoice_number: 'INV-17' },
    });
    expect(final.closedAt).not.toBeNull();
    expect(final.tasks.filter((t) => t.status === 'done')).toHaveLength(8);
    expect(new Set(final.tasks.map((t) => t.id)).size).toBe(final.tasks.length);

    const handle = h.client.workflow.getHandle(dealWorkflowId(deal.id));
    expect(await handle.result()).toEqual({ dealId: deal.id, stage: 'won', status: 'won' });
    const description = await handle.describe();
    expect(description.searchAttributes.ReglamentStage).toEqual(['won']);
    expect(description.searchAttributes.ReglamentOwner).toEqual(['anna']);

    const audit = (await api.GET('/deals/{id}/events', { params: { path: { id: deal.id } } })).data!.events;
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
