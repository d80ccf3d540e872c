/**
 * What integrations hand in: idempotency keys with their first result, dead
 * letters for events that could not be taken, and external facts appended to
 * a deal's log.
 *
 * @module
 */
import type { Sql } from './db.js';

export interface DeadLetter {
  id: string;
  type: string;
  source: string;
  reason: string;
  payload: unknown;
  receivedAt: Date;
}

export type Claim =
  | { claimed: true }
  | { claimed: false; status: 'processing' | 'done' | 'failed'; result: Record<string, unknown> | null };

export function createIntakeRepo(sql: Sql) {
  return {
    /** Claims an idempotency key; a key that failed before may be claimed again. */
    async claim(key: string, type: string, source: string): Promise<Claim> {
      const [claimed] = await sql`
        insert into inbound_events (key, type, source, status) values (${key}, ${type}, ${source}, 'processing')
        on conflict (key) do update set status = 'processing', received_at = now() where inbound_events.status = 'failed'
        returning key`;
      if (claimed) return { claimed: true };
      const [seen] = await sql`select status, result from inbound_events where key = ${key}`;
      return { claimed: false, status: seen!.status as 'processing', result: (seen!.result as never) ?? null };
    },

    async finish(key: string, result: Record<string, unknown>, dealId: string | null): Promise<void> {
      await sql`update inbound_events set status = 'done', result = ${sql.json(result as never)}, deal_id = ${dealId}, processed_at = now() where key = ${key}`;
    },

    async fail(key: string): Promise<void> {
      await sql`update inbound_events set status = 'failed', processed_at = now() where key = ${key}`;
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
