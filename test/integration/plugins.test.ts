import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_PLUGINS, PluginHost } from '../../plugins/index.js';
import { definePlugin } from '../../plugins/sdk.js';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { call, createHarness, publish, type Harness } from '../support/harness.js';

const example = (file: string) => readFileSync(path.join(PROJECT_ROOT, 'examples/regulations', file), 'utf8');

/** Completes every open task of a deal, with fields if given. */
async function completeOpen(h: Harness, dealId: string, fields: Record<string, unknown> = {}, outcome = 'done') {
  let last: Record<string, any> | undefined;
  const open = (await call(h, 'GET', `/tasks?dealId=${dealId}&status=open`)).body.tasks as Array<{ id: string }>;
  for (const t of open) {
    const r = await call(h, 'POST', `/tasks/${t.id}/complete`, { outcome, fields });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    last = r.body;
  }
  return last;
}
const event = async (h: Harness, dealId: string, type: string, fields: Record<string, unknown> = {}) => {
  const r = await call(h, 'POST', `/deals/${dealId}/events`, { type, fields });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
};

describe('industry plugins, each regulation walked end to end', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    for (const f of ['windows.yaml', 'construction.yaml', 'b2b-wholesale.yaml', 'bank-cross-sell.yaml'])
      await publish(h, example(f));
    await h.startWorker();
  });
  afterAll(() => h?.close());

  it('windows: call → measurement → calculation → proposal → invoice → production → installation, with reminders', async () => {
    const deal = (
      await call(h, 'POST', '/deals', {
        regulationId: 'windows',
        owner: 'win-1',
        client: { name: 'Ivanov', district: 'Primorsky' },
      })
    ).body;
    const stages = [deal.stage];
    await completeOpen(h, deal.id);
    stages.push((await event(h, deal.id, 'INTERESTED')).stage);
    const timers = (await call(h, 'GET', `/deals/${deal.id}/timers`)).body.timers as Array<{
      taskId: string;
      kind: string;
    }>;
    expect(timers.filter((t) => t.kind === 'reminder' && t.taskId === `${deal.id}:2:measure`)).toHaveLength(2);
    await completeOpen(h, deal.id);
    stages.push((await event(h, deal.id, 'MEASURED', { window_count: 4, area_m2: 9.5 })).stage);
    stages.push((await completeOpen(h, deal.id))!.stage);
    const proposalTask = (
      (await call(h, 'GET', `/tasks?dealId=${deal.id}&status=open`)).body.tasks as Array<Record<string, any>>
    )[0]!;
    expect(proposalTask.templates[0]).toMatchObject({ id: 'windows_proposal', subject: 'Ivanov: 4 windows, 9.5 m²' });
    await completeOpen(h, deal.id);
    stages.push((await event(h, deal.id, 'ACCEPTED')).stage);
    stages.push((await completeOpen(h, deal.id, { invoice_number: 'W-1' }))!.stage);
    stages.push((await completeOpen(h, deal.id))!.stage);
    stages.push((await completeOpen(h, deal.id, { installation_date: '2026-12-05' }))!.stage);
    expect(stages).toEqual([
      'call',
      'measurement',
      'calculation',
      'proposal',
      'invoice',
      'production',
      'installation',
      'won',
    ]);
    const funnel = (await call(h, 'GET', '/analytics/funnel?regulationId=windows&dimension=district')).body.rows;
    expect(funnel).toContainEqual({ dimension: 'Primorsky', stage: 'won', status: 'won', deals: 1 });
  });

  it('construction (Reforma): the info department qualifies and hands over to sales; the info agent follows, complains to their head, and the SLA reaches that head too', async () => {
    const person = (id: string, role: string, department: string) =>
      call(h, 'PUT', `/managers/${id}`, { name: id, role, department, timezone: 'UTC' });
    await person('cs-info-olga', 'manager', 'cs-info');
    await person('cs-info-head', 'head', 'cs-info');
    await person('cs-sales', 'manager', 'cs-sales');
    await person('cs-sales-head', 'head', 'cs-sales');
    await publish(
      h,
      example('construction.yaml')
        .replace('id: construction', 'id: cs_reforma')
        .replace('department: info', 'department: cs-info')
        .replace('department: sales', 'department: cs-sales')
        // A competitor of this test's own: other tests' lost deals name the example's competitors.
        .replace('competitors: [StroyMontazh, Gorizont, PIK-Region]', 'competitors: [CS-Rival]'),
    );
    const deal = (await call(h, 'POST', '/deals', { regulationId: 'cs_reforma', client: { name: 'Stroy LLC' } })).body;
    // Nobody named: the stage's department takes it.
    expect(deal).toMatchObject({ stage: 'info_qualification', owner: 'cs-info-olga' });
    expect(deal.tasks[0]).toMatchObject({ kind: 'call', assignee: 'cs-info-olga' });
    expect(deal.tasks[0].templates[0].id).toBe('construction_call_script');

    // An outcome outside the task's list is refused, kept in the attempts log, and nothing else is written.
    const [before] = await h.sql`select count(*)::int as n from events where deal_id = ${deal.id}`;
    const refused = await call(h, 'POST', `/tasks/${deal.id}:1:qualify_need/complete`, { outcome: 'done' });
    expect(refused).toMatchObject({ status: 422, body: { code: 'OUTCOME_INVALID' } });
    const [after] = await h.sql`select count(*)::int as n from events where deal_id = ${deal.id}`;
    expect(after!.n).toBe(before!.n);
    const attempts = (await call(h, 'GET', `/deals/${deal.id}/attempts`)).body.attempts;
    expect(attempts).toEqual([
      expect.objectContaining({ actor: 'test-director', action: 'complete_task', code: 'OUTCOME_INVALID' }),
    ]);

    await completeOpen(h, deal.id, {}, 'future_need');
    const later = await event(h, deal.id, 'FUTURE_NEED', {
      need: 'warehouse, 2,000 m²',
      need_expected_at: '2027-03-01T09:00:00Z',
    });
    expect(later.stage).toBe('future_need');
    // The call-back stays with the info agent, on the date the need is expected.
    expect(later.createdTasks[0]).toMatchObject({
      key: 'call_back',
      kind: 'call',
      assignee: 'cs-info-olga',
      dueAt: '2027-03-01T09:00:00.000Z',
    });
    await completeOpen(h, deal.id);
    const sales = await event(h, deal.id, 'HAND_OVER');
    expect(sales).toMatchObject({ stage: 'call', owner: 'cs-sales' });
    expect(sales.createdTasks[0]).toMatchObject({ key: 'sales_call', assignee: 'cs-sales' });
    expect((await call(h, 'GET', `/deals/${deal.id}/participants`)).body.participants).toEqual([
      expect.objectContaining({ person: 'cs-info-olga', reason: 'handed over', stage: 'call' }),
    ]);
    const log = (await call(h, 'GET', `/deals/${deal.id}/events`)).body.events as Array<{ type: string; data: any }>;
    expect(log.find((e) => e.type === 'deal.handed_over')?.data).toEqual({
      from: 'cs-info-olga',
      to: 'cs-sales',
      stage: 'call',
    });
    const sla = ((await call(h, 'GET', `/deals/${deal.id}/timers`)).body.timers as Array<Record<string, any>>).filter(
      (t) => t.reason === 'stage_sla',
    );
    expect(sla.map((t) => `${t.level}:${t.recipient}`)).toEqual(['1:cs-sales-head', '2:cs-info-head']);

    // The info agent still reads the deal, follows it, and complains to their own head.
    const olga = { authorization: `Bearer ${await h.token('cs-info-olga')}` };
    expect((await call(h, 'GET', `/deals/${deal.id}`, undefined, olga)).status).toBe(200);
    const following = (await call(h, 'GET', '/deals?following=true', undefined, olga)).body.deals;
    expect(following.map((d: { id: string }) => d.id)).toEqual([deal.id]);
    const complaint = await call(h, 'POST', `/deals/${deal.id}/complaints`, { text: 'No call for two days' }, olga);
    expect(complaint).toMatchObject({ status: 201, body: { by: 'cs-info-olga', to: 'cs-info-head', stage: 'call' } });
    const told = (await call(h, 'GET', `/notifications?recipient=cs-info-head`)).body.notifications;
    expect(told).toContainEqual(expect.objectContaining({ kind: 'complaint', dealId: deal.id }));
    // Only someone who handed the deal over may complain about it.
    const own = await call(
      h,
      'POST',
      `/deals/${deal.id}/complaints`,
      { text: 'x' },
      {
        authorization: `Bearer ${await h.token('cs-sales')}`,
      },
    );
    expect(own.status).toBe(403);

    // A loss needs its reason, and the competitor when that is the reason; the competitor's rating grows.
    const noReason = await call(h, 'POST', `/deals/${deal.id}/events`, { type: 'LOST' });
    expect(noReason).toMatchObject({ status: 422, body: { code: 'LOSS_REASON_REQUIRED' } });
    const noCompetitor = await call(h, 'POST', `/deals/${deal.id}/events`, {
      type: 'LOST',
      fields: { lost_reason: 'competitor' },
    });
    expect(noCompetitor.body.missingFields).toEqual(['competitor']);
    const lost = await event(h, deal.id, 'LOST', { lost_reason: 'competitor', competitor: 'CS-Rival' });
    expect(lost).toMatchObject({ stage: 'lost', status: 'lost' });
    const ratings = (await call(h, 'GET', '/competitors')).body.competitors;
    expect(ratings).toContainEqual(expect.objectContaining({ competitor: 'CS-Rival', lostDeals: 1 }));
    expect(
      (await call(h, 'GET', `/attempts?actor=test-director`)).body.attempts.map((a: { code: string }) => a.code),
    ).toEqual(expect.arrayContaining(['OUTCOME_INVALID', 'LOSS_REASON_REQUIRED']));
  });

  it('b2b wholesale: "invoice paid" moves the deal on and the client is thanked automatically', async () => {
    const deal = (
      await call(h, 'POST', '/deals', {
        regulationId: 'b2b_wholesale',
        owner: 'ws-anna',
        client: { name: 'Metiz Trade', email: 'buy@metiz.example' },
      })
    ).body;
    await completeOpen(h, deal.id, { decision_maker: 'Orlova' });
    await event(h, deal.id, 'INTERESTED');
    await completeOpen(h, deal.id); // presentation → proposal
    await completeOpen(h, deal.id); // proposal → follow_up
    await completeOpen(h, deal.id);
    await event(h, deal.id, 'AGREED');
    expect((await completeOpen(h, deal.id, { invoice_number: 'INV-204' }))!.stage).toBe('payment');
    expect((await event(h, deal.id, 'INVOICE_PAID')).stage).toBe('shipment');
    let thanks: Record<string, any> | undefined;
    for (let i = 0; i < 50 && !thanks; i++) {
      const events = (await call(h, 'GET', `/deals/${deal.id}/events`)).body.events as Array<Record<string, any>>;
      thanks = events.find((e) => e.type === 'automation.ran');
      if (!thanks) await new Promise((r) => setTimeout(r, 100));
    }
    expect(thanks).toMatchObject({
      actor: 'plugin:b2b_wholesale',
      data: { run: 'b2b_wholesale.thank_client', stage: 'shipment' },
    });
    expect(thanks!.data.result).toMatchObject({
      to: 'buy@metiz.example',
      subject: 'Thank you for your payment, Metiz Trade',
    });
    expect(thanks!.data.result.body).toContain('invoice INV-204');
    expect((await completeOpen(h, deal.id))!.status).toBe('won');
  });

  it('bank cross-sell: a counterparty-payments event creates a lead for the region’s team with the offer suggested', async () => {
    await call(h, 'PUT', '/managers/bk-nsk-1', {
      name: 'Novosibirsk 1',
      role: 'manager',
      department: 'corporate',
      region: 'nsk',
      timezone: 'Asia/Novosibirsk',
    });
    await call(h, 'PUT', '/managers/bk-msk-1', {
      name: 'Moscow 1',
      role: 'manager',
      department: 'corporate',
      region: 'msk',
      timezone: 'Europe/Moscow',
    });
    const payload = {
      client: { name: 'Sibir Agro', inn: '5400000001' },
      counterparty: { name: 'Altai Mills', inn: '2200000002', region: 'nsk' },
      paymentsPerMonth: 6,
      monthlyVolumeRub: 18_000_000,
    };
    const first = await call(h, 'POST', '/intake/bank.counterparty_payments', payload, {
      'idempotency-key': 'pay-2026-11-altai',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      regulationId: 'bank_cross_sell',
      owner: 'bk-nsk-1',
      client: { name: 'Altai Mills', region: 'nsk' },
    });
    const [review] = first.body.tasks;
    expect(review.templates[0]).toMatchObject({
      id: 'cross_sell_offer',
      subject: 'Altai Mills: faster settlements with Sibir Agro',
    });
    const again = await call(h, 'POST', '/intake/bank.counterparty_payments', payload, {
      'idempotency-key': 'pay-2026-11-altai',
    });
    expect(again.body.id).toBe(first.body.id);
    const bad = await call(h, 'POST', '/intake/bank.counterparty_payments', { client: { name: 'X' } });
    expect(bad.status).toBe(422);
    expect(bad.body.detail).toMatch(/"counterparty" is required/);
  });
});

describe('a faulty plugin', () => {
  let h: Harness;
  beforeAll(async () => {
    const host = await PluginHost.load([
      ...BUILTIN_PLUGINS,
      { id: 'faulty', load: () => import('../fixtures/plugins/faulty-at-load.js') },
      {
        id: 'flaky',
        load: () =>
          definePlugin({
            manifest: { id: 'flaky', version: '0.1.0', reglament: '^1.0.0' },
            facts: [
              {
                name: 'crm_score',
                description: 'always fails',
                kinds: ['assignment'],
                provide: () => {
                  throw new Error('score service down');
                },
              },
            ],
            activities: {
              async notify() {
                throw new Error('SMTP refused');
              },
            },
          }),
      },
    ]);
    h = await createHarness({ plugins: host });
    await h.startWorker();
  });
  afterAll(() => h?.close());

  it('should keep the API and worker up, refuse regulations that need it, and record its failures without stopping deals', async () => {
    expect((await call(h, 'GET', '/plugins')).body.failures).toEqual({ faulty: 'cannot read licence file' });
    const needsFaulty = await h.request('/regulations/uses_faulty', {
      method: 'PUT',
      headers: { 'content-type': 'application/yaml' },
      body: 'id: uses_faulty\ntitle: U\nplugins: [faulty]\nstages:\n  - { key: a, title: A, on: { GO: won } }\n  - { key: won, title: W, final: won }\n',
    });
    expect(needsFaulty.status).toBe(422);
    expect(((await needsFaulty.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toBe(
      'plugin "faulty" failed to load: cannot read licence file',
    );

    const text = `id: uses_flaky
title: Uses flaky
assignment: { fallback: "queue:flaky" }
stages:
  - key: a
    title: A
    onEnter: [{ run: flaky.notify }]
    tasks: [{ key: t, title: T }]
    advance: won
  - { key: won, title: W, final: won }
rules:
  assignment:
    - conditions: { all: [ { fact: crm_score, operator: greaterThan, value: 5 } ] }
      event: { type: assign, params: { strategy: least_loaded } }
`;
    expect(
      (
        await h.request('/regulations/uses_flaky', {
          method: 'PUT',
          headers: { 'content-type': 'application/yaml' },
          body: text,
        })
      ).status,
    ).toBe(201);
    const deal = (await call(h, 'POST', '/deals', { regulationId: 'uses_flaky', client: { name: 'Y' } })).body;
    expect(deal.owner).toBe('queue:flaky');
    const decision = (
      (await call(h, 'GET', `/deals/${deal.id}/decisions`)).body.decisions as Array<Record<string, any>>
    )[0];
    expect(decision!.error).toBe('fact provider "crm_score" failed: plugin "flaky": score service down');
    let failed: Record<string, any> | undefined;
    for (let i = 0; i < 50 && !failed; i++) {
      failed = ((await call(h, 'GET', `/deals/${deal.id}/events`)).body.events as Array<Record<string, any>>).find(
        (e) => e.type === 'automation.failed',
      );
      if (!failed) await new Promise((r) => setTimeout(r, 100));
    }
    expect(failed!.data.error).toBe('plugin activity "flaky.notify" failed: SMTP refused');
    expect((await completeOpen(h, deal.id))!.status).toBe('won');
  });
});
