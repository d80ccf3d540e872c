/**
 * Reading a deal's history: the audit log, the timeline (in the simulator's
 * shape), decisions, timers, notifications, the funnel, and migration reports.
 *
 * @module
 */
import { sortTimeline, type TimelineEntry } from '../domain/timeline.js';
import type { Sql } from './db.js';
import type { EventRow } from './deal-rows.js';

export function createDealHistoryRepo(sql: Sql) {
  return {
    async listEvents(dealId: string): Promise<EventRow[]> {
      const rows = await sql`select * from events where deal_id = ${dealId} order by at, seq, ord`;
      return rows as unknown as EventRow[];
    },

    /**
     * Deals per stage and status of one regulation, optionally grouped by a
     * dimension: a column (`owner`) or a dot path into the client or fields.
     */
    async funnel(regulationId: string, dimension?: string) {
      const [root, key] = (dimension ?? '').split('.', 2);
      const value =
        dimension === 'owner'
          ? sql`owner`
          : (root === 'client' || root === 'fields') && key
            ? sql`${sql(root)}->>${key}`
            : sql`null`;
      return [
        ...(await sql`
        select ${value} as dimension, stage, status, count(*)::int as deals
        from deals where regulation_id = ${regulationId}
        group by 1, 2, 3 order by 1 nulls first, 2, 3`),
      ];
    },

    /** Stores a migration's report once (a repeated call, e.g. a retried job step, changes nothing). */
    async recordMigration(
      report: { migrationId: string; regulationId: string; from: number; to: number },
      stageMap: Record<string, string>,
      by: string,
    ): Promise<void> {
      await sql`insert into deal_migrations (id, regulation_id, from_version, to_version, stage_map, started_by, finished_at, report)
                values (${report.migrationId}, ${report.regulationId}, ${report.from}, ${report.to}, ${sql.json(stageMap)},
                        ${by}, now(), ${sql.json(report as never)})
                on conflict (id) do nothing`;
    },

    /** The deal's life from the read model, in the simulator's timeline shape. */
    async timeline(dealId: string): Promise<TimelineEntry[]> {
      const entries: TimelineEntry[] = [];
      const tasks =
        await sql`select key, stage, assignee, due_at, created_at, templates from tasks where deal_id = ${dealId}`;
      for (const t of tasks) {
        entries.push({
          at: (t.createdAt as Date).toISOString(),
          kind: 'task.created',
          stage: t.stage,
          task: t.key,
          who: [t.assignee],
          dueAt: (t.dueAt as Date | null)?.toISOString() ?? null,
          templates: (t.templates as Array<{ id: string }>).map((x) => x.id),
        });
      }
      const events = await sql`
        select e.type, e.at, e.data, tm.reason, tm.level, tk.key as task_key
        from events e
        left join timers tm on tm.id = e.data->>'timerId'
        left join tasks tk on tk.id = tm.task_id
        where e.deal_id = ${dealId}`;
      for (const e of events) {
        const at = (e.at as Date).toISOString();
        const d = e.data as Record<string, any>;
        switch (e.type) {
          case 'stage.entered':
          case 'stage.left':
            entries.push({ at, kind: e.type, stage: d.stage });
            break;
          case 'task.completed':
            entries.push({ at, kind: 'task.completed', task: d.taskKey, ...(d.outcome ? { detail: d.outcome } : {}) });
            break;
          case 'task.cancelled':
            entries.push({ at, kind: 'task.cancelled', task: d.taskKey });
            break;
          case 'task.retimed':
            entries.push({ at, kind: 'task.retimed', task: d.taskKey, dueAt: d.dueAt ?? null, detail: d.reason });
            break;
          case 'deal.closed':
            entries.push({ at, kind: 'deal.closed', stage: d.stage, detail: d.outcome });
            break;
          case 'reminder.sent':
          case 'escalation.raised':
            entries.push({
              at,
              kind: e.type === 'reminder.sent' ? 'reminder' : 'escalation',
              ...(e.taskKey ? { task: e.taskKey } : {}),
              who: d.recipients,
              level: e.level ?? null,
              reason: e.reason,
            });
            break;
        }
      }
      return sortTimeline(entries);
    },

    async listDecisions(dealId: string) {
      return [...(await sql`select * from decisions where deal_id = ${dealId} order by at, seq, id`)];
    },

    async listTimers(dealId: string) {
      return [...(await sql`select * from timers where deal_id = ${dealId} order by fire_at, id`)];
    },

    /** One person's notifications written after a stream position, oldest first. */
    async notificationsAfter(recipient: string, since: string, lastId: string, limit = 100) {
      return [
        ...(await sql`
          select * from notifications where recipient = ${recipient} and (created_at, id) > (${since}::timestamptz, ${lastId})
          order by created_at, id limit ${limit}`),
      ] as Array<Record<string, unknown> & { id: string; kind: string; createdAt: Date }>;
    },

    async listNotifications(filter: { dealId?: string; recipient?: string; kind?: string }) {
      return [
        ...(await sql`
        select * from notifications where true
          ${filter.dealId ? sql`and deal_id = ${filter.dealId}` : sql``}
          ${filter.recipient ? sql`and recipient = ${filter.recipient}` : sql``}
          ${filter.kind ? sql`and kind = ${filter.kind}` : sql``}
        order by created_at, id limit 500`),
      ];
    },
  };
}
