/**
 * A seeded read model for the analytics tests: deals, their stage events,
 * tasks, escalations, logged calls and refused moves, generated from a seed
 * and inserted directly in SQL (no workflows). The generated objects are
 * returned too, so a test computes its expected answers in TypeScript,
 * independently of the SQL under test.
 */
import { rebuildAnalyticsSummaries } from '../../storage/analytics-summaries.js';
import type { Sql } from '../../storage/db.js';

export const STAGES = ['lead', 'qualify', 'proposal', 'won', 'lost'] as const;
/** The stages' SLAs in working hours of the default calendar (09–18): P2D is two working days of 9 hours. */
export const SLA_WORKING_HOURS: Record<string, number | undefined> = { lead: 18, qualify: 45 };
const SLA: Record<string, string> = { lead: 'P2D', qualify: 'P5D' };
const KIND: Record<string, string> = { lead: 'call', qualify: 'meeting', proposal: 'document' };

export interface SeedVisit {
  stage: string;
  entered: Date;
  left: Date | null;
}

export interface SeedTask {
  id: string;
  dealId: string;
  stage: string;
  kind: string;
  assignee: string;
  status: 'open' | 'done' | 'cancelled';
  outcome: string | null;
  dueAt: Date;
  createdAt: Date;
  closedAt: Date | null;
}

export interface SeedDeal {
  id: string;
  regulationId: string;
  version: number;
  owner: string;
  companyId: string | null;
  client: Record<string, string>;
  status: 'active' | 'won' | 'lost';
  stage: string;
  createdAt: Date;
  closedAt: Date | null;
  fields: Record<string, string>;
  visits: SeedVisit[];
  tasks: SeedTask[];
  loggedCalls: Date[];
  escalations: Array<{ recipient: string; at: Date }>;
}

export interface Seed {
  prefix: string;
  regulationId: string;
  departments: [string, string];
  managers: Array<{ id: string; department: string; role: 'manager' | 'head' }>;
  companies: Array<{ id: string; region: string; industry: string; holdingId: string | null }>;
  deals: SeedDeal[];
  attempts: Array<{ dealId: string; actor: string; code: string; at: Date }>;
  /** The regulation's business calendar (rules/calendar.ts); none: the default one. */
  calendar?: Record<string, unknown>;
}

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const H = 3600_000;

export function generateSeed(prefix: string, n = 80, seed = 7): Seed {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const departments: [string, string] = [`${prefix}-sales`, `${prefix}-key`];
  const managers = [
    { id: `${prefix}-m1`, department: departments[0], role: 'manager' as const },
    { id: `${prefix}-m2`, department: departments[0], role: 'manager' as const },
    { id: `${prefix}-m3`, department: departments[1], role: 'manager' as const },
    { id: `${prefix}-head`, department: departments[0], role: 'head' as const },
  ];
  const owners = managers.filter((m) => m.role === 'manager').map((m) => m.id);
  const companies = [
    { id: `${prefix}-c1`, region: 'north', industry: 'retail', holdingId: `${prefix}-h1` },
    { id: `${prefix}-c2`, region: 'south', industry: 'retail', holdingId: `${prefix}-h1` },
    { id: `${prefix}-c3`, region: 'north', industry: 'construction', holdingId: null },
  ];
  const regulationId = `${prefix}-reg`;
  const deals: SeedDeal[] = [];
  const attempts: Seed['attempts'] = [];
  const start = Date.UTC(2025, 0, 1);
  for (let i = 0; i < n; i++) {
    const id = `${prefix}-d${i}`;
    const owner = pick(owners);
    const company = r() < 0.85 ? pick(companies) : null;
    const createdAt = new Date(start + Math.floor(r() * 90 * 24) * H);
    const reach = 1 + Math.floor(r() * 3); // stages entered: lead…proposal
    const outcome = r() < 0.2 ? 'active' : r() < 0.45 ? 'won' : 'lost';
    const visits: SeedVisit[] = [];
    const tasks: SeedTask[] = [];
    let t = createdAt.getTime();
    for (let s = 0; s < reach; s++) {
      const stage = STAGES[s]!;
      const hours = 1 + Math.floor(r() * 200);
      const entered = new Date(t);
      const last = s === reach - 1;
      const left = last && outcome === 'active' ? null : new Date(t + hours * H);
      visits.push({ stage, entered, left });
      const dueAt = new Date(t + 24 * H);
      const roll = r();
      const open = left === null;
      const status: SeedTask['status'] = open && roll < 0.7 ? 'open' : roll < 0.1 ? 'cancelled' : 'done';
      const outcomeText = status === 'done' && roll > 0.9 ? 'cancelled' : status === 'done' ? 'held' : null;
      const closedAt = status === 'open' ? null : new Date(t + Math.floor(r() * 48) * H);
      tasks.push({
        id: `${id}:1:${stage}`,
        dealId: id,
        stage,
        kind: KIND[stage]!,
        assignee: owner,
        status,
        outcome: outcomeText,
        dueAt,
        createdAt: entered,
        closedAt,
      });
      t += hours * H;
    }
    let stage = STAGES[reach - 1]!;
    let closedAt: Date | null = null;
    const fields: Record<string, string> = {};
    if (outcome !== 'active') {
      stage = outcome;
      closedAt = new Date(t);
      visits.push({ stage, entered: closedAt, left: null });
      if (outcome === 'lost') {
        fields.lost_reason = r() < 0.5 ? 'price' : 'competitor';
        if (fields.lost_reason === 'competitor') fields.competitor = pick(['Gorizont', 'Vektor']);
      }
    }
    const loggedCalls = r() < 0.3 ? [new Date(createdAt.getTime() + 2 * H)] : [];
    const escalations = r() < 0.25 ? [{ recipient: owner, at: new Date(createdAt.getTime() + 30 * H) }] : [];
    if (r() < 0.2)
      attempts.push({ dealId: id, actor: owner, code: pick(['REQUIRED_TASKS', 'MISSING_FIELDS']), at: createdAt });
    deals.push({
      id,
      regulationId,
      version: r() < 0.5 ? 1 : 2,
      owner,
      companyId: company?.id ?? null,
      client: company ? { name: company.id } : { name: `client ${i}`, region: 'west', industry: 'retail' },
      status: outcome,
      stage,
      createdAt,
      closedAt,
      fields,
      visits,
      tasks,
      loggedCalls,
      escalations,
    });
  }
  return { prefix, regulationId, departments, managers, companies, deals, attempts };
}

const regulationBody = (id: string, calendar?: Record<string, unknown>) => ({
  id,
  title: 'Analytics test funnel',
  ...(calendar ? { calendar } : {}),
  stages: STAGES.map((key) => ({
    key,
    title: key,
    ...(SLA[key] ? { sla: SLA[key] } : {}),
    ...(key === 'won' || key === 'lost' ? { final: key } : {}),
  })),
});

/** Inserts the seed's people, companies, regulation versions, deals, events, tasks, notifications and attempts. */
export async function insertSeed(sql: Sql, s: Seed): Promise<void> {
  for (const m of s.managers)
    await sql`insert into managers (id, name, role, department, timezone) values (${m.id}, ${m.id}, ${m.role}, ${m.department}, 'UTC')
              on conflict (id) do nothing`;
  await sql`insert into holdings (id, name) values (${`${s.prefix}-h1`}, 'Holding') on conflict do nothing`;
  for (const c of s.companies)
    await sql`insert into companies (id, name, normalized_name, region, industry, holding_id, manager)
              values (${c.id}, ${c.id}, ${c.id}, ${c.region}, ${c.industry}, ${c.holdingId}, 'nobody')
              on conflict do nothing`;
  for (const version of [1, 2])
    await sql`insert into regulations (id, version, hash, title, body, published_by)
              values (${s.regulationId}, ${version}, ${`h${version}`}, 'Analytics test',
                      ${sql.json(regulationBody(s.regulationId, s.calendar) as never)}, 'test')`;
  const json = (rows: unknown[]) => sql.json(JSON.parse(JSON.stringify(rows)));
  await sql`
    insert into deals (id, regulation_id, regulation_version, stage, status, owner, client, fields, company_id,
                       created_at, updated_at, closed_at)
    select id, regulation_id, regulation_version, stage, status, owner, client, fields, company_id,
           created_at, coalesce(closed_at, created_at), closed_at
    from jsonb_to_recordset(${json(
      s.deals.map((d) => ({
        id: d.id,
        regulation_id: d.regulationId,
        regulation_version: d.version,
        stage: d.stage,
        status: d.status,
        owner: d.owner,
        client: d.client,
        fields: d.fields,
        company_id: d.companyId,
        created_at: d.createdAt,
        closed_at: d.closedAt,
      })),
    )}) as x(id text, regulation_id text, regulation_version int, stage text, status text, owner text, client jsonb,
             fields jsonb, company_id text, created_at timestamptz, closed_at timestamptz)`;
  const events: unknown[] = [];
  for (const d of s.deals) {
    let seq = 0;
    const push = (type: string, at: Date, data: object) =>
      events.push({ id: `${d.id}:${++seq}`, deal_id: d.id, seq, type, actor: d.owner, at, data });
    push('deal.started', d.createdAt, {});
    for (const v of d.visits) {
      push('stage.entered', v.entered, { stage: v.stage, visit: 1 });
      if (v.left) push('stage.left', v.left, { stage: v.stage, visit: 1 });
    }
    if (d.closedAt) push('deal.closed', d.closedAt, { outcome: d.status });
    for (const at of d.loggedCalls) push('external.call.logged', at, { phone: '+7 900' });
  }
  await sql`
    insert into events (id, deal_id, seq, ord, type, actor, at, data)
    select id, deal_id, seq, 0, type, actor, at, data
    from jsonb_to_recordset(${json(events)}) as x(id text, deal_id text, seq int, type text, actor text,
                                                  at timestamptz, data jsonb)`;
  await sql`
    insert into tasks (id, deal_id, stage, visit, key, title, required, assignee, status, due_at, outcome, created_at,
                       closed_at, kind)
    select id, deal_id, stage, 1, stage, stage, true, assignee, status, due_at, outcome, created_at, closed_at, kind
    from jsonb_to_recordset(${json(
      s.deals.flatMap((d) =>
        d.tasks.map((t) => ({
          id: t.id,
          deal_id: t.dealId,
          stage: t.stage,
          assignee: t.assignee,
          status: t.status,
          due_at: t.dueAt,
          outcome: t.outcome,
          created_at: t.createdAt,
          closed_at: t.closedAt,
          kind: t.kind,
        })),
      ),
    )}) as x(id text, deal_id text, stage text, assignee text, status text, due_at timestamptz, outcome text,
             created_at timestamptz, closed_at timestamptz, kind text)`;
  for (const d of s.deals)
    for (const e of d.escalations)
      await sql`insert into notifications (id, deal_id, recipient, kind, title, created_at)
                values (${`${d.id}:esc`}, ${d.id}, ${e.recipient}, 'escalation', 'overdue', ${e.at})`;
  for (const a of s.attempts)
    await sql`insert into deal_attempts (deal_id, actor, action, code, reason, at)
              values (${a.dealId}, ${a.actor}, 'event', ${a.code}, 'refused', ${a.at})`;
  // The rows went in directly, not through transitions: bring the summaries up to date as a transition would.
  await rebuildAnalyticsSummaries(
    sql,
    s.deals.map((d) => d.id),
  );
}

/** percentile_cont: linear interpolation between the closest ranks. */
export function percentileCont(values: number[], p: number): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const pos = p * (s.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}
