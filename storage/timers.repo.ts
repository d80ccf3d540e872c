/**
 * Writes made when a deal's reminders and escalations fire. Each statement is
 * idempotent; callers pass the transaction.
 *
 * @module
 */
import type { TimerRecord } from '../domain/transition.js';
import type { Sql } from './db.js';
import { timerRecord, type DealRow, type TaskRow } from './deals.repo.js';

/** Marks the timers fired unless already fired or cancelled; returns those that fired now. */
export async function fireTimers(tx: Sql, ids: string[], now: Date): Promise<TimerRecord[]> {
  const rows = await tx`update timers set status = 'fired', fired_at = ${now}
                        where id = any(${ids}) and status = 'scheduled' returning *`;
  return rows.map(timerRecord);
}

/** The deal, locked for the rest of the transaction. */
export async function lockDeal(tx: Sql, id: string): Promise<DealRow | undefined> {
  const [row] = await tx`select * from deals where id = ${id} for update`;
  return row as DealRow | undefined;
}

export async function taskById(tx: Sql, id: string): Promise<TaskRow | undefined> {
  const [row] = await tx`select * from tasks where id = ${id}`;
  return row as TaskRow | undefined;
}

/** A new owner takes the deal and all its open tasks. */
export async function reassignOpenWork(tx: Sql, dealId: string, owner: string): Promise<void> {
  await tx`update deals set owner = ${owner} where id = ${dealId}`;
  await tx`update tasks set assignee = ${owner} where deal_id = ${dealId} and status = 'open'`;
}

export async function insertNotification(
  tx: Sql,
  n: {
    id: string;
    dealId: string;
    recipient: string;
    kind: 'task' | 'reminder' | 'escalation' | 'complaint';
    taskId: string | null;
    title: string;
    data: object;
    at: Date;
  },
): Promise<void> {
  await tx`insert into notifications (id, deal_id, recipient, kind, task_id, title, data, created_at)
           values (${n.id}, ${n.dealId}, ${n.recipient}, ${n.kind}, ${n.taskId}, ${n.title}, ${tx.json(n.data as never)}, ${n.at})
           on conflict (id) do nothing`;
}
