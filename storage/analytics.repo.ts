/**
 * What management reads: the funnel from stage entries, time in stage against
 * the SLA, compliance with the tasks the regulation demanded, per-manager
 * figures, lead conversion by region, and the counts the win model learns
 * from. Everything is read from the read model (deals, tasks, events,
 * notifications, deal_attempts) with set-based SQL; nothing here writes.
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
  sla: string | null;
  withSla: number;
  breached: number;
}

export interface CycleRow {
  status: 'won' | 'lost';
  deals: number;
  medianDays: number | null;
  p90Days: number | null;
  avgDays: number | null;
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
   * Each stage visit of the deals in `dd` (a CTE of the calling query) with
   * its entry and exit times, from the append-only events.
   */
  const stageVisits = () => sql`
    select e.deal_id, e.data->>'stage' as stage, e.data->>'visit' as visit,
           min(e.at) filter (where e.type = 'stage.entered') as entered,
           min(e.at) filter (where e.type = 'stage.left') as left_at
    from events e join dd on dd.id = e.deal_id
    where e.type in ('stage.entered', 'stage.left')
    group by 1, 2, 3`;
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

  /** Each stage of each regulation version in the deals' scope: its position, final outcome and SLA. */
  const stages = (f: AnalyticsFilter) => sql`
    select r.id as regulation_id, r.version, x.s->>'key' as stage, x.o::int as ord, x.s->>'final' as final,
           x.s->>'sla' as sla
    from regulations r cross join lateral jsonb_array_elements(r.body->'stages') with ordinality as x(s, o)
    where true ${f.regulationId !== undefined ? sql`and r.id = ${f.regulationId}` : sql``}
      ${f.version !== undefined ? sql`and r.version = ${f.version}` : sql``}`;

  /** The deals in scope, their owner being someone the filter names. */
  const scopedDeals = (f: AnalyticsFilter, extra = sql``) => sql`
    select d.id, d.regulation_id, d.regulation_version, d.status, d.owner, d.created_at, d.closed_at, d.fields
    from deals d left join companies c on c.id = d.company_id
    where true ${deal(f)} ${person(f, sql`d.owner`)} ${extra}`;

  /**
   * The first entry of each deal into each stage, with the stage's position
   * in its regulation, plus how far the deal got (the furthest stage that is
   * not a loss) and, for a lost deal, the stage it was lost from (the last
   * one it entered before the lost stage).
   */
  const entries = (f: AnalyticsFilter, group: FunnelGroup) => sql`
    with st as (${stages(f)}),
    dd as (${scopedDeals(f, group === 'cohort' ? period(f, sql`d.created_at`) : alive(f))}),
    en as (
      select e.deal_id, e.data->>'stage' as stage, min(e.at) as at
      from events e join dd on dd.id = e.deal_id
      where e.type = 'stage.entered'
      group by 1, 2),
    x as (
      select dd.id, dd.status, dd.fields, dd.regulation_version, dd.created_at, en.stage, en.at,
             coalesce(st.ord, 0) as ord, st.final
      from en join dd on dd.id = en.deal_id
      left join st on st.regulation_id = dd.regulation_id and st.version = dd.regulation_version and st.stage = en.stage),
    reach as (
      select id, max(ord) filter (where final is distinct from 'lost') as furthest,
             (array_agg(stage order by at desc) filter (where final is null))[1] as lost_from
      from x group by id),
    rows as (
      select ${
        group === 'cohort'
          ? sql`to_char(date_trunc('month', x.created_at), 'YYYY-MM')`
          : group === 'version'
            ? sql`x.regulation_version::text`
            : sql`null::text`
      } as key, x.*, reach.furthest > x.ord as advanced,
             (x.status = 'lost' and reach.lost_from = x.stage) as lost_here
      from x join reach on reach.id = x.id
      where true ${group === 'cohort' ? sql`` : period(f, sql`x.at`)}
        ${f.stage !== undefined ? sql`and x.stage = ${f.stage}` : sql``})`;

  return {
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
     * Wall time of each visit to a stage (stage.entered to the stage.left of
     * the same visit), for visits entered in the period; a visit still open is
     * breached once it has outlasted the SLA. Final stages are left out.
     */
    async stageTimes(f: AnalyticsFilter): Promise<StageTimeRow[]> {
      const rows = await sql`
        with st as (${stages(f)}),
        dd as (${scopedDeals(f, alive(f))}),
        v as (${stageVisits()}),
        vv as (
          select v.*, st.ord, st.sla, extract(epoch from v.left_at - v.entered) / 3600 as hours,
                 st.sla is not null and coalesce(v.left_at, now()) - v.entered > st.sla::interval as breached
          from v join dd on dd.id = v.deal_id
          join st on st.regulation_id = dd.regulation_id and st.version = dd.regulation_version and st.stage = v.stage
          where v.entered is not null and st.final is null ${period(f, sql`v.entered`)}
            ${f.stage !== undefined ? sql`and v.stage = ${f.stage}` : sql``})
        select stage, min(ord)::int as ord, count(*)::int as visits, count(left_at)::int as completed,
               percentile_cont(0.5) within group (order by hours) as median_hours,
               percentile_cont(0.9) within group (order by hours) as p90_hours,
               min(sla) as sla, count(*) filter (where sla is not null)::int as with_sla,
               count(*) filter (where breached)::int as breached
        from vv group by stage order by 2, 1`;
      return [...rows] as StageTimeRow[];
    },

    /** Closed deals' cycle (created to closed), for deals closed in the period. */
    async cycle(f: AnalyticsFilter): Promise<CycleRow[]> {
      const rows = await sql`
        with dd as (${scopedDeals(f, sql`and d.status <> 'active' ${period(f, sql`d.closed_at`)}`)}),
        x as (select status, extract(epoch from closed_at - created_at) / 86400 as days from dd)
        select status, count(*)::int as deals,
               percentile_cont(0.5) within group (order by days) as median_days,
               percentile_cont(0.9) within group (order by days) as p90_days,
               avg(days)::float8 as avg_days
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
                 (t.status = 'cancelled' or (t.status = 'done' and t.outcome = 'cancelled')) as cancelled
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
               count(*) filter (where status = 'open' and due_at < now())::int as overdue
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
      const rows = await sql`
        with p as (
          select m.id, m.name, m.department, m.region from managers m
          where m.role in ('manager', 'head') ${person(f, sql`m.id`)}),
        dd as (${scopedDeals(f, f.stage !== undefined ? sql`and d.stage = ${f.stage}` : sql``)}),
        leads as (
          select owner, count(*)::int as leads, count(*) filter (where status = 'won')::int as won,
                 count(*) filter (where status = 'lost')::int as lost
          from dd where true ${period(f, sql`created_at`)} group by owner),
        cyc as (
          select owner, avg(extract(epoch from closed_at - created_at) / 86400)::float8 as avg_cycle_days
          from dd where status = 'won' ${period(f, sql`closed_at`)} group by owner),
        tk as (
          select t.assignee,
                 count(*) filter (where t.kind = 'call' and t.status = 'done' and t.outcome is distinct from 'cancelled'
                                  ${period(f, sql`t.closed_at`)})::int as calls,
                 count(*) filter (where t.kind = 'meeting' and t.status = 'done' and t.outcome is distinct from 'cancelled'
                                  ${period(f, sql`t.closed_at`)})::int as meetings,
                 count(*) filter (where t.status = 'open' and t.due_at < now())::int as overdue
          from tasks t join dd on dd.id = t.deal_id
          where t.assignee in (select id from p)
            and (t.status = 'open' or (t.status = 'done' ${period(f, sql`t.closed_at`)}))
          group by 1),
        ext as (
          select dd.owner, count(*)::int as logged_calls
          from events e join dd on dd.id = e.deal_id
          where e.type = 'external.call.logged' ${period(f, sql`e.at`)}
          group by 1),
        esc as (
          select n.recipient, count(*)::int as escalations
          from notifications n join dd on dd.id = n.deal_id
          where n.kind = 'escalation' and n.recipient in (select id from p) ${period(f, sql`n.created_at`)}
          group by 1)
        select p.id as manager, p.name, p.department, p.region,
               coalesce(leads.leads, 0) as leads, coalesce(leads.won, 0) as won, coalesce(leads.lost, 0) as lost,
               coalesce(tk.calls, 0) as calls, coalesce(ext.logged_calls, 0) as logged_calls,
               coalesce(tk.meetings, 0) as meetings, coalesce(tk.overdue, 0) as overdue,
               coalesce(esc.escalations, 0) as escalations, cyc.avg_cycle_days
        from p left join leads on leads.owner = p.id left join cyc on cyc.owner = p.id
        left join tk on tk.assignee = p.id left join ext on ext.owner = p.id left join esc on esc.recipient = p.id
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
     * `stage` and `sla` per stage it entered (not final; `sla` is whether that
     * visit outlasted the stage's SLA in wall time: breached, within, none),
     * the rest per deal (company or client industry and region, the client's
     * `source`, whether a competitor is named in the deal's fields, the owner).
     *
     * - `counts`: closed deals (closed in the period) per factor value: deals
     *   (or deal-stages for stage and sla) and wins, split into training and
     *   held out (a fixed fifth of deals by a hash of their id).
     * - `heldOut`: every (held-out closed deal, stage it entered) as it stood then.
     * - `open`: active deals the caller may see, as they stand now.
     */
    async winData(f: AnalyticsFilter): Promise<{
      counts: FactorCountRow[];
      base: Array<{ heldOut: boolean; n: number; wins: number }>;
      heldOut: WinSnapshot[];
      open: WinSnapshot[];
    }> {
      const { owners, ...everyone } = f;
      const features = (g: AnalyticsFilter, which: Fragment) => sql`
        with st as (${stages(g)}),
        dd as (
          select d.id, d.owner, d.status, d.stage as current_stage, d.regulation_id, d.regulation_version,
                 coalesce(c.industry, d.client->>'industry', 'unknown') as industry,
                 coalesce(c.region, d.client->>'region', 'unknown') as region,
                 coalesce(d.client->>'source', d.fields->>'source', 'unknown') as source,
                 case when coalesce(d.fields->>'competitor', '') <> '' then 'yes' else 'no' end as competitor,
                 abs(hashtext(d.id)) % 5 = 0 as held_out
          from deals d left join companies c on c.id = d.company_id
          where true ${deal(g)} ${person(g, sql`d.owner`)} ${which}),
        v as (${stageVisits()}),
        sv as (
          select v.deal_id, v.stage, max(v.entered) as entered, bool_or(v.left_at is null) as current,
                 case when min(st.sla) is null then 'none'
                      when bool_or(coalesce(v.left_at, now()) - v.entered > st.sla::interval) then 'breached'
                      else 'within' end as sla
          from v join dd on dd.id = v.deal_id
          join st on st.regulation_id = dd.regulation_id and st.version = dd.regulation_version and st.stage = v.stage
          where v.entered is not null and st.final is null
          group by 1, 2)`;
      const closed: Fragment = sql`and d.status <> 'active' ${period(f, sql`d.closed_at`)}`;
      const counts = await sql`
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
      const base = await sql`
        select abs(hashtext(d.id)) % 5 = 0 as held_out, count(*)::int as n,
               count(*) filter (where d.status = 'won')::int as wins
        from deals d left join companies c on c.id = d.company_id
        where true ${deal(everyone)} ${person(everyone, sql`d.owner`)} ${closed}
        group by 1`;
      const heldOut = await sql`
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
