/**
 * The reads and writes of an absence's first day and return: the absence
 * with what deciding needs (the person's zone, name and head), the person's
 * open tasks, the hand-over of each task once (its new assignee, a fact in
 * the deal's log, a task notice to whoever takes it), and the digest.
 *
 * @module
 */
import type { HandOverPolicy, OpenTask } from '../rules/absence-handover.js';
import type { Absence } from '../rules/people.js';
import type { Sql } from './db.js';

export interface AbsenceFacts {
  absence: Absence & { id: string; person: string; tasks: HandOverPolicy };
  person: { name: string; timezone: string; head: string | null };
}

export function createAbsenceHandoverRepo(sql: Sql) {
  return {
    /** The absence and its person; undefined once it has been removed. */
    async facts(absenceId: string): Promise<AbsenceFacts | undefined> {
      const [row] = await sql`
        select a.id, a.person, a.kind, a.starts_on::text as "from", a.ends_on::text as "until", a.deputy, a.tasks,
               m.name, m.timezone,
               (select h.id from managers h where h.role = 'head' and h.active and h.id <> m.id
                  and h.department is not distinct from m.department and m.department is not null
                order by h.id limit 1) as head
        from absences a join managers m on m.id = a.person where a.id = ${absenceId}`;
      if (!row) return undefined;
      const { name, timezone, head, ...absence } = row;
      return { absence: absence as AbsenceFacts['absence'], person: { name, timezone, head } };
    },

    /** The person's open tasks, each with its regulation's queue. */
    async openTasks(person: string): Promise<OpenTask[]> {
      const rows = await sql`
        select t.id, t.due_at, r.body->'assignment'->>'fallback' as pool
        from tasks t join deals d on d.id = t.deal_id
        join regulations r on r.id = d.regulation_id and r.version = d.regulation_version
        where t.assignee = ${person} and t.status = 'open' and d.status = 'active'
        order by t.due_at nulls last, t.id`;
      return rows.map((r) => ({ id: r.id, dueAt: (r.dueAt as Date | null)?.toISOString() ?? null, pool: r.pool }));
    },

    /** Hands each task over once: a task already handed over for this absence is left alone. */
    async handOver(
      absenceId: string,
      from: string,
      moves: Array<{ taskId: string; to: string; reason: string }>,
      at: Date,
    ): Promise<number> {
      let moved = 0;
      await sql.begin(async (tx) => {
        for (const m of moves) {
          const [task] = await tx`
            with claimed as (
              insert into absence_handovers (absence_id, task_id, deal_id, from_person, to_person, at)
              select ${absenceId}, t.id, t.deal_id, ${from}, ${m.to}, ${at} from tasks t
               where t.id = ${m.taskId} and t.status = 'open' and t.assignee = ${from}
              on conflict do nothing returning task_id, deal_id)
            update tasks t set assignee = ${m.to} from claimed c where t.id = c.task_id
            returning t.id, t.deal_id, t.title, t.due_at`;
          if (!task) continue;
          moved += 1;
          const data = { taskId: task.id, from, to: m.to, reason: m.reason, absenceId };
          await tx`insert into events (id, deal_id, seq, ord, type, actor, at, data)
                   select ${`${task.id}:absence:${absenceId}`}, id, seq, 0, 'task.handed_over', 'system', ${at}, ${tx.json(data)}
                   from deals where id = ${task.dealId} on conflict (id) do nothing`;
          await tx`insert into notifications (id, deal_id, recipient, kind, task_id, title, data, created_at)
                   values (${`${task.id}:absence:${absenceId}`}, ${task.dealId}, ${m.to}, 'task', ${task.id},
                           ${`Handed over: ${task.title as string} (${m.reason})`},
                           ${tx.json({ dueAt: (task.dueAt as Date | null)?.toISOString() ?? null, reason: m.reason })}, ${at})
                   on conflict (id) do nothing`;
        }
      });
      return moved;
    },

    /** The digest a person finds on return, written once: what was handed over and how it ended, what is theirs now. */
    async writeDigest(absenceId: string, person: string, since: Date, at: Date): Promise<boolean> {
      const handed = await sql`
        select h.task_id, h.to_person, t.title, t.status, t.closed_by, t.assignee
        from absence_handovers h join tasks t on t.id = h.task_id where h.absence_id = ${absenceId} order by h.task_id`;
      const [own] = await sql`
        select (select count(*)::int from tasks where assignee = ${person} and status = 'open') as open_tasks,
               (select count(*)::int from deals where owner = ${person} and status = 'active') as open_deals,
               (select count(*)::int from deals where owner = ${person} and status <> 'active'
                   and closed_at >= ${since}) as closed_while_away`;
      const body = {
        handedOver: handed.map((h) => ({
          taskId: h.taskId,
          title: h.title,
          to: h.toPerson,
          status: h.status,
          closedBy: h.closedBy,
        })),
        openTasks: own!.openTasks,
        openDeals: own!.openDeals,
        closedWhileAway: own!.closedWhileAway,
      };
      const r = await sql`insert into absence_digests (absence_id, person, body, created_at)
                          values (${absenceId}, ${person}, ${sql.json(body)}, ${at}) on conflict do nothing`;
      return r.count > 0;
    },

    /** A person's digests, newest first. */
    async digests(person: string): Promise<Array<Record<string, unknown>>> {
      const rows = await sql`select absence_id, person, body, created_at from absence_digests
                             where person = ${person} order by created_at desc, absence_id limit 50`;
      return rows.map((r) => ({
        absenceId: r.absenceId,
        person: r.person,
        createdAt: (r.createdAt as Date).toISOString(),
        ...(r.body as object),
      }));
    },
  };
}
