import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectLife } from '../../simulation/client-life.js';
import { dealWorkflowId, type DealStateView } from '../../workflows/definitions.js';
import { createHarness, publish, type Harness } from '../support/harness.js';
import { eventually } from '../support/eventually.js';

/** Seconds stand in for quarters: the same code paths, a clock a test can wait for. */
const REG = (every: string) => `
id: recur_${every.toLowerCase()}
title: Регулярный контакт
calendar: { timezone: UTC, workingDays: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' }
fields:
  dnd_until: { type: string, title: Не беспокоить до }
stages:
  - key: client
    title: Клиент
    tasks:
      - { key: contact, title: Плановый звонок, kind: call, due: PT1H, outcomes: [held, moved], recur: { every: ${every}, times: 4, pause: dnd_until } }
    on: { STOP: { to: done, enforce: false } }
  - { key: done, title: Завершено, final: won }
`;
const HISTORY_LIMIT = 25;

describe('recurring tasks in a deal’s workflow', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ historyLimit: HISTORY_LIMIT });
    await publish(h, REG('PT2S'));
    await publish(h, REG('PT1H'));
    await h.startWorker();
  });
  afterAll(() => h?.close());

  const start = async (regulationId: string) => {
    const r = await h.api.POST('/deals', { body: { regulationId, owner: 'rita', client: { name: 'ООО Опт' } } });
    expect(r.response.status).toBe(201);
    return r.data!;
  };
  const state = (id: string) => h.client.workflow.getHandle(dealWorkflowId(id)).query<DealStateView>('dealState');

  it('should open each occurrence as a task, four times, and keep every run’s history bounded', async () => {
    const deal = await start('recur_pt2s');
    // Nothing opens on entry: the first occurrence is one period later.
    expect(deal.tasks).toEqual([]);
    const first = await eventually('the first occurrence', async () => h.deals.getTask(`${deal.id}:1:contact_1`));
    expect(first).toMatchObject({ status: 'open', assignee: 'rita', title: 'Плановый звонок', required: false });
    expect(first.dueAt).not.toBeNull();
    // An occurrence takes its task's outcomes.
    const wrong = await h.api.POST('/tasks/{id}/complete', {
      params: { path: { id: first.id } },
      body: { outcome: 'maybe' },
    });
    expect(wrong.response.status).toBe(422);
    const done = await h.api.POST('/tasks/{id}/complete', {
      params: { path: { id: first.id } },
      body: { outcome: 'held' },
    });
    expect(done.response.status).toBe(200);

    const fourth = await eventually(
      'the fourth occurrence',
      async () => h.deals.getTask(`${deal.id}:1:contact_4`),
      60_000,
    );
    expect(fourth.status).toBe('open');
    const tasks = await h.deals.listTasks({ dealId: deal.id });
    expect(tasks.map((t) => [t.key, t.status]).sort()).toEqual([
      ['contact_1', 'done'],
      ['contact_2', 'cancelled'], // not done when the next one opened: a missed contact
      ['contact_3', 'cancelled'],
      ['contact_4', 'open'],
    ]);
    // `times: 4`: the series has ended, nothing more is armed.
    const series = (await state(deal.id)).context.series!;
    expect(series).toMatchObject({ contact: { opened: 4, next: null } });
    // The simulator's projection from the same stage entry agrees: each occurrence opened at its instant (plus the write).
    const regulation = (await h.regulations.get('recur_pt2s'))!.regulation;
    const projected = projectLife(regulation, 'client', new Date(series.contact!.anchor), new Date('2100-01-01'));
    expect(projected.map((e) => e.n)).toEqual([1, 2, 3, 4]);
    for (const e of projected) {
      const opened = tasks.find((t) => t.key === `contact_${e.n}`)!.createdAt as unknown as Date;
      const lag = new Date(opened).getTime() - Date.parse(e.at);
      expect(lag).toBeGreaterThanOrEqual(0);
      expect(lag).toBeLessThan(1500);
    }

    // Continued as new while the series went on (the visibility store lists runs with a short lag).
    const runs = await eventually('a continued run', async () => {
      const found: string[] = [];
      for await (const w of h.client.workflow.list({ query: `WorkflowId = '${dealWorkflowId(deal.id)}'` }))
        found.push(w.runId);
      return found.length > 1 ? found : undefined;
    });
    for (const runId of runs) {
      const history = await h.client.workflow.getHandle(dealWorkflowId(deal.id), runId).fetchHistory();
      expect(history.events!.length).toBeLessThanOrEqual(HISTORY_LIMIT + 25);
    }
  });

  it('should move the pending occurrence when the client asks not to be disturbed, and end the series with the stage', async () => {
    const deal = await start('recur_pt1h');
    const before = (await state(deal.id)).context.series!.contact!;
    expect(Date.parse(before.next!) - Date.parse(before.anchor)).toBe(3_600_000);

    const until = new Date(Date.parse(before.anchor) + 5 * 3_600_000).toISOString();
    const r = await h.api.POST('/deals/{id}/events', {
      params: { path: { id: deal.id } },
      body: { type: 'FIELDS_UPDATED', fields: { dnd_until: until } },
    });
    expect(r.response.status).toBe(200);
    expect((await state(deal.id)).context.series!.contact).toMatchObject({ opened: 0, next: until });

    await h.api.POST('/deals/{id}/events', { params: { path: { id: deal.id } }, body: { type: 'STOP' } });
    const result = await h.client.workflow.getHandle(dealWorkflowId(deal.id)).result();
    expect(result).toMatchObject({ stage: 'done', status: 'won' });
    expect(await h.deals.listTasks({ dealId: deal.id })).toEqual([]);
  });
});
