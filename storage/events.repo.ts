/**
 * Facts appended to a deal's log from outside a transition: fired timers,
 * plugin automations, integration events. The events table is append-only;
 * each fact has a deterministic id, so a repeated append changes nothing.
 *
 * @module
 */
import type { Sql } from './db.js';

export interface AppendedEvent {
  /** Deterministic id: a repeated append changes nothing. */
  id: string;
  dealId: string;
  seq: number;
  type: string;
  actor: string;
  at: Date;
  data: object;
}

/** Appends one fact to a deal's log once (the events table is append-only). */
export async function appendEvent(sql: Sql, e: AppendedEvent): Promise<void> {
  await sql`insert into events (id, deal_id, seq, ord, type, actor, at, data)
            values (${e.id}, ${e.dealId}, ${e.seq}, 0, ${e.type}, ${e.actor}, ${e.at}, ${sql.json(e.data as never)})
            on conflict (id) do nothing`;
}

export async function eventExists(sql: Sql, id: string): Promise<boolean> {
  return (await sql`select 1 from events where id = ${id}`).length > 0;
}
