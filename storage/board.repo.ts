/**
 * The pipeline board's read: a regulation's active deals with what a card
 * shows (client, fields, owner and their name, the next open task and its
 * due, whether any open task is overdue), in one query. Whether an owner is a
 * person or a queue (no row in `managers`) comes with each deal, so a head's
 * queue can be put first.
 *
 * @module
 */
import type { Sql } from './db.js';

export interface BoardDealRow {
  id: string;
  stage: string;
  owner: string;
  /** Null when the owner is a queue, not a person. */
  ownerName: string | null;
  clientName: string | null;
  fields: Record<string, unknown>;
  regulationVersion: number;
  updatedAt: Date;
  taskId: string | null;
  taskTitle: string | null;
  taskDueAt: Date | null;
  taskAssignee: string | null;
  overdue: boolean;
}

export interface BoardQuery {
  regulationId: string;
  /** Only these owners (undefined: everyone). */
  owners?: string[] | undefined;
  /** With `owners`: queue-owned deals as well (a head's or director's queue). */
  withQueues?: boolean;
  overdueOnly?: boolean;
  now: Date;
  limit: number;
}

export function createBoardRepo(sql: Sql) {
  return {
    async deals(q: BoardQuery): Promise<BoardDealRow[]> {
      const rows = await sql`
        select d.id, d.stage, d.owner, m.name as owner_name, d.client->>'name' as client_name, d.fields,
               d.regulation_version, d.updated_at,
               n.id as task_id, n.title as task_title, n.due_at as task_due_at, n.assignee as task_assignee,
               exists (select 1 from tasks o where o.deal_id = d.id and o.status = 'open' and o.due_at < ${q.now})
                 as overdue
        from deals d
        left join managers m on m.id = d.owner
        left join lateral (
          select t.id, t.title, t.due_at, t.assignee from tasks t
          where t.deal_id = d.id and t.status = 'open'
          order by t.due_at nulls last, t.created_at, t.id limit 1
        ) n on true
        where d.regulation_id = ${q.regulationId} and d.status = 'active'
          ${
            q.owners
              ? q.withQueues
                ? sql`and (d.owner = any(${q.owners}) or m.id is null)`
                : sql`and d.owner = any(${q.owners})`
              : sql``
          }
          ${
            q.overdueOnly
              ? sql`and exists (select 1 from tasks o where o.deal_id = d.id and o.status = 'open' and o.due_at < ${q.now})`
              : sql``
          }
        order by d.updated_at desc, d.id
        limit ${q.limit}`;
      return rows as unknown as BoardDealRow[];
    },
  };
}

export type BoardRepo = ReturnType<typeof createBoardRepo>;
