/**
 * Assignment strategies: who among the managers gets a deal once a rule (or
 * the fallback) has chosen how. Pure: managers, their workload and the
 * round-robin cursor come in as data, so the choice can be replayed and
 * explained.
 *
 * Candidates are active managers (role `manager`) matching the rule's
 * department, region, office and skill; those on shift in their own time
 * zone are preferred when any are.
 *
 * @module
 */
import { isWorkingTime, type BusinessCalendar } from './calendar.js';
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
  const eligible = managers.filter(
    (m) =>
      m.active &&
      m.role === 'manager' &&
      (!params.department || m.department === params.department) &&
      (!region || m.region === region) &&
      (!params.office || m.office === params.office) &&
      (!skill || m.skills.includes(skill)),
  );
  // isWorkingTime once per time zone, not once per manager.
  const shiftByZone = new Map<string, boolean>();
  const onShift = (m: ManagerFacts) => {
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
  };
  if (pool.length === 0) return { ...base, reason: 'no active manager matches' };

  switch (params.strategy) {
    case 'manager': {
      const m = eligible.find((x) => x.id === params.managerId);
      return m
        ? { ...base, managerId: m.id, reason: `named manager ${m.id}` }
        : { ...base, reason: `manager ${params.managerId} is not active or does not match` };
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
      return { ...base, managerId: m.id, reason: `round robin after ${ctx.lastAssigned ?? 'nobody'}` };
    }
    case 'least_loaded':
    case 'by_region':
    case 'by_expertise': {
      const m = pool.reduce((best, x) => (byLoad(x, best) < 0 ? x : best));
      return {
        ...base,
        managerId: m.id,
        reason: `least loaded (${load(m)} open tasks and deals)${region ? ` in region ${region}` : ''}${skill ? ` with skill ${skill}` : ''}`,
      };
    }
  }
}
