/**
 * Complaints from clients: opened once per (source, external id), resolved
 * once, their notice level raised only upwards; counted per manager.
 *
 * @module
 */
import type { Sql } from './db.js';
import { insertNotification } from './timers.repo.js';

export type ComplaintSource = 'form' | 'email' | 'manager';

export interface ClientComplaint {
  id: string;
  dealId: string;
  assignee: string;
  source: ComplaintSource;
  externalId: string | null;
  text: string;
  dueAt: string;
  status: 'open' | 'resolved';
  resolution: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  /** 0 nothing sent, 1 the assignee reminded at the SLA, 1 + n the escalation chain's level n told. */
  level: number;
  createdBy: string;
  createdAt: string;
}

/** Per manager: complaints opened, open, open past their SLA, resolved, resolved within it. */
export interface ComplaintCounts {
  manager: string;
  total: number;
  open: number;
  overdue: number;
  resolved: number;
  resolvedInSla: number;
}

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v === null || v === undefined ? null : String(v));

const complaintOf = (r: Record<string, unknown>): ClientComplaint => ({
  id: r.id as string,
  dealId: r.dealId as string,
  assignee: r.assignee as string,
  source: r.source as ComplaintSource,
  externalId: (r.externalId as string | null) ?? null,
  text: r.text as string,
  dueAt: iso(r.dueAt)!,
  status: r.status as 'open' | 'resolved',
  resolution: (r.resolution as string | null) ?? null,
  resolvedAt: iso(r.resolvedAt),
  resolvedBy: (r.resolvedBy as string | null) ?? null,
  level: Number(r.level),
  createdBy: r.createdBy as string,
  createdAt: iso(r.createdAt)!,
});

export function createClientComplaintRepo(sql: Sql) {
  return {
    /** Opens the complaint unless one of the same (source, external id) exists; answers the one kept and whether it is new. */
    async open(c: Omit<ClientComplaint, 'status' | 'resolution' | 'resolvedAt' | 'resolvedBy' | 'level'>) {
      const [row] = await sql`
        insert into client_complaints (id, deal_id, assignee, source, external_id, text, due_at, created_by, created_at)
        values (${c.id}, ${c.dealId}, ${c.assignee}, ${c.source}, ${c.externalId}, ${c.text}, ${c.dueAt},
                ${c.createdBy}, ${c.createdAt})
        on conflict (source, external_id) do nothing returning *`;
      if (row) return { complaint: complaintOf(row), created: true };
      const [kept] =
        await sql`select * from client_complaints where source = ${c.source} and external_id = ${c.externalId}`;
      return { complaint: complaintOf(kept!), created: false };
    },

    /** The company's current deal (the active one touched last), else its last closed one. */
    async dealOfCompany(companyId: string): Promise<string | undefined> {
      const [row] = await sql`select id from deals where company_id = ${companyId}
                              order by (status = 'active') desc, coalesce(closed_at, updated_at) desc, id desc limit 1`;
      return row?.id as string | undefined;
    },

    async get(id: string): Promise<ClientComplaint | undefined> {
      const [row] = await sql`select * from client_complaints where id = ${id}`;
      return row ? complaintOf(row) : undefined;
    },

    async list(filter: { assignees?: string[]; status?: 'open' | 'resolved'; dealId?: string }) {
      const rows = await sql`
        select * from client_complaints where true
          ${filter.assignees ? sql`and assignee = any(${filter.assignees})` : sql``}
          ${filter.status ? sql`and status = ${filter.status}` : sql``}
          ${filter.dealId ? sql`and deal_id = ${filter.dealId}` : sql``}
        order by created_at desc, id limit 500`;
      return rows.map(complaintOf);
    },

    /** The assignee hears of the new complaint (once: the notice's id derives from the complaint's). */
    async announce(c: ClientComplaint): Promise<void> {
      await insertNotification(sql, {
        id: `client-complaint:${c.id}:0`,
        dealId: c.dealId,
        recipient: c.assignee,
        // The kind a complaint is filtered by (GET /notifications?kind=complaint); data.reason tells it from a colleague's.
        kind: 'complaint',
        taskId: null,
        title: `A client complains (${c.source}): ${c.text.slice(0, 120)}`,
        data: { reason: 'client_complaint', complaintId: c.id, dueAt: c.dueAt },
        at: new Date(c.createdAt),
      });
    },

    /** false when it was resolved already. */
    async resolve(id: string, by: string, resolution: string, at: Date): Promise<boolean> {
      const rows = await sql`update client_complaints
                             set status = 'resolved', resolution = ${resolution}, resolved_by = ${by}, resolved_at = ${at}
                             where id = ${id} and status = 'open' returning 1`;
      return rows.length > 0;
    },

    /** Raises the notice level of an open complaint; false when resolved or reached already. */
    async raiseLevel(tx: Sql, id: string, level: number): Promise<boolean> {
      const rows = await tx`update client_complaints set level = ${level}
                            where id = ${id} and status = 'open' and level < ${level} returning 1`;
      return rows.length > 0;
    },

    async countsByManager(now: Date, assignees?: string[]): Promise<ComplaintCounts[]> {
      const rows = await sql`
        select assignee as manager, count(*)::int as total,
               count(*) filter (where status = 'open')::int as open,
               count(*) filter (where status = 'open' and due_at < ${now})::int as overdue,
               count(*) filter (where status = 'resolved')::int as resolved,
               count(*) filter (where status = 'resolved' and resolved_at <= due_at)::int as resolved_in_sla
        from client_complaints
        where true ${assignees ? sql`and assignee = any(${assignees})` : sql``}
        group by assignee order by count(*) desc, assignee`;
      return rows.map((r) => ({
        manager: r.manager as string,
        total: Number(r.total),
        open: Number(r.open),
        overdue: Number(r.overdue),
        resolved: Number(r.resolved),
        resolvedInSla: Number(r.resolvedInSla),
      }));
    },
  };
}

export type ClientComplaintRepo = ReturnType<typeof createClientComplaintRepo>;
