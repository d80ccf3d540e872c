/**
 * The deals list at scale: seeds ~50,000 deals (200 managers, 5,000
 * companies with INNs and two contacts each, two tasks per deal) with
 * set-based SQL, then times `GET /deals` through the API in process
 * (authentication, validation, the query, JSON) as a director and as a
 * manager: a search by INN, by phone digits, by a part of a company's name,
 * by a field's value, the first page with no search, the overdue filter and
 * a second page by cursor; and a manager's week in `GET /calendar`. Warm
 * runs; median, p95 and p99 each. Then the
 * EXPLAIN (ANALYZE) of the very statements the API ran for two of them.
 *
 *   npm run bench:deals                       # embedded PostgreSQL, 50,000 deals
 *   DEALS_SEARCH_DEALS=10000 npm run bench:deals
 *   DATABASE_URL=… npm run bench:deals         # an existing (throw-away!) database
 *
 * @module
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import postgres from 'postgres';
import { createApp } from '../api/app.js';
import { issueToken } from '../api/auth.js';
import { apiDeps } from '../api/deps.js';
import { freePort } from '../runtime/ports.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../runtime/postgres.js';
import { migrate, type Sql } from '../storage/db.js';
import { ms, summarize } from './stats.js';

const DEALS = Number(process.env.DEALS_SEARCH_DEALS ?? 50_000);
const RUNS = Number(process.env.DEALS_SEARCH_RUNS ?? 100);
const log = (line: string) => console.log(line);

async function generate(sql: Sql) {
  const t0 = Date.now();
  await sql.unsafe(`
    insert into regulations (id, version, hash, title, body, published_by)
    select 'r' || i, 1, 'h', 'Bench ' || i, jsonb_build_object('id', 'r' || i, 'stages', '[]'::jsonb), 'bench'
    from generate_series(0, 5) i;
    insert into managers (id, name, role, department, timezone)
    select 'm' || i, 'Manager ' || i, 'manager', 'dep' || (i % 10), 'Europe/Moscow' from generate_series(0, 199) i;
    insert into managers (id, name, role, timezone) values ('bench-director', 'Director', 'director', 'Europe/Moscow');
    insert into companies (id, name, normalized_name, inn, manager, status)
    select 'c' || i, 'Компания ' || i || ' ' || (array['Север','Юг','Восток','Запад','Центр'])[1 + i % 5],
           'компания ' || i || ' ' || (array['север','юг','восток','запад','центр'])[1 + i % 5],
           (7700000000 + i)::text, 'm' || (i % 200), 'lead'
    from generate_series(0, 4999) i;
    insert into contacts (id, company_id, name, email, phone)
    select 'k' || i || '-' || j, 'c' || i, 'Контакт ' || i || '-' || j, 'k' || i || '-' || j || '@example.ru',
           '+7 (9' || lpad((i % 100)::text, 2, '0') || ') ' || lpad(((i * 7 + j) % 1000)::text, 3, '0') || '-'
             || lpad((i % 100)::text, 2, '0') || '-' || lpad((j * 11)::text, 2, '0')
    from generate_series(0, 4999) i cross join generate_series(1, 2) j;`);
  await sql.unsafe(`
    insert into deals (id, regulation_id, regulation_version, stage, status, owner, client, fields, created_at, updated_at, company_id)
    select 'd' || i, 'r' || (i % 6), 1, 's' || (i % 5), case when i % 10 < 7 then 'active' when i % 10 < 9 then 'won' else 'lost' end,
           'm' || ((i * 7) % 200),
           jsonb_build_object('name', c.name, 'inn', c.inn, 'phone', k.phone, 'email', k.email),
           jsonb_build_object('contract_no', 'KX-' || i, 'source', (array['web','call','referral'])[1 + i % 3]),
           timestamptz '2025-01-01' + (i::float8 / ${DEALS} * 365) * interval '1 day',
           timestamptz '2025-01-01' + (i::float8 / ${DEALS} * 365) * interval '1 day' + interval '1 hour',
           c.id
    from generate_series(0, ${DEALS - 1}) i
    join companies c on c.id = 'c' || ((i * 13) % 5000)
    join contacts k on k.id = 'k' || ((i * 13) % 5000) || '-1';
    insert into tasks (id, deal_id, stage, visit, key, title, required, assignee, status, kind, due_at, created_at)
    select d.id || ':1:' || t.key, d.id, d.stage, 1, t.key, t.title, true, d.owner,
           case when t.key = 'meet' and d.status = 'active' then 'open' else 'done' end, t.kind,
           now() + ((abs(hashtext(d.id)) % 61) - 30) * interval '1 day', d.created_at
    from deals d cross join (values ('meet', 'Meet', 'meeting'), ('ring', 'Ring', 'call')) t(key, title, kind);
    analyze;`);
  log(
    `seeded ${DEALS} deals, 5,000 companies, 10,000 contacts, ${DEALS * 2} tasks in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
}

async function main() {
  let db: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    dataDir = mkdtempSync(path.join(tmpdir(), 'reglament-deals-bench-'));
    chmodSync(dataDir, 0o777);
    db = await startEmbeddedPostgres({ dir: path.join(dataDir, 'postgres'), port: await freePort(), log });
    url = db.url;
  }
  // The statements the API sends, kept to EXPLAIN exactly them afterwards.
  let last: { query: string; params: unknown[] } | undefined;
  const sql = postgres(url, {
    max: 10,
    onnotice: () => {},
    transform: { undefined: null, column: { from: postgres.toCamel, to: postgres.fromCamel } },
    debug: (_connection, query, params) => {
      if (/from deals d|from tasks t join deals d/.test(query)) last = { query, params: params as unknown[] };
    },
  }) as unknown as Sql;
  try {
    await migrate(sql);
    await generate(sql);
    const secret = 'bench-secret-bench-secret-bench-secret';
    const app = createApp(apiDeps(sql, {} as Client, 'bench', secret));
    const tokens = { director: await issueToken(secret, 'bench-director'), manager: await issueToken(secret, 'm7') };
    const get = async (who: keyof typeof tokens, query: string) => {
      const res = await app.request(`/deals?${query}`, { headers: { authorization: `Bearer ${tokens[who]}` } });
      if (res.status !== 200) throw new Error(`${query}: ${res.status} ${await res.text()}`);
      return (await res.json()) as { deals: Array<{ id: string }>; nextCursor: string | null };
    };
    const firstPage = await get('director', 'limit=50');
    const cases: Array<[string, keyof typeof tokens, string]> = [
      ['INN (exact digits)', 'director', 'q=7700001234&limit=50'],
      // Company 123's first contact: +7 (923) 862-23-11 (see the seeding).
      ['phone digits', 'director', `q=${encodeURIComponent('(923) 862-23')}&limit=50`],
      ['part of a company name', 'director', `q=${encodeURIComponent('компания 123')}&limit=50`],
      ['a field value', 'director', 'q=KX-31337&limit=50'],
      ['first page, no search', 'director', 'limit=50'],
      ['second page by cursor', 'director', `limit=50&cursor=${firstPage.nextCursor}`],
      ['overdue only', 'director', 'overdue=true&limit=50'],
      // m7's companies are all "… Запад"; "север" matches a fifth of all deals and none of theirs.
      ['manager: part of a name', 'manager', `q=${encodeURIComponent('запад')}&limit=50`],
      ['manager: common, not theirs', 'manager', `q=${encodeURIComponent('север')}&limit=50`],
      ['manager: first page', 'manager', 'limit=50'],
    ];
    const explained: Record<string, { query: string; params: unknown[] }> = {};
    log(`GET /deals through the API in process, ${RUNS} warm runs each (target: median ≤ 50 ms)`);
    for (const [name, who, query] of cases) {
      const found = (await get(who, query)).deals.length; // warm-up, and what it finds
      explained[name] = last!;
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await get(who, query);
        samples.push(performance.now() - t);
      }
      const s = summarize(samples);
      log(
        `  ${name.padEnd(28)} ${String(found).padStart(3)} rows  median ${ms(s.median).padStart(8)}  p95 ${ms(s.p95).padStart(8)}  p99 ${ms(s.p99).padStart(8)}`,
      );
    }
    // The calendar of a week, as the manager's page asks for it.
    const week = `from=${new Date(Date.now() - 3 * 86_400_000).toISOString()}&to=${new Date(Date.now() + 4 * 86_400_000).toISOString()}`;
    const calendarOf = async () => {
      const res = await app.request(`/calendar?${week}`, { headers: { authorization: `Bearer ${tokens.manager}` } });
      if (res.status !== 200) throw new Error(`calendar: ${res.status} ${await res.text()}`);
      return (await res.json()) as { items: unknown[] };
    };
    const items = (await calendarOf()).items.length;
    explained['calendar: a week'] = last!;
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await calendarOf();
      samples.push(performance.now() - t);
    }
    const c = summarize(samples);
    log(
      `  ${'calendar: a week (GET /calendar)'.padEnd(28)} ${String(items).padStart(3)} rows  median ${ms(c.median).padStart(8)}  p95 ${ms(c.p95).padStart(8)}  p99 ${ms(c.p99).padStart(8)}`,
    );
    for (const name of [
      'INN (exact digits)',
      'phone digits',
      'part of a company name',
      'manager: common, not theirs',
      'calendar: a week',
    ]) {
      const { query, params } = explained[name]!;
      const plan = await sql.unsafe(`explain (analyze, costs off, buffers off) ${query}`, params as never[]);
      log(`\nEXPLAIN ANALYZE (${name}):\n${plan.map((r) => Object.values(r)[0]).join('\n')}`);
    }
  } finally {
    await sql.end({ timeout: 5 });
    await db?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
