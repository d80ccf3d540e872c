/**
 * The deal read model: deals, tasks and the append-only audit log. Writes come
 * only from the deal workflow's activity, one transition per transaction; every
 * statement is idempotent so a re-delivered activity changes nothing.
 *
 * @module
 */
import type { DecisionRecord } from '../domain/decide.js';
import type { DealStatus, DealTransition, TaskRecord, TimerRecord, TransitionOutcome } from '../domain/transition.js';
import type { Sql } from './db.js';
import type { DealRow, EventRow, TaskQuery, TaskRow } from './deal-rows.js';
import { createDealHistoryRepo } from './deal-history.repo.js';
import { createDealPeopleRepo } from './deal-people.repo.js';
import { appendEvent, type AppendedEvent } from './events.repo.js';
import { maintainAnalyticsSummaries } from './analytics-summaries.js';
import { retimeStatements } from './retime.repo.js';
import type { Retimed } from '../domain/retime.js';

export function timerRecord(r: Record<string, unknown>): TimerRecord {
  return {
    id: r.id as string,
    kind: r.kind as TimerRecord['kind'],
    reason: r.reason as TimerRecord['reason'],
    taskId: (r.taskId as string | null) ?? null,
    visit: r.visit as number,
    level: (r.level as number | null) ?? null,
    recipient: r.recipient as string,
    fireAt: (r.fireAt as Date).toISOString(),
  };
}

export async function insertDecisions(tx: Sql, dealId: string, seq: number, at: string, decisions: DecisionRecord[]) {
  if (decisions.length === 0) return;
  await tx`insert into decisions ${tx(
    decisions.map((x) => ({
      id: `${dealId}:${seq}:${x.kind}:${x.subject ?? 'deal'}`,
      deal_id: dealId,
      seq,
      kind: x.kind,
      subject: x.subject,
      rule: x.rule,
      outcome: tx.json(x.outcome as never),
      facts: tx.json(x.facts as never),
      alternatives: tx.json(x.alternatives as never),
      trace: tx.json(x.trace as never),
      error: x.error,
      at,
    })),
  )} on conflict (id) do nothing`;
}

export type { DealRow, EventRow, TaskQuery, TaskRow };

/** `summaries: false` leaves the analytics summaries alone (only the benchmark compares the two). */
export function createDealRepo(sql: Sql, options: { summaries?: boolean } = {}) {
  return {
    ...createDealHistoryRepo(sql),
    ...createDealPeopleRepo(sql),
    appendEvent: (e: AppendedEvent) => appendEvent(sql, e),
    /** The seq the read model has applied for a deal (0 when the deal is not there yet). */
    async appliedSeq(tx: Sql, dealId: string): Promise<number> {
      const [row] = await tx`select seq from deals where id = ${dealId}`;
      return (row?.seq as number | undefined) ?? 0;
    },

    /** What an already-applied transition decided, read back for a retried activity. */
    async outcomeOf(tx: Sql, t: DealTransition): Promise<TransitionOutcome> {
      const [deal] = await tx`select owner from deals where id = ${t.dealId}`;
      const ids = t.createTasks.map((k) => k.id);
      const retimedIds = (t.retimeTasks ?? []).map((k) => k.id);
      const tasks = ids.length
        ? ((await tx`select * from tasks where id = any(${ids}) order by id`) as unknown as TaskRow[])
        : [];
      const visits = t.entered.map((e) => e.visit);
      const timers = await tx`
        select * from timers where deal_id = ${t.dealId}
          and (task_id = any(${[...ids, ...retimedIds]}) or (reason = 'stage_sla' and visit = any(${visits})))
          and status <> 'cancelled'`;
      const byId = new Map(tasks.map((k) => [k.id, k]));
      return {
        owner: deal!.owner as string,
        createdTasks: t.createTasks.map((k) => {
          const row = byId.get(k.id)!;
          return { ...k, assignee: row.assignee, dueAt: row.dueAt?.toISOString() ?? null, templates: row.templates };
        }),
        timers: timers.map(timerRecord),
      };
    },

    /**
     * Writes one transition and its decisions; every statement is idempotent.
     * The statements do not depend on each other's results, so they are sent
     * together (pipelined on the transaction's connection, run in order by
     * PostgreSQL): one round trip instead of one per statement. Whether the
     * deal's row moved to this seq is the answer; when it did not, the caller
     * rolls the whole transaction back.
     */
    async writeTransition(
      tx: Sql,
      t: DealTransition,
      decided: {
        owner: string;
        tasks: TaskRecord[];
        timers: TimerRecord[];
        decisions: DecisionRecord[];
        handover?: { from: string; to: string; stage: string };
        retimed?: Retimed;
      },
    ): Promise<boolean> {
      const d = t.deal;
      const statements: PromiseLike<unknown>[] = [];
      // A porsager query is sent when executed, not when awaited: each is executed as it is made, so
      // they reach PostgreSQL in this order (the summaries last, after the deal's row has moved).
      const send = (query: { execute(): PromiseLike<unknown> }) => statements.push(query.execute()) - 1;
      send(tx`
        insert into deals (id, regulation_id, regulation_version, stage, status, owner, client, fields, seq, created_at, updated_at)
        values (${t.dealId}, ${d.regulationId}, ${d.regulationVersion}, ${d.stage}, ${d.status}, ${decided.owner},
                ${tx.json(d.client as never)}, ${tx.json(d.fields as never)}, 0, ${t.at}, ${t.at})
        on conflict (id) do nothing`);
      if (decided.tasks.length > 0) {
        send(
          tx`insert into tasks ${tx(
            decided.tasks.map((k) => ({
              id: k.id,
              deal_id: t.dealId,
              stage: k.stage,
              visit: k.visit,
              key: k.key,
              title: k.title,
              required: k.required,
              assignee: k.assignee,
              status: 'open',
              kind: k.kind,
              due_at: k.dueAt,
              templates: tx.json(k.templates as never),
              created_at: t.at,
            })),
          )} on conflict (id) do nothing`,
        );
      }
      // The assignee hears of each new task (live stream and webhooks read notifications).
      if (decided.tasks.length > 0) {
        send(
          tx`insert into notifications ${tx(
            decided.tasks.map((k) => ({
              id: `${k.id}:task`,
              deal_id: t.dealId,
              recipient: k.assignee,
              kind: 'task',
              task_id: k.id,
              title: `New task: ${k.title}`,
              data: tx.json({ dueAt: k.dueAt, stage: k.stage, templates: k.templates.map((x) => x.id) } as never),
              created_at: t.at,
            })),
          )} on conflict (id) do nothing`,
        );
      }
      for (const c of t.completeTasks) {
        send(tx`update tasks set status = 'done', outcome = ${c.outcome}, closed_at = ${t.at}, closed_by = ${t.actor}
                 where id = ${c.id} and status = 'open'`);
      }
      if (t.cancelTasks.length > 0) {
        send(tx`update tasks set status = 'cancelled', closed_at = ${t.at}, closed_by = ${t.actor}
                 where id = any(${t.cancelTasks}) and status = 'open'`);
      }
      const closedTasks = [...t.completeTasks.map((c) => c.id), ...t.cancelTasks];
      const leftVisits = t.left.map((l) => l.visit);
      if (closedTasks.length > 0 || leftVisits.length > 0) {
        send(tx`update timers set status = 'cancelled'
                 where deal_id = ${t.dealId} and status = 'scheduled'
                   and (task_id = any(${closedTasks}) or (reason = 'stage_sla' and visit = any(${leftVisits})))`);
      }
      if (d.status !== 'active') {
        send(tx`update timers set status = 'cancelled' where deal_id = ${t.dealId} and status = 'scheduled'`);
      }
      if (t.reassign || decided.handover) {
        send(tx`update tasks set assignee = ${decided.owner} where deal_id = ${t.dealId} and status = 'open'`);
      }
      if (decided.handover) {
        send(tx`insert into deal_participants (deal_id, person, reason, stage, since)
                 values (${t.dealId}, ${decided.handover.from}, 'handed over', ${decided.handover.stage}, ${t.at})
                 on conflict (deal_id, person) do nothing`);
      }
      // Tasks whose due follows a changed field: new due, old timers cancelled, then the new ones upserted below.
      for (const q of decided.retimed ? retimeStatements(tx, t, decided.retimed) : []) send(q);
      const retimedIds = decided.retimed?.tasks.map((k) => k.id) ?? [];
      if (decided.timers.length > 0) {
        send(
          tx`insert into timers ${tx(
            decided.timers.map((x) => ({
              id: x.id,
              deal_id: t.dealId,
              kind: x.kind,
              reason: x.reason,
              task_id: x.taskId,
              visit: x.visit,
              level: x.level,
              recipient: x.recipient,
              fire_at: x.fireAt,
              status: 'scheduled',
              created_at: t.at,
            })),
          )} on conflict (id) do update set fire_at = excluded.fire_at, recipient = excluded.recipient, status = 'scheduled'
             where timers.task_id = any(${retimedIds})`,
        );
      }
      statements.push(insertDecisions(tx, t.dealId, t.seq, t.at, decided.decisions));
      const facts = [
        ...(t.reassign
          ? t.facts.map((f) => (f.type === 'deal.reassigned' ? { ...f, data: { ...f.data, owner: decided.owner } } : f))
          : t.facts),
        ...(decided.handover ? [{ type: 'deal.handed_over', data: { ...decided.handover } }] : []),
        ...(decided.retimed?.facts ?? []),
      ];
      if (facts.length > 0) {
        send(
          tx`insert into events ${tx(
            facts.map((f, i) => ({
              id: `${t.dealId}:${t.seq}:${i}`,
              deal_id: t.dealId,
              seq: t.seq,
              ord: i,
              type: f.type,
              actor: t.actor,
              at: t.at,
              data: tx.json(f.data as never),
            })),
          )} on conflict (id) do nothing`,
        );
      }
      const moved = send(tx`
        update deals set stage = ${d.stage}, status = ${d.status}, owner = ${decided.owner}, fields = ${tx.json(d.fields as never)},
               regulation_version = ${d.regulationVersion},
               seq = ${t.seq}, updated_at = ${t.at}, closed_at = ${d.status === 'active' ? null : t.at}
        where id = ${t.dealId} and seq < ${t.seq}`);
      if (options.summaries !== false) statements.push(maintainAnalyticsSummaries(tx, t));
      const results = await Promise.all(statements);
      return (results[moved] as { count: number }).count > 0;
    },

    async getDeal(id: string): Promise<DealRow | undefined> {
      const [row] = await sql`select * from deals where id = ${id}`;
      return row as DealRow | undefined;
    },

    async listDeals(
      filter: { owner?: string; owners?: string[]; ids?: string[]; status?: DealStatus; limit?: number } = {},
    ): Promise<DealRow[]> {
      const rows = await sql`
        select * from deals
        where true
          ${filter.owner ? sql`and owner = ${filter.owner}` : sql``}
          ${filter.owners ? sql`and owner = any(${filter.owners})` : sql``}
          ${filter.ids ? sql`and id = any(${filter.ids})` : sql``}
          ${filter.status ? sql`and status = ${filter.status}` : sql``}
        order by created_at desc limit ${filter.limit ?? 100}`;
      return rows as unknown as DealRow[];
    },

    async getTask(id: string): Promise<TaskRow | undefined> {
      const [row] = await sql`select * from tasks where id = ${id}`;
      return row as TaskRow | undefined;
    },

    async listTasks(q: TaskQuery): Promise<TaskRow[]> {
      // With the client's name, so an inbox can say whose deal a task is for.
      const rows = await sql`
        select t.*, d.client->>'name' as client_name from tasks t join deals d on d.id = t.deal_id
        where true
          ${q.assignee ? sql`and t.assignee = ${q.assignee}` : sql``}
          ${q.assignees ? sql`and t.assignee = any(${q.assignees})` : sql``}
          ${q.status ? sql`and t.status = ${q.status}` : sql``}
          ${q.dealId ? sql`and t.deal_id = ${q.dealId}` : sql``}
        order by t.due_at nulls last, t.created_at, t.id
        limit ${q.limit ?? 100}`;
      return rows as unknown as TaskRow[];
    },
  };
}

export type DealRepo = ReturnType<typeof createDealRepo>;
