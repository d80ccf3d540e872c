/**
 * `npm run bench` (rules part):
 * 1. One assignment decision among 1,000 and 10,000 managers, json-rules-engine
 *    against a hand-written TypeScript predicate making the same choice, two ways:
 *    a) Reglament's design: rules pick the strategy once per deal, a typed
 *       strategy scans the managers;
 *    b) a rule evaluated per manager (eligibility), to show why (a).
 * 2. Loading the managers' facts (with live workload) from PostgreSQL.
 * 3. Reminder firing lag for 1,000 concurrent reminders on the dev server,
 *    beside its floor: as many bare Temporal timers, each writing one row.
 *
 * Environment: BENCH_REMINDERS (default 1000), BENCH_ITERATIONS (default 200).
 */
import { loadRegulation } from '../regulation/load.js';
import { DEFAULT_CALENDAR_DEFINITION } from '../regulation/source.js';
import { chooseManager, type AssignParams, type ManagerFacts } from '../rules/assignment.js';
import { createDecider } from '../rules/engine.js';
import { defaultRegistry } from '../rules/registry.js';
import { floorTimerLags } from './floor/timers.js';
import { peopleAssignmentBench } from './people.bench.js';
import { startBenchApp } from './stack.js';
import { managerFacts } from '../storage/managers.repo.js';
import { ms, pool, summarize } from './stats.js';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const REMINDERS = Number(process.env.BENCH_REMINDERS ?? 1000);
const REGIONS = ['spb', 'msk', 'kzn', 'nsk', 'ekb', 'khv', 'vvo', 'krd'];
const SKILLS = ['construction', 'windows', 'wholesale', 'banking', 'retail'];
const ZONES = ['Europe/Moscow', 'Asia/Yekaterinburg', 'Asia/Novosibirsk', 'Asia/Vladivostok'];
const log = (line: string) => process.stderr.write(`  ${line}\n`);

function team(n: number): ManagerFacts[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `m${String(i).padStart(5, '0')}`,
    name: `Manager ${i}`,
    role: 'manager' as const,
    department: 'sales',
    office: REGIONS[i % REGIONS.length]!,
    region: REGIONS[i % REGIONS.length]!,
    timezone: ZONES[i % ZONES.length]!,
    skills: [SKILLS[i % SKILLS.length]!, SKILLS[(i * 7) % SKILLS.length]!],
    active: i % 17 !== 0,
    openTasks: (i * 31) % 23,
    openDeals: (i * 13) % 7,
  }));
}

const RULES = [
  {
    name: 'construction',
    priority: 50,
    conditions: { all: [{ fact: 'client', path: 'industry', operator: 'equal', value: 'construction' }] },
    event: { type: 'assign', params: { strategy: 'by_expertise', skill: 'construction' } },
  },
  {
    name: 'big_budget',
    priority: 30,
    conditions: { all: [{ fact: 'fields', path: 'budget', operator: 'greaterThan', value: 10_000_000 }] },
    event: { type: 'assign', params: { strategy: 'least_loaded' } },
  },
  {
    name: 'regional',
    priority: 10,
    conditions: { all: [{ fact: 'client', path: 'region', operator: 'in', value: REGIONS }] },
    event: { type: 'assign', params: { strategy: 'by_region' } },
  },
];

/** The same three rules, written by hand. */
function predicate(facts: {
  client: { industry?: string; region?: string };
  fields: { budget?: number };
}): AssignParams | undefined {
  if (facts.client.industry === 'construction') return { strategy: 'by_expertise', skill: 'construction' };
  if ((facts.fields.budget ?? 0) > 10_000_000) return { strategy: 'least_loaded' };
  if (facts.client.region && REGIONS.includes(facts.client.region)) return { strategy: 'by_region' };
  return undefined;
}

async function time(iterations: number, fn: (i: number) => Promise<unknown> | unknown): Promise<number[]> {
  for (let i = 0; i < Math.min(20, iterations); i++) await fn(i); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const s = performance.now();
    await fn(i);
    samples.push(performance.now() - s);
  }
  return samples;
}

const row = (label: string, samples: number[]) => {
  const s = summarize(samples);
  return { label, ...s, text: `  ${label.padEnd(58)} ${ms(s.median).padStart(10)} ${ms(s.p99).padStart(10)}` };
};

async function assignmentBench() {
  const registry = defaultRegistry();
  const decide = createDecider<AssignParams>(RULES, registry);
  const now = new Date('2026-11-24T08:00:00Z');
  const factsFor = (i: number) => ({
    client: { name: `c${i}`, region: REGIONS[i % REGIONS.length], industry: i % 3 === 0 ? 'construction' : 'retail' },
    fields: { budget: (i % 5) * 4_000_000 },
  });
  console.log(
    `\n  assignment decision                                         ${'median'.padStart(10)} ${'p99'.padStart(10)}`,
  );
  for (const n of [1_000, 10_000]) {
    const managers = team(n);
    const ctx = (f: ReturnType<typeof factsFor>) => ({
      now,
      calendar: DEFAULT_CALENDAR_DEFINITION,
      clientRegion: f.client.region,
      clientIndustry: f.client.industry,
    });
    const engine = row(
      `${n} managers: json-rules-engine + strategy`,
      await time(ITERATIONS, async (i) => {
        const f = factsFor(i);
        const d = await decide(f);
        return d.fired && chooseManager(d.fired.params, managers, ctx(f));
      }),
    );
    const hand = row(
      `${n} managers: hand-written predicate + strategy`,
      await time(ITERATIONS, (i) => {
        const f = factsFor(i);
        const p = predicate(f);
        return p && chooseManager(p, managers, ctx(f));
      }),
    );
    // Same choice must come out of both.
    for (let i = 0; i < 50; i++) {
      const f = factsFor(i);
      const a = (await decide(f)).fired;
      const b = predicate(f);
      if (chooseManager(a!.params, managers, ctx(f)).managerId !== chooseManager(b!, managers, ctx(f)).managerId)
        throw new Error('engine and predicate disagree');
    }
    const eligibility = createDecider(
      [
        {
          name: 'eligible',
          conditions: {
            all: [
              { fact: 'manager', path: 'active', operator: 'equal', value: true },
              { fact: 'manager', path: 'region', operator: 'equal', value: 'spb' },
              { fact: 'manager', path: 'skills', operator: 'contains', value: 'construction' },
            ],
          },
          event: { type: 'assign', params: { strategy: 'least_loaded' } },
        },
      ],
      registry,
    );
    const iterations = Math.max(5, Math.floor(ITERATIONS / (n / 200)));
    const perManagerEngine = row(
      `${n} managers: a rule per manager (json-rules-engine)`,
      await time(iterations, async () => {
        let best: ManagerFacts | undefined;
        for (const m of managers)
          if ((await eligibility({ manager: m })).fired && (!best || m.openTasks < best.openTasks)) best = m;
        return best;
      }),
    );
    const perManagerHand = row(
      `${n} managers: a predicate per manager (hand-written)`,
      await time(iterations, () => {
        let best: ManagerFacts | undefined;
        for (const m of managers)
          if (
            m.active &&
            m.region === 'spb' &&
            m.skills.includes('construction') &&
            (!best || m.openTasks < best.openTasks)
          )
            best = m;
        return best;
      }),
    );
    for (const r of [engine, hand]) console.log(r.text);
    console.log(
      `  ${''.padEnd(58)} ratio ×${(engine.median / hand.median).toFixed(2)} median, ×${(engine.p99 / hand.p99).toFixed(2)} p99`,
    );
    for (const r of [perManagerEngine, perManagerHand]) console.log(r.text);
    console.log(`  ${''.padEnd(58)} ratio ×${(perManagerEngine.median / perManagerHand.median).toFixed(1)} median`);
  }
}

function reminderRegulation(tasks: number, dueSeconds: number) {
  const list = Array.from(
    { length: tasks },
    (_, i) => `      - { key: t${i}, title: Task ${i}, due: PT${dueSeconds}S }`,
  ).join('\n');
  return `id: bench_reminders
title: Reminder lag benchmark
calendar: { timezone: UTC, workingDays: [1, 2, 3, 4, 5, 6, 7], start: "00:00", end: "24:00" }
stages:
  - key: work
    title: Work
    tasks:
${list}
    on: { DROP: { to: lost, enforce: false } }
  - { key: lost, title: Lost, final: lost }
rules:
  reminders:
    - conditions: { all: [ { fact: stage, operator: equal, value: work } ] }
      event: { type: remind, params: { offsets: [PT0S] } }
`;
}

async function reminderBench() {
  const { sql, app, authorization, stop, stack, config, taskQueue, temporal } = await startBenchApp(log, 'rem');

  // Managers to load from PostgreSQL, with live workload.
  const n = 10_000;
  const rows = team(n).map((m) => ({
    id: m.id,
    name: m.name,
    role: m.role,
    department: m.department,
    office: m.office,
    region: m.region,
    timezone: m.timezone,
    skills: m.skills,
    active: m.active,
  }));
  for (let i = 0; i < rows.length; i += 1000) await sql`insert into managers ${sql(rows.slice(i, i + 1000))}`;
  const load = row(`load ${n} managers’ facts with workload from PostgreSQL`, await time(30, () => managerFacts(sql)));
  console.log(load.text);
  await sql`delete from managers where id <> 'bench-director'`;

  const perDeal = 10;
  const deals = Math.ceil(REMINDERS / perDeal);
  const dueSeconds = 25;
  await createRegulation(sql, reminderRegulation(perDeal, dueSeconds));
  const started = performance.now();
  await pool(deals, 10, async (i) => {
    const res = await app.request('/deals', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ regulationId: 'bench_reminders', owner: 'bench', client: { name: `R${i}` } }),
    });
    if (res.status !== 201) throw new Error(`start failed: ${res.status} ${await res.text()}`);
  });
  const startedIn = (performance.now() - started) / 1000;
  log(
    `${deals} deals with ${deals * perDeal} reminders scheduled in ${startedIn.toFixed(1)} s; waiting for them to fire`,
  );
  const deadline = Date.now() + (dueSeconds + 90) * 1000;
  let fired = 0;
  while (Date.now() < deadline) {
    const [r] = await sql`select count(*)::int as n from notifications where kind = 'reminder'`;
    fired = r!.n as number;
    if (fired >= deals * perDeal) break;
    await new Promise((res) => setTimeout(res, 500));
  }
  const lags = (
    await sql`select extract(epoch from (n.created_at - t.fire_at)) * 1000 as lag from notifications n join timers t on t.id = (n.data->>'timerId')`
  ).map((r) => Number(r.lag));
  const s = summarize(lags);
  console.log(
    `\n  reminder firing lag, ${deals * perDeal} concurrent reminders (${fired} fired): median ${ms(s.median)}, p99 ${ms(s.p99)}, max ${ms(s.max)}`,
  );
  console.log(`  within 1 s of the due instant: ${lags.filter((l) => l < 1000).length}/${lags.length}`);

  // The floor, on the same stack: as many bare timers, as many due together, spread over time as the deals' were.
  const dueInstants = (
    await sql`select extract(epoch from min(fire_at)) * 1000 as at from timers where kind = 'reminder' group by deal_id order by 1`
  ).map((r) => Number(r.at));
  const floor = summarize(
    await floorTimerLags(
      { address: stack.temporalAddress, namespace: config.temporal.namespace, taskQueue, sql, temporal },
      dueInstants.map((at) => at - dueInstants[0]!),
      perDeal,
      dueSeconds,
      log,
    ),
  );
  console.log(
    `  floor: ${floor.n} bare timers, ${perDeal} due together per workflow, fired together written in one local activity: median ${ms(floor.median)}, p99 ${ms(floor.p99)}, max ${ms(floor.max)}`,
  );
  console.log(
    `  ratio ours / floor: median ×${(s.median / floor.median).toFixed(2)}, p99 ×${(s.p99 / floor.p99).toFixed(2)}`,
  );

  await stop();
}

async function createRegulation(sql: Parameters<typeof managerFacts>[0], text: string) {
  const { createRegulationRepo } = await import('../storage/regulations.repo.js');
  await createRegulationRepo(sql).publish(loadRegulation(text), 'bench');
}

async function main() {
  console.log(`Reglament rules benchmark: ${ITERATIONS} decisions per row, ${REMINDERS} reminders`);
  await assignmentBench();
  await peopleAssignmentBench();
  await reminderBench();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
