/**
 * Absences, capacity caps and personal working hours: written by heads,
 * directors, admins and HR imports; read with the managers' facts so the
 * assignment rules and the recipients of reminders and escalations see them.
 *
 * @module
 */
import type { ManagerFacts } from '../rules/assignment.js';
import type { HandOverPolicy } from '../rules/absence-handover.js';
import type { Absence, AbsenceKind, Capacity, PersonalHours } from '../rules/people.js';
import { createAbsenceHandoverRepo } from './absence-handover.repo.js';
import type { Sql } from './db.js';

export interface AbsenceRow extends Absence {
  id: string;
  person: string;
  deputy: string | null;
  note: string | null;
  createdBy: string;
  /** What happens to the person's open tasks on the first day (`rules/absence-handover.ts`). */
  tasks: HandOverPolicy;
}

export interface CapacityRow {
  scope: 'person' | 'department';
  subject: string;
  openDeals: number | null;
  openTasks: number | null;
}

const absenceColumns = (sql: Sql) =>
  sql`id, person, kind, starts_on::text as "from", ends_on::text as "until", deputy, note, created_by, tasks`;

export function createPeopleRepo(sql: Sql) {
  return {
    /** Records an absence; the same id again changes nothing (an HR import may resend it). */
    async addAbsence(a: {
      id: string;
      person: string;
      kind: AbsenceKind;
      from: string;
      until: string;
      deputy?: string | null;
      note?: string | null;
      createdBy: string;
      tasks?: HandOverPolicy;
    }): Promise<{ row: AbsenceRow; created: boolean }> {
      const inserted = await sql`
        insert into absences (id, person, kind, starts_on, ends_on, deputy, note, created_by, tasks)
        values (${a.id}, ${a.person}, ${a.kind}, ${a.from}, ${a.until}, ${a.deputy ?? null}, ${a.note ?? null}, ${a.createdBy},
                ${a.tasks ?? 'deputy'})
        on conflict (id) do nothing
        returning ${absenceColumns(sql)}`;
      if (inserted[0]) return { row: inserted[0] as AbsenceRow, created: true };
      const [row] = await sql`select ${absenceColumns(sql)} from absences where id = ${a.id}`;
      return { row: row as AbsenceRow, created: false };
    },

    async absences(person: string): Promise<AbsenceRow[]> {
      return (await sql`select ${absenceColumns(sql)} from absences where person = ${person}
                        order by starts_on, id`) as unknown as AbsenceRow[];
    },

    async removeAbsence(person: string, id: string): Promise<AbsenceRow | undefined> {
      const [row] =
        await sql`delete from absences where id = ${id} and person = ${person} returning ${absenceColumns(sql)}`;
      return row as AbsenceRow | undefined;
    },

    async setCapacity(c: CapacityRow & { updatedBy: string }): Promise<CapacityRow> {
      const [row] = await sql`
        insert into capacities (scope, subject, open_deals, open_tasks, updated_by)
        values (${c.scope}, ${c.subject}, ${c.openDeals}, ${c.openTasks}, ${c.updatedBy})
        on conflict (scope, subject) do update set open_deals = excluded.open_deals, open_tasks = excluded.open_tasks,
          updated_by = excluded.updated_by, updated_at = now()
        returning scope, subject, open_deals, open_tasks`;
      return row as CapacityRow;
    },

    async capacities(): Promise<CapacityRow[]> {
      return (await sql`select scope, subject, open_deals, open_tasks from capacities
                        order by scope, subject`) as unknown as CapacityRow[];
    },

    /** A person's return digests, newest first (`absence-handover.repo.ts`). */
    digests: (person: string) => createAbsenceHandoverRepo(sql).digests(person),

    /** Sets (or, with null, clears) a person's own working days and hours. */
    async setHours(person: string, hours: PersonalHours | null): Promise<boolean> {
      const r =
        await sql`update managers set work_days = ${hours?.workingDays ?? null}, work_start = ${hours?.start ?? null},
                            work_end = ${hours?.end ?? null}, updated_at = now() where id = ${person}`;
      return r.count > 0;
    },
  };
}

/**
 * Adds absences (those not over yet), caps and personal hours to managers'
 * facts. One query for all three, so a transition's transaction pays one
 * more round trip, not one per person.
 */
export async function withPeopleFacts(sql: Sql, managers: ManagerFacts[], id?: string): Promise<ManagerFacts[]> {
  if (managers.length === 0) return managers;
  const only = id ? sql`and person = ${id}` : sql``;
  // A day of slack: the dates are local to each person's zone, current_date is the server's.
  const [row] = await sql`
    select
      (select coalesce(json_agg(json_build_object('person', person, 'kind', kind, 'from', starts_on::text,
              'until', ends_on::text, 'deputy', deputy)), '[]')
         from absences where ends_on >= current_date - 1 ${only}) as absences,
      (select coalesce(json_agg(json_build_object('scope', scope, 'subject', subject, 'openDeals', open_deals,
              'openTasks', open_tasks)), '[]') from capacities) as capacities,
      (select coalesce(json_agg(json_build_object('id', id, 'days', work_days, 'start', work_start, 'end', work_end)), '[]')
         from managers where work_days is not null ${id ? sql`and id = ${id}` : sql``}) as hours`;
  const absences = new Map<string, Absence[]>();
  for (const a of row!.absences as Array<Absence & { person: string }>) {
    const { person, ...absence } = a;
    absences.set(person, [...(absences.get(person) ?? []), absence]);
  }
  const caps = new Map<string, Capacity>();
  for (const c of row!.capacities as CapacityRow[])
    caps.set(`${c.scope}:${c.subject}`, { openDeals: c.openDeals, openTasks: c.openTasks });
  const hours = new Map<string, PersonalHours>();
  for (const h of row!.hours as Array<{ id: string; days: number[]; start: string; end: string }>)
    hours.set(h.id, { workingDays: h.days, start: h.start, end: h.end });
  if (absences.size === 0 && caps.size === 0 && hours.size === 0) return managers;
  return managers.map((m) => {
    const capacity = caps.get(`person:${m.id}`) ?? (m.department ? caps.get(`department:${m.department}`) : undefined);
    return {
      ...m,
      ...(absences.has(m.id) ? { absences: absences.get(m.id)! } : {}),
      ...(capacity ? { capacity } : {}),
      ...(hours.has(m.id) ? { hours: hours.get(m.id)! } : {}),
    };
  });
}

/**
 * Serialises the assignment decisions of concurrent transactions while any
 * cap is set, so two leads arriving together cannot both take a manager's
 * last free place. Held until the transaction ends; costs nothing without caps.
 */
export async function lockForCapacity(tx: Sql): Promise<void> {
  await tx`select pg_advisory_xact_lock(hashtext('reglament:capacity')) from (select 1 from capacities limit 1) c`;
}

export type PeopleRepo = ReturnType<typeof createPeopleRepo>;
