/**
 * What management reads: the funnel from stage entries, time in stage against
 * the SLA, compliance with the tasks the regulation demanded, per-manager
 * figures, lead conversion by region, and the counts the win model learns
 * from. Everything is read from the read model (deals, tasks, events,
 * notifications, deal_attempts) and the summaries the transitions keep
 * (migration 00015: stage entries, stage visits with their working time, closed
 * deals' working cycle, held calls and meetings) with set-based SQL; nothing
 * here writes.
 *
 * Every query takes the same filter: the deal's regulation (and version),
 * its company's region, industry, company and holding (the client's own
 * `region`/`industry` when the deal has no company), and the person a row
 * belongs to (a deal's owner, a task's assignee, an attempt's actor): one
 * manager, a department, or the set the caller may see.
 *
 * @module
 */
import type postgres from 'postgres';
import { createWinModelStore } from './analytics-models.repo.js';
import type { Sql } from './db.js';

/** A piece of SQL to splice into a query. */
type Fragment = postgres.PendingQuery<postgres.Row[]>;

export interface AnalyticsFilter {
  from?: Date;
  to?: Date;
  regulationId?: string;
  version?: number;
  stage?: string;
  department?: string;
  manager?: string;
  region?: string;
  industry?: string;
  companyId?: string;
  holdingId?: string;
  /** The people whose rows the caller may see; undefined: everyone. */
  owners?: string[];
}

export type FunnelGroup = 'none' | 'cohort' | 'version';
export type ComplianceGroup = 'none' | 'manager' | 'department' | 'company';

export interface FunnelStageRow {
  key: string | null;
  stage: string;
  ord: number;
  entered: number;
  advanced: number;
  lost: number;
  won: number;
}

export interface FunnelLossRow {
  key: string | null;
  stage: string;
  reason: string | null;
  competitor: string | null;
  deals: number;
}

export interface StageTimeRow {
  stage: string;
  ord: number;
  visits: number;
  completed: number;
  medianHours: number | null;
  p90Hours: number | null;
  medianWorkingHours: number | null;
  p90WorkingHours: number | null;
  sla: string | null;
  withSla: number;
  breached: number;
  /** How breaches were judged: in working time of the calendar, in wall time (SLAs in months or years), or both. */
  breachClock: 'working' | 'wall' | 'mixed' | null;
}

export interface CycleRow {
  status: 'won' | 'lost';
  deals: number;
  medianDays: number | null;
  p90Days: number | null;
  avgDays: number | null;
  medianWorkingHours: number | null;
  p90WorkingHours: number | null;
}

export interface ComplianceRow {
  key: string | null;
  kind: string;
  demanded: number;
  done: number;
  doneOnTime: number;
  doneLate: number;
  cancelled: number;
  open: number;
  overdue: number;
  /** Of the cancelled: left open when a director or head moved the deal on by an override. */
  overridden: number;
}

export interface RefusalRow {
  manager: string;
  code: string;
  attempts: number;
}

export interface ManagerStatsRow {
  manager: string;
  name: string;
  department: string | null;
  region: string | null;
  leads: number;
  won: number;
  lost: number;
  calls: number;
  loggedCalls: number;
  meetings: number;
  overdue: number;
  escalations: number;
  avgCycleDays: number | null;
}

export interface RegionRow {
  region: string | null;
  leads: number;
  won: number;
  lost: number;
  avgCycleDays: number | null;
}

/** A deal as the win model sees it: one value per factor. */
export interface WinSnapshot {
  dealId: string;
  owner: string;
  stage: string;
  sla: string;
  industry: string;
  region: string;
  source: string;
  competitor: string;
  won: boolean | null;
}

export interface FactorCountRow {
  factor: string;
  value: string;
  heldOut: boolean;
  n: number;
  wins: number;
}

/** The factors the win model uses, in the order they are reported. */
export const WIN_FACTORS = ['stage', 'sla', 'industry', 'region', 'source', 'competitor', 'manager'] as const;

export function createAnalyticsRepo(sql: Sql) {
  /**
   * Whether the visit `v` (of `analytics_stage_visits`) outlasted the SLA of
   * its stage `st` (a row of `stages`): in working time of the calendar when
   * the SLA counts working time (everything but months and years, as the
   * engine's SLA timers count it), else in wall time; a visit still open once
   * it has outlasted it by now. An open visit's working time is counted only
   * near the SLA: never when its wall time is within it (working time is never
   * more), nor when whole weeks alone (one less, for a DST shift, less a day
   * per holiday and one more day) exceed it.
   */
  const breached = sql`
    case when st.sla is null then false
         when st.sla_seconds is null then coalesce(v.left_at, now()) - v.entered_at > st.sla::interval
         when v.left_at is not null then v.working_seconds > st.sla_seconds
         when extract(epoch from now() - v.entered_at) <= st.sla_seconds then false
         when (floor(extract(epoch from now() - v.entered_at) / 604800) - 1) * st.week_seconds
              - (st.holidays + 1) * st.day_seconds > st.sla_seconds then true
         else analytics_working_seconds(v.entered_at, now(), st.calendar) > st.sla_seconds
    end`;
  /** The person a row belongs to: one manager, a department's people, and only those the caller may see. */
  const person = (f: AnalyticsFilter, column: Fragment) => sql`
    ${f.manager !== undefined ? sql`and ${column} = ${f.manager}` : sql``}
    ${f.department !== undefined ? sql`and ${column} in (select id from managers where department = ${f.department})` : sql``}
    ${f.owners ? sql`and ${column} = any(${f.owners})` : sql``}`;

  /** The deal `d` (with its company `c`): regulation, version, region, industry, company, holding. */
  const deal = (f: AnalyticsFilter) => sql`
    ${f.regulationId !== undefined ? sql`and d.regulation_id = ${f.regulationId}` : sql``}
    ${f.version !== undefined ? sql`and d.regulation_version = ${f.version}` : sql``}
    ${f.region !== undefined ? sql`and coalesce(c.region, d.client->>'region') = ${f.region}` : sql``}
    ${f.industry !== undefined ? sql`and coalesce(c.industry, d.client->>'industry') = ${f.industry}` : sql``}
    ${f.companyId !== undefined ? sql`and d.company_id = ${f.companyId}` : sql``}
    ${f.holdingId !== undefined ? sql`and c.holding_id = ${f.holdingId}` : sql``}`;

  const period = (f: AnalyticsFilter, column: Fragment) => sql`
    ${f.from ? sql`and ${column} >= ${f.from}` : sql``}
    ${f.to ? sql`and ${column} < ${f.to}` : sql``}`;

  /**
   * Deals that were open at some moment of the period: nothing happens to a
   * deal before it starts or after it closes, so only these can have entered
   * a stage in it (this lets the indexes on start and close narrow the scan).
   */
  const alive = (f: AnalyticsFilter) => sql`
    ${f.to ? sql`and d.created_at < ${f.to}` : sql``}
    ${f.from ? sql`and (d.closed_at is null or d.closed_at >= ${f.from})` : sql``}`;

  /**
   * Each stage of each regulation version in the deals' scope: its position,
   * final outcome, SLA (and in working seconds), the working seconds of a week
   * and a day of its calendar and how many holidays it names. To be
   * `materialized`: its functions then run once per stage, not once per row
   * joined to it.
   */
  const stages = (f: AnalyticsFilter) => sql`
    select r.id as regulation_id, r.version, x.s->>'key' as stage, x.o::int as ord, x.s->>'final' as final,
           x.s->>'sla' as sla, analytics_working_duration(x.s->>'sla', r.body->'calendar') as sla_seconds,
           analytics_working_duration('P1W', r.body->'calendar') as week_seconds,
           analytics_working_duration('P1D', r.body->'calendar') as day_seconds,
           jsonb_array_length(coalesce(r.body->'calendar'->'holidays', '[]')) as holidays,
           r.body->'calendar' as calendar
    from regulations r cross join lateral jsonb_array_elements(r.body->'stages') with ordinality as x(s, o)
    where true ${f.regulationId !== undefined ? sql`and r.id = ${f.regulationId}` : sql``}
      ${f.version !== undefined ? sql`and r.version = ${f.version}` : sql``}`;

  /** The deals in scope, their owner being someone the filter names. */
  const scopedDeals = (f: AnalyticsFilter, extra = sql``) => sql`
    select d.id, d.regulation_id, d.regulation_version, d.status, d.owner, d.created_at, d.closed_at, d.fields
    from deals d left join companies c on c.id = d.company_id
    where true ${deal(f)} ${person(f, sql`d.owner`)} ${extra}`;

  /** Whether the filter names anything about a row's deal: without it every deal counts (rows reference deals). */
  const dealFiltered = (f: AnalyticsFilter) =>
    f.regulationId !== undefined ||
    f.version !== undefined ||
    f.region !== undefined ||
    f.industry !== undefined ||
    f.companyId !== undefined ||
    f.holdingId !== undefined ||
    f.manager !== undefined ||
    f.department !== undefined ||
    f.owners !== undefined;

  /**
   * The first entry of each deal into each stage (`analytics_stage_entries`,
   * kept current by each transition), with whether the deal went on to a later
   * stage and whether it was lost from this one.
   */
  const entries = (f: AnalyticsFilter, group: FunnelGroup) => sql`
    with dd as (${scopedDeals(f, group === 'cohort' ? period(f, sql`d.created_at`) : alive(f))}),
    rows as (
      select ${
        group === 'cohort'
          ? sql`to_char(date_trunc('month', dd.created_at), 'YYYY-MM')`
          : group === 'version'
            ? sql`dd.regulation_version::text`
            : sql`null::text`
      } as key, a.stage, a.ord, a.advanced, a.lost_here, dd.status, dd.fields
      from analytics_stage_entries a join dd on dd.id = a.deal_id
      where true ${group === 'cohort' ? sql`` : period(f, sql`a.entered_at`)}
        ${f.stage !== undefined ? sql`and a.stage = ${f.stage}` : sql``})`;

  return {
    ...createWinModelStore(sql),

    async funnel(
      f: AnalyticsFilter,
      group: FunnelGroup,
    ): Promise<{ stages: FunnelStageRow[]; losses: FunnelLossRow[] }> {
      // One statement: the entries are computed once for both the counts and the losses.
      const all = await sql`
        ${entries(f, group)},
        counts as (
          select key, stage, min(ord)::int as ord, count(*)::int as entered,
                 count(*) filter (where advanced)::int as advanced,
                 count(*) filter (where lost_here)::int as lost,
                 count(*) filter (where status = 'won')::int as won
          from rows group by key, stage),
        losses as (
          select key, stage, nullif(fields->>'lost_reason', '') as reason,
                 nullif(fields->>'competitor', '') as competitor, count(*)::int as deals
          from rows where lost_here group by 1, 2, 3, 4)
        select 'stage' as row, key, stage, ord, entered, advanced, lost, won,
               null::text as reason, null::text as competitor, null::int as deals
        from counts
        union all
        select 'loss', key, stage, null, null, null, null, null, reason, competitor, deals from losses
        order by 1 desc, 2 nulls first, 4, 3, 11 desc, 9, 10`;
      const stageRows = all
        .filter((r) => r.row === 'stage')
        .map(({ key, stage, ord, entered, advanced, lost, won }) => ({
          key,
          stage,
          ord,
          entered,
          advanced,
          lost,
          won,
        }));
      const lossRows = all
        .filter((r) => r.row === 'loss')
        .map(({ key, stage, reason, competitor, deals }) => ({ key, stage, reason, competitor, deals }));
      return { stages: stageRows as FunnelStageRow[], losses: lossRows as FunnelLossRow[] };
    },

    /**
     * Wall and working time of each visit to a stage entered in the period,
     * read from `analytics_stage_visits` (the working time was stored when the
     * visit ended, in the calendar of the deal's regulation version); final
     * stages are left out. A visit is breached when it outlasted its stage's
     * SLA, counted as the engine counts it: in working time of the calendar
     * (`breachClock: 'working'`), or in wall time for an SLA in months or
     * years (`'wall'`); a visit still open, once it has outlasted it by now.
     */
    async stageTimes(f: AnalyticsFilter): Promise<StageTimeRow[]> {
      const rows = await sql`
        with st as materialized (${stages(f)}),
        dd as (${scopedDeals(f, alive(f))}),
        -- The visits in scope first (a few columns), then their stages: the planner cannot tell
        -- how many stages a regulation has, and would look the deals up once per stage.
        v as materialized (
          select v.stage, v.entered_at, v.left_at, v.working_seconds, dd.regulation_id, dd.regulation_version
          from analytics_stage_visits v join dd on dd.id = v.deal_id
          where true ${period(f, sql`v.entered_at`)} ${f.stage !== undefined ? sql`and v.stage = ${f.stage}` : sql``}),
        vv as (
          select v.stage, st.ord, st.sla, st.sla_seconds, v.left_at,
                 extract(epoch from v.left_at - v.entered_at) / 3600 as hours,
                 v.working_seconds / 3600 as working_hours,
                 ${breached} as breached
          from v join st on st.regulation_id = v.regulation_id and st.version = v.regulation_version and st.stage = v.stage
          where st.final is null)
        select stage, min(ord)::int as ord, count(*)::int as visits, count(left_at)::int as completed,
               percentile_cont(0.5) within group (order by hours) as median_hours,
               percentile_cont(0.9) within group (order by hours) as p90_hours,
               percentile_cont(0.5) within group (order by working_hours) as median_working_hours,
               percentile_cont(0.9) within group (order by working_hours) as p90_working_hours,
               min(sla) as sla, count(*) filter (where sla is not null)::int as with_sla,
               count(*) filter (where breached)::int as breached,
               case when count(sla) = 0 then null
                    when count(sla) = count(sla_seconds) then 'working'
                    when count(sla_seconds) = 0 then 'wall' else 'mixed' end as breach_clock
        from vv group by stage order by 2, 1`;
      return [...rows] as StageTimeRow[];
    },

    /** Closed deals' cycle (created to closed) in wall time and in the working time stored at the close, for deals closed in the period. */
    async cycle(f: AnalyticsFilter): Promise<CycleRow[]> {
      const rows = await sql`
        with dd as (${scopedDeals(f, sql`and d.status <> 'active' ${period(f, sql`d.closed_at`)}`)}),
        x as (
          select dd.status, extract(epoch from dd.closed_at - dd.created_at) / 86400 as days,
                 c.working_seconds / 3600 as working_hours
          from dd left join analytics_deal_cycles c on c.deal_id = dd.id)
        select status, count(*)::int as deals,
               percentile_cont(0.5) within group (order by days) as median_days,
               percentile_cont(0.9) within group (order by days) as p90_days,
               avg(days)::float8 as avg_days,
               percentile_cont(0.5) within group (order by working_hours) as median_working_hours,
               percentile_cont(0.9) within group (order by working_hours) as p90_working_hours
        from x group by status order by status desc`;
      return [...rows] as CycleRow[];
    },

    /**
     * Tasks the regulation created, by kind, due (or created, without a due
     * time) in the period: done on time, done late, cancelled (a task
     * cancelled, or done with the outcome `cancelled`), still open, overdue now.
     */
    async compliance(f: AnalyticsFilter & { kind?: string }, group: ComplianceGroup): Promise<ComplianceRow[]> {
      const key =
        group === 'manager'
          ? sql`t.assignee`
          : group === 'department'
            ? sql`m.department`
            : group === 'company'
              ? sql`d.company_id`
              : sql`null::text`;
      const rows = await sql`
        with x as (
          select ${key} as key, t.kind, t.status, t.due_at, t.closed_at,
                 (t.status = 'cancelled' or (t.status = 'done' and t.outcome = 'cancelled')) as cancelled,
                 (t.status = 'cancelled' and (exists (
                   select 1 from events e where e.deal_id = t.deal_id and e.type = 'stage.left'
                     and e.data->>'event' = 'OVERRIDE' and (e.data->>'visit')::int = t.visit)
                   or exists (
                   select 1 from events e where e.deal_id = t.deal_id and e.type = 'task.cancelled'
                     and e.data->>'taskId' = t.id and e.data ? 'override'))) as overridden
          from tasks t join deals d on d.id = t.deal_id
          left join companies c on c.id = d.company_id
          left join managers m on m.id = t.assignee
          where true ${deal(f)} ${person(f, sql`t.assignee`)} ${period(f, sql`coalesce(t.due_at, t.created_at)`)}
            ${f.kind !== undefined ? sql`and t.kind = ${f.kind}` : sql``}
            ${f.stage !== undefined ? sql`and t.stage = ${f.stage}` : sql``})
        select key, kind, count(*)::int as demanded,
               count(*) filter (where status = 'done' and not cancelled)::int as done,
               count(*) filter (where status = 'done' and not cancelled and (due_at is null or closed_at <= due_at))::int as done_on_time,
               count(*) filter (where status = 'done' and not cancelled and closed_at > due_at)::int as done_late,
               count(*) filter (where cancelled)::int as cancelled,
               count(*) filter (where status = 'open')::int as open,
               count(*) filter (where status = 'open' and due_at < now())::int as overdue,
               count(*) filter (where overridden)::int as overridden
        from x group by 1, 2 order by 1 nulls first, 2`;
      return [...rows] as ComplianceRow[];
    },

    /** Moves the regulation refused, per person and refusal code, in the period. */
    async refusals(f: AnalyticsFilter): Promise<RefusalRow[]> {
      const dealScoped =
        f.regulationId !== undefined ||
        f.version !== undefined ||
        f.region !== undefined ||
        f.industry !== undefined ||
        f.companyId !== undefined ||
        f.holdingId !== undefined;
      const rows = await sql`
        select a.actor as manager, a.code, count(*)::int as attempts
        from deal_attempts a
        ${dealScoped ? sql`join deals d on d.id = a.deal_id left join companies c on c.id = d.company_id` : sql``}
        where true ${dealScoped ? deal(f) : sql``} ${person(f, sql`a.actor`)} ${period(f, sql`a.at`)}
        group by 1, 2 order by 3 desc, 1, 2`;
      return [...rows] as RefusalRow[];
    },

    /**
     * Per manager (people with role manager or head): leads received (deals
     * started in the period they own) and how many of those were won or lost;
     * calls and meetings held (tasks of that kind done in the period, not with
     * the outcome `cancelled`) and calls logged by the telephony
     * (`external.call.logged` on their deals); tasks overdue now; escalations
     * they received; the average cycle of the deals they won in the period.
     */
    async managers(f: AnalyticsFilter): Promise<ManagerStatsRow[]> {
      const onStage = f.stage !== undefined ? sql`and d.stage = ${f.stage}` : sql``;
      // Rows of deals the filter keeps; with no filter on deals every row counts, so the join is left out.
      const filtered = dealFiltered(f) || f.stage !== undefined;
      const scopedFrom = sql`from deals d left join companies c on c.id = d.company_id
                             where true ${deal(f)} ${person(f, sql`d.owner`)} ${onStage}`;
      const ofDeals = (column: Fragment) => (filtered ? sql`and ${column} in (select id from dd)` : sql``);
      const rows = await sql`
        with p as (
          select m.id, m.name, m.department, m.region from managers m
          where m.role in ('manager', 'head') ${person(f, sql`m.id`)}),
        dd as materialized (${filtered ? sql`select d.id, d.owner ${scopedFrom}` : sql`select d.id, d.owner from deals d`}),
        leads as (
          select d.owner, count(*)::int as leads, count(*) filter (where d.status = 'won')::int as won,
                 count(*) filter (where d.status = 'lost')::int as lost
          from deals d left join companies c on c.id = d.company_id
          where true ${deal(f)} ${person(f, sql`d.owner`)} ${onStage} ${period(f, sql`d.created_at`)}
          group by d.owner),
        cyc as (
          select d.owner, avg(extract(epoch from d.closed_at - d.created_at) / 86400)::float8 as avg_cycle_days
          from deals d left join companies c on c.id = d.company_id
          where d.status = 'won' ${deal(f)} ${person(f, sql`d.owner`)} ${onStage} ${period(f, sql`d.closed_at`)}
          group by d.owner),
        held as (
          select h.assignee, count(*) filter (where h.kind = 'call')::int as calls,
                 count(*) filter (where h.kind = 'meeting')::int as meetings
          from analytics_held_tasks h
          where h.assignee in (select id from p) ${period(f, sql`h.closed_at`)} ${ofDeals(sql`h.deal_id`)}
          group by 1),
        late as (
          select t.assignee, count(*)::int as overdue
          from tasks t
          where t.status = 'open' and t.due_at < now() and t.assignee in (select id from p) ${ofDeals(sql`t.deal_id`)}
          group by 1),
        ext as (
          select d.owner, count(*)::int as logged_calls
          from events e join ${filtered ? sql`dd` : sql`deals`} d on d.id = e.deal_id
          where e.type = 'external.call.logged' ${period(f, sql`e.at`)}
          group by 1),
        esc as (
          select n.recipient, count(*)::int as escalations
          from notifications n
          where n.kind = 'escalation' and n.recipient in (select id from p) ${period(f, sql`n.created_at`)}
            ${ofDeals(sql`n.deal_id`)}
          group by 1)
        select p.id as manager, p.name, p.department, p.region,
               coalesce(leads.leads, 0) as leads, coalesce(leads.won, 0) as won, coalesce(leads.lost, 0) as lost,
               coalesce(held.calls, 0) as calls, coalesce(ext.logged_calls, 0) as logged_calls,
               coalesce(held.meetings, 0) as meetings, coalesce(late.overdue, 0) as overdue,
               coalesce(esc.escalations, 0) as escalations, cyc.avg_cycle_days
        from p left join leads on leads.owner = p.id left join cyc on cyc.owner = p.id
        left join held on held.assignee = p.id left join late on late.assignee = p.id
        left join ext on ext.owner = p.id left join esc on esc.recipient = p.id
        order by p.id`;
      return [...rows] as ManagerStatsRow[];
    },

    /** Leads (deals started in the period) by region: how many were won, lost, and the won deals' average cycle. */
    async regions(f: AnalyticsFilter): Promise<RegionRow[]> {
      const rows = await sql`
        select coalesce(c.region, d.client->>'region') as region, count(*)::int as leads,
               count(*) filter (where d.status = 'won')::int as won,
               count(*) filter (where d.status = 'lost')::int as lost,
               (avg(extract(epoch from d.closed_at - d.created_at) / 86400) filter (where d.status = 'won'))::float8
                 as avg_cycle_days
        from deals d left join companies c on c.id = d.company_id
        where true ${deal(f)} ${person(f, sql`d.owner`)} ${period(f, sql`d.created_at`)}
          ${f.stage !== undefined ? sql`and d.stage = ${f.stage}` : sql``}
        group by 1 order by 2 desc, 1 nulls last`;
      return [...rows] as RegionRow[];
    },

    /**
     * What the win model learns from and is judged on. A deal's factors:
     * `stage` and `sla` per stage it entered (not final; `sla` is whether a
     * visit to it outlasted the stage's SLA, judged as `/analytics/time` judges
     * it: breached, within, none),
     * the rest per deal (company or client industry and region, the client's
     * `source`, whether a competitor is named in the deal's fields, the owner).
     *
     * - `counts`: closed deals (closed in the period) per factor value: deals
     *   (or deal-stages for stage and sla) and wins, split into training and
     *   held out (a fixed fifth of deals by a hash of their id).
     * - `heldOut`: every (held-out closed deal, stage it entered) as it stood then.
     * - `open`: active deals the caller may see, as they stand now.
     *
     * `parts: 'open'` reads the open deals only (to score them with a stored model).
     */
    async winData(
      f: AnalyticsFilter,
      parts: 'all' | 'open' = 'all',
    ): Promise<{
      counts: FactorCountRow[];
      base: Array<{ heldOut: boolean; n: number; wins: number }>;
      heldOut: WinSnapshot[];
      open: WinSnapshot[];
    }> {
      const { owners, ...everyone } = f;
      const features = (g: AnalyticsFilter, which: Fragment) => sql`
        with st as materialized (${stages(g)}),
        dd as (
          select d.id, d.owner, d.status, d.stage as current_stage, d.regulation_id, d.regulation_version,
                 coalesce(c.industry, d.client->>'industry', 'unknown') as industry,
                 coalesce(c.region, d.client->>'region', 'unknown') as region,
                 coalesce(d.client->>'source', d.fields->>'source', 'unknown') as source,
                 case when coalesce(d.fields->>'competitor', '') <> '' then 'yes' else 'no' end as competitor,
                 abs(hashtext(d.id)) % 5 = 0 as held_out
          from deals d left join companies c on c.id = d.company_id
          where true ${deal(g)} ${person(g, sql`d.owner`)} ${which}),
        sv as (
          select v.deal_id, v.stage, max(v.entered_at) as entered, bool_or(v.left_at is null) as current,
                 case when min(st.sla) is null then 'none' when bool_or(${breached}) then 'breached'
                      else 'within' end as sla
          from analytics_stage_visits v join dd on dd.id = v.deal_id
          join st on st.regulation_id = dd.regulation_id and st.version = dd.regulation_version and st.stage = v.stage
          where st.final is null
          group by 1, 2)`;
      const closed: Fragment = sql`and d.status <> 'active' ${period(f, sql`d.closed_at`)}`;
      const learn = parts === 'all';
      const counts = !learn
        ? []
        : await sql`
        ${features(everyone, closed)},
        per_deal as (
          select held_out, status = 'won' as won, f.factor, f.value
          from dd cross join lateral (values ('industry', industry), ('region', region), ('source', source),
                                             ('competitor', competitor), ('manager', owner)) as f(factor, value)
          union all
          select dd.held_out, dd.status = 'won', f.factor, f.value
          from sv join dd on dd.id = sv.deal_id
          cross join lateral (values ('stage', sv.stage), ('sla', sv.sla)) as f(factor, value))
        select factor, value, held_out, count(*)::int as n, count(*) filter (where won)::int as wins
        from per_deal group by 1, 2, 3 order by 1, 2, 3`;
      const base = !learn
        ? []
        : await sql`
        select abs(hashtext(d.id)) % 5 = 0 as held_out, count(*)::int as n,
               count(*) filter (where d.status = 'won')::int as wins
        from deals d left join companies c on c.id = d.company_id
        where true ${deal(everyone)} ${person(everyone, sql`d.owner`)} ${closed}
        group by 1`;
      const heldOut = !learn
        ? []
        : await sql`
        ${features(everyone, closed)}
        select dd.id as deal_id, dd.owner, sv.stage, sv.sla, dd.industry, dd.region, dd.source, dd.competitor,
               dd.status = 'won' as won
        from sv join dd on dd.id = sv.deal_id where dd.held_out order by 1, 3`;
      const open = await sql`
        ${features(f, sql`and d.status = 'active' ${f.stage !== undefined ? sql`and d.stage = ${f.stage}` : sql``}`)}
        select dd.id as deal_id, dd.owner, dd.current_stage as stage, coalesce(sv.sla, 'none') as sla,
               dd.industry, dd.region, dd.source, dd.competitor, null::boolean as won
        from dd left join sv on sv.deal_id = dd.id and sv.stage = dd.current_stage order by 1`;
      return {
        counts: [...counts] as FactorCountRow[],
        base: [...base] as Array<{ heldOut: boolean; n: number; wins: number }>,
        heldOut: [...heldOut] as WinSnapshot[],
        open: [...open] as WinSnapshot[],
      };
    },
  };
}

export type AnalyticsRepo = ReturnType<typeof createAnalyticsRepo>;
