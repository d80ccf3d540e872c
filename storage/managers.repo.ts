/**
 * Managers, heads and directors, and the live workload the assignment rules
 * read (open tasks, open deals).
 *
 * @module
 */
import type { Recipient } from '../regulation/types.js';
import type { ManagerFacts } from '../rules/assignment.js';
import type { Sql } from './db.js';
import { withPeopleFacts } from './people.repo.js';

export interface ManagerInput {
  id: string;
  name: string;
  role: ManagerFacts['role'];
  department?: string | null;
  office?: string | null;
  region?: string | null;
  timezone?: string;
  skills?: string[];
  active?: boolean;
  email?: string | null;
}

export interface ManagerRow extends Required<Omit<ManagerInput, 'email'>> {
  email: string | null;
}

export function createManagerRepo(sql: Sql) {
  return {
    async upsert(m: ManagerInput): Promise<ManagerRow> {
      const [row] = await sql`
        insert into managers (id, name, role, department, office, region, timezone, skills, active, email)
        values (${m.id}, ${m.name}, ${m.role}, ${m.department ?? null}, ${m.office ?? null}, ${m.region ?? null},
                ${m.timezone ?? 'Europe/Moscow'}, ${m.skills ?? []}, ${m.active ?? true}, ${m.email ?? null})
        on conflict (id) do update set name = excluded.name, role = excluded.role, department = excluded.department,
          office = excluded.office, region = excluded.region, timezone = excluded.timezone, skills = excluded.skills,
          active = excluded.active, email = excluded.email, updated_at = now()
        returning id, name, role, department, office, region, timezone, skills, active, email`;
      return row as ManagerRow;
    },

    async get(id: string): Promise<ManagerRow | undefined> {
      const [row] =
        await sql`select id, name, role, department, office, region, timezone, skills, active, email from managers where id = ${id}`;
      return row as ManagerRow | undefined;
    },

    async list(filter: { active?: boolean; role?: string } = {}): Promise<ManagerRow[]> {
      return (await sql`
        select id, name, role, department, office, region, timezone, skills, active, email from managers
        where true
          ${filter.active === undefined ? sql`` : sql`and active = ${filter.active}`}
          ${filter.role ? sql`and role = ${filter.role}` : sql``}
        order by id`) as unknown as ManagerRow[];
    },

    /** Everyone's open deals and tasks beside their cap, absences and hours (the board's load). */
    facts: (): Promise<ManagerFacts[]> => managerFacts(sql),

    async setActive(id: string, active: boolean): Promise<boolean> {
      const r = await sql`update managers set active = ${active}, updated_at = now() where id = ${id}`;
      return r.count > 0;
    },
  };
}

/** The managers with their workload, absences, caps and hours; `id`: just that one (its counts read through the indexes, not the whole team's). */
export async function managerFacts(sql: Sql, id?: string): Promise<ManagerFacts[]> {
  const rows = id
    ? await sql`
        select m.id, m.name, m.role, m.department, m.office, m.region, m.timezone, m.skills, m.active,
               (select count(*) from tasks where assignee = m.id and status = 'open')::int as open_tasks,
               (select count(*) from deals where owner = m.id and status = 'active')::int as open_deals
        from managers m where m.id = ${id}`
    : await sql`
        select m.id, m.name, m.role, m.department, m.office, m.region, m.timezone, m.skills, m.active,
               coalesce(t.n, 0)::int as open_tasks, coalesce(d.n, 0)::int as open_deals
        from managers m
        left join (select assignee, count(*) as n from tasks where status = 'open' group by assignee) t on t.assignee = m.id
        left join (select owner, count(*) as n from deals where status = 'active' group by owner) d on d.owner = m.id`;
  const facts: ManagerFacts[] = rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role,
    department: r.department,
    office: r.office,
    region: r.region,
    timezone: r.timezone,
    skills: r.skills,
    active: r.active,
    openTasks: r.openTasks,
    openDeals: r.openDeals,
  }));
  return withPeopleFacts(sql, facts, id);
}

/**
 * Who hears about a task: its assignee, the head of the assignee's department,
 * a director, or the person a deal field names (`field:<name>`). The head of
 * a participant is `recipientOf`'s (domain/decision-data.ts).
 */
export async function resolveRecipient(
  sql: Sql,
  to: Exclude<Recipient, 'participant_head'>,
  assignee: string,
  fallback: string,
  fields: Record<string, unknown> = {},
): Promise<string> {
  if (to === 'assignee') return assignee;
  if (to.startsWith('field:')) {
    const named = fields[to.slice('field:'.length)];
    return typeof named === 'string' && named !== '' ? named : fallback;
  }
  const [row] =
    to === 'head'
      ? await sql`select h.id from managers h join managers m on m.id = ${assignee}
                  where h.role = 'head' and h.active and h.department is not distinct from m.department order by h.id limit 1`
      : await sql`select id from managers where role = 'director' and active order by id limit 1`;
  return (row?.id as string | undefined) ?? fallback;
}

export type ManagerRepo = ReturnType<typeof createManagerRepo>;
