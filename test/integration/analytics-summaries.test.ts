/**
 * The analytics summaries kept by the workflows' own transactions: deals moved
 * through real workflows, and after each round of moves the funnel and the
 * per-manager figures (which read the summaries) equal what the raw events
 * and tasks say, recomputed here in TypeScript. Working time in a regulation's
 * calendar, with a known answer. The win model refitted by its Temporal
 * schedule, triggered by hand.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR, isWorkingTime } from '../../rules/calendar.js';
import { ensureWinModelSchedule } from '../../runtime/schedules.js';
import { rebuildAnalyticsSummaries } from '../../storage/analytics-summaries.js';
import { insertSeed, type SeedDeal } from '../support/analytics-seed.js';
import { call, createHarness, publish, type Harness } from '../support/harness.js';

const STAGES = ['lead', 'meet', 'won', 'lost'];

const regulationYaml = (id: string, owner: string) => `
id: ${id}
title: Summaries test
defaultOwner: ${owner}
stages:
  - key: lead
    title: Lead
    tasks:
      - { key: call, title: Call the client, due: P5D, kind: call }
    advance: meet
    on:
      LOST: { to: lost, enforce: false }
  - key: meet
    title: Meeting
    tasks:
      - { key: meeting, title: Meet the client, due: P5D, kind: meeting }
    advance: won
    on:
      LOST: { to: lost, enforce: false }
  - { key: won, title: Won, final: won }
  - { key: lost, title: Lost, final: lost }
`;

describe('analytics summaries', () => {
  let h: Harness;
  const prefix = `as${randomUUID().slice(0, 8)}`;
  const manager = `${prefix}-m`;
  const regulationId = `${prefix}_reg`;
  const get = async (url: string) => {
    const res = await call(h, 'GET', url);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    h = await createHarness();
    await h.managers.upsert({ id: manager, name: 'Summaries manager', role: 'manager', department: `${prefix}-dep` });
    await publish(h, regulationYaml(regulationId, manager));
    await h.startWorker();
  });
  afterAll(() => h?.close());

  /** The funnel and the manager's figures recomputed from the raw events, deals and tasks. */
  async function expectedFromRaw(ids: string[]) {
    const events = await h.sql`select deal_id, type, at, data from events
                               where deal_id = any(${ids}) and type = 'stage.entered' order by at, seq, ord`;
    const deals = await h.sql`select id, status from deals where id = any(${ids})`;
    const tasks = await h.sql`select kind, status, outcome, due_at from tasks where deal_id = any(${ids})`;
    const funnel = new Map<string, { entered: number; advanced: number; lost: number; won: number }>();
    for (const d of deals) {
      const first = new Map<string, number>();
      for (const e of events.filter((x) => x.dealId === d.id)) {
        const stage = (e.data as { stage: string }).stage;
        if (!first.has(stage)) first.set(stage, (e.at as Date).getTime());
      }
      const ord = (s: string) => STAGES.indexOf(s) + 1;
      const furthest = Math.max(...[...first.keys()].filter((s) => s !== 'lost').map(ord));
      const open = [...first].filter(([s]) => s !== 'won' && s !== 'lost').sort((a, b) => b[1] - a[1]);
      const lostFrom = d.status === 'lost' ? open[0]?.[0] : undefined;
      for (const stage of first.keys()) {
        const row = funnel.get(stage) ?? { entered: 0, advanced: 0, lost: 0, won: 0 };
        row.entered++;
        if (furthest > ord(stage)) row.advanced++;
        if (lostFrom === stage) row.lost++;
        if (d.status === 'won') row.won++;
        funnel.set(stage, row);
      }
    }
    const held = (kind: string) =>
      tasks.filter((t) => t.kind === kind && t.status === 'done' && t.outcome !== 'cancelled').length;
    return {
      funnel: Object.fromEntries([...funnel].sort((a, b) => STAGES.indexOf(a[0]) - STAGES.indexOf(b[0]))),
      manager: {
        leads: deals.length,
        won: deals.filter((d) => d.status === 'won').length,
        lost: deals.filter((d) => d.status === 'lost').length,
        calls: held('call'),
        meetings: held('meeting'),
        overdue: tasks.filter((t) => t.status === 'open' && (t.dueAt as Date) < new Date()).length,
      },
    };
  }

  async function answered() {
    const funnel = await get(`/analytics/stages?regulationId=${regulationId}`);
    const managers = await get(`/analytics/managers?regulationId=${regulationId}&manager=${manager}`);
    const { leads, won, lost, calls, meetings, overdue } = managers.rows[0];
    return {
      funnel: Object.fromEntries(
        (funnel.series[0]?.stages ?? []).map((s: any) => [
          s.stage,
          { entered: s.entered, advanced: s.advanced, lost: s.lost, won: s.won },
        ]),
      ),
      manager: { leads, won, lost, calls, meetings, overdue },
    };
  }

  it('should answer from the summaries what the raw events say, after every round of moves', async () => {
    const { api } = h;
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const started = await api.POST('/deals', { body: { regulationId, owner: manager, client: { name: `c${i}` } } });
      expect(started.response.status).toBe(201);
      ids.push(started.data!.id);
    }
    const complete = async (taskId: string, outcome: string) => {
      const r = await api.POST('/tasks/{id}/complete', { params: { path: { id: taskId } }, body: { outcome } });
      expect(r.response.status, JSON.stringify(r.error)).toBe(200);
    };
    const lose = async (id: string) => {
      const r = await api.POST('/deals/{id}/events', { params: { path: { id } }, body: { type: 'LOST' } });
      expect(r.response.status, JSON.stringify(r.error)).toBe(200);
    };
    const check = async (entries: number, heldTasks: number) => {
      const expected = await expectedFromRaw(ids);
      expect(await answered()).toEqual(expected);
      // Read from the summaries, which the transitions keep (nothing here rebuilt them).
      const [row] = await h.sql`
        select (select count(*) from analytics_stage_entries where deal_id = any(${ids}))::int as entries,
               (select count(*) from analytics_held_tasks where deal_id = any(${ids}))::int as held`;
      expect(row).toEqual({ entries, held: heldTasks });
      return expected;
    };

    let expected = await check(4, 0);
    expect(expected.funnel).toEqual({ lead: { entered: 4, advanced: 0, lost: 0, won: 0 } });

    // Round 1: two calls held, one call marked cancelled (not held), one deal lost from the lead.
    await complete(`${ids[0]}:1:call`, 'reached');
    await complete(`${ids[1]}:1:call`, 'reached');
    await complete(`${ids[2]}:1:call`, 'cancelled');
    await lose(ids[3]!);
    expected = await check(4 + 3 + 1, 2);
    expect(expected.funnel.lead).toEqual({ entered: 4, advanced: 3, lost: 1, won: 0 });
    expect(expected.manager).toMatchObject({ calls: 2, lost: 1 });

    // Round 2: a meeting held wins one deal, another deal is lost from the meeting.
    await complete(`${ids[0]}:2:meeting`, 'held');
    await lose(ids[1]!);
    expected = await check(4 + 3 + 1 + 1 + 1, 3);
    expect(expected.funnel).toEqual({
      lead: { entered: 4, advanced: 3, lost: 1, won: 1 },
      meet: { entered: 3, advanced: 1, lost: 1, won: 1 },
      won: { entered: 1, advanced: 0, lost: 0, won: 1 },
      lost: { entered: 2, advanced: 0, lost: 0, won: 0 },
    });
    expect(expected.manager).toMatchObject({ leads: 4, won: 1, lost: 2, calls: 2, meetings: 1 });

    // The visits and cycles the transitions stored: what the events say, with the working time of the
    // regulation's (default) calendar; and every summary row kept transition by transition is what a
    // rebuild from the events writes again.
    const stored = async () => ({
      entries: await h.sql`select * from analytics_stage_entries where deal_id = any(${ids}) order by 1, 2`,
      visits: await h.sql`select deal_id, stage, visit, entered_at, left_at, working_seconds from analytics_stage_visits
                          where deal_id = any(${ids}) order by 1, 2, 3`,
      cycles: await h.sql`select c.deal_id, c.working_seconds, d.created_at, d.closed_at
                          from analytics_deal_cycles c join deals d on d.id = c.deal_id
                          where c.deal_id = any(${ids}) order by 1`,
    });
    const written = await stored();
    const events = await h.sql`select deal_id, type, at, data from events
                               where deal_id = any(${ids}) and type in ('stage.entered', 'stage.left')`;
    const fromEvents = new Map<string, { entered?: number; left?: number }>();
    for (const e of events) {
      const { stage, visit } = e.data as { stage: string; visit: number };
      const k = `${e.dealId}|${stage}|${visit}`;
      const v = fromEvents.get(k) ?? {};
      if (e.type === 'stage.entered') v.entered = Math.min(v.entered ?? Infinity, (e.at as Date).getTime());
      else v.left = Math.min(v.left ?? Infinity, (e.at as Date).getTime());
      fromEvents.set(k, v);
    }
    const byKey = (a: unknown[], b: unknown[]) => (String(a[0]) < String(b[0]) ? -1 : 1);
    expect(
      written.visits
        .map((v): [string, number, number | null] => [
          `${v.dealId}|${v.stage}|${v.visit}`,
          v.enteredAt.getTime(),
          v.leftAt?.getTime() ?? null,
        ])
        .sort(byKey),
    ).toEqual([...fromEvents].map(([k, v]) => [k, v.entered, v.left ?? null]).sort(byKey));
    // 4 leads, 3 meetings, 1 win, 2 losses; the losses' and the win's final visits are open.
    expect(written.visits).toHaveLength(10);
    expect(written.visits.filter((v) => v.leftAt === null)).toHaveLength(4);
    /** Visits of seconds: all working time when both ends are, none when neither is. */
    const expectWorking = (seconds: number, from: Date, to: Date) => {
      const open = [isWorkingTime(from.getTime(), DEFAULT_CALENDAR), isWorkingTime(to.getTime(), DEFAULT_CALENDAR)];
      if (open[0] && open[1]) expect(seconds).toBeCloseTo((to.getTime() - from.getTime()) / 1000, 3);
      if (!open[0] && !open[1]) expect(seconds).toBe(0);
    };
    for (const v of written.visits) {
      if (v.leftAt === null) expect(v.workingSeconds).toBeNull();
      else expectWorking(v.workingSeconds, v.enteredAt, v.leftAt);
    }
    expect(written.cycles.map((c) => c.dealId).sort()).toEqual([ids[0], ids[1], ids[3]].sort());
    for (const c of written.cycles) expectWorking(c.workingSeconds, c.createdAt, c.closedAt);
    await h.sql`delete from analytics_stage_entries where deal_id = any(${ids})`;
    await h.sql`delete from analytics_stage_visits where deal_id = any(${ids})`;
    await h.sql`delete from analytics_deal_cycles where deal_id = any(${ids})`;
    await rebuildAnalyticsSummaries(h.sql, ids);
    expect(await stored()).toEqual(written);
  });

  it('should report time in stage and the cycle in working time of the regulation calendar', async () => {
    const reg = `${prefix}-cal`;
    const at = (iso: string) => new Date(iso);
    // Friday 17:00 to Monday 10:00 on a Monday–Friday 09–18 calendar: 2 working hours (65 wall hours).
    const deal: SeedDeal = {
      id: `${reg}-d1`,
      regulationId: reg,
      version: 1,
      owner: manager,
      companyId: null,
      client: { name: 'calendar client' },
      status: 'won',
      stage: 'won',
      createdAt: at('2025-03-07T17:00:00Z'),
      closedAt: at('2025-03-10T12:00:00Z'),
      fields: {},
      visits: [
        { stage: 'lead', entered: at('2025-03-07T17:00:00Z'), left: at('2025-03-10T10:00:00Z') },
        { stage: 'qualify', entered: at('2025-03-10T10:00:00Z'), left: at('2025-03-10T12:00:00Z') },
        { stage: 'won', entered: at('2025-03-10T12:00:00Z'), left: null },
      ],
      tasks: [],
      loggedCalls: [],
      escalations: [],
    };
    await insertSeed(h.sql, {
      prefix,
      regulationId: reg,
      departments: [`${prefix}-a`, `${prefix}-b`],
      managers: [],
      companies: [],
      deals: [deal],
      attempts: [],
      calendar: {
        timezone: 'UTC',
        workingDays: [1, 2, 3, 4, 5],
        start: '09:00',
        end: '18:00',
        holidays: [],
        workingWeekends: [],
      },
    });
    const body = await get(`/analytics/time?regulationId=${reg}`);
    const lead = body.stages.find((s: any) => s.stage === 'lead');
    expect(lead).toMatchObject({ medianHours: 65, p90Hours: 65, medianWorkingHours: 2, p90WorkingHours: 2 });
    expect(body.stages.find((s: any) => s.stage === 'qualify')).toMatchObject({
      medianHours: 2,
      medianWorkingHours: 2,
    });
    expect(body.cycle).toEqual([
      expect.objectContaining({ status: 'won', deals: 1, medianWorkingHours: 4, p90WorkingHours: 4 }),
    ]);
    expect(body.cycle[0].medianDays).toBeCloseTo(67 / 24, 10);
    const csv = await call(h, 'GET', `/analytics/time?regulationId=${reg}&format=csv`);
    const [header, first] = (csv.body as unknown as string).split('\r\n');
    const columns = header!.split(',');
    expect(columns).toContain('medianWorkingHours');
    expect(first!.split(',')[columns.indexOf('medianWorkingHours')]).toBe('2');
  });

  it('should refit the win model when its Temporal schedule runs, and say when', async () => {
    const scheduleId = `${prefix}-win-model`;
    expect(await ensureWinModelSchedule(h.client, { taskQueue: h.taskQueue, every: '1 hour', scheduleId })).toBe(true);
    // Created once: a second start leaves it as it is.
    expect(await ensureWinModelSchedule(h.client, { taskQueue: h.taskQueue, every: '1 hour', scheduleId })).toBe(false);
    const handle = h.client.schedule.getHandle(scheduleId);
    try {
      const refreshed = async (after: string | null) => {
        const deadline = Date.now() + 60_000;
        for (;;) {
          const body = await get('/analytics/win-probability?limit=5');
          if (body.computed === 'schedule' && body.refreshedAt !== after) return body;
          if (Date.now() > deadline) throw new Error(`the model was not refitted: ${JSON.stringify(body.refreshedAt)}`);
          await new Promise((r) => setTimeout(r, 250));
        }
      };
      const before = await get('/analytics/win-probability?limit=5');
      await handle.trigger();
      const first = await refreshed(before.computed === 'schedule' ? before.refreshedAt : null);
      expect(Date.parse(first.refreshedAt)).toBeGreaterThan(Date.now() - 60_000);
      if (before.refreshedAt) expect(Date.parse(first.refreshedAt)).toBeGreaterThan(Date.parse(before.refreshedAt));
      // The calibration stored with the model: held-out and training deals add up to the deals learned from.
      expect(first.calibration.trainingDeals + first.calibration.heldOutDeals).toBe(first.model.deals);
      expect(first.model.deals).toBeGreaterThan(0);
      await handle.trigger();
      const second = await refreshed(first.refreshedAt);
      expect(Date.parse(second.refreshedAt)).toBeGreaterThan(Date.parse(first.refreshedAt));
      // A filter that narrows the deals learned from fits a model on request.
      const narrowed = await get(`/analytics/win-probability?regulationId=${regulationId}`);
      expect(narrowed).toMatchObject({ computed: 'on request', refreshedAt: null });
    } finally {
      await handle.delete();
    }
  });
});
