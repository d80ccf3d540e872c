/**
 * Assignment strategies: who among the managers gets a deal once a rule (or
 * the fallback) has chosen how. Pure: managers, their workload and the
 * round-robin cursor come in as data, so the choice can be replayed and
 * explained.
 *
 * Candidates are active managers (role `manager`) matching the rule's
 * department, region, office and skill, neither absent nor at their capacity
 * cap (`rules/people.ts`); those on shift in their own hours and time zone
 * are preferred when any are. When every match is at the cap the deal goes
 * to the queue (`queued`), with the reason.
 *
 * @module
 */
import { isWorkingTime, type BusinessCalendar } from './calendar.js';
import {
  absenceOn,
  capReached,
  describeAbsence,
  localDate,
  personalCalendar,
  type Absence,
  type Capacity,
  type PersonalHours,
} from './people.js';
import type { STRATEGIES } from './schemas/rule.schema.js';

export type Strategy = (typeof STRATEGIES)[number];

export interface ManagerFacts {
  id: string;
  name: string;
  role: 'manager' | 'head' | 'director' | 'admin';
  department: string | null;
  office: string | null;
  region: string | null;
  timezone: string;
  skills: string[];
  active: boolean;
  openTasks: number;
  openDeals: number;
  /** Current and coming absences (none read as none). */
  absences?: Absence[];
  /** The person's cap, or their department's when they have none of their own. */
  capacity?: Capacity | null;
  /** Their own working days and hours, when they differ from the regulation's. */
  hours?: PersonalHours | null;
}

export interface AssignParams {
  strategy: Strategy;
  department?: string;
  region?: string;
  office?: string;
  skill?: string;
  managerId?: string;
  /** For `sticky`: how to choose when the client has no active manager yet. */
  then?: Exclude<Strategy, 'sticky'>;
}

export interface AssignmentContext {
  now: Date;
  calendar: BusinessCalendar;
  /** The manager who already owns this client's other deals, if any. */
  clientOwner?: string;
  /** The client's region and industry, used by by_region / by_expertise when the rule names none. */
  clientRegion?: string;
  clientIndustry?: string;
  /** Last manager this rule gave a deal to (round-robin). */
  lastAssigned?: string;
}

export interface Alternative {
  id: string;
  load: number;
  onShift: boolean;
}

export interface AssignmentChoice {
  managerId?: string;
  strategy: Strategy;
  reason: string;
  candidates: number;
  onShift: number;
  alternatives: Alternative[];
  /** The region and skill the choice was limited to, when any (for explaining it). */
  region?: string;
  skill?: string;
  /** Matches left out because they are absent or at their cap, in words (at most five). */
  skipped?: string[];
  absent?: number;
  atCap?: number;
  /** Every match is at the cap: the deal waits in the queue. */
  queued?: boolean;
  /** When queued: one of the matching people, whose head is told. */
  queuedFrom?: string;
}

const load = (m: ManagerFacts) => m.openTasks + m.openDeals;
const byLoad = (a: ManagerFacts, b: ManagerFacts) => load(a) - load(b) || (a.id < b.id ? -1 : 1);

export function chooseManager(
  params: AssignParams,
  managers: ManagerFacts[],
  ctx: AssignmentContext,
): AssignmentChoice {
  const region = params.region ?? (params.strategy === 'by_region' ? ctx.clientRegion : undefined);
  const skill = params.skill ?? (params.strategy === 'by_expertise' ? ctx.clientIndustry : undefined);
  const matching = managers.filter(
    (m) =>
      m.active &&
      m.role === 'manager' &&
      (!params.department || m.department === params.department) &&
      (!region || m.region === region) &&
      (!params.office || m.office === params.office) &&
      (!skill || m.skills.includes(skill)),
  );
  // The local date and isWorkingTime once per time zone, not once per manager; personal hours per person.
  const dayByZone = new Map<string, string>();
  const today = (m: ManagerFacts) => {
    let day = dayByZone.get(m.timezone);
    if (day === undefined) dayByZone.set(m.timezone, (day = localDate(ctx.now, m.timezone)));
    return day;
  };
  const skipped: string[] = [];
  let absent = 0;
  let atCap = 0;
  const eligible = matching.filter((m) => {
    const away = m.absences && m.absences.length > 0 ? absenceOn(m, today(m)) : undefined;
    if (away) {
      absent++;
      if (skipped.length < 5) skipped.push(describeAbsence(m, away));
      return false;
    }
    const full = m.capacity ? capReached(m) : undefined;
    if (full) {
      atCap++;
      if (skipped.length < 5) skipped.push(full);
      return false;
    }
    return true;
  });
  const shiftByZone = new Map<string, boolean>();
  const onShift = (m: ManagerFacts) => {
    if (m.hours) return isWorkingTime(ctx.now.getTime(), personalCalendar(ctx.calendar, m));
    let open = shiftByZone.get(m.timezone);
    if (open === undefined) {
      open = isWorkingTime(ctx.now.getTime(), { ...ctx.calendar, timezone: m.timezone });
      shiftByZone.set(m.timezone, open);
    }
    return open;
  };
  const shift = eligible.filter(onShift);
  const pool = shift.length > 0 ? shift : eligible;
  const alternatives = [...pool]
    .sort(byLoad)
    .slice(0, 5)
    .map((m) => ({ id: m.id, load: load(m), onShift: onShift(m) }));
  const base = {
    strategy: params.strategy,
    candidates: eligible.length,
    onShift: shift.length,
    alternatives,
    ...(region ? { region } : {}),
    ...(skill ? { skill } : {}),
    ...(skipped.length > 0 ? { skipped, absent, atCap } : {}),
  };
  const why = skipped.length > 0 ? ` (skipped: ${skipped.join('; ')})` : '';
  if (pool.length === 0) {
    if (atCap > 0 && atCap + absent === matching.length)
      return {
        ...base,
        queued: true,
        queuedFrom: matching[0]!.id,
        reason: `every matching manager is absent or at their cap${why}`,
      };
    return { ...base, reason: `no active manager matches${why}` };
  }

  switch (params.strategy) {
    case 'manager': {
      const m = eligible.find((x) => x.id === params.managerId);
      return m
        ? { ...base, managerId: m.id, reason: `named manager ${m.id}` }
        : { ...base, reason: `manager ${params.managerId} is not active, absent, at the cap or does not match${why}` };
    }
    case 'sticky': {
      const owner = ctx.clientOwner ? eligible.find((x) => x.id === ctx.clientOwner) : undefined;
      if (owner) return { ...base, managerId: owner.id, reason: `the client's manager ${owner.id} keeps the client` };
      const next = chooseManager({ ...params, strategy: params.then ?? 'least_loaded' }, managers, ctx);
      return { ...next, strategy: 'sticky', reason: `no active manager owns the client yet; ${next.reason}` };
    }
    case 'round_robin': {
      const ring = [...pool].sort((a, b) => (a.id < b.id ? -1 : 1));
      const m = ring.find((x) => ctx.lastAssigned !== undefined && x.id > ctx.lastAssigned) ?? ring[0]!;
      return { ...base, managerId: m.id, reason: `round robin after ${ctx.lastAssigned ?? 'nobody'}${why}` };
    }
    case 'least_loaded':
    case 'by_region':
    case 'by_expertise': {
      const m = pool.reduce((best, x) => (byLoad(x, best) < 0 ? x : best));
      return {
        ...base,
        managerId: m.id,
        reason: `least loaded (${load(m)} open tasks and deals)${region ? ` in region ${region}` : ''}${skill ? ` with skill ${skill}` : ''}${why}`,
      };
    }
  }
}
