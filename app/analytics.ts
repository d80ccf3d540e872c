/**
 * Analytics for management: the funnel from stage entries (per period,
 * cohort or regulation version), time in stage against the SLA, compliance
 * with the tasks the regulation demanded, per-manager figures, lead
 * conversion by region, and the win probability of open deals.
 *
 * Access: directors and admins see everything, a head their department's
 * people, a manager themselves only (`visibleOwners`); the filters narrow
 * that further and never widen it.
 *
 * @module
 */
import { predictWin, trainWinModel, calibrate, type WinModel } from '../domain/win-model.js';
import { DomainError } from '../regulation/errors.js';
import {
  WIN_FACTORS,
  type AnalyticsFilter,
  type ComplianceGroup,
  type FunnelGroup,
  type WinSnapshot,
} from '../storage/analytics.repo.js';
import { visibleOwners, type Principal } from './access.js';
import type { AppContext } from './context.js';

/** The filters every analytics endpoint takes, as query strings. */
export interface FilterQuery {
  from?: string;
  to?: string;
  regulationId?: string;
  version?: string;
  stage?: string;
  department?: string;
  manager?: string;
  region?: string;
  industry?: string;
  companyId?: string;
  holdingId?: string;
}

function date(value: string | undefined, name: string): Date | undefined {
  if (value === undefined) return undefined;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new DomainError('VALIDATION_FAILED', `${name} "${value}" is not a date`);
  return d;
}

/** The query's filters, narrowed to the people the principal may see. */
export async function analyticsFilter(ctx: AppContext, p: Principal, q: FilterQuery): Promise<AnalyticsFilter> {
  const from = date(q.from, 'from');
  const to = date(q.to, 'to');
  if (from && to && from >= to) throw new DomainError('VALIDATION_FAILED', 'from must be before to');
  const owners = await visibleOwners(ctx, p);
  const f: AnalyticsFilter = {};
  if (from) f.from = from;
  if (to) f.to = to;
  if (q.regulationId !== undefined) f.regulationId = q.regulationId;
  if (q.version !== undefined) f.version = Number(q.version);
  if (q.stage !== undefined) f.stage = q.stage;
  if (q.department !== undefined) f.department = q.department;
  if (q.manager !== undefined) f.manager = q.manager;
  if (q.region !== undefined) f.region = q.region;
  if (q.industry !== undefined) f.industry = q.industry;
  if (q.companyId !== undefined) f.companyId = q.companyId;
  if (q.holdingId !== undefined) f.holdingId = q.holdingId;
  if (owners) f.owners = owners;
  return f;
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

/**
 * Deals entering each stage (first entry per deal, in the period), how many
 * went on to a later stage of their regulation (conversion), and how many were
 * lost from it, with the lost reasons and competitors. `cohort`: by the month
 * deals started (the period then selects deals by their start); `version`:
 * one series per regulation version (`versions` picks which).
 */
export async function stageFunnel(
  ctx: AppContext,
  p: Principal,
  q: FilterQuery & { groupBy?: 'none' | 'cohort'; compare?: 'version'; versions?: string },
) {
  const f = await analyticsFilter(ctx, p, q);
  const group: FunnelGroup = q.compare === 'version' ? 'version' : (q.groupBy ?? 'none');
  if (group === 'version' && !f.regulationId)
    throw new DomainError('VALIDATION_FAILED', 'compare=version needs regulationId');
  const wanted = q.versions?.split(',').map((v) => v.trim());
  const { stages, losses } = await ctx.analytics.funnel(f, group);
  const series = new Map<string | null, ReturnType<typeof stageOf>[]>();
  function stageOf(r: (typeof stages)[number]) {
    const here = losses.filter((l) => l.key === r.key && l.stage === r.stage);
    const tally = (pick: (l: (typeof here)[number]) => string | null) => {
      const m = new Map<string, number>();
      for (const l of here) {
        const k = pick(l);
        if (k !== null) m.set(k, (m.get(k) ?? 0) + l.deals);
      }
      return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, deals]) => ({ k, deals }));
    };
    return {
      stage: r.stage,
      order: r.ord,
      entered: r.entered,
      advanced: r.advanced,
      conversion: ratio(r.advanced, r.entered),
      lost: r.lost,
      dropOff: ratio(r.lost, r.entered),
      won: r.won,
      lostReasons: tally((l) => l.reason).map(({ k, deals }) => ({ reason: k, deals })),
      competitors: tally((l) => l.competitor).map(({ k, deals }) => ({ competitor: k, deals })),
    };
  }
  for (const r of stages) {
    if (group === 'version' && wanted && !wanted.includes(r.key ?? '')) continue;
    const list = series.get(r.key) ?? [];
    list.push(stageOf(r));
    series.set(r.key, list);
  }
  return { groupBy: group, series: [...series].map(([key, stageList]) => ({ key, stages: stageList })) };
}

/**
 * Time in each stage and the whole cycle (median and p90), in wall time and in
 * working time of the deal's regulation calendar, against each stage's SLA:
 * judged in working time, as the engine's SLA timers count it (`breachClock`
 * says so per stage; an SLA in months or years is judged in wall time).
 */
export async function stageTimes(ctx: AppContext, p: Principal, q: FilterQuery) {
  const f = await analyticsFilter(ctx, p, q);
  const [stages, cycle] = await Promise.all([ctx.analytics.stageTimes(f), ctx.analytics.cycle(f)]);
  return {
    clock: 'wall' as const,
    stages: stages.map((s) => ({
      stage: s.stage,
      order: s.ord,
      visits: s.visits,
      completed: s.completed,
      medianHours: s.medianHours,
      p90Hours: s.p90Hours,
      medianWorkingHours: s.medianWorkingHours,
      p90WorkingHours: s.p90WorkingHours,
      sla: s.sla,
      withSla: s.withSla,
      breached: s.breached,
      breachedShare: ratio(s.breached, s.withSla),
      breachClock: s.breachClock,
    })),
    cycle: cycle.map((c) => ({
      status: c.status,
      deals: c.deals,
      medianDays: c.medianDays,
      p90Days: c.p90Days,
      avgDays: c.avgDays,
      medianWorkingHours: c.medianWorkingHours,
      p90WorkingHours: c.p90WorkingHours,
    })),
  };
}

/** Tasks the regulation demanded by kind (and manager, department or company): done on time, late, cancelled, open, overdue. */
export async function compliance(
  ctx: AppContext,
  p: Principal,
  q: FilterQuery & { kind?: string; groupBy?: ComplianceGroup },
) {
  const f = await analyticsFilter(ctx, p, q);
  const group = q.groupBy ?? 'none';
  const rows = await ctx.analytics.compliance({ ...f, ...(q.kind !== undefined ? { kind: q.kind } : {}) }, group);
  return { groupBy: group, rows };
}

/** Moves the regulation refused, per person and refusal code. */
export async function refusals(ctx: AppContext, p: Principal, q: FilterQuery) {
  return { rows: await ctx.analytics.refusals(await analyticsFilter(ctx, p, q)) };
}

/** Per manager: leads, wins, calls, meetings, overdue tasks, escalations, average cycle. */
export async function managerStats(ctx: AppContext, p: Principal, q: FilterQuery) {
  const rows = await ctx.analytics.managers(await analyticsFilter(ctx, p, q));
  return { rows: rows.map((r) => ({ ...r, conversion: ratio(r.won, r.leads) })) };
}

const SIX_MONTHS_MS = 183 * 24 * 3600 * 1000;

/** Leads by region and the share that became sales; without `from`, the six months before `to` (or now). */
export async function regionConversion(ctx: AppContext, p: Principal, q: FilterQuery) {
  const f = await analyticsFilter(ctx, p, q);
  if (!f.from) f.from = new Date((f.to ?? new Date()).getTime() - SIX_MONTHS_MS);
  const rows = await ctx.analytics.regions(f);
  return {
    from: f.from.toISOString(),
    to: (f.to ?? null)?.toISOString() ?? null,
    rows: rows.map((r) => ({ ...r, conversion: ratio(r.won, r.leads) })),
  };
}

const valuesOf = (s: WinSnapshot) =>
  WIN_FACTORS.map((factor) => [factor, factor === 'manager' ? s.owner : s[factor]] as const);

function model(
  counts: Awaited<ReturnType<AppContext['analytics']['winData']>>['counts'],
  base: { n: number; wins: number },
  use: (heldOut: boolean) => boolean,
): WinModel {
  const merged = new Map<string, { factor: string; value: string; n: number; wins: number }>();
  for (const c of counts) {
    if (!use(c.heldOut)) continue;
    const k = `${c.factor}\u0000${c.value}`;
    const m = merged.get(k) ?? { factor: c.factor, value: c.value, n: 0, wins: 0 };
    m.n += c.n;
    m.wins += c.wins;
    merged.set(k, m);
  }
  return trainWinModel(base, [...merged.values()]);
}

type WinData = Awaited<ReturnType<AppContext['analytics']['winData']>>;

/** Trains on four fifths of the closed deals to judge on the rest, and on all of them to score open deals. */
function learn(data: WinData) {
  const sum = (use: (h: boolean) => boolean) =>
    data.base
      .filter((b) => use(b.heldOut))
      .reduce((s, b) => ({ n: s.n + b.n, wins: s.wins + b.wins }), { n: 0, wins: 0 });
  const training = model(
    data.counts,
    sum((h) => !h),
    (h) => !h,
  );
  const full = model(
    data.counts,
    sum(() => true),
    () => true,
  );
  const held = data.heldOut.map((s) => ({ probability: predictWin(training, valuesOf(s)).probability, won: !!s.won }));
  const calibration = {
    trainingDeals: training.deals,
    heldOutDeals: sum((h) => h).n,
    ...calibrate(held, training.baseRate),
  };
  return { model: full, calibration };
}

type Learned = ReturnType<typeof learn>;

/** The scope of the scheduled model: every closed deal. */
export const WIN_MODEL_SCOPE = 'all';

/**
 * Refits the win model on every closed deal and stores it with its
 * calibration and the time of the refit: what the win model's Temporal
 * schedule runs.
 */
export async function refitWinModel(ctx: AppContext) {
  const { model: m, calibration } = learn(await ctx.analytics.winData({}));
  const refreshedAt = await ctx.analytics.saveWinModel(WIN_MODEL_SCOPE, m, calibration);
  return { refreshedAt: refreshedAt.toISOString(), deals: m.deals, brier: calibration.brier };
}

/** Whether the filter changes which closed deals the model learns from (then it is fitted on request). */
const narrowsLearning = (q: FilterQuery) =>
  (
    [
      'from',
      'to',
      'regulationId',
      'version',
      'department',
      'manager',
      'region',
      'industry',
      'companyId',
      'holdingId',
    ] as const
  ).some((k) => q[k] !== undefined);

/**
 * Win probability of open deals, explained by each factor's contribution, and
 * the model's calibration: trained on four fifths of the closed deals and
 * judged on the held-out fifth at each stage they entered (Brier score against
 * the base rate's, and a reliability table). Open deals are scored by the
 * model trained on all closed deals: the one the schedule last refitted (with
 * when), unless the filter narrows the closed deals learned from, or no refit
 * has run yet; then it is fitted on request.
 */
export async function winProbability(ctx: AppContext, p: Principal, q: FilterQuery & { limit?: string }) {
  const f = await analyticsFilter(ctx, p, q);
  const stored = narrowsLearning(q)
    ? undefined
    : await ctx.analytics.winModel<WinModel, Learned['calibration']>(WIN_MODEL_SCOPE);
  const data = await ctx.analytics.winData(f, stored ? 'open' : 'all');
  const { model: full, calibration } = stored ? { model: stored.model, calibration: stored.calibration } : learn(data);
  const deals = data.open
    .map((s) => {
      const { probability, contributions } = predictWin(full, valuesOf(s));
      return { dealId: s.dealId, owner: s.owner, stage: s.stage, probability, contributions };
    })
    .sort((a, b) => b.probability - a.probability || a.dealId.localeCompare(b.dealId))
    .slice(0, q.limit ? Number(q.limit) : 500);
  return {
    computed: stored ? ('schedule' as const) : ('on request' as const),
    refreshedAt: stored ? stored.refreshedAt.toISOString() : null,
    model: {
      method: 'naive Bayes: smoothed per-factor win rates combined as log-odds',
      deals: full.deals,
      wins: full.wins,
      baseRate: full.baseRate,
      smoothing: full.smoothing,
      factors: full.factors.map((x) => ({
        factor: x.factor,
        value: x.value,
        n: x.n,
        wins: x.wins,
        rate: x.rate,
        weight: x.weight,
      })),
    },
    calibration,
    deals,
  };
}
