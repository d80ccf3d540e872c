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

/**
 * The statement that appends one fact once, to run alone or as the body of a
 * data-modifying CTE; `after` names a CTE of the same statement whose row it
 * needs (none, and nothing is appended).
 */
export function appendEventStatement(sql: Sql, e: AppendedEvent, after?: string) {
  return sql`insert into events (id, deal_id, seq, ord, type, actor, at, data)
             select ${e.id}, ${e.dealId}, ${e.seq}::int, 0, ${e.type}, ${e.actor}, ${e.at}::timestamptz,
                    ${sql.json(e.data as never)}
             ${after ? sql`from ${sql(after)}` : sql``}
             on conflict (id) do nothing`;
}

/** Appends one fact to a deal's log once (the events table is append-only). */
export async function appendEvent(sql: Sql, e: AppendedEvent): Promise<void> {
  await appendEventStatement(sql, e);
}

export async function eventExists(sql: Sql, id: string): Promise<boolean> {
  return (await sql`select 1 from events where id = ${id}`).length > 0;
}
