/**
 * Finding deals: a text search (client, company, INN, phone digits, field
 * values) through the trigram index on `deal_search`, filters, and keyset
 * pages in a few orders. A page's cursor is the last row's sort value and id,
 * so the next page starts after it whatever was written meanwhile (no offset
 * that skips or repeats rows).
 *
 * @module
 */
import type { Sql } from './db.js';
import type { DealRow } from './deal-rows.js';

/** The orders a list may take; a leading minus is descending. */
export const DEAL_SORTS = ['-createdAt', 'createdAt', '-updatedAt', 'updatedAt', 'client', '-client'] as const;
export type DealSort = (typeof DEAL_SORTS)[number];

export interface DealSearch {
  /** Owners one may see (undefined: everyone). */
  owners?: string[] | undefined;
  /** Only these deals (the ones one follows). */
  ids?: string[] | undefined;
  owner?: string | undefined;
  companyId?: string | undefined;
  regulationId?: string | undefined;
  stage?: string | undefined;
  status?: DealRow['status'] | undefined;
  /** Lower-case text to find as a part of the deal's search text. */
  text?: string | undefined;
  /** Only deals with an open task past its due at `now`. */
  overdue?: boolean | undefined;
  /** Created (or closed, with `period: 'closed'`) in [from, to). */
  from?: string | undefined;
  to?: string | undefined;
  period?: 'created' | 'closed' | undefined;
  sort: DealSort;
  /** After this position of the sort (from the previous page's last row). */
  after?: { value: string; id: string } | undefined;
  limit: number;
  now: Date;
}

/** A deal in a list: with its company's name and its next open task (overdue when past due). */
export type DealListRow = DealRow & {
  companyName: string | null;
  nextTask: { id: string; title: string; kind: string; dueAt: Date | null; assignee: string } | null;
  overdue: boolean;
};

const SORT_COLUMN = { createdAt: 'created_at', updatedAt: 'updated_at', client: "client->>'name'" } as const;

/** The position of a row in a sort, as its cursor keeps it. */
export function sortValue(row: DealRow, sort: DealSort): string {
  const key = sort.replace(/^-/, '') as keyof typeof SORT_COLUMN;
  if (key === 'client') return String(row.client.name ?? '');
  return (row[key] as Date).toISOString();
}

export function createDealSearchRepo(sql: Sql) {
  return {
    async search(q: DealSearch): Promise<DealListRow[]> {
      const key = q.sort.replace(/^-/, '') as keyof typeof SORT_COLUMN;
      const desc = q.sort.startsWith('-');
      const column = sql.unsafe(`d.${SORT_COLUMN[key]}`);
      const typed = key === 'client' ? sql`${q.after?.value ?? ''}::text` : sql`${q.after?.value ?? null}::timestamptz`;
      const periodColumn = q.period === 'closed' ? sql`d.closed_at` : sql`d.created_at`;
      const rows = await sql`
        select d.*, c.name as company_name, n.next_task,
               coalesce((n.next_task->>'dueAt')::timestamptz < ${q.now}, false) as overdue
        from deals d
        ${q.text ? sql`join deal_search s on s.deal_id = d.id and s.text like ${'%' + likeEscape(q.text) + '%'}` : sql``}
        left join companies c on c.id = d.company_id
        left join lateral (
          select jsonb_build_object('id', t.id, 'title', t.title, 'kind', t.kind, 'dueAt', t.due_at, 'assignee', t.assignee) as next_task
          from tasks t where t.deal_id = d.id and t.status = 'open'
          order by t.due_at nulls last, t.created_at, t.id limit 1) n on true
        where true
          ${q.owners ? sql`and d.owner = any(${q.owners})` : sql``}
          ${q.ids ? sql`and d.id = any(${q.ids})` : sql``}
          ${q.owner ? sql`and d.owner = ${q.owner}` : sql``}
          ${q.companyId ? sql`and d.company_id = ${q.companyId}` : sql``}
          ${q.regulationId ? sql`and d.regulation_id = ${q.regulationId}` : sql``}
          ${q.stage ? sql`and d.stage = ${q.stage}` : sql``}
          ${q.status ? sql`and d.status = ${q.status}` : sql``}
          ${q.from ? sql`and ${periodColumn} >= ${q.from}::timestamptz` : sql``}
          ${q.to ? sql`and ${periodColumn} < ${q.to}::timestamptz` : sql``}
          ${
            q.overdue
              ? sql`and exists (select 1 from tasks o where o.deal_id = d.id and o.status = 'open' and o.due_at < ${q.now})`
              : sql``
          }
          ${q.after ? (desc ? sql`and (${column}, d.id) < (${typed}, ${q.after.id})` : sql`and (${column}, d.id) > (${typed}, ${q.after.id})`) : sql``}
        order by ${column} ${sql.unsafe(desc ? 'desc' : 'asc')}, d.id ${sql.unsafe(desc ? 'desc' : 'asc')}
        limit ${q.limit}`;
      return rows.map((r) => {
        const { nextTask, ...deal } = r as Record<string, unknown>;
        const t = nextTask as Record<string, unknown> | null;
        return {
          ...deal,
          nextTask: t
            ? {
                id: t.id as string,
                title: t.title as string,
                kind: t.kind as string,
                dueAt: t.dueAt ? new Date(t.dueAt as string) : null,
                assignee: t.assignee as string,
              }
            : null,
        } as DealListRow;
      });
    },

    /** EXPLAIN (ANALYZE) of a search, for the benchmark. */
    async explainText(text: string, owners?: string[]): Promise<string> {
      const rows = await sql`
        explain (analyze, buffers off, costs off)
        select d.id from deals d join deal_search s on s.deal_id = d.id and s.text like ${'%' + likeEscape(text) + '%'}
        where true ${owners ? sql`and d.owner = any(${owners})` : sql``}
        order by d.created_at desc, d.id desc limit 50`;
      return rows.map((r) => Object.values(r)[0] as string).join('\n');
    },
  };
}

/** `text` as a literal inside LIKE: its % and _ match themselves. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export type DealSearchRepo = ReturnType<typeof createDealSearchRepo>;
