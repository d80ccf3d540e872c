/**
 * The intake's inbox: every accepted event with its payload, by idempotency
 * key, until it is applied; dead letters for events that could not be taken.
 *
 * A key moves `processing` (leased) → `done` (its final result kept for
 * repeats), or back to `pending` with a later attempt when applying failed for
 * a passing reason (Temporal unreachable, a timeout), or to `failed` when the
 * event was refused. A lease that runs out (the process holding it died) makes
 * the key claimable again.
 *
 * @module
 */
import type { Sql } from './db.js';
import { appendEventStatement, type AppendedEvent } from './events.repo.js';

export interface DeadLetter {
  id: string;
  type: string;
  source: string;
  reason: string;
  payload: unknown;
  receivedAt: Date;
}

export type InboxStatus = 'pending' | 'processing' | 'done' | 'failed';

export interface InboxEvent {
  key: string;
  type: string;
  source: string;
  status: InboxStatus;
  payload: { type: string; eventId?: string; data: Record<string, unknown> } | null;
  result: Record<string, unknown> | null;
  attempts: number;
  lastError: string | null;
}

const lease = (ms: number) => `${ms} milliseconds`;

export function createIntakeRepo(sql: Sql) {
  return {
    /**
     * Stores a new event already leased to the caller; a key seen before is
     * not stored again and comes back as it is.
     */
    async accept(e: {
      key: string;
      type: string;
      source: string;
      payload: object;
      leaseMs: number;
    }): Promise<{ accepted: true } | { accepted: false; event: InboxEvent }> {
      const [stored] = await sql`
        insert into inbound_events (key, type, source, status, payload, lease_until)
        values (${e.key}, ${e.type}, ${e.source}, 'processing', ${sql.json(e.payload as never)}, now() + ${lease(e.leaseMs)}::interval)
        on conflict (key) do nothing
        returning key`;
      if (stored) return { accepted: true };
      const [seen] = await sql`select * from inbound_events where key = ${e.key}`;
      return { accepted: false, event: seen as InboxEvent };
    },

    /**
     * An event whose whole effect is the fact it adds to a deal's history,
     * stored already applied: the inbox row (done, with its result) and the
     * fact in one statement, so one commit. False when the key was seen
     * before: nothing is written and the caller takes the usual path.
     */
    async acceptApplied(
      e: { key: string; type: string; source: string; payload: object },
      result: Record<string, unknown>,
      fact: AppendedEvent,
    ): Promise<boolean> {
      const stored = await sql`
        with stored as (
          insert into inbound_events (key, type, source, status, payload, result, deal_id, processed_at, attempts)
          values (${e.key}, ${e.type}, ${e.source}, 'done', ${sql.json(e.payload as never)}, ${sql.json(result as never)},
                  ${fact.dealId}, now(), 1)
          on conflict (key) do nothing
          returning key),
        fact as (${appendEventStatement(sql, fact, 'stored')})
        select key from stored`;
      return stored.length > 0;
    },

    /** Takes up a key that is not done and not leased by someone alive; undefined when it cannot be taken. */
    async resume(key: string, leaseMs: number, payload?: object): Promise<InboxEvent | undefined> {
      const [row] = await sql`
        update inbound_events set status = 'processing', lease_until = now() + ${lease(leaseMs)}::interval,
               payload = coalesce(payload, ${payload ? sql.json(payload as never) : null})
        where key = ${key}
          and (status in ('pending', 'failed') or (status = 'processing' and lease_until < now()))
        returning *`;
      return row as InboxEvent | undefined;
    },

    /** Claims due events for the drainer: pending ones whose time has come and leases that ran out. */
    async claimDue(limit: number, leaseMs: number): Promise<InboxEvent[]> {
      const rows = await sql`
        update inbound_events e set status = 'processing', lease_until = now() + ${lease(leaseMs)}::interval
        from (select key from inbound_events
              where (status = 'pending' and next_attempt_at <= now())
                 or (status = 'processing' and lease_until < now())
              order by next_attempt_at limit ${limit} for update skip locked) due
        where e.key = due.key and e.payload is not null
        returning e.*`;
      return rows as unknown as InboxEvent[];
    },

    /**
     * The event was applied: keep its result for repeats. `fact` (what the deal's history records of
     * it) is written by the same statement, so both land in one commit or neither does.
     */
    async finish(
      key: string,
      result: Record<string, unknown>,
      dealId: string | null,
      fact?: AppendedEvent,
    ): Promise<void> {
      await sql`
        ${fact ? sql`with fact as (${appendEventStatement(sql, fact)})` : sql``}
        update inbound_events set status = 'done', result = ${sql.json(result as never)}, deal_id = ${dealId},
               processed_at = now(), lease_until = null, attempts = attempts + 1, last_error = null
        where key = ${key}`;
    },

    /** Applying failed for a passing reason: try again after 0.5 s, 1 s, 2 s … at most a minute. */
    async retryLater(key: string, error: string): Promise<void> {
      await sql`
        update inbound_events set status = 'pending', attempts = attempts + 1, last_error = ${error}, lease_until = null,
               next_attempt_at = now() + least(60000, 500 * power(2, attempts)) * interval '1 millisecond'
        where key = ${key}`;
    },

    /** The event was refused (a bad regulation, invalid fields): a repeat may try again. */
    async fail(key: string, error: string): Promise<void> {
      await sql`update inbound_events set status = 'failed', processed_at = now(), lease_until = null,
                  attempts = attempts + 1, last_error = ${error}
                where key = ${key}`;
    },

    async get(key: string): Promise<InboxEvent | undefined> {
      const [row] = await sql`select * from inbound_events where key = ${key}`;
      return row as InboxEvent | undefined;
    },

    async deadLetter(d: { id: string; type: string; source: string; reason: string; payload: unknown }): Promise<void> {
      await sql`insert into dead_letters (id, type, source, reason, payload) values (${d.id}, ${d.type}, ${d.source}, ${d.reason}, ${sql.json(d.payload as never)})`;
    },

    async deadLetters(limit = 200): Promise<DeadLetter[]> {
      return [...(await sql`select * from dead_letters order by received_at desc limit ${limit}`)] as DeadLetter[];
    },
  };
}

export type IntakeRepo = ReturnType<typeof createIntakeRepo>;
