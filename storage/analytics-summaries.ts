/**
 * Keeps the analytics summaries (migration 00015) current: called by
 * `writeTransition` inside the transaction that writes a deal's transition,
 * so a summary never disagrees with the events and tasks it sums up.
 *
 * @module
 */
import type { DealTransition } from '../domain/transition.js';
import type { Sql } from './db.js';

/** Facts after which a deal's stage entries are recomputed from its events: a close, another version. */
const RECOMPUTED_BY = new Set(['deal.closed', 'deal.migrated']);

/**
 * Brings the summaries up to date with one written transition: the calls and
 * meetings it marked held, the stage visits it began and ended (with their
 * working time), the deal's stage entries (added and marked gone further
 * than; recomputed from the events on a close or a move to another version)
 * and the cycle of a deal it closed. One call of `analytics_keep_summaries`
 * (migration 00015), which touches only the rows the transition changes; a
 * transition that changes none costs nothing.
 *
 * @example
 * await tx.begin(async (tx) => { await writeRows(tx, t); await maintainAnalyticsSummaries(tx, t); });
 */
export async function maintainAnalyticsSummaries(tx: Sql, t: DealTransition): Promise<void> {
  const done = t.completeTasks.map((c) => c.id);
  const recompute = t.facts.some((f) => RECOMPUTED_BY.has(f.type));
  if (done.length === 0 && t.entered.length === 0 && t.left.length === 0 && !recompute) return;
  await tx`
    select analytics_keep_summaries(
      ${t.dealId}, ${t.deal.regulationId}, ${t.deal.regulationVersion}::int, ${t.at}::timestamptz, ${done}::text[],
      ${t.entered.map((e) => e.stage)}::text[], ${t.entered.map((e) => e.visit)}::int[],
      ${t.left.map((l) => l.stage)}::text[], ${t.left.map((l) => l.visit)}::int[],
      ${recompute}, ${t.facts.some((f) => f.type === 'deal.closed')})`;
}

/** Recomputes the deals' stage entries from their events (also what a seeded or imported read model calls). */
export async function refreshStageEntries(sql: Sql, dealIds: string[]): Promise<void> {
  if (dealIds.length > 0) await sql`select analytics_refresh_stage_entries(${dealIds}::text[])`;
}

/** Recomputes every summary row of the deals from the read model: for rows written outside transitions. */
export async function rebuildAnalyticsSummaries(sql: Sql, dealIds: string[]): Promise<void> {
  if (dealIds.length === 0) return;
  await refreshStageEntries(sql, dealIds);
  await sql`select analytics_refresh_stage_visits(${dealIds}::text[])`;
  await sql`
    insert into analytics_held_tasks (task_id, deal_id, assignee, kind, closed_at)
    select id, deal_id, assignee, kind, closed_at from tasks
    where deal_id = any(${dealIds}) and status = 'done' and kind in ('call', 'meeting')
      and outcome is distinct from 'cancelled'
    on conflict (task_id) do nothing`;
}
