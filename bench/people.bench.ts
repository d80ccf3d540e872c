/**
 * `tsx bench/people.bench.ts` (also run by `npm run bench`, after the rules'
 * assignment rows): one assignment decision among 10,000 people of whom
 * 1,000 are absent (and a tenth capped), json-rules-engine + strategy beside
 * the hand-written predicate + strategy, and beside the same team with no
 * absences or caps (the cost before people-aware rules). Pure: no database.
 *
 * Environment: BENCH_ITERATIONS (default 200).
 *
 * @module
 */
import { DEFAULT_CALENDAR_DEFINITION } from '../regulation/source.js';
import { chooseManager, type AssignParams, type ManagerFacts } from '../rules/assignment.js';
import { createDecider } from '../rules/engine.js';
import { absenceAt, capReached } from '../rules/people.js';
import { defaultRegistry } from '../rules/registry.js';
import { ms, summarize } from './stats.js';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const REGIONS = ['spb', 'msk', 'kzn', 'nsk', 'ekb', 'khv', 'vvo', 'krd'];
const ZONES = ['Europe/Moscow', 'Asia/Yekaterinburg', 'Asia/Novosibirsk', 'Asia/Vladivostok'];
const NOW = new Date('2026-12-08T08:00:00Z');

/** 10,000 people; every 10th absent (deputy: the next one), every 10th (others) capped at 3 open deals. */
function team(n: number, absent: number): ManagerFacts[] {
  const every = Math.floor(n / absent);
  return Array.from({ length: n }, (_, i) => ({
    id: `m${String(i).padStart(5, '0')}`,
    name: `Manager ${i}`,
    role: 'manager' as const,
    department: 'sales',
    office: REGIONS[i % REGIONS.length]!,
    region: REGIONS[i % REGIONS.length]!,
    timezone: ZONES[i % ZONES.length]!,
    skills: i % 3 === 0 ? ['construction'] : ['retail'],
    active: true,
    openTasks: (i * 31) % 23,
    openDeals: (i * 13) % 7,
    ...(i % every === 0
      ? { absences: [{ kind: 'vacation' as const, from: '2026-12-01', until: '2026-12-14', deputy: `m${i + 1}` }] }
      : {}),
    ...(i % every === 5 ? { capacity: { openDeals: 3 } } : {}),
    // Past and coming absences that do not cover today still have to be looked at.
    ...(i % every === 7
      ? { absences: [{ kind: 'business_trip' as const, from: '2027-01-10', until: '2027-01-12' }] }
      : {}),
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
    name: 'regional',
    priority: 10,
    conditions: { all: [{ fact: 'client', path: 'region', operator: 'in', value: REGIONS }] },
    event: { type: 'assign', params: { strategy: 'by_region' } },
  },
];

function predicate(client: { industry?: string; region?: string }): AssignParams | undefined {
  if (client.industry === 'construction') return { strategy: 'by_expertise', skill: 'construction' };
  if (client.region && REGIONS.includes(client.region)) return { strategy: 'by_region' };
  return undefined;
}

async function time(fn: (i: number) => unknown): Promise<number[]> {
  for (let i = 0; i < 20; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const s = performance.now();
    await fn(i);
    samples.push(performance.now() - s);
  }
  return samples;
}

export async function peopleAssignmentBench(n = 10_000, absent = 1_000): Promise<void> {
  const decide = createDecider<AssignParams>(RULES, defaultRegistry());
  const people = team(n, absent);
  const plain = people.map(({ absences: _a, capacity: _c, ...m }) => m);
  const client = (i: number) => ({
    region: REGIONS[i % REGIONS.length]!,
    industry: i % 4 === 0 ? 'construction' : 'retail',
  });
  const ctx = (c: ReturnType<typeof client>) => ({
    now: NOW,
    calendar: DEFAULT_CALENDAR_DEFINITION,
    clientRegion: c.region,
    clientIndustry: c.industry,
  });
  // Whatever it picks, never someone absent or at the cap.
  for (let i = 0; i < 50; i++) {
    const c = client(i);
    const picked = people.find((m) => m.id === chooseManager(predicate(c)!, people, ctx(c)).managerId)!;
    if (absenceAt(picked, NOW) || capReached(picked)) throw new Error(`picked ${picked.id}, who is away or full`);
  }
  const rows = [
    [
      `${n} people, ${absent} absent: json-rules-engine + strategy`,
      await time(async (i) => {
        const c = client(i);
        const d = await decide({ client: c });
        return d.fired && chooseManager(d.fired.params, people, ctx(c));
      }),
    ],
    [
      `${n} people, ${absent} absent: hand-written predicate + strategy`,
      await time((i) => chooseManager(predicate(client(i))!, people, ctx(client(i)))),
    ],
    [
      `${n} people, none absent, no caps: hand-written + strategy`,
      await time((i) => chooseManager(predicate(client(i))!, plain, ctx(client(i)))),
    ],
  ] as const;
  console.log(
    `\n  people-aware assignment (µs per decision)                  ${'median'.padStart(10)} ${'p99'.padStart(10)}`,
  );
  const s = rows.map(([label, samples]) => ({ label, ...summarize([...samples]) }));
  for (const r of s) console.log(`  ${r.label.padEnd(58)} ${ms(r.median).padStart(10)} ${ms(r.p99).padStart(10)}`);
  console.log(
    `  ${''.padEnd(58)} engine / hand ×${(s[0]!.median / s[1]!.median).toFixed(2)}, absences and caps / none ×${(s[1]!.median / s[2]!.median).toFixed(2)} (median)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  peopleAssignmentBench().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
