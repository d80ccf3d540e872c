/**
 * The client base stays with the company: when a person is deactivated, the
 * companies they manage go to another manager, chosen by the `least_loaded`
 * assignment strategy among the active managers of their department, or to
 * the default owner (queue) of the regulation of the company's newest deal
 * when the department has nobody. Each hand-over is audited
 * (`company.handed_over`, with who took it and why); the companies keep their
 * status and deals.
 *
 * Run by the deactivation job's last step (`finishJob`), after the person's
 * open deals were reassigned, so the load the strategy compares includes
 * them; a repeated step finds nothing left to hand over.
 *
 * @module
 */
import { chooseManager, type ManagerFacts } from '../rules/assignment.js';
import type { BusinessCalendar } from '../rules/calendar.js';
import type { AppContext } from './context.js';

/** Shift hours do not matter for who keeps a client base: every day, all day. */
const ANY_TIME: BusinessCalendar = {
  timezone: 'UTC',
  workingDays: [1, 2, 3, 4, 5, 6, 7],
  start: '00:00',
  end: '24:00',
  holidays: [],
  workingWeekends: [],
};

export interface HandedOver {
  companyId: string;
  manager: string | null;
  reason: string;
}

export async function handOverCompanies(
  ctx: AppContext,
  managerId: string,
  actor: string,
  jobId?: string,
): Promise<HandedOver[]> {
  const companies = await ctx.companies.managedBy(managerId);
  if (companies.length === 0) return [];
  const department = (await ctx.managers.get(managerId))?.department ?? null;
  const colleagues: ManagerFacts[] = (await ctx.companies.candidates()).filter(
    (m) => m.id !== managerId && m.department === department,
  );
  // Each company handed over counts as one more unit of load, so a book of many companies is spread.
  const given = new Map<string, number>();
  const handed: HandedOver[] = [];
  for (const company of companies) {
    const pool = colleagues.map((m) => ({ ...m, openDeals: m.openDeals + (given.get(m.id) ?? 0) }));
    const choice = chooseManager({ strategy: 'least_loaded' }, pool, { now: new Date(), calendar: ANY_TIME });
    let to: string | null = choice.managerId ?? null;
    let reason = `${choice.reason} in department ${department ?? '(none)'}`;
    if (!to) {
      const regulationId = await ctx.companies.newestRegulation(company.id);
      const regulation = regulationId ? await ctx.regulations.get(regulationId) : undefined;
      to = regulation?.regulation.defaultOwner ?? null;
      reason = regulation
        ? `no active manager in department ${department ?? '(none)'}: the default owner of regulation ${regulation.regulation.id}`
        : `no active manager in department ${department ?? '(none)'} and no deal to take a default owner from`;
    } else {
      given.set(to, (given.get(to) ?? 0) + 1);
    }
    const data = { reason, strategy: 'least_loaded', ...(jobId ? { jobId } : {}) };
    if (await ctx.companies.handOver(company.id, managerId, to, { actor, data })) {
      handed.push({ companyId: company.id, manager: to, reason });
    }
  }
  return handed;
}
