/**
 * A third PBX vendor added by a plugin, end to end on the real stack: the
 * test plugin (test/fixtures/plugins/sipuni-pbx.ts, written against the
 * public SDK only, from Sipuni's «Отправка событий HTTP») is loaded by the
 * plugin host beside the built-in adapters; its webhooks, replayed out of
 * order and twice, record one call from an unknown number, which becomes one
 * lead with the owner the assignment rules give and the recording on the
 * deal's timeline.
 */
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinPbxNames } from '../../app/telephony.js';
import { PluginHost } from '../../plugins/host.js';
import { call, createHarness, privateDatabase, publish, type Harness } from '../support/harness.js';
import { formBody } from '../support/pbx.js';

const REG = `
id: sip_deals
title: Sipuni test funnel
defaultOwner: queue:sip
assignment: { fallback: queue:sip }
stages:
  - key: talk
    title: Talk
    tasks: [{ key: call, title: Call the client, due: PT4H }]
    on:
      WON: { to: won, enforce: false }
  - { key: won, title: Won, final: won }
rules:
  assignment:
    - name: everyone
      conditions: { all: [{ fact: regulation, operator: equal, value: sip_deals }] }
      event: { type: assign, params: { strategy: manager, managerId: sip-m1 } }
`;

const RULES = [
  {
    name: 'leads',
    conditions: { all: [{ fact: 'call', path: 'direction', operator: 'equal', value: 'in' }] },
    event: { type: 'lead', params: { regulationId: 'sip_deals' } },
  },
];

describe('a PBX adapter from a plugin', () => {
  let h: Harness;
  let key: string;

  beforeAll(async () => {
    const plugins = await PluginHost.load(
      [{ id: 'sipuni_pbx', load: () => import('../fixtures/plugins/sipuni-pbx.js') }],
      (line) => console.error(line),
      { builtinPbx: builtinPbxNames() },
    );
    expect(plugins.failures).toEqual(new Map());
    // A database of its own: its manager's extension would otherwise be a routing choice in telephony.test.ts.
    h = await createHarness({ plugins, databaseUrl: await privateDatabase(`tel_plugin_${process.pid}`) });
    await publish(h, REG);
    await h.startWorker();
    await call(h, 'PUT', '/managers/sip-m1', { name: 'sip-m1', role: 'manager', department: 'sip' });
    expect((await call(h, 'PUT', '/telephony/extensions/201', { manager: 'sip-m1' })).status).toBe(200);
    expect((await call(h, 'PUT', '/telephony/rules', { rules: RULES })).status).toBe(200);
    key = (await call(h, 'POST', '/api-keys', { name: 'sipuni' })).body.key;
  });
  afterAll(async () => {
    await h?.close();
  });

  const sipuni = (fields: Record<string, string>) =>
    h.app.request(`/telephony/pbx/sipuni/${encodeURIComponent(key)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: formBody(fields),
    });

  it('should record the plugin vendor’s call once, as one lead with its recording on the timeline', async () => {
    const client = `7495${randomInt(1_000_000, 9_999_999)}`;
    const callId = `sp-${client}`;
    const ends = { src_type: '1', src_num: client, dst_type: '2', dst_num: '201' };
    const started = { event: '1', call_id: callId, timestamp: '1765202400', ...ends };
    const answered = { event: '3', call_id: callId, timestamp: '1765202405', ...ends };
    const finished = {
      event: '2',
      call_id: callId,
      timestamp: '1765202477',
      status: 'ANSWER',
      call_start_timestamp: '1765202400',
      call_answer_timestamp: '1765202405',
      call_record_link: `https://sipuni.example/rec/${callId}.mp3`,
      ...ends,
    };
    // The end first (a PBX retrying out of order), then the call's states, then the end again.
    for (const fields of [finished, started, answered, finished]) {
      const res = await sipuni(fields);
      expect(res.status, await res.clone().text()).toBe(200);
      // The vendor's own acknowledgement, from the adapter's reply.
      expect(await res.json()).toEqual({ success: true });
    }
    const id = `sipuni:${callId}`;
    const [row] = await h.sql`select status, outcome, manager, deal_id, duration_sec, recording_url
      from calls where id = ${id}`;
    expect(row).toMatchObject({
      status: 'finished',
      outcome: 'answered',
      manager: 'sip-m1',
      durationSec: 72,
      recordingUrl: `https://sipuni.example/rec/${callId}.mp3`,
    });
    const deals = await h.sql`select d.id, d.owner from deals d join contacts k on k.company_id = d.company_id
      where k.phone_e164 = ${`+${client}`}`;
    expect(deals).toHaveLength(1);
    expect(deals[0]).toMatchObject({ id: row!.dealId, owner: 'sip-m1' });
    const events = (await call(h, 'GET', `/deals/${deals[0]!.id}/events`)).body.events as Array<Record<string, any>>;
    const logged = events.filter((e) => e.type === 'external.call.logged');
    expect(logged).toHaveLength(1);
    expect(logged[0]!.data).toMatchObject({
      callId: id,
      direction: 'in',
      durationSec: 72,
      recordingUrl: `https://sipuni.example/rec/${callId}.mp3`,
    });
  });

  it('should name the plugin’s adapter among the known ones when a vendor is unknown', async () => {
    const res = await h.app.request(`/telephony/pbx/nobody/${encodeURIComponent(key)}`, { method: 'POST' });
    expect(res.status).toBe(404);
    expect((await res.json()).detail).toBe('no PBX adapter "nobody" (known: mango-office, zadarma, sipuni)');
  });
});
