/**
 * The writes of timers that follow the data (domain/retime.ts): a task's new
 * due, and its scheduled reminders and escalations cancelled before the new
 * ones are written over them (same ids: the timers insert upserts them).
 *
 * @module
 */
import type { DealTransition } from '../domain/transition.js';
import type { Retimed } from '../domain/retime.js';
import type { Sql } from './db.js';

/** The statements, unsent, in the order they must run (before the transition's timers insert). */
export function retimeStatements(tx: Sql, t: DealTransition, retimed: Retimed) {
  const ids = retimed.tasks.map((k) => k.id);
  return [
    ...retimed.tasks.map((k) => tx`update tasks set due_at = ${k.dueAt} where id = ${k.id} and status = 'open'`),
    tx`update timers set status = 'cancelled'
         where deal_id = ${t.dealId} and status = 'scheduled' and task_id = any(${ids})`,
  ];
}
