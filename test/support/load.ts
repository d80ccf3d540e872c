/**
 * Load for the fault-injection tests: clients that start deals, complete
 * their first task, hand in web-form leads and logged calls, each retried
 * with its idempotency key while the server is unreachable or answers 5xx,
 * as a well-behaved integration does. What was sent is kept so the effects
 * in PostgreSQL can be counted against it afterwards.
 */
import type { Sql } from '../../storage/db.js';

export interface Sent {
  deals: Set<string>;
  leads: Set<string>;
  calls: Set<string>;
  /** Requests answered 5xx or not at all (and then retried). */
  refused: number;
  /** Answers that were neither success nor an expected refusal. */
  errors: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sends until the server answers something other than 5xx or nothing (bounded by `deadline`). */
async function send(
  sent: Sent,
  api: string,
  token: string,
  method: string,
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
  deadline = Date.now() + 120_000,
): Promise<{ status: number; body: any }> {
  for (;;) {
    try {
      const res = await fetch(api + url, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
      });
      const text = await res.text();
      if (res.status < 500) return { status: res.status, body: text ? JSON.parse(text) : undefined };
    } catch {
      // refused, reset or timed out: the outage
    }
    sent.refused++;
    if (Date.now() > deadline) throw new Error(`${method} ${url}: still failing after the deadline`);
    await sleep(300);
  }
}

/** `clients` loops for `ms`, each iteration a deal walked one step, a lead and a logged call. */
export async function runLoad(options: {
  api: () => string;
  token: string;
  clients: number;
  ms: number;
  tag: string;
  /** A deal that integrations log calls on. */
  dealId: string;
}): Promise<Sent> {
  const sent: Sent = { deals: new Set(), leads: new Set(), calls: new Set(), refused: 0, errors: [] };
  const end = Date.now() + options.ms;
  await Promise.all(
    Array.from({ length: options.clients }, async (_, c) => {
      for (let n = 0; Date.now() < end; n++) {
        const key = `${options.tag}-${c}-${n}`;
        const started = await send(
          sent,
          options.api(),
          options.token,
          'POST',
          '/deals',
          {
            regulationId: 'b2b_basic',
            owner: 'director',
            client: { name: `deal ${key}` },
          },
          { 'idempotency-key': `deal-${key}` },
        );
        if (started.status !== 201) sent.errors.push(`start ${key}: ${started.status}`);
        else {
          sent.deals.add(key);
          const done = await send(
            sent,
            options.api(),
            options.token,
            'POST',
            `/tasks/${started.body.id}:1:call_client/complete`,
            {
              fields: { decision_maker: 'Load' },
            },
          );
          // A retry of a completion whose answer was lost finds the task done: the effect happened once.
          if (done.status !== 200 && !(done.status === 409 && done.body?.code === 'TASK_NOT_OPEN'))
            sent.errors.push(`complete ${key}: ${done.status} ${done.body?.code}`);
        }
        const lead = await send(
          sent,
          options.api(),
          options.token,
          'POST',
          '/events',
          {
            type: 'form.submitted',
            data: { regulationId: 'b2b_basic', client: { name: `lead ${key}` } },
          },
          { 'idempotency-key': `lead-${key}` },
        );
        if (lead.status >= 300) sent.errors.push(`lead ${key}: ${lead.status}`);
        else sent.leads.add(key);
        const call = await send(
          sent,
          options.api(),
          options.token,
          'POST',
          '/events',
          {
            type: 'call.logged',
            data: { dealId: options.dealId, direction: 'in', durationSec: n },
          },
          { 'idempotency-key': `call-${key}` },
        );
        if (call.status >= 300) sent.errors.push(`call ${key}: ${call.status}`);
        else sent.calls.add(key);
      }
    }),
  );
  return sent;
}

export interface Counted {
  sent: number;
  recorded: number;
  lost: number;
  doubled: number;
}

/** Effects in PostgreSQL against what was sent, once the inbox has drained (waits up to `timeoutMs`). */
export async function countEffects(sql: Sql, tag: string, sent: Sent, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await sql`
      select
        (select count(*) from deals where client->>'name' like ${`deal ${tag}-%`})::int as deals,
        (select count(distinct client->>'name') from deals where client->>'name' like ${`deal ${tag}-%`})::int as distinct_deals,
        (select count(*) from tasks t join deals d on d.id = t.deal_id
           where d.client->>'name' like ${`deal ${tag}-%`} and t.key = 'call_client' and t.status = 'done')::int as done_tasks,
        (select count(*) from events e join deals d on d.id = e.deal_id
           where d.client->>'name' like ${`deal ${tag}-%`} and e.type = 'task.completed')::int as completions,
        (select count(*) from deals where client->>'name' like ${`lead ${tag}-%`})::int as leads,
        (select count(distinct client->>'name') from deals where client->>'name' like ${`lead ${tag}-%`})::int as distinct_leads,
        (select count(*) from events where id like ${`ext:call-${tag}-%`})::int as calls,
        (select count(*) from inbound_events where key like ${`%-${tag}-%`} and status <> 'done')::int as stuck`;
    const r = row as {
      deals: number;
      distinctDeals: number;
      doneTasks: number;
      completions: number;
      leads: number;
      distinctLeads: number;
      calls: number;
      stuck: number;
    };
    // A completion refused as TASK_NOT_OPEN may have met its own earlier attempt still writing (the workflow
    // retries a write that PostgreSQL's outage failed): wait for those too, up to the deadline that counts a loss.
    const settled =
      r.stuck === 0 && r.leads >= sent.leads.size && r.calls >= sent.calls.size && r.doneTasks >= sent.deals.size;
    if (settled || Date.now() > deadline) {
      const table = {
        'deals started': {
          sent: sent.deals.size,
          recorded: r.distinctDeals,
          lost: sent.deals.size - r.distinctDeals,
          doubled: r.deals - r.distinctDeals,
        },
        'tasks completed': {
          sent: sent.deals.size,
          recorded: r.doneTasks,
          lost: sent.deals.size - r.doneTasks,
          doubled: r.completions - r.doneTasks,
        },
        'web-form leads': {
          sent: sent.leads.size,
          recorded: r.distinctLeads,
          lost: sent.leads.size - r.distinctLeads,
          doubled: r.leads - r.distinctLeads,
        },
        'calls logged': { sent: sent.calls.size, recorded: r.calls, lost: sent.calls.size - r.calls, doubled: 0 },
      } satisfies Record<string, Counted>;
      return { table, stuck: r.stuck };
    }
    await sleep(500);
  }
}
