import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { call, createHarness, publish, type Harness } from '../support/harness.js';

const example = (file: string) => readFileSync(path.join(PROJECT_ROOT, 'examples/regulations', file), 'utf8');

describe('events from integrations', () => {
  let h: Harness;
  let integration: Record<string, string>;
  beforeAll(async () => {
    h = await createHarness();
    await publish(h, example('b2b-rules.yaml').replace('id: b2b_rules', 'id: ev_rules'));
    await publish(h, example('b2b-wholesale.yaml'));
    await h.startWorker();
    await call(h, 'PUT', '/managers/ev-khv', {
      name: 'Khabarovsk',
      role: 'manager',
      department: 'ev',
      region: 'khv',
      timezone: 'Asia/Vladivostok',
    });
    integration = { 'x-api-key': (await call(h, 'POST', '/api-keys', { name: 'webform' })).body.key };
  });
  afterAll(() => h?.close());

  const send = (body: unknown, key?: string) =>
    call(h, 'POST', '/events', body, { ...integration, ...(key ? { 'idempotency-key': key } : {}) });

  it('should turn a web-form lead into one deal assigned by the rules, however often it is delivered', async () => {
    const lead = {
      type: 'form.submitted',
      data: { regulationId: 'ev_rules', client: { name: 'Amur Stroy', region: 'khv' } },
    };
    const first = await send(lead, 'form-2026-11-23-0001');
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ duplicate: false, owner: 'ev-khv', stage: 'qualification' });
    const again = await send(lead, 'form-2026-11-23-0001');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ duplicate: true, dealId: first.body.dealId });
    const [row] = await h.sql`select count(*)::int as n from deals where client->>'name' = 'Amur Stroy'`;
    expect(row!.n).toBe(1);
    const audit = (await call(h, 'GET', `/deals/${first.body.dealId}/events`)).body.events as Array<{
      type: string;
      actor: string;
    }>;
    expect(audit[0]).toMatchObject({ type: 'deal.started', actor: 'integration:webform' });
  });

  it('should store, apply and record an event that only adds to the history in one go, once however often it comes', async () => {
    const deal = (
      await call(h, 'POST', '/deals', { regulationId: 'ev_rules', owner: 'ev-khv', client: { name: 'Call Ltd' } })
    ).body;
    const logged = { type: 'call.logged', data: { dealId: deal.id, direction: 'in', durationSec: 95 } };
    const first = await send(logged, 'pbx-call-0001');
    expect(first.body).toMatchObject({ duplicate: false, applied: true, recorded: true, dealId: deal.id });
    const again = await send(logged, 'pbx-call-0001');
    expect(again.body).toMatchObject({ duplicate: true, applied: true, recorded: true, dealId: deal.id });
    const [inbox] =
      await h.sql`select status, deal_id, attempts, result from inbound_events where key = 'pbx-call-0001'`;
    expect(inbox).toMatchObject({ status: 'done', dealId: deal.id, attempts: 1, result: { recorded: true } });
    const facts = await h.sql`select data from events where deal_id = ${deal.id} and type = 'external.call.logged'`;
    expect(facts).toHaveLength(1);
    expect(facts[0]!.data).toMatchObject({ direction: 'in', durationSec: 95, effect: { recorded: true } });
  });

  it('should let "invoice paid" move the deal by its regulation, once, with the thank-you automation', async () => {
    const deal = (
      await call(h, 'POST', '/deals', {
        regulationId: 'b2b_wholesale',
        owner: 'ev-khv',
        client: { name: 'Paid Ltd', email: 'pay@paid.example' },
      })
    ).body;
    const done = (key: string, fields = {}) => call(h, 'POST', `/tasks/${deal.id}:${key}/complete`, { fields });
    await done('1:call', { decision_maker: 'Kim' });
    await call(h, 'POST', `/deals/${deal.id}/events`, { type: 'INTERESTED' });
    await done('2:present');
    await done('3:send_proposal');
    await done('4:follow_up_call');
    await call(h, 'POST', `/deals/${deal.id}/events`, { type: 'AGREED' });
    expect((await done('5:issue_invoice', { invoice_number: 'INV-9' })).body.stage).toBe('payment');

    const paid = {
      type: 'invoice.paid',
      eventId: 'acc-pay-INV-9',
      data: { dealId: deal.id, invoiceNumber: 'INV-9', amount: 120000 },
    };
    const first = await send(paid);
    expect(first.body).toMatchObject({ moved: true, stage: 'shipment', duplicate: false });
    const second = await send(paid);
    expect(second.body).toMatchObject({ duplicate: true, moved: true, stage: 'shipment' });
    const events = (await call(h, 'GET', `/deals/${deal.id}/events`)).body.events as Array<{
      type: string;
      actor: string;
    }>;
    expect(events.filter((e) => e.type === 'external.invoice.paid')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'stage.entered' && e.actor === 'integration:webform')).toHaveLength(1);
    let thanked = false;
    for (let i = 0; i < 50 && !thanked; i++) {
      const all = (await call(h, 'GET', `/deals/${deal.id}/events`)).body.events as Array<{ type: string }>;
      thanked = all.filter((e) => e.type === 'automation.ran').length === 1;
      if (!thanked) await new Promise((r) => setTimeout(r, 100));
    }
    expect(thanked).toBe(true);
  });

  it('should refuse unknown types and unknown deals with a clear error and keep them as dead letters', async () => {
    const strange = await send({ type: 'fax.received', data: { pages: 3 } });
    expect(strange.status).toBe(422);
    expect(strange.body.detail).toMatch(
      /^unknown event type "fax.received" \(known: call.logged, .*\); kept as dead letter /,
    );
    const orphan = await send({ type: 'call.logged', data: { dealId: 'no-such-deal', direction: 'in' } });
    expect(orphan.status).toBe(404);
    const letters = (await call(h, 'GET', '/dead-letters')).body.deadLetters as Array<{
      id: string;
      type: string;
      reason: string;
    }>;
    expect(letters.map((l) => l.id)).toEqual(
      expect.arrayContaining([strange.body.deadLetterId, orphan.body.deadLetterId]),
    );
    expect(letters.find((l) => l.id === orphan.body.deadLetterId)).toMatchObject({
      type: 'call.logged',
      reason: 'no deal "no-such-deal"',
    });
    const invalid = await send({ type: 'call.logged', data: { dealId: 'x', direction: 'sideways' } });
    expect(invalid.status).toBe(422);
    expect(invalid.body.detail).toMatch(/"call.logged" data is invalid: \/direction must be one of: in, out/);
    expect((await call(h, 'GET', '/dead-letters', undefined, integration)).status).toBe(403);
  });
});
