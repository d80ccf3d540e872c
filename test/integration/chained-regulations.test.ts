import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSuccessor } from '../../app/chain.js';
import { createAppContext } from '../../app/context.js';
import { dealWorkflowId } from '../../workflows/definitions.js';
import { createHarness, publish, type Harness } from '../support/harness.js';
import { eventually } from '../support/eventually.js';

const SALE = `
id: chain_sale
title: Продажа окон
lostReasons: [price, timing]
fields:
  address: { type: string }
  amount: { type: number }
stages:
  - key: talk
    title: Переговоры
    tasks: [{ key: call, title: Позвонить, required: false }]
    on:
      WON: { to: won, enforce: false }
      LOST: { to: lost, enforce: false }
  - { key: won, title: Установлено, final: won, next: chain_after_sale }
  - key: lost
    title: Потеряно
    final: lost
    requireLossReason: true
    next: [{ regulation: chain_nurture, reasons: [timing] }]
`;

const AFTER_SALE = `
id: chain_after_sale
title: После продажи
takes: [address, warranty_years]
fields:
  address: { type: string }
  warranty_years: { type: integer }
stages:
  - key: installation
    title: Монтаж
    tasks: [{ key: install, title: Смонтировать, due: P3D }]
    on: { DONE: { to: closed, enforce: false } }
  - { key: closed, title: Обслуживание завершено, final: won }
`;

const NURTURE = `
id: chain_nurture
title: Отложенный спрос
stages:
  - key: wait
    title: Ждём
    tasks: [{ key: call_back, title: Перезвонить, due: P30D }]
    on: { READY: { to: done, enforce: false } }
  - { key: done, title: Готов, final: won }
`;

describe('chained regulations: a closed deal starts the company’s next deal', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    for (const text of [AFTER_SALE, NURTURE, SALE]) await publish(h, text);
    await h.startWorker();
  });
  afterAll(() => h?.close());

  const start = async (name: string) => {
    const r = await h.api.POST('/deals', {
      body: {
        regulationId: 'chain_sale',
        owner: 'anna',
        client: { name },
        fields: { address: 'Тверская, 1', amount: 120_000 },
      },
    });
    expect(r.response.status).toBe(201);
    return r.data!.id;
  };
  const move = async (id: string, type: string, fields?: Record<string, string>) => {
    const r = await h.api.POST('/deals/{id}/events', {
      params: { path: { id } },
      body: { type, ...(fields ? { fields } : {}) },
    });
    expect(r.response.status).toBe(200);
  };
  const card = async (id: string) => (await h.api.GET('/deals/{id}', { params: { path: { id } } })).data!;

  it('should start exactly one after-sale deal with the fields it takes, linked both ways, also when the start is retried', async () => {
    const id = await start('ООО Окна-1');
    await move(id, 'WON');
    const next = await eventually('the after-sale deal', async () => (await card(id)).chain?.successors[0]);
    expect(next).toMatchObject({ regulationId: 'chain_after_sale', stage: 'installation', status: 'active' });
    expect(next.startedBy).toEqual({ stage: 'won', reason: null });

    const successor = await card(next.dealId);
    // Only what after_sale takes and the sale had: the address; the amount is not among its fields.
    expect(successor.fields).toEqual({ address: 'Тверская, 1' });
    expect(successor.owner).toBe('anna');
    expect(successor.tasks.map((t) => t.key)).toEqual(['install']);
    expect(successor.chain?.predecessor).toMatchObject({ dealId: id, regulationId: 'chain_sale', status: 'won' });

    // The activity retried (a worker lost after the start, before its answer): the same deal, no second one.
    const ctx = createAppContext(h.sql, h.client, h.taskQueue, { plugins: h.plugins });
    const again = await startSuccessor(ctx, {
      dealId: id,
      next: { regulation: 'chain_after_sale' },
      stage: 'won',
      fields: { address: 'Тверская, 1', amount: 120_000 },
    });
    expect(again).toEqual({ successorId: next.dealId });
    const [links] = await h.sql`select count(*)::int as count from deal_links where predecessor_id = ${id}`;
    expect(links!.count).toBe(1);
    const [started] = await h.sql`
      select count(*)::int as deals from deals where regulation_id = 'chain_after_sale' and client->>'name' = 'ООО Окна-1'`;
    expect(started!.deals).toBe(1);
    // The workflow of the sale has ended; a repeated final move is refused, so nothing starts twice.
    await h.client.workflow.getHandle(dealWorkflowId(id)).result();
    const repeated = await h.api.POST('/deals/{id}/events', { params: { path: { id } }, body: { type: 'WON' } });
    expect(repeated.response.status).toBeGreaterThanOrEqual(400);
    expect((await card(id)).chain?.successors).toHaveLength(1);
  });

  it('should start nurture only for a loss with the reason it names', async () => {
    const timing = await start('ООО Позже');
    const price = await start('ООО Дорого');
    await move(timing, 'LOST', { lost_reason: 'timing' });
    await move(price, 'LOST', { lost_reason: 'price' });
    const next = await eventually('the nurture deal', async () => (await card(timing)).chain?.successors[0]);
    expect(next).toMatchObject({ regulationId: 'chain_nurture', startedBy: { stage: 'lost', reason: 'timing' } });
    expect((await card(next.dealId)).fields).toEqual({});
    // The price loss ends without a successor: its workflow returns and no link exists.
    await h.client.workflow.getHandle(dealWorkflowId(price)).result();
    expect((await card(price)).chain).toEqual({ predecessor: null, successors: [] });
  });

  it('should show the chain on the company card', async () => {
    const id = await start('ООО Окна-2');
    await move(id, 'WON');
    const next = await eventually('the after-sale deal', async () => (await card(id)).chain?.successors[0]);
    const companyId = (await card(id)).companyId!;
    expect(companyId).toBeTruthy();
    const company = await h.api.GET('/companies/{id}', { params: { path: { id: companyId } } });
    expect(company.data!.chain).toEqual([
      { predecessorId: id, successorId: next.dealId, regulationId: 'chain_after_sale', stage: 'won', reason: null },
    ]);
  });
});
