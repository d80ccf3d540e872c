/**
 * The deal read model: deals, tasks and the append-only audit log. Writes come
 * only from the deal workflow's activity, one transition per transaction; every
 * statement is idempotent so a re-delivered activity changes nothing.
 *
 * @module
 */
import type { DealStatus, DealTransition } from '../workflows/driver/transition.js';
import type { Sql } from './db.js';

export interface DealRow {
  id: string;
  regulationId: string;
  regulationVersion: number;
  stage: string;
  status: DealStatus;
  owner: string;
  client: Record<string, unknown>;
  fields: Record<string, unknown>;
  seq: number;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
}

export interface TaskRow {
  id: string;
  dealId: string;
  stage: string;
  visit: number;
  key: string;
  title: string;
  required: boolean;
  assignee: string;
  status: 'open' | 'done' | 'cancelled';
  dueAt: Date | null;
  outcome: string | null;
  createdAt: Date;
  closedAt: Date | null;
  closedBy: string | null;
}

export interface EventRow {
  id: string;
  dealId: string;
  seq: number;
  ord: number;
  type: string;
  actor: string;
  at: Date;
  data: Record<string, unknown>;
}

export interface TaskQuery {
  assignee?: string;
  status?: TaskRow['status'];
  dealId?: string;
  limit?: number;
}

export function createDealRepo(sql: Sql) {
  const camel = <T>(rows: Record<string, unknown>[]) =>
    rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), v]))) as T[];

  return {
    /** Applies one workflow transition atomically; returns false if it was already applied. */
    async applyTransition(t: DealTransition): Promise<boolean> {
      return sql.begin(async (tx) => {
        const d = t.deal;
        await tx`
          insert into deals (id, regulation_id, regulation_version, stage, status, owner, client, fields, seq, created_at, updated_at)
          values (${t.dealId}, ${d.regulationId}, ${d.regulationVersion}, ${d.stage}, ${d.status}, ${d.owner},
                  ${tx.json(d.client as never)}, ${tx.json(d.fields as never)}, 0, ${t.at}, ${t.at})
          on conflict (id) do nothing`;
        if (t.createTasks.length > 0) {
          await tx`insert into tasks ${tx(
            t.createTasks.map((k) => ({
              id: k.id,
              deal_id: t.dealId,
              stage: k.stage,
              visit: k.visit,
              key: k.key,
              title: k.title,
              required: k.required,
              assignee: k.assignee,
              status: 'open',
              due_at: k.dueAt,
              created_at: t.at,
            })),
          )} on conflict (id) do nothing`;
        }
        for (const c of t.completeTasks) {
          await tx`update tasks set status = 'done', outcome = ${c.outcome}, closed_at = ${t.at}, closed_by = ${t.actor}
                   where id = ${c.id} and status = 'open'`;
        }
        if (t.cancelTasks.length > 0) {
          await tx`update tasks set status = 'cancelled', closed_at = ${t.at}, closed_by = ${t.actor}
                   where id = any(${t.cancelTasks}) and status = 'open'`;
        }
        if (t.facts.length > 0) {
          await tx`insert into events ${tx(
            t.facts.map((f, i) => ({
              id: `${t.dealId}:${t.seq}:${i}`,
              deal_id: t.dealId,
              seq: t.seq,
              ord: i,
              type: f.type,
              actor: t.actor,
              at: t.at,
              data: tx.json(f.data as never),
            })),
          )} on conflict (id) do nothing`;
        }
        const updated = await tx`
          update deals set stage = ${d.stage}, status = ${d.status}, owner = ${d.owner}, fields = ${tx.json(d.fields as never)},
                 seq = ${t.seq}, updated_at = ${t.at}, closed_at = ${d.status === 'active' ? null : t.at}
          where id = ${t.dealId} and seq < ${t.seq}`;
        return updated.count > 0;
      });
    },

    async getDeal(id: string): Promise<DealRow | undefined> {
      const rows = await sql`select * from deals where id = ${id}`;
      return camel<DealRow>(rows)[0];
    },

    async listDeals(filter: { owner?: string; status?: DealStatus; limit?: number } = {}): Promise<DealRow[]> {
      const rows = await sql`
        select * from deals
        where true
          ${filter.owner ? sql`and owner = ${filter.owner}` : sql``}
          ${filter.status ? sql`and status = ${filter.status}` : sql``}
        order by created_at desc limit ${filter.limit ?? 100}`;
      return camel<DealRow>(rows);
    },

    async getTask(id: string): Promise<TaskRow | undefined> {
      const rows = await sql`select * from tasks where id = ${id}`;
      return camel<TaskRow>(rows)[0];
    },

    async listTasks(q: TaskQuery): Promise<TaskRow[]> {
      const rows = await sql`
        select * from tasks
        where true
          ${q.assignee ? sql`and assignee = ${q.assignee}` : sql``}
          ${q.status ? sql`and status = ${q.status}` : sql``}
          ${q.dealId ? sql`and deal_id = ${q.dealId}` : sql``}
        order by due_at nulls last, created_at, id
        limit ${q.limit ?? 100}`;
      return camel<TaskRow>(rows);
    },

    async listEvents(dealId: string): Promise<EventRow[]> {
      const rows = await sql`select * from events where deal_id = ${dealId} order by seq, ord`;
      return camel<EventRow>(rows);
    },
  };
}

export type DealRepo = ReturnType<typeof createDealRepo>;
