/**
 * Complaints from clients on the real stack: a form (through an integration
 * key) and a manager's entry open complaints on the client's current deal,
 * for its owner, due within the regulation's complaints SLA (seconds here);
 * past it the owner is reminded and the chain escalates until the complaint
 * is resolved, which ends its watch; analytics count them per manager. The
 * tests wait for the notice or the watch's result that proves a state.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { complaintWorkflowId } from '../../workflows/client-complaint.definitions.js';
import { call, createHarness, publish, putTeam, type Harness } from '../support/harness.js';

/** The fast regulation with a complaints SLA of two seconds and a chain slow enough to resolve between levels. */
const REGULATION = readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/regulations/fast-timers.yaml'), 'utf8')
  .replace('id: fast_timers', "id: cc_timers\ncomplaints: { sla: PT2S, match: [жалоба, 'not happy'] }")
  .replace('{ to: head, after: PT1S }', '{ to: head, after: PT6S }')
  .replace('{ to: director, after: PT2S }', '{ to: director, after: PT12S }').concat(`
templates:
  - id: note
    kind: email
    title: A note
    language: en
    subject: 'Your windows'
    body: 'Dear {{client.name}}, how are your windows?'
`);

/** The notices of a complaint past its SLA, by level, as `kind:recipient`. */
async function notices(h: Harness, complaintId: string): Promise<string[]> {
  const rows = await h.sql`select kind, recipient from notifications
                           where id like ${`client-complaint:${complaintId}:%`} order by id`;
  return rows.map((r) => `${r.kind as string}:${r.recipient as string}`);
}

const waitFor = <T>(probe: () => Promise<T>) => vi.waitFor(probe, { timeout: 30_000, interval: 100 });

describe('complaints from clients', () => {
  let h: Harness;
  let form: Record<string, string>;
  beforeAll(async () => {
    h = await createHarness();
    await publish(h, REGULATION);
    await h.startWorker();
    await putTeam(h, 'cc', 'cc');
    form = { 'x-api-key': (await call(h, 'POST', '/api-keys', { name: 'cc-webform' })).body.key };
  });
  afterAll(() => h?.close());

  it('should open a form complaint on the client’s current deal once, remind past the SLA, and count it per manager', async () => {
    const client = { name: 'Grumpy Windows Ltd' };
    const earlier = (await call(h, 'POST', '/deals', { regulationId: 'cc_timers', owner: 'cc-m2', client })).body;
    await call(h, 'POST', `/deals/${earlier.id}/events`, { type: 'DROP' });
    const current = (await call(h, 'POST', '/deals', { regulationId: 'cc_timers', owner: 'cc-m1', client })).body;
    const companyId = (await call(h, 'GET', `/deals/${current.id}`)).body.companyId as string;
    expect((await call(h, 'GET', `/deals/${earlier.id}`)).body).toMatchObject({ status: 'lost', companyId });

    const body = { companyId, text: 'The installers left a mess', externalId: 'form-771' };
    const opened = await call(h, 'POST', '/complaints', body, form);
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ dealId: current.id, assignee: 'cc-m1', source: 'form', status: 'open' });
    // Due two working seconds after it came (the calendar is always open).
    expect(Date.parse(opened.body.dueAt) - Date.parse(opened.body.createdAt)).toBe(2000);
    const again = await call(h, 'POST', '/complaints', body, form);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(opened.body.id);

    const [announced] =
      await h.sql`select recipient, kind from notifications where id = ${`client-complaint:${opened.body.id}:0`}`;
    expect(announced).toEqual({ recipient: 'cc-m1', kind: 'complaint' });
    await waitFor(async () => expect(await notices(h, opened.body.id)).toEqual(['complaint:cc-m1', 'reminder:cc-m1']));

    // The owner's bell has it, as the API documents a notification.
    const bell = (
      await call(h, 'GET', '/notifications?kind=complaint', undefined, {
        authorization: `Bearer ${await h.token('cc-m1')}`,
      })
    ).body.notifications as Array<{ data: { complaintId?: string } }>;
    expect(bell.map((n) => n.data.complaintId)).toEqual([opened.body.id]);

    const counts = (await call(h, 'GET', '/analytics/complaints')).body.byManager;
    expect(counts.find((c: { manager: string }) => c.manager === 'cc-m1')).toEqual({
      manager: 'cc-m1',
      total: 1,
      open: 1,
      overdue: 1,
      resolved: 0,
      resolvedInSla: 0,
    });
  });

  it('should take a manager’s entry, and resolving it ends its watch before the escalation', async () => {
    const deal = (
      await call(h, 'POST', '/deals', { regulationId: 'cc_timers', owner: 'cc-m2', client: { name: 'Loud Client' } })
    ).body;
    const m2 = { authorization: `Bearer ${await h.token('cc-m2')}` };
    const bad = await call(h, 'POST', '/complaints', { text: 'no deal named' }, m2);
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([{ pointer: '/dealId', message: 'or /companyId: exactly one is needed' }]);
    // A manager may not enter one for a deal they do not see.
    const m1 = { authorization: `Bearer ${await h.token('cc-m1')}` };
    expect((await call(h, 'POST', '/complaints', { dealId: deal.id, text: 'x' }, m1)).status).toBe(404);

    const opened = await call(
      h,
      'POST',
      '/complaints',
      { dealId: deal.id, text: 'Called to complain', source: 'email' },
      m2,
    );
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ source: 'manager', assignee: 'cc-m2', createdBy: 'cc-m2' });
    await waitFor(async () => expect(await notices(h, opened.body.id)).toEqual(['complaint:cc-m2', 'reminder:cc-m2']));

    const resolved = await call(
      h,
      'POST',
      `/complaints/${opened.body.id}/resolve`,
      { resolution: 'Apologised, refunded' },
      m2,
    );
    expect(resolved.body).toMatchObject({ status: 'resolved', resolvedBy: 'cc-m2', level: 1 });
    expect(await h.client.workflow.getHandle(complaintWorkflowId(opened.body.id)).result()).toEqual({ resolved: true });
    expect(await notices(h, opened.body.id)).toEqual(['complaint:cc-m2', 'reminder:cc-m2']);
    expect((await call(h, 'POST', `/complaints/${opened.body.id}/resolve`, { resolution: 'again' }, m2)).status).toBe(
      409,
    );

    expect((await call(h, 'GET', '/complaints?status=resolved', undefined, m2)).body.complaints).toEqual([
      expect.objectContaining({ id: opened.body.id }),
    ]);
    const mine = (await call(h, 'GET', '/analytics/complaints', undefined, m2)).body.byManager;
    expect(mine).toEqual([{ manager: 'cc-m2', total: 1, open: 0, overdue: 0, resolved: 1, resolvedInSla: 0 }]);
  });

  it('should make an e-mail reply a complaint when the regulation’s words are in it, once per reply', async () => {
    const deal = (
      await call(h, 'POST', '/deals', {
        regulationId: 'cc_timers',
        owner: 'cc-m1',
        client: { name: 'Mail Writer Ltd', email: 'writer@client.example' },
      })
    ).body;
    const sent = await call(h, 'POST', `/deals/${deal.id}/messages`, { templateId: 'note' });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    const messageId = sent.body.messages[0].id as string;
    const reply = (text: string, id: string) =>
      call(h, 'POST', '/inbound/email', {
        from: 'writer@client.example',
        to: [`reply+${messageId}@mail.reglament.test`],
        subject: 'Re: Your windows',
        text,
        messageId: `<${id}@client.example>`,
      });
    const fine = await reply('All good, thank you.', 'r1');
    expect(fine.body.complaintId).toBeUndefined();
    const angry = await reply('Это ЖАЛОБА: the frames are scratched.', 'r2');
    expect(angry.body.complaintId).toEqual(expect.any(String));
    expect((await call(h, 'GET', `/complaints?dealId=${deal.id}`)).body.complaints).toEqual([
      expect.objectContaining({ id: angry.body.complaintId, source: 'email', assignee: 'cc-m1' }),
    ]);
    // The same reply delivered again opens no second complaint.
    await reply('Это ЖАЛОБА: the frames are scratched.', 'r2');
    expect((await call(h, 'GET', `/complaints?dealId=${deal.id}`)).body.complaints).toHaveLength(1);
  });
});
