/**
 * Analytics at scale: generates a read model with set-based SQL
 * (generate_series) — by default ~50,000 deals, 200 managers, 6 regulations
 * and 1,000,000 events — then times the funnel, compliance and per-manager
 * queries, time in stage with the cycle (through the repository, as a
 * director: no owner filter), cold and warm, and prints median and p99. Then
 * the cost of keeping the analytics summaries current, twice:
 *
 * - the transaction that records a transition (the deal activity's, less the
 *   rules' reads: the applied-seq check and `writeTransition`), with and
 *   without the summary upkeep, alternated deal by deal in one run;
 * - the round trip a manager waits for (`bench/summaries.bench.ts`: POST
 *   complete → Temporal update → workflow → local activity → answer) on two
 *   workers against this database, one keeping the summaries and one not,
 *   alternated; ANALYTICS_ROUNDTRIP_DEALS deals each (default 100), five
 *   stages each.
 *
 * Each with median, p99 and their ratio.
 *
 * Cold: the first run after PostgreSQL restarted (its shared buffers are
 * empty; the operating system's page cache is not dropped), on a new
 * connection. Warm: repeated runs on a warm connection.
 *
 *   npm run bench:analytics                       # embedded PostgreSQL, full scale
 *   ANALYTICS_DEALS=10000 npm run bench:analytics  # smaller
 *   DATABASE_URL=… npm run bench:analytics         # an existing (throw-away!) database; no restarts: cold = new connection
 *
 * @module
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../runtime/ports.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../runtime/postgres.js';
import type { DealTransition, TaskRecord } from '../domain/transition.js';
import { rebuildAnalyticsSummaries } from '../storage/analytics-summaries.js';
import { createAnalyticsRepo, type AnalyticsFilter } from '../storage/analytics.repo.js';
import { connect, migrate, type Sql } from '../storage/db.js';
import { createDealRepo } from '../storage/deals.repo.js';
import { ms, summarize } from './stats.js';
import { transitionRoundTrip } from './summaries.bench.js';

const DEALS = Number(process.env.ANALYTICS_DEALS ?? 50_000);
const EVENTS = DEALS * 20;
const WARM_RUNS = Number(process.env.ANALYTICS_WARM_RUNS ?? 50);
const COLD_RUNS = Number(process.env.ANALYTICS_COLD_RUNS ?? 5);
const TRANSITIONS = Number(process.env.ANALYTICS_TRANSITIONS ?? 1000);
const ROUNDTRIP_DEALS = Number(process.env.ANALYTICS_ROUNDTRIP_DEALS ?? 100);
const log = (line: string) => console.log(line);

async function generate(sql: Sql) {
  const t0 = Date.now();
  const stages = `[{"key":"s1","sla":"P2D"},{"key":"s2","sla":"P5D"},{"key":"s3","sla":"P3D"},{"key":"s4"},{"key":"s5","sla":"P1D"},{"key":"won","final":"won"},{"key":"lost","final":"lost"}]`;
  await sql.unsafe(`
    insert into regulations (id, version, hash, title, body, published_by)
    select 'r' || i, 1, 'h', 'Bench ' || i, jsonb_build_object('id', 'r' || i, 'stages', '${stages}'::jsonb), 'bench'
    from generate_series(0, 5) i;
    insert into managers (id, name, role, department, region, timezone)
    select 'm' || i, 'Manager ' || i, 'manager', 'dep' || (i % 10), 'reg' || (i % 8), 'UTC' from generate_series(0, 199) i;
    insert into holdings (id, name) select 'h' || i, 'Holding ' || i from generate_series(0, 499) i;
    insert into companies (id, name, normalized_name, region, industry, holding_id, manager, status)
    select 'c' || i, 'Company ' || i, 'company ' || i, 'reg' || (i % 8), 'ind' || (i % 12),
           case when i % 3 = 0 then 'h' || (i % 500) end, 'm' || (i % 200), 'client'
    from generate_series(0, 4999) i;`);
  // Each deal: how many stages it entered (1–5), its outcome, its start over one year.
  await sql.unsafe(`
    create temp table bd as
    select 'b' || i as id, 'r' || (i % 6) as regulation_id, 'm' || ((i * 7) % 200) as owner,
           'c' || ((i * 13) % 5000) as company_id,
           timestamptz '2024-01-01' + (i::float8 / ${DEALS} * 365) * interval '1 day' as created_at,
           1 + (abs(hashtext(i::text)) % 5) as reach,
           case when abs(hashtext('o' || i)) % 10 < 2 then 'active'
                when abs(hashtext('w' || i)) % 10 < 4 then 'won' else 'lost' end as status,
           (abs(hashtext('h' || i)) % 120) + 1 as hours
    from generate_series(0, ${DEALS - 1}) i;
    create temp table bv as
    select bd.id, s, 's' || s as stage, bd.created_at + (s - 1) * bd.hours * interval '1 hour' as entered,
           case when s = bd.reach and bd.status = 'active' then null
                else bd.created_at + s * bd.hours * interval '1 hour' end as left_at, bd.owner
    from bd cross join lateral generate_series(1, bd.reach) s;
    insert into deals (id, regulation_id, regulation_version, stage, status, owner, client, fields, company_id,
                       created_at, updated_at, closed_at)
    select id, regulation_id, 1, case when status = 'active' then 's' || reach else status end, status, owner,
           jsonb_build_object('name', id, 'source', case when hours % 3 = 0 then 'web' else 'referral' end),
           case when status = 'lost' then jsonb_build_object('lost_reason', case when hours % 2 = 0 then 'price' else 'competitor' end,
                                                             'competitor', case when hours % 2 = 1 then 'Comp' || (hours % 7) end)
                else '{}'::jsonb end,
           company_id, created_at, created_at, case when status <> 'active' then created_at + reach * hours * interval '1 hour' end
    from bd;
    insert into tasks (id, deal_id, stage, visit, key, title, required, assignee, status, due_at, outcome, created_at,
                       closed_at, kind)
    select bv.id || ':' || bv.s || ':' || k, bv.id, bv.stage, 1, bv.stage || ':k' || k, 'Task', true, bv.owner,
           case when bv.left_at is null and k = 1 then 'open' when (bv.s + k) % 11 = 0 then 'cancelled' else 'done' end,
           bv.entered + interval '1 day',
           case when (bv.s + k) % 13 = 0 then 'cancelled' else 'held' end,
           bv.entered,
           case when bv.left_at is null and k = 1 then null else bv.entered + ((bv.s * 7 + k) % 48) * interval '1 hour' end,
           (array['call', 'meeting', 'email', 'document'])[1 + (bv.s + k) % 4]
    from bv cross join generate_series(1, 2) k;
    insert into events (id, deal_id, seq, ord, type, actor, at, data)
    select id || ':0', id, 0, 0, 'deal.started', owner, created_at, '{}' from bd
    union all
    select id || ':e' || s, id, 2 * s, 0, 'stage.entered', owner, entered,
           jsonb_build_object('stage', stage, 'visit', 1) from bv
    union all
    select id || ':l' || s, id, 2 * s + 1, 0, 'stage.left', owner, left_at,
           jsonb_build_object('stage', stage, 'visit', 1) from bv where left_at is not null
    union all
    select id || ':f', id, 100, 0, 'stage.entered', owner, created_at + reach * hours * interval '1 hour',
           jsonb_build_object('stage', status, 'visit', 1) from bd where status <> 'active';
    insert into notifications (id, deal_id, recipient, kind, title, created_at)
    select id || ':esc', id, owner, 'escalation', 'SLA', created_at + interval '3 days' from bd where hours % 9 = 0;
    insert into deal_attempts (deal_id, actor, action, code, reason, at)
    select id, owner, 'event', 'REQUIRED_TASKS', 'refused', created_at from bd where hours % 17 = 0;`);
  // Telephony calls and notes up to the events wanted.
  const [{ n }] = (await sql`select count(*)::int as n from events`) as unknown as [{ n: number }];
  await sql.unsafe(`
    insert into events (id, deal_id, seq, ord, type, actor, at, data)
    select bd.id || ':x' || g, bd.id, 200 + g, 0,
           case when g % 3 = 0 then 'external.call.logged' else 'note.added' end, bd.owner,
           bd.created_at + g * interval '2 hours', '{}'
    from bd cross join lateral generate_series(1, ${Math.max(0, Math.ceil((EVENTS - n) / DEALS))}) g;
    drop table bd; drop table bv;`);
  // The rows went in directly, not through transitions: the summaries are brought up to date as the
  // migration's backfill does for an existing database.
  const t1 = Date.now();
  const ids = (await sql`select id from deals`).map((r) => r.id as string);
  await rebuildAnalyticsSummaries(sql, ids);
  log(`summaries rebuilt for ${ids.length} deals in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
  await sql.unsafe('vacuum analyze');
  const [counts] =
    await sql`select (select count(*) from events)::int as events, (select count(*) from deals)::int as deals,
                                    (select count(*) from tasks)::int as tasks,
                                    (select count(*) from analytics_stage_entries)::int as stage_entries,
                                    (select count(*) from analytics_held_tasks)::int as held_tasks`;
  log(`generated ${JSON.stringify(counts)} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

const queries: Array<{ name: string; run: (sql: Sql) => Promise<unknown> }> = [
  {
    name: 'funnel (one regulation, one quarter)',
    run: (sql) => createAnalyticsRepo(sql).funnel(quarter({ regulationId: 'r1' }), 'none'),
  },
  {
    name: 'funnel (all, cohorts by month)',
    run: (sql) => createAnalyticsRepo(sql).funnel(quarter({}), 'cohort'),
  },
  {
    name: 'compliance (meetings, one department, one quarter, by company)',
    run: (sql) =>
      createAnalyticsRepo(sql).compliance({ ...quarter({ department: 'dep3' }), kind: 'meeting' }, 'company'),
  },
  {
    name: 'compliance (all kinds, one quarter, by manager)',
    run: (sql) => createAnalyticsRepo(sql).compliance(quarter({}), 'manager'),
  },
  {
    name: 'per manager (200 managers, one quarter)',
    run: (sql) => createAnalyticsRepo(sql).managers(quarter({})),
  },
  {
    // What GET /analytics/time runs: both at once.
    name: 'time in stage and cycle, working time and SLA (all, one quarter)',
    run: (sql) => {
      const repo = createAnalyticsRepo(sql);
      return Promise.all([repo.stageTimes(quarter({})), repo.cycle(quarter({}))]);
    },
  },
  {
    name: 'time in stage and cycle (one regulation, one quarter)',
    run: (sql) => {
      const repo = createAnalyticsRepo(sql);
      return Promise.all([
        repo.stageTimes(quarter({ regulationId: 'r1' })),
        repo.cycle(quarter({ regulationId: 'r1' })),
      ]);
    },
  },
];

function quarter(f: AnalyticsFilter): AnalyticsFilter {
  return { ...f, from: new Date('2024-04-01T00:00:00Z'), to: new Date('2024-07-01T00:00:00Z') };
}

async function time(run: () => Promise<unknown>) {
  const t = performance.now();
  await run();
  return performance.now() - t;
}

/**
 * One transition of a generated open deal: its open task done (a call or a
 * meeting held), the stage left, the next one entered with two new tasks.
 */
function nextTransition(deal: { id: string; regulationId: string; owner: string; stage: string }, seq: number) {
  const s = Number(deal.stage.slice(1));
  const next = `s${s + 1}`;
  const at = new Date().toISOString();
  const tasks: TaskRecord[] = ['call', 'meeting'].map((kind, k) => ({
    id: `${deal.id}:${seq}:t${k}`,
    stage: next,
    visit: seq,
    key: `${next}:${kind}`,
    title: kind,
    required: true,
    due: 'P1D',
    kind,
    assignee: deal.owner,
    dueAt: new Date(Date.now() + 86_400_000).toISOString(),
    templates: [],
  }));
  const t: DealTransition = {
    dealId: deal.id,
    seq,
    at,
    actor: deal.owner,
    deal: {
      regulationId: deal.regulationId,
      regulationVersion: 1,
      owner: deal.owner,
      client: { name: deal.id },
      stage: next,
      status: 'active',
      fields: {},
    },
    reassign: false,
    createTasks: tasks,
    completeTasks: [{ id: `${deal.id}:${s}:1`, outcome: 'held' }],
    cancelTasks: [],
    entered: [{ stage: next, visit: seq }],
    left: [{ stage: deal.stage, visit: 1 }],
    facts: [
      { type: 'task.completed', data: { taskKey: `${deal.stage}:k1`, outcome: 'held' } },
      { type: 'stage.left', data: { stage: deal.stage, visit: 1 } },
      { type: 'stage.entered', data: { stage: next, visit: seq } },
    ],
  };
  return { t, decided: { owner: deal.owner, tasks, timers: [], decisions: [] } };
}

/**
 * The transition's transaction with and without the summary maintenance,
 * alternating between the two on consecutive open deals (each deal moves
 * once), so drift in the machine's load falls on both alike.
 */
async function transitionCost(sql: Sql) {
  const deals = (await sql`
    select id, regulation_id, owner, stage from deals
    where status = 'active' and stage in ('s1', 's2', 's3', 's4') order by md5(id) limit ${2 * TRANSITIONS}`) as unknown as Array<{
    id: string;
    regulationId: string;
    owner: string;
    stage: string;
  }>;
  const repos = { with: createDealRepo(sql), without: createDealRepo(sql, { summaries: false }) };
  const samples = { with: [] as number[], without: [] as number[] };
  for (let i = 0; i < deals.length; i++) {
    const mode = (i >> 1) % 2 === i % 2 ? 'with' : 'without'; // with, without, without, with, …
    const repo = repos[mode];
    const { t, decided } = nextTransition(deals[i]!, 1000);
    const started = performance.now();
    await sql.begin(async (tx) => {
      const q = tx as unknown as Sql;
      if ((await repo.appliedSeq(q, t.dealId)) >= t.seq) throw new Error(`${t.dealId} already moved`);
      if (!(await repo.writeTransition(q, t, decided))) throw new Error(`${t.dealId} not written`);
    });
    samples[mode].push(performance.now() - started);
  }
  const w = summarize(samples.with);
  const wo = summarize(samples.without);
  return [
    `transition transaction without summaries   median ${ms(wo.median).padStart(9)} p99 ${ms(wo.p99).padStart(9)} (n=${wo.n})`,
    `transition transaction with summaries      median ${ms(w.median).padStart(9)} p99 ${ms(w.p99).padStart(9)} (n=${w.n})`,
    `  with / without: median ${(w.median / wo.median).toFixed(3)}, p99 ${(w.p99 / wo.p99).toFixed(3)} (target: median ≤ 1.10)`,
  ];
}

async function main() {
  let db: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  let url = process.env.DATABASE_URL;
  const port = await freePort();
  const startDb = async () => {
    db = await startEmbeddedPostgres({ dir: path.join(dataDir!, 'postgres'), port, log });
    return db.url;
  };
  if (!url) {
    dataDir = mkdtempSync(path.join(tmpdir(), 'reglament-analytics-bench-'));
    chmodSync(dataDir, 0o777);
    url = await startDb();
  }
  try {
    let sql = connect(url);
    await migrate(sql);
    log(`generating ~${DEALS} deals, ~${EVENTS} events, 200 managers, 6 regulations`);
    await generate(sql);
    const rows: string[] = [];
    for (const q of queries) {
      const cold: number[] = [];
      for (let i = 0; i < COLD_RUNS; i++) {
        await sql.end({ timeout: 5 });
        if (db) {
          await db.stop();
          await startDb();
        }
        sql = connect(url);
        await sql`select 1`;
        cold.push(await time(() => q.run(sql)));
      }
      const warm: number[] = [];
      for (let i = 0; i < WARM_RUNS; i++) warm.push(await time(() => q.run(sql)));
      const c = summarize(cold);
      const w = summarize(warm);
      rows.push(
        `${q.name.padEnd(66)} cold median ${ms(c.median).padStart(9)} p99 ${ms(c.p99).padStart(9)} (n=${c.n})` +
          `   warm median ${ms(w.median).padStart(9)} p99 ${ms(w.p99).padStart(9)} (n=${w.n})`,
      );
      log(rows.at(-1)!);
    }
    // Last, since it moves deals (half of them without their summaries).
    const cost = await transitionCost(sql);
    for (const line of cost) log(line);
    await sql.end({ timeout: 5 });
    cost.push(...(await transitionRoundTrip({ databaseUrl: url, deals: ROUNDTRIP_DEALS, log })));
    for (const line of cost.slice(-3)) log(line);
    console.log(`\nanalytics at ${DEALS} deals / ~${EVENTS} events:\n${[...rows, ...cost].join('\n')}`);
  } finally {
    await db?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
