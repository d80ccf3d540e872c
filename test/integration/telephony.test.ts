/**
 * Calls from the phone system on the real stack: the documented webhooks of
 * Mango Office and Zadarma (fixtures in test/support/pbx.ts, each naming its
 * documentation) replayed with duplicates and out of order; an unknown number
 * becomes one lead with the owner the regulation's assignment gives; a missed
 * call leaves a call-back due in working hours across a weekend, which a later
 * answered call completes; the recording reaches the deal's timeline; a
 * manager cannot read a call on someone else's deal; routing and
 * click-to-call; and (fast-check) spellings of one number make one contact.
 */
import { randomInt } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWorkingTime } from '../../rules/calendar.js';
import { call, createHarness, publish, type Harness } from '../support/harness.js';
import { formBody, mangoForm, mangoIncoming, webhookReceiverGet, zadarmaIncoming } from '../support/pbx.js';

const REG = `
id: tel_deals
title: Telephony test funnel
defaultOwner: queue:tel
assignment: { fallback: queue:tel }
calendar: { timezone: Europe/Moscow, workingDays: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' }
stages:
  - key: talk
    title: Talk
    tasks: [{ key: call, title: Call the client, due: PT4H }]
    on:
      WON: { to: won, enforce: false }
  - { key: won, title: Won, final: won }
rules:
  assignment:
    - name: spb_desk
      priority: 10
      conditions: { all: [{ fact: client, path: region, operator: equal, value: spb }] }
      event: { type: assign, params: { strategy: manager, managerId: tel-spb } }
    - name: everyone_else
      conditions: { all: [{ fact: regulation, operator: equal, value: tel_deals }] }
      event: { type: assign, params: { strategy: manager, managerId: tel-m1 } }
`;

const RULES = [
  {
    name: 'spb_leads',
    priority: 2,
    conditions: { all: [{ fact: 'call', path: 'areaCode', operator: 'equal', value: '812' }] },
    event: { type: 'lead', params: { regulationId: 'tel_deals', region: 'spb' } },
  },
  {
    name: 'leads',
    conditions: { all: [{ fact: 'call', path: 'direction', operator: 'equal', value: 'in' }] },
    event: { type: 'lead', params: { regulationId: 'tel_deals' } },
  },
  {
    name: 'call_back_2h',
    conditions: { all: [{ fact: 'call', path: 'direction', operator: 'equal', value: 'in' }] },
    event: { type: 'call_back', params: { within: 'PT2H' } },
  },
  {
    name: 'route',
    conditions: { all: [{ fact: 'known', operator: 'in', value: [true, false] }] },
    event: { type: 'route', params: { strategy: 'least_loaded' } },
  },
];

/** A fresh Moscow (495) or Petersburg (812) number, as digits without the plus. */
const freshNumber = (code = '495') => `7${code}${String(randomInt(1_000_000, 9_999_999))}`;

describe('telephony', () => {
  let h: Harness;
  let key: string;
  const receiver = webhookReceiverGet();
  let pbxUrl: string;

  beforeAll(async () => {
    pbxUrl = await receiver.listen();
    Object.assign(process.env, {
      REGLAMENT_PBX: 'zadarma',
      REGLAMENT_PBX_KEY: 'zk',
      REGLAMENT_PBX_SECRET: 'zs',
      REGLAMENT_PBX_URL: pbxUrl,
    });
    h = await createHarness();
    await publish(h, REG);
    await h.startWorker();
    for (const id of ['tel-m1', 'tel-spb'])
      await call(h, 'PUT', `/managers/${id}`, {
        name: id,
        role: 'manager',
        department: 'tel',
        timezone: 'Europe/Moscow',
      });
    expect((await call(h, 'PUT', '/telephony/extensions/101', { manager: 'tel-m1' })).status).toBe(200);
    expect((await call(h, 'PUT', '/telephony/extensions/102', { manager: 'tel-spb' })).status).toBe(200);
    expect((await call(h, 'PUT', '/telephony/rules', { rules: RULES })).status).toBe(200);
    key = (await call(h, 'POST', '/api-keys', { name: 'tel-pbx' })).body.key;
  });
  afterAll(async () => {
    receiver.close();
    await h?.close();
  });

  const mango = (event: string, json: object) =>
    h.app.request(`/telephony/pbx/mango-office/${encodeURIComponent(key)}/events/${event}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: formBody(mangoForm(json)),
    });
  const zadarma = (fields: Record<string, string>) =>
    h.app.request(`/telephony/pbx/zadarma/${encodeURIComponent(key)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: formBody(fields),
    });
  const callApi = (event: object) => call(h, 'POST', '/telephony/calls', event, { 'x-api-key': key });
  const dealsOf = async (e164: string) =>
    h.sql`select d.id, d.owner from deals d join contacts k on k.company_id = d.company_id where k.phone_e164 = ${e164}`;

  it('should replay Mango Office’s webhooks, duplicated and out of order, as one call and one lead', async () => {
    const client = freshNumber();
    const m = mangoIncoming(`mg-${client}`, client, '101', 1_765_202_400, true);
    // The summary first, then the call's states, then the summary again, then the recording.
    for (const [event, json] of [
      ['summary', m.summary],
      ['call', m.appeared],
      ['call', m.connected],
      ['call', m.disconnected],
      ['summary', m.summary],
      ['recording', m.recording],
    ] as const) {
      const res = await mango(event, json);
      expect(res.status, `${event}: ${await res.clone().text()}`).toBe(200);
    }
    const deals = await dealsOf(`+${client}`);
    expect(deals).toHaveLength(1);
    expect(deals[0]!.owner).toBe('tel-m1');
    const events = (await call(h, 'GET', `/deals/${deals[0]!.id}/events`)).body.events as Array<Record<string, any>>;
    const logged = events.filter((e) => e.type === 'external.call.logged');
    expect(logged).toHaveLength(1);
    expect(logged[0]!.data).toMatchObject({ direction: 'in', durationSec: 65, callId: `mango-office:mg-${client}` });
    expect(events.find((e) => e.type === 'external.call.recorded')?.data).toMatchObject({
      recordingUrl: `mango-office:recording/rec-mg-${client}`,
    });
    const [row] =
      await h.sql`select status, outcome, manager, recording_url from calls where id = ${`mango-office:mg-${client}`}`;
    expect(row).toMatchObject({ status: 'finished', outcome: 'answered', manager: 'tel-m1' });
  });

  it('should make an unknown Petersburg number one lead for the Petersburg desk (Zadarma, delivered twice)', async () => {
    const client = freshNumber('812');
    const z = zadarmaIncoming(`zd-${client}`, client, '102', 'answered', 42);
    for (const fields of [z.start, z.internal, z.answer, z.end, z.end])
      expect((await zadarma(fields)).status).toBe(200);
    const deals = await dealsOf(`+${client}`);
    expect(deals).toHaveLength(1);
    expect(deals[0]!.owner).toBe('tel-spb');
    const echo = await h.app.request(`/telephony/pbx/zadarma/${encodeURIComponent(key)}?zd_echo=check-123`);
    expect(await echo.text()).toBe('check-123');
  });

  it('should leave a call-back for a missed call due across the weekend, done by a later answered call', async () => {
    const client = freshNumber();
    const deal = await call(h, 'POST', '/deals', {
      regulationId: 'tel_deals',
      owner: 'tel-m1',
      client: {
        name: `Клиент ${client}`,
        phone: `8 (${client.slice(1, 4)}) ${client.slice(4, 7)}-${client.slice(7, 9)}-${client.slice(9)}`,
      },
    });
    expect(deal.status).toBe(201);
    // Friday 4 December 2026, 17:30 in Moscow: 30 working minutes left that day, 90 on Monday.
    const missedId = `missed-${client}`;
    await callApi({
      type: 'call.started',
      callId: missedId,
      direction: 'in',
      from: `+${client}`,
      to: '+74957654321',
      extension: '101',
      at: '2026-12-04T14:30:00Z',
    });
    const missed = await callApi({
      type: 'call.finished',
      callId: missedId,
      status: 'missed',
      at: '2026-12-04T14:30:40Z',
    });
    expect(missed.body).toMatchObject({ status: 'finished', dealId: deal.body.id });
    expect(missed.body.effect.callBack).toMatchObject({ assignee: 'tel-m1', dueAt: '2026-12-07T07:30:00.000Z' });
    const open = await call(h, 'GET', '/telephony/call-backs?status=open', undefined, {
      authorization: `Bearer ${await h.token('tel-m1')}`,
    });
    expect(open.body.callBacks.map((c: { callId: string }) => c.callId)).toContain(`api:${missedId}`);
    // Missed calls are on the timeline but are not calls held.
    const events = (await call(h, 'GET', `/deals/${deal.body.id}/events`)).body.events as Array<{ type: string }>;
    expect(events.map((e) => e.type)).toContain('external.call.missed');
    expect(events.map((e) => e.type)).not.toContain('external.call.logged');

    // The client is called back (Zadarma, outgoing… here the client calls again and is answered).
    const again = zadarmaIncoming(`zd-again-${client}`, client, '101', 'answered', 30);
    for (const fields of [again.start, again.end]) expect((await zadarma(fields)).status).toBe(200);
    const [back] = await h.sql`select status, done_by_call from call_backs where call_id = ${`api:${missedId}`}`;
    expect(back).toMatchObject({ status: 'done', doneByCall: `zadarma:zd-again-${client}` });
  });

  it('should put the recording link on the timeline and keep a manager off someone else’s call', async () => {
    const client = freshNumber();
    const id = `rec-${client}`;
    await callApi({
      type: 'call.started',
      callId: id,
      direction: 'in',
      from: client,
      to: '74957654321',
      extension: '101',
    });
    const done = await callApi({
      type: 'call.finished',
      callId: id,
      status: 'answered',
      durationSec: 95,
      recordingUrl: 'https://records.example/r/1.mp3',
    });
    const dealId = done.body.dealId as string;
    const events = (await call(h, 'GET', `/deals/${dealId}/events`)).body.events as Array<Record<string, any>>;
    expect(events.find((e) => e.type === 'external.call.logged')?.data).toMatchObject({
      durationSec: 95,
      recordingUrl: 'https://records.example/r/1.mp3',
    });
    const owner = (await call(h, 'GET', `/deals/${dealId}`)).body.owner;
    expect(owner).toBe('tel-m1');
    const asOwner = await call(h, 'GET', `/telephony/calls/${encodeURIComponent(`api:${id}`)}`, undefined, {
      authorization: `Bearer ${await h.token('tel-m1')}`,
    });
    expect(asOwner.status).toBe(200);
    const asOther = await call(h, 'GET', `/telephony/calls/${encodeURIComponent(`api:${id}`)}`, undefined, {
      authorization: `Bearer ${await h.token('tel-spb')}`,
    });
    expect(asOther.status).toBe(404);
    const list = await call(h, 'GET', '/telephony/calls', undefined, {
      authorization: `Bearer ${await h.token('tel-spb')}`,
    });
    expect(list.body.calls.map((c: { id: string }) => c.id)).not.toContain(`api:${id}`);
  });

  it('should route to the owner on shift, else to the rules’ choice, and place a click-to-call through the PBX', async () => {
    const client = freshNumber();
    const deal = await call(h, 'POST', '/deals', {
      regulationId: 'tel_deals',
      owner: 'tel-m1',
      client: { name: `R ${client}`, phone: `+${client}` },
    });
    const route = await call(
      h,
      'GET',
      `/telephony/route?from=${encodeURIComponent(`8${client.slice(1)}`)}`,
      undefined,
      { 'x-api-key': key },
    );
    expect(route.status).toBe(200);
    const onShift = isWorkingTime(Date.now(), {
      timezone: 'Europe/Moscow',
      workingDays: [1, 2, 3, 4, 5],
      start: '09:00',
      end: '18:00',
      holidays: [],
      workingWeekends: [],
    });
    expect(route.body).toMatchObject(
      onShift ? { extension: '101', manager: 'tel-m1' } : { extension: '102', manager: 'tel-spb' },
    );
    const bad = await call(h, 'GET', '/telephony/route?from=nonsense', undefined, { 'x-api-key': key });
    expect(bad.status).toBe(422);

    const numbers = await call(h, 'GET', `/telephony/deals/${deal.body.id}/numbers`, undefined, {
      authorization: `Bearer ${await h.token('tel-m1')}`,
    });
    expect(numbers.body).toMatchObject({
      canOriginate: true,
      numbers: [{ e164: `+${client}`, tel: `tel:+${client}` }],
    });
    const placed = await call(
      h,
      'POST',
      `/telephony/deals/${deal.body.id}/call`,
      {},
      { authorization: `Bearer ${await h.token('tel-m1')}` },
    );
    expect(placed.status).toBe(202);
    expect(receiver.received.at(-1)).toMatchObject({ url: `/v1/request/callback/?from=101&to=${client}` });
    expect(receiver.received.at(-1)!.authorization).toMatch(/^zk:/);
    // Someone else's deal is not there to call.
    const foreign = await call(
      h,
      'POST',
      `/telephony/deals/${deal.body.id}/call`,
      {},
      { authorization: `Bearer ${await h.token('tel-spb')}` },
    );
    expect(foreign.status).toBe(404);
  });

  it('should find a company by any spelling of its number, and refuse rules naming an unknown fact', async () => {
    const client = freshNumber();
    await call(h, 'POST', '/deals', {
      regulationId: 'tel_deals',
      owner: 'tel-m1',
      client: { name: `Search ${client}`, phone: `+${client}` },
    });
    const found = await call(
      h,
      'GET',
      `/companies?q=${encodeURIComponent(`8 (${client.slice(1, 4)}) ${client.slice(4)}`)}`,
    );
    expect(found.body.companies.map((c: { name: string }) => c.name)).toContain(`Search ${client}`);
    // A company's own number: found by another spelling, and a call from it opens its lead on that company.
    const own = freshNumber('812');
    const company = await call(h, 'POST', '/companies', { name: `Own ${own}`, phone: `8 (812) ${own.slice(4)}` });
    expect(company.status).toBe(201);
    expect(company.body.phoneE164).toBe(`+${own}`);
    const byPlus = await call(h, 'GET', `/companies?q=${encodeURIComponent(`+${own}`)}`);
    expect(byPlus.body.companies.map((c: { id: string }) => c.id)).toEqual([company.body.id]);
    const lead = await callApi({
      type: 'call.finished',
      callId: `own-${own}`,
      status: 'answered',
      direction: 'in',
      from: own,
      to: '74957654321',
    });
    expect(lead.body.effect.lead).toMatchObject({ created: true, rule: 'spb_leads' });
    expect((await call(h, 'GET', `/deals/${lead.body.dealId}`)).body).toMatchObject({
      companyId: company.body.id,
      owner: 'tel-spb',
    });
    const bad = await call(h, 'PUT', '/telephony/rules', {
      rules: [
        {
          conditions: { all: [{ fact: 'weather', operator: 'equal', value: 1 }] },
          event: { type: 'lead', params: { regulationId: 'x' } },
        },
      ],
    });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body)).toContain('/rules/0/conditions/all/0/fact');
  });

  it('should never make two contacts of one number written differently, however close the calls (fuzz)', async () => {
    const spell = fc.constantFrom(
      (n: string) => `+${n}`,
      (n: string) => n,
      (n: string) => `8 (${n.slice(1, 4)}) ${n.slice(4, 7)}-${n.slice(7, 9)}-${n.slice(9)}`,
      (n: string) => `+7 ${n.slice(1, 4)} ${n.slice(4, 7)} ${n.slice(7)}`,
    );
    await fc.assert(
      fc.asyncProperty(fc.array(spell, { minLength: 2, maxLength: 3 }), async (spellings) => {
        const client = freshNumber();
        await Promise.all(
          spellings.map((s, i) =>
            callApi({
              type: 'call.finished',
              callId: `fz-${client}-${i}`,
              status: 'answered',
              durationSec: 5,
              direction: 'in',
              from: s(client),
              to: '+74957654321',
            }),
          ),
        );
        const [row] = await h.sql`select count(*)::int as n from contacts where phone_e164 = ${`+${client}`}`;
        expect(row!.n).toBe(1);
        expect(await dealsOf(`+${client}`)).toHaveLength(1);
      }),
      { numRuns: 4 },
    );
  });
});
