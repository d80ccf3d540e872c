/**
 * A manager's day over the API, on real PostgreSQL and Temporal: finding
 * deals (by INN, phone, field; filters; keyset pages; CSV for heads), the
 * company and contact cards, the calendar in the person's time zone and its
 * iCalendar feed read back with an independent parser (ical.js), and the
 * notification bell.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { call, createHarness, publish, type Harness } from '../support/harness.js';

const REGULATION = `
id: day_flow
title: Day flow
calendar: { timezone: UTC, workingDays: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' }
escalation:
  chain:
    - { to: head, after: PT1S }
fields:
  contract_no: { title: Contract number, type: string }
stages:
  - key: talk
    title: Переговоры
    tasks:
      - { key: meet, title: Meet the client, due: P2D, kind: meeting }
      - { key: ring, title: Ring the client, due: PT1S, kind: call }
    on:
      WON: { to: won, enforce: false }
  - { key: won, title: Won, final: won }
rules:
  reminders:
    - name: ring_now
      conditions: { all: [{ fact: task, path: key, operator: equal, value: ring }] }
      event: { type: remind, params: { offsets: [PT0S], to: assignee } }
`;

describe('a manager’s day: deals search, client base, calendar and its feed, the bell', () => {
  let h: Harness;
  const as = async (id: string) => ({ authorization: `Bearer ${await h.token(id)}` });
  const start = async (owner: string, client: Record<string, unknown>, fields?: Record<string, unknown>) => {
    const res = await call(h, 'POST', '/deals', {
      regulationId: 'day_flow',
      owner,
      client,
      ...(fields ? { fields } : {}),
    });
    expect(res.status).toBe(201);
    return res.body as Record<string, any>;
  };
  let alpha: Record<string, any>;
  let beta: Record<string, any>;

  beforeAll(async () => {
    h = await createHarness();
    await publish(h, REGULATION);
    await h.startWorker();
    for (const [id, role, department, timezone] of [
      ['day-m1', 'manager', 'day', 'Asia/Vladivostok'],
      ['day-m2', 'manager', 'day', 'Europe/Moscow'],
      ['day-head', 'head', 'day', 'Europe/Moscow'],
    ] as const) {
      await call(h, 'PUT', `/managers/${id}`, { name: id, role, department, timezone });
    }
    alpha = await start(
      'day-m1',
      { name: 'Альфа Трейд', inn: '7707083893', phone: '+7 (912) 345-67-89', email: 'buyer@alpha.example' },
      { contract_no: 'KX-4411' },
    );
    beta = await start('day-m2', { name: 'Бета Строй', inn: '7736207543', phone: '+7 495 111-22-33' });
  });
  afterAll(() => h?.close());

  const search = async (who: string, query: string) => {
    const res = await call(h, 'GET', `/deals?${query}`, undefined, await as(who));
    expect(res.status).toBe(200);
    return res.body as { deals: Array<Record<string, any>>; nextCursor: string | null };
  };

  it('should find a deal by INN, by phone and by a field’s value, and never another manager’s', async () => {
    expect((await search('day-m1', 'q=7707083893')).deals.map((d) => d.id)).toEqual([alpha.id]);
    expect((await search('day-m1', `q=${encodeURIComponent('912 345-67-89')}`)).deals.map((d) => d.id)).toEqual([
      alpha.id,
    ]);
    expect((await search('day-m1', 'q=kx-4411')).deals.map((d) => d.id)).toEqual([alpha.id]);
    const found = (await search('day-m1', `q=${encodeURIComponent('альфа')}`)).deals[0]!;
    expect(found).toMatchObject({ id: alpha.id, companyName: 'Альфа Трейд', nextTask: { kind: 'call' } });

    // Beta is day-m2's: day-m1 finds nothing and its card is not there; the head sees both.
    expect((await search('day-m1', 'q=7736207543')).deals).toEqual([]);
    expect((await call(h, 'GET', `/deals/${beta.id}`, undefined, await as('day-m1'))).status).toBe(404);
    expect((await search('day-head', 'q=7736207543')).deals.map((d) => d.id)).toEqual([beta.id]);
  });

  it('should page by cursor without repeating or skipping, and refuse a cursor it did not give', async () => {
    const more = [];
    for (const name of ['Гамма', 'Дельта', 'Эпсилон']) more.push((await start('day-m1', { name })).id as string);
    const first = await search('day-m1', 'limit=2&sort=-createdAt');
    expect(first.deals.map((d) => d.id)).toEqual([more[2], more[1]]);
    const second = await search('day-m1', `limit=2&sort=-createdAt&cursor=${first.nextCursor}`);
    expect(second.deals.map((d) => d.id)).toEqual([more[0], alpha.id]);
    expect(second.nextCursor).toBeNull();

    const byClient = await search('day-m1', 'limit=3&sort=client');
    expect(byClient.deals.map((d) => d.client.name)).toEqual(['Альфа Трейд', 'Гамма', 'Дельта']);

    const bad = await call(h, 'GET', `/deals?sort=client&cursor=${first.nextCursor}`, undefined, await as('day-m1'));
    expect(bad.status).toBe(422);
    expect(bad.body.errors?.[0]?.pointer ?? bad.body.detail).toMatch(/cursor/);
  });

  it('should filter overdue deals once their call is past its due', async () => {
    await vi.waitFor(
      async () =>
        expect((await search('day-m1', 'overdue=true&q=7707083893')).deals.map((d) => d.id)).toEqual([alpha.id]),
      { timeout: 15_000, interval: 200 },
    );
    const row = (await search('day-m1', 'q=7707083893')).deals[0]!;
    expect(row.overdue).toBe(true);
    expect((await search('day-m1', 'status=won')).deals).toEqual([]);
  });

  it('should export CSV for a head and refuse it to a manager', async () => {
    const refused = await call(h, 'GET', '/deals/export', undefined, await as('day-m1'));
    expect(refused.status).toBe(403);
    const csv = await call(h, 'GET', '/deals/export?q=7707083893', undefined, await as('day-head'));
    expect(csv.status).toBe(200);
    expect(csv.contentType).toMatch(/text\/csv/);
    const lines = (csv.body as unknown as string).trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,client,company,inn,phone,regulation,stage,status,owner/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(alpha.id);
  });

  it('should find a company by its contact’s phone and e-mail, and list its deals and messages', async () => {
    const companyId = alpha.companyId as string;
    const byPhone = await call(h, 'GET', '/companies?q=9123456789', undefined, await as('day-m1'));
    expect(byPhone.body.companies.map((c: { id: string }) => c.id)).toEqual([companyId]);
    const byMail = await call(h, 'GET', '/companies?q=BUYER@alpha.example', undefined, await as('day-m1'));
    expect(byMail.body.companies.map((c: { id: string }) => c.id)).toEqual([companyId]);
    expect((await call(h, 'GET', '/companies?q=9123456789', undefined, await as('day-m2'))).body.companies).toEqual([]);

    const sent = await call(
      h,
      'POST',
      `/deals/${alpha.id}/messages`,
      { subject: 'Предложение', body: 'Цены' },
      await as('day-m1'),
    );
    expect(sent.status).toBe(201);
    const logged = await call(h, 'POST', '/events', {
      type: 'call.logged',
      eventId: `call-${alpha.id}`,
      data: { dealId: alpha.id, direction: 'out', durationSec: 95 },
    });
    expect(logged.status).toBe(202);

    const deals = await call(h, 'GET', `/companies/${companyId}/deals`, undefined, await as('day-m1'));
    expect(deals.body.deals.map((d: Record<string, any>) => [d.id, d.stageTitle])).toEqual([[alpha.id, 'Переговоры']]);
    const activity = await vi.waitFor(
      async () => {
        const res = await call(h, 'GET', `/companies/${companyId}/activity`, undefined, await as('day-m1'));
        expect(res.body.activity.map((a: { kind: string }) => a.kind).sort()).toEqual(['call', 'message']);
        return res.body.activity as Array<Record<string, any>>;
      },
      { timeout: 10_000, interval: 200 },
    );
    expect(activity.find((a) => a.kind === 'message')).toMatchObject({ title: 'Предложение', dealId: alpha.id });
    expect((await call(h, 'GET', `/companies/${companyId}/deals`, undefined, await as('day-m2'))).status).toBe(404);

    const contacts = await call(h, 'GET', '/contacts?q=345-67-89', undefined, await as('day-m1'));
    expect(contacts.body.contacts).toHaveLength(1);
    const card = await call(h, 'GET', `/contacts/${contacts.body.contacts[0].id}`, undefined, await as('day-m1'));
    expect(card.body).toMatchObject({ company: { id: companyId, name: 'Альфа Трейд' } });
    expect(card.body.activity.map((a: { kind: string }) => a.kind)).toContain('message');
    expect(
      (await call(h, 'GET', `/contacts/${contacts.body.contacts[0].id}`, undefined, await as('day-m2'))).status,
    ).toBe(404);
  });
  it('should show the meetings and calls of a person in Asia/Vladivostok at their local time', async () => {
    const now = Date.now();
    const from = new Date(now - 86_400_000).toISOString();
    const to = new Date(now + 7 * 86_400_000).toISOString();
    const res = await call(h, 'GET', `/calendar?from=${from}&to=${to}`, undefined, await as('day-m1'));
    expect(res.status).toBe(200);
    expect(res.body.timezone).toBe('Asia/Vladivostok');
    const meet = alpha.tasks.find((t: { key: string }) => t.key === 'meet');
    const item = res.body.items.find((i: { taskId: string }) => i.taskId === meet.id);
    expect(item).toMatchObject({
      kind: 'meeting',
      dealId: alpha.id,
      dueAt: meet.dueAt,
      overdue: false,
      clientName: 'Альфа Трейд',
    });
    // Vladivostok is UTC+10 all year: the page shows the instant ten hours on from UTC.
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: res.body.timezone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const due = new Date(item.dueAt);
    const expected = `${String((due.getUTCHours() + 10) % 24).padStart(2, '0')}:${String(due.getUTCMinutes()).padStart(2, '0')}`;
    expect(local.format(due)).toBe(expected);
    expect(
      res.body.items.find((i: { kind: string; dealId: string }) => i.kind === 'call' && i.dealId === alpha.id),
    ).toMatchObject({ overdue: true });

    const bad = await call(h, 'GET', `/calendar?from=yesterday-ish&to=${to}`, undefined, await as('day-m1'));
    expect(bad.status).toBe(422);
    expect(bad.body.detail).toMatch(/from/);
    expect(
      (await call(h, 'GET', `/calendar?from=${from}&to=${to}&person=day-m2`, undefined, await as('day-m1'))).status,
    ).toBe(404);
    expect(
      (await call(h, 'GET', `/calendar?from=${from}&to=${to}&person=day-m1`, undefined, await as('day-head'))).status,
    ).toBe(200);
  });

  it('should serve an iCalendar feed at a secret URL whose events start at the tasks’ due instants, rotated and revoked', async () => {
    const made = await call(h, 'POST', '/me/calendar-feed', undefined, await as('day-m1'));
    expect(made.status).toBe(201);
    const path = new URL(made.body.url).pathname;
    // No credentials: the token in the URL is the credential.
    const res = await h.app.request(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/calendar/);
    const text = await res.text();
    expect(text).toMatch(/DTSTART:\d{8}T\d{6}Z/);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    for (const task of alpha.tasks as Array<{ id: string; dueAt: string; kind: string }>) {
      const event = events.find((e) => e.uid === `${task.id}@reglament`);
      expect(event, task.id).toBeDefined();
      // iCalendar counts whole seconds: the instant, to the second.
      expect(event!.startDate.toJSDate().getTime()).toBe(Math.floor(Date.parse(task.dueAt) / 1000) * 1000);
      expect(event!.startDate.zone.tzid).toBe('UTC');
    }
    expect(events.some((e) => e.uid.startsWith(beta.id))).toBe(false);

    const rotated = await call(h, 'POST', '/me/calendar-feed', undefined, await as('day-m1'));
    expect((await h.app.request(path)).status).toBe(404);
    const fresh = new URL(rotated.body.url).pathname;
    expect((await h.app.request(fresh)).status).toBe(200);
    expect((await call(h, 'GET', '/me/calendar-feed', undefined, await as('day-m1'))).body.active).toBe(true);
    expect((await call(h, 'DELETE', '/me/calendar-feed', undefined, await as('day-m1'))).status).toBe(204);
    expect((await h.app.request(fresh)).status).toBe(404);
    expect((await call(h, 'DELETE', '/me/calendar-feed', undefined, await as('day-m1'))).status).toBe(404);
  });

  it('should count unread reminders and escalations, list them unread first, and mark them read once', async () => {
    const unread = async (who: string) =>
      (await call(h, 'GET', '/notifications/unread', undefined, await as(who))).body;
    // Each call was due a second after its deal's start: a reminder to the manager (one per deal of
    // theirs, all of them in before counting) and an escalation to the head.
    const mine = (await search('day-m1', 'limit=100')).deals.length;
    await vi.waitFor(async () => expect((await unread('day-m1')).byKind.reminder).toBe(mine), {
      timeout: 15_000,
      interval: 200,
    });
    await vi.waitFor(async () => expect((await unread('day-head')).byKind.escalation).toBeGreaterThan(0), {
      timeout: 15_000,
      interval: 200,
    });

    const before = (await unread('day-m1')).unread as number;
    const bell = await call(h, 'GET', '/notifications/bell?limit=1', undefined, await as('day-m1'));
    expect(bell.body.unread).toBe(before);
    const first = bell.body.notifications[0];
    expect(first).toMatchObject({ recipient: 'day-m1', readAt: null });
    expect(bell.body.nextCursor === null).toBe(before === 1);

    const marked = await call(
      h,
      'POST',
      `/notifications/${encodeURIComponent(first.id)}/read`,
      undefined,
      await as('day-m1'),
    );
    expect(marked.status).toBe(200);
    expect(marked.body.unread).toBe(before - 1);
    const again = await call(
      h,
      'POST',
      `/notifications/${encodeURIComponent(first.id)}/read`,
      undefined,
      await as('day-m1'),
    );
    expect(again.body).toEqual(marked.body);
    expect(
      (await call(h, 'POST', `/notifications/${encodeURIComponent(first.id)}/read`, undefined, await as('day-m2')))
        .status,
    ).toBe(404);

    // The read one comes after every unread one.
    const all = await call(h, 'GET', '/notifications/bell?limit=500', undefined, await as('day-m1'));
    const readAt = all.body.notifications.map((n: { readAt: string | null }) => n.readAt !== null);
    expect(readAt.indexOf(true)).toBe(readAt.length - 1);

    const cleared = await call(h, 'POST', '/notifications/read', {}, await as('day-m1'));
    expect(cleared.body).toEqual({ marked: before - 1, unread: 0 });
    expect((await call(h, 'POST', '/notifications/read', {}, await as('day-m1'))).body).toEqual({
      marked: 0,
      unread: 0,
    });
  });
});
