/**
 * People-aware rules on a real worker, Temporal and PostgreSQL: absences
 * with deputies, capacity caps under concurrent leads, personal hours, and
 * who may set them. Tests wait for what proves a state (the deal's timers all
 * fired), never for time.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { call, createHarness, publish, type Harness } from '../support/harness.js';

const REG = readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/regulations/people-rules.yaml'), 'utf8');
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const shortDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}`;

describe('people-aware rules', () => {
  let h: Harness;
  const put = (id: string, role: string, department: string, name = id) =>
    call(h, 'PUT', `/managers/${id}`, { name, role, department, timezone: 'UTC' });
  const start = async (client: Record<string, unknown>, owner?: string) => {
    const res = await call(h, 'POST', '/deals', {
      regulationId: 'people_rules',
      ...(owner ? { owner } : {}),
      client: { name: `Client ${Math.random()}`, ...client },
    });
    expect(res.status).toBe(201);
    return res.body;
  };
  const decisionsOf = async (dealId: string) =>
    (await call(h, 'GET', `/deals/${dealId}/decisions`)).body.decisions as Array<Record<string, any>>;

  beforeAll(async () => {
    h = await createHarness();
    await publish(h, REG);
    await h.startWorker();
  });
  afterAll(() => h?.close());

  it('should give a lead to the next manager while the best candidate is on vacation, and say why', async () => {
    await put('pv-olga', 'manager', 'pv', 'Olga');
    await put('pv-ivan', 'manager', 'pv', 'Ivan');
    // Both have no work: without the vacation, pv-olga would win the tie by id.
    const added = await call(h, 'POST', '/people/pv-olga/absences', {
      kind: 'vacation',
      from: day(-1),
      until: day(6),
      deputy: 'pv-ivan',
    });
    expect(added.status).toBe(201);
    const deal = await start({ region: 'pv' });
    expect(deal.owner).toBe('pv-ivan');
    const assignment = (await decisionsOf(deal.id)).find((d) => d.kind === 'assignment');
    expect(assignment!.outcome.skipped).toEqual([`Olga is on vacation until ${shortDate(day(6))}`]);
    expect(assignment!.outcome.reason).toContain('Olga is on vacation');

    const load = (await call(h, 'GET', '/people/load')).body.people as Array<Record<string, any>>;
    expect(load.find((p) => p.id === 'pv-olga')).toMatchObject({
      available: false,
      absence: { kind: 'vacation', deputy: 'pv-ivan' },
    });
  });

  it('should send an absent person’s reminder to their deputy and an absent head’s escalation to theirs', async () => {
    await put('pd-m1', 'manager', 'pd', 'Petr');
    await put('pd-m2', 'manager', 'pd');
    await put('pd-head', 'head', 'pd', 'Nina');
    await put('pd-dep', 'manager', 'pd');
    await call(h, 'POST', '/people/pd-m1/absences', {
      kind: 'sick_leave',
      from: day(0),
      until: day(2),
      deputy: 'pd-m2',
    });
    await call(h, 'POST', '/people/pd-head/absences', {
      kind: 'business_trip',
      from: day(0),
      until: day(3),
      deputy: 'pd-dep',
    });
    // Named by whoever starts the deal, the owner keeps it; their timers' notices go elsewhere.
    const deal = await start({ region: 'none' }, 'pd-m1');
    const timers = await vi.waitFor(
      async () => {
        const all = (await call(h, 'GET', `/deals/${deal.id}/timers`)).body.timers as Array<Record<string, any>>;
        expect(all.length).toBeGreaterThan(0);
        expect(all.filter((t) => t.status === 'scheduled')).toEqual([]);
        return all;
      },
      { timeout: 30_000, interval: 100 },
    );
    expect(timers.map((t) => t.status)).toEqual(timers.map(() => 'fired'));
    const notes = (await call(h, 'GET', `/notifications?dealId=${deal.id}`)).body.notifications as Array<
      Record<string, any>
    >;
    const timed = notes.filter((n) => n.kind === 'reminder' || n.kind === 'escalation');
    expect(timed.map((n) => `${n.kind}:${n.recipient}`).sort()).toEqual(['escalation:pd-dep', 'reminder:pd-m2']);
    const escalation = (await decisionsOf(deal.id)).find((d) => d.kind === 'escalation');
    expect(escalation!.outcome.delegated).toEqual([
      `Nina is on a business trip until ${shortDate(day(3))}; to the deputy pd-dep`,
    ]);
    const events = (await call(h, 'GET', `/deals/${deal.id}/events`)).body.events as Array<Record<string, any>>;
    expect(events.find((e) => e.type === 'reminder.sent')!.data.delegated).toEqual([
      `Petr is on sick leave until ${shortDate(day(2))}; to the deputy pd-m2`,
    ]);
  });

  it('should never exceed a cap of 3 open deals under 20 concurrent leads, queueing exactly the rest', async () => {
    const team = ['pc-a', 'pc-b', 'pc-c', 'pc-d'];
    for (const id of team) await put(id, 'manager', 'pc');
    await put('pc-head', 'head', 'pc');
    const capped = await call(h, 'PUT', '/people/departments/pc/capacity', { openDeals: 3 });
    expect(capped.body).toEqual({ scope: 'department', subject: 'pc', openDeals: 3, openTasks: null });

    const deals = await Promise.all(Array.from({ length: 20 }, () => start({ region: 'pc' })));
    const owners = deals.map((d) => d.owner as string);
    for (const id of team) expect(owners.filter((o) => o === id)).toHaveLength(3);
    expect(owners.filter((o) => o === 'queue:people')).toHaveLength(8);
    const queued = deals.find((d) => d.owner === 'queue:people')!;
    const decision = (await decisionsOf(queued.id)).find((d) => d.kind === 'assignment');
    expect(decision!.outcome).toMatchObject({ queued: true, told: 'pc-head' });
    // The head hears of each queued lead, once.
    const told = (await call(h, 'GET', `/notifications?dealId=${queued.id}`)).body.notifications as Array<
      Record<string, any>
    >;
    expect(told.filter((n) => n.data.reason === 'capacity_queue').map((n) => n.recipient)).toEqual(['pc-head']);
    expect(decision!.outcome.reason).toMatch(/at their cap.*has 3 open deals \(cap 3\)/);

    // The head sees the load against the cap.
    const headToken = await h.token('pc-head');
    const load = await call(h, 'GET', '/people/load', undefined, { authorization: `Bearer ${headToken}` });
    const rows = (load.body.people as Array<Record<string, any>>).filter((p) => p.role === 'manager');
    expect(rows.map((p) => `${p.id}:${p.openDeals}/${p.capacity.openDeals}:${p.atCap}`)).toEqual(
      team.map((id) => `${id}:3/3:true`),
    );
  });

  it('should put a part-time manager’s task due within their own hours', async () => {
    await put('ph-part', 'manager', 'ph');
    // Only tomorrow's weekday, 10:00–12:00 UTC: a task due in 2 s of working time is due tomorrow at 10:00:02.
    const tomorrow = day(1);
    const weekday = ((new Date(`${tomorrow}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const set = await call(h, 'PUT', '/people/ph-part/hours', {
      hours: { workingDays: [weekday], start: '10:00', end: '12:00' },
    });
    expect(set.status).toBe(200);
    const deal = await start({ region: 'none' }, 'ph-part');
    expect(deal.tasks[0].dueAt).toBe(`${tomorrow}T10:00:02.000Z`);
  });

  it('should let only a director, an admin or the person’s head set absences and caps, and name bad fields', async () => {
    await put('pa-m', 'manager', 'pa');
    await put('pa-head', 'head', 'pa');
    await put('px-head', 'head', 'px');
    const as = async (who: string) => ({ authorization: `Bearer ${await h.token(who)}` });
    const vacation = { kind: 'vacation', from: day(10), until: day(12) };
    expect((await call(h, 'POST', '/people/pa-m/absences', vacation, await as('pa-m'))).status).toBe(403);
    expect((await call(h, 'PUT', '/people/pa-m/capacity', { openDeals: 1 }, await as('pa-m'))).status).toBe(403);
    expect((await call(h, 'POST', '/people/pa-m/absences', vacation, await as('px-head'))).status).toBe(403);
    const byHead = await call(h, 'POST', '/people/pa-m/absences', { ...vacation, id: 'hr-1' }, await as('pa-head'));
    expect(byHead.status).toBe(201);
    // The HR import resends: the same absence, nothing new.
    const again = await call(h, 'POST', '/people/pa-m/absences', { ...vacation, id: 'hr-1' });
    expect(again.status).toBe(200);
    expect((await call(h, 'GET', '/people/pa-m/absences')).body.absences.map((a: any) => a.id)).toEqual(['hr-1']);

    const backwards = await call(h, 'POST', '/people/pa-m/absences', { kind: 'vacation', from: day(5), until: day(4) });
    expect(backwards.status).toBe(422);
    expect(backwards.body.errors[0].pointer).toBe('/until');
    const self = await call(h, 'POST', '/people/pa-m/absences', {
      ...vacation,
      from: day(20),
      until: day(21),
      deputy: 'pa-m',
    });
    expect(self.status).toBe(422);
    expect(self.body.errors[0].pointer).toBe('/deputy');
    const unknownKind = await call(h, 'POST', '/people/pa-m/absences', { ...vacation, kind: 'holiday' });
    expect(unknownKind.status).toBe(422);
    expect(JSON.stringify(unknownKind.body)).toContain('/kind');
    // An HR import with an integration key records absences, and may do nothing else here.
    const hr = { 'x-api-key': (await call(h, 'POST', '/api-keys', { name: 'people-hr' })).body.key as string };
    const imported = await call(
      h,
      'POST',
      '/people/pa-m/absences',
      { ...vacation, id: 'hr-2', from: day(30), until: day(31) },
      hr,
    );
    expect(imported).toMatchObject({
      status: 201,
      body: { id: 'hr-2', createdBy: expect.stringMatching(/people-hr|key/) },
    });
    expect((await call(h, 'PUT', '/people/pa-m/capacity', { openDeals: 1 }, hr)).status).toBe(403);
    expect((await call(h, 'GET', '/people/load', undefined, await as('pa-m'))).status).toBe(403);
    expect((await call(h, 'DELETE', '/people/pa-m/absences/hr-1')).status).toBe(204);
    expect((await call(h, 'DELETE', '/people/pa-m/absences/hr-1')).status).toBe(404);
  });

  it('should let the head override a guard with a reason, logged, audited, and go on with the new stage’s tasks', async () => {
    await put('po-m', 'manager', 'po');
    await put('po-head', 'head', 'po');
    await put('pq-head', 'head', 'pq');
    const deal = await start({ region: 'none' }, 'po-m');
    // The regulation refuses: ring is not done and budget is empty.
    expect((await call(h, 'POST', `/deals/${deal.id}/events`, { type: 'NEXT' })).status).toBe(422);
    const as = async (who: string) => ({ authorization: `Bearer ${await h.token(who)}` });
    const body = { stage: 'meeting', reason: 'the client called the director directly; meeting agreed' };
    expect((await call(h, 'POST', `/deals/${deal.id}/override`, body, await as('po-m'))).status).toBe(403);
    expect((await call(h, 'POST', `/deals/${deal.id}/override`, body, await as('pq-head'))).status).toBe(404);
    const noReason = await call(h, 'POST', `/deals/${deal.id}/override`, { stage: 'meeting', reason: '' });
    expect(noReason.status).toBe(422);
    expect(JSON.stringify(noReason.body)).toContain('/reason');

    const moved = await call(h, 'POST', `/deals/${deal.id}/override`, body, await as('po-head'));
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      stage: 'meeting',
      overridden: ['required task "ring" is not done', 'required field "budget" is empty'],
    });
    const card = (await call(h, 'GET', `/deals/${deal.id}`)).body;
    expect(card.stage).toBe('meeting');
    expect(card.tasks.filter((t: any) => t.status === 'open').map((t: any) => t.key)).toEqual(['meet']);
    const events = (await call(h, 'GET', `/deals/${deal.id}/events`)).body.events as Array<Record<string, any>>;
    expect(events.find((e) => e.type === 'deal.overridden')).toMatchObject({
      actor: 'po-head',
      data: { fromStage: 'call', toStage: 'meeting', reason: body.reason, guards: moved.body.overridden },
    });
    // The new stage's timers run in the workflow; the old stage's are gone.
    const state = (await h.client.workflow.getHandle(`deal-${deal.id}`).query('dealState')) as { timers: string[] };
    expect(state.timers.every((t) => t.startsWith(`${deal.id}:2:`))).toBe(true);
    expect(state.timers.length).toBeGreaterThan(0);
    const audit = (await call(h, 'GET', `/audit?subject=deal:${deal.id}`)).body;
    expect(JSON.stringify(audit)).toContain('deal.overridden');
    // Compliance counts the skipped task as overridden (the only override of this file's regulation).
    const compliance = (await call(h, 'GET', '/analytics/compliance?regulationId=people_rules&groupBy=manager')).body;
    const rows = compliance.rows as Array<Record<string, any>>;
    expect(rows.filter((r) => r.overridden > 0).map((r) => `${r.key}:${r.overridden}`)).toEqual(['po-m:1']);
  });
});
