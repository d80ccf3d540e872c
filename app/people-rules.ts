/**
 * People-aware rules as use cases: a person's absences (with a deputy), caps
 * on open work for a person or a department, a person's own working hours,
 * whether someone is available now, and the team's load against the caps.
 *
 * Who may change what: a director or an admin for anyone; a head for the
 * people of their department; an integration key (an HR import) may record
 * and remove absences. Every change is audited.
 *
 * @module
 */
import { DomainError } from '../regulation/errors.js';
import { DEFAULT_CALENDAR } from '../rules/calendar.js';
import { absenceAt, availableNow, capReached, type AbsenceKind, type PersonalHours } from '../rules/people.js';
import type { HandOverPolicy } from '../rules/absence-handover.js';
import type { ManagerRow } from '../storage/managers.repo.js';
import { absenceWorkflowId, type absenceWorkflow } from '../workflows/absence.workflow.js';
import type { AbsenceRow, CapacityRow } from '../storage/people.repo.js';
import type { Principal } from './access.js';
import type { AppContext } from './context.js';

const invalid = (pointer: string, message: string) =>
  new DomainError('VALIDATION_FAILED', `${pointer.slice(1)}: ${message}`, {
    details: { errors: [{ pointer, message }] },
  });

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));

/** The person, if the principal may manage them: 404 for nobody, 403 for a head outside their department. */
async function managed(ctx: AppContext, p: Principal, id: string, integrationMay = false): Promise<ManagerRow> {
  const person = await ctx.managers.get(id);
  if (!person) throw new DomainError('NOT_FOUND', `manager "${id}" not found`);
  if (p.role === 'director' || p.role === 'admin') return person;
  if (p.role === 'integration' && integrationMay) return person;
  if (p.role === 'head' && person.department !== null && person.department === p.department) return person;
  throw new DomainError('FORBIDDEN', `a ${p.role} may not manage ${id}'s absences, cap or hours`);
}

export interface AbsenceInput {
  id?: string;
  kind: AbsenceKind;
  from: string;
  until: string;
  deputy?: string | null;
  note?: string | null;
  tasks?: HandOverPolicy;
}

/** Records an absence; sending the same `id` again (an HR import's retry) answers the first one. */
export async function addAbsence(
  ctx: AppContext,
  p: Principal,
  personId: string,
  input: AbsenceInput,
): Promise<{ absence: AbsenceRow; created: boolean }> {
  await managed(ctx, p, personId, true);
  if (!isDate(input.from)) throw invalid('/from', 'a date YYYY-MM-DD');
  if (!isDate(input.until)) throw invalid('/until', 'a date YYYY-MM-DD');
  if (input.until < input.from) throw invalid('/until', `ends before it starts (${input.from})`);
  if (input.deputy) {
    if (input.deputy === personId) throw invalid('/deputy', 'a person cannot be their own deputy');
    const deputy = await ctx.managers.get(input.deputy);
    if (!deputy?.active) throw invalid('/deputy', `no active person "${input.deputy}"`);
  }
  const id = input.id ?? `${personId}:${input.kind}:${input.from}`;
  const { row, created } = await ctx.people.addAbsence({ ...input, id, person: personId, createdBy: p.id });
  if (row.person !== personId) throw invalid('/id', `absence "${id}" belongs to another person`);
  if (created) await ctx.audit.record(p.id, 'absence.added', `user:${personId}`, row);
  // Also on a repeat: an HR import retrying after a crash between the insert and the start starts it.
  await ctx.temporal.workflow.start<typeof absenceWorkflow>('absenceWorkflow', {
    workflowId: absenceWorkflowId(id),
    taskQueue: ctx.taskQueue,
    args: [{ absenceId: id }],
    workflowIdConflictPolicy: 'USE_EXISTING',
  });
  return { absence: row, created };
}

export async function absences(ctx: AppContext, p: Principal, personId: string): Promise<AbsenceRow[]> {
  await managed(ctx, p, personId, true);
  return ctx.people.absences(personId);
}

/** A person's return digests: for the person, their head, a director or an admin. */
export async function absenceDigests(ctx: AppContext, p: Principal, personId: string) {
  if (p.id !== personId) await managed(ctx, p, personId);
  return ctx.people.digests(personId);
}

export async function removeAbsence(ctx: AppContext, p: Principal, personId: string, id: string): Promise<void> {
  await managed(ctx, p, personId, true);
  const removed = await ctx.people.removeAbsence(personId, id);
  if (!removed) throw new DomainError('NOT_FOUND', `absence "${id}" of ${personId} not found`);
  await ctx.audit.record(p.id, 'absence.removed', `user:${personId}`, removed);
}

export interface CapacityInput {
  openDeals?: number | null;
  openTasks?: number | null;
}

/** Sets a person's cap (`scope: person`) or a department's (`scope: department`): a head only their own. */
export async function setCapacity(
  ctx: AppContext,
  p: Principal,
  scope: CapacityRow['scope'],
  subject: string,
  input: CapacityInput,
): Promise<CapacityRow> {
  if (scope === 'person') await managed(ctx, p, subject);
  else if (!(p.role === 'director' || p.role === 'admin' || (p.role === 'head' && p.department === subject)))
    throw new DomainError('FORBIDDEN', `a ${p.role} may not set the cap of department ${subject}`);
  const saved = await ctx.people.setCapacity({
    scope,
    subject,
    openDeals: input.openDeals ?? null,
    openTasks: input.openTasks ?? null,
    updatedBy: p.id,
  });
  await ctx.audit.record(p.id, 'capacity.set', `${scope}:${subject}`, saved);
  return saved;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** Sets (or with null clears) a person's own working days and hours. */
export async function setHours(
  ctx: AppContext,
  p: Principal,
  personId: string,
  hours: PersonalHours | null,
): Promise<PersonalHours | null> {
  await managed(ctx, p, personId);
  if (hours) {
    if (hours.workingDays.length === 0 || hours.workingDays.some((d) => !Number.isInteger(d) || d < 1 || d > 7))
      throw invalid('/workingDays', 'ISO weekdays 1 (Monday) to 7 (Sunday), at least one');
    if (!HHMM.test(hours.start)) throw invalid('/start', 'a time HH:MM');
    if (!HHMM.test(hours.end)) throw invalid('/end', 'a time HH:MM');
    if (hours.end <= hours.start) throw invalid('/end', `ends before it starts (${hours.start})`);
  }
  const normal = hours ? { ...hours, workingDays: [...new Set(hours.workingDays)].sort() } : null;
  await ctx.people.setHours(personId, normal);
  await ctx.audit.record(p.id, 'hours.set', `user:${personId}`, { hours: normal });
  return normal;
}

/** One person's load against their cap, their absence now, and whether they are available (the board's data). */
export interface PersonLoad {
  id: string;
  name: string;
  role: string;
  department: string | null;
  openDeals: number;
  openTasks: number;
  capacity: { openDeals: number | null; openTasks: number | null } | null;
  atCap: boolean;
  absence: { kind: AbsenceKind; from: string; until: string; deputy: string | null } | null;
  available: boolean;
  reason: string | null;
}

/** The load of everyone the principal sees (a head: their department), at `now`. */
export async function teamLoad(ctx: AppContext, p: Principal, now: Date): Promise<PersonLoad[]> {
  const all = await ctx.managers.facts();
  const seen = p.role === 'head' ? all.filter((m) => m.department !== null && m.department === p.department) : all;
  return seen
    .filter((m) => m.active)
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((m) => {
      const away = absenceAt(m, now);
      const state = availableNow(m, now, DEFAULT_CALENDAR);
      return {
        id: m.id,
        name: m.name,
        role: m.role,
        department: m.department,
        openDeals: m.openDeals,
        openTasks: m.openTasks,
        capacity: m.capacity
          ? { openDeals: m.capacity.openDeals ?? null, openTasks: m.capacity.openTasks ?? null }
          : null,
        atCap: capReached(m) !== undefined,
        absence: away ? { kind: away.kind, from: away.from, until: away.until, deputy: away.deputy ?? null } : null,
        available: state.available,
        reason: state.available ? null : state.reason,
      };
    });
}
