/**
 * Companies and their contacts as records of their own, holdings, and what
 * holdings are good for: the other companies of a client's holding offered as
 * cross-sell leads (with the deal started for one), and competitors in the
 * same holding flagged as a confidentiality risk.
 *
 * Who sees what follows the deals (`app/access.ts`): a manager sees the
 * companies they manage and those of their deals, a head their department's,
 * directors and admins all; a company one may not see answers 404.
 * Changes are audited (`GET /audit`).
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import { innOf, innProblem, normaliseCompanyName, type CompanyStatus } from '../domain/company.js';
import { normalisePhone } from '../domain/phone.js';
import type { FieldValues } from '../regulation/deal-state.js';
import { DomainError } from '../regulation/errors.js';
import type { ChainLink } from '../storage/chain.repo.js';
import type { CompanyInput, CompanyRow, ContactInput, ContactRow, HoldingRow } from '../storage/companies.repo.js';
import { visibleOwners, type Principal } from './access.js';
import type { AppContext } from './context.js';
import { phoneDigits } from './deal-search.js';
import { dealCard, startDeal, type DealCard } from './deals.js';

export interface CompanyRequest {
  name?: string;
  inn?: string | null;
  region?: string | null;
  industry?: string | null;
  holdingId?: string | null;
  status?: CompanyStatus;
  manager?: string | null;
  competitor?: boolean;
  /** The company's own number in any written form; matched by its E.164. */
  phone?: string | null;
}

export type CompanyCard = CompanyRow & { holding: HoldingRow | null; contacts: ContactRow[]; chain?: ChainLink[] };

/** A company as a cross-sell lead or risk names it. */
export type CompanySummary = Pick<CompanyRow, 'id' | 'name' | 'status' | 'inn' | 'region' | 'industry' | 'manager'>;

const summary = (c: CompanyRow): CompanySummary => ({
  id: c.id,
  name: c.name,
  status: c.status,
  inn: c.inn,
  region: c.region,
  industry: c.industry,
  manager: c.manager,
});

const invalid = (pointer: string, message: string) =>
  new DomainError('VALIDATION_FAILED', `${pointer.slice(1)} is invalid: ${message}`, {
    details: { errors: [{ pointer, message }] },
  });

/** The company if the principal may see it; NOT_FOUND otherwise, as for one that does not exist. */
export async function visibleCompany(ctx: AppContext, me: Principal, id: string): Promise<CompanyRow> {
  const company = await ctx.companies.visible(id, await visibleOwners(ctx, me));
  if (!company) throw new DomainError('NOT_FOUND', `company "${id}" not found`);
  return company;
}

/** The columns a request sets, checked: a valid INN, an existing holding, a manager only for themselves. */
async function checked(ctx: AppContext, me: Principal, r: CompanyRequest): Promise<Partial<CompanyInput>> {
  const inn = r.inn === null ? null : innOf(r.inn);
  const problem = inn ? innProblem(inn) : undefined;
  if (problem) throw invalid('/inn', problem);
  if (me.role === 'manager' && r.manager !== undefined && r.manager !== me.id) {
    throw new DomainError('FORBIDDEN', 'a manager may manage companies only themselves');
  }
  if (r.holdingId != null && !(await ctx.companies.holding(r.holdingId)))
    throw invalid('/holdingId', 'no such holding');
  const name = r.name?.trim();
  return {
    ...(name ? { name, normalizedName: normaliseCompanyName(name) } : {}),
    ...(inn !== undefined ? { inn } : {}),
    ...(r.region !== undefined ? { region: r.region } : {}),
    ...(r.industry !== undefined ? { industry: r.industry } : {}),
    ...(r.holdingId !== undefined ? { holdingId: r.holdingId } : {}),
    ...(r.status !== undefined ? { status: r.status } : {}),
    ...(r.manager !== undefined ? { manager: r.manager } : {}),
    ...(r.competitor !== undefined ? { competitor: r.competitor } : {}),
    ...(r.phone !== undefined ? { phone: r.phone } : {}),
  };
}

async function innTaken(ctx: AppContext, inn: string | null | undefined): Promise<never> {
  const holder = inn ? await ctx.companies.byInn(inn) : undefined;
  throw new DomainError('CONFLICT', `a company with INN ${inn} exists${holder ? ` ("${holder.name}")` : ''}`, {
    details: holder ? { companyId: holder.id } : {},
  });
}

const isUniqueViolation = (e: unknown) => (e as { code?: unknown } | null)?.code === '23505';

export async function createCompany(
  ctx: AppContext,
  me: Principal,
  r: CompanyRequest & { name: string },
): Promise<CompanyCard> {
  const values = await checked(ctx, me, r);
  const input = {
    ...values,
    name: values.name ?? r.name,
    normalizedName: values.normalizedName ?? normaliseCompanyName(r.name),
    manager: values.manager ?? (me.role === 'manager' ? me.id : null),
  };
  const created = await ctx.companies.create(randomUUID(), input);
  if (!created) return innTaken(ctx, input.inn);
  await ctx.audit.record(me.id, 'company.created', `company:${created.id}`, input);
  return companyCard(ctx, me, created.id);
}

export async function updateCompany(
  ctx: AppContext,
  me: Principal,
  id: string,
  r: CompanyRequest,
  action = 'company.updated',
): Promise<CompanyCard> {
  await visibleCompany(ctx, me, id);
  const values = await checked(ctx, me, r);
  try {
    await ctx.companies.update(id, values);
  } catch (error) {
    if (isUniqueViolation(error)) return innTaken(ctx, values.inn);
    throw error;
  }
  await ctx.audit.record(me.id, action, `company:${id}`, values);
  return companyCard(ctx, me, id);
}

/** Links the company into a holding (or out of one, with null). */
export function linkHolding(ctx: AppContext, me: Principal, id: string, holdingId: string | null) {
  return updateCompany(ctx, me, id, { holdingId }, 'company.holding_linked');
}

/** The company with its holding and contacts. */
export async function companyCard(ctx: AppContext, me: Principal, id: string): Promise<CompanyCard> {
  const company = await visibleCompany(ctx, me, id);
  return {
    ...company,
    holding: company.holdingId ? ((await ctx.companies.holding(company.holdingId)) ?? null) : null,
    contacts: await ctx.companies.contacts(id),
    chain: await ctx.chains.linksOfCompany(id),
  };
}

export async function listCompanies(
  ctx: AppContext,
  me: Principal,
  q: { status?: CompanyStatus; holdingId?: string; manager?: string; q?: string; limit?: number },
): Promise<CompanyRow[]> {
  return ctx.companies.list({
    owners: await visibleOwners(ctx, me),
    status: q.status,
    holdingId: q.holdingId,
    manager: q.manager,
    // Any written form of a number finds the company (E.164: «8 (495) …», «+7 495 …»), as does part of a contact's digits.
    search: q.q
      ? {
          normalized: normaliseCompanyName(q.q),
          inn: q.q.trim(),
          phone: normalisePhone(q.q)?.e164,
          email: q.q.trim().toLowerCase(),
          digits: phoneDigits(q.q),
        }
      : undefined,
    limit: q.limit,
  });
}

export async function addContact(ctx: AppContext, me: Principal, companyId: string, c: ContactInput) {
  await visibleCompany(ctx, me, companyId);
  const contact = await ctx.companies.addContact(randomUUID(), companyId, c);
  await ctx.audit.record(me.id, 'contact.created', `company:${companyId}`, contact);
  return contact;
}

/** Changes a contact; `isClient: true` is what the accounting export reads. */
export async function updateContact(
  ctx: AppContext,
  me: Principal,
  companyId: string,
  contactId: string,
  patch: Partial<ContactInput>,
) {
  await visibleCompany(ctx, me, companyId);
  const contact = await ctx.companies.updateContact(companyId, contactId, patch);
  if (!contact) throw new DomainError('NOT_FOUND', `contact "${contactId}" of company "${companyId}" not found`);
  await ctx.audit.record(me.id, 'contact.updated', `company:${companyId}`, { contactId, ...patch });
  return contact;
}

export async function createHolding(ctx: AppContext, me: Principal, name: string): Promise<HoldingRow> {
  const holding = await ctx.companies.createHolding(randomUUID(), name.trim());
  await ctx.audit.record(me.id, 'holding.created', `holding:${holding.id}`, { name: holding.name });
  return holding;
}

/** The company, its holding and the holding's other companies (an empty list outside a holding). */
async function holdingOf(ctx: AppContext, me: Principal, id: string) {
  const company = await visibleCompany(ctx, me, id);
  const holding = company.holdingId ? await ctx.companies.holding(company.holdingId) : undefined;
  const others = holding ? await ctx.companies.inHolding(holding.id, company.id) : [];
  return { company, holding, others };
}

/**
 * The other companies of the company's holding that are not clients yet (nor
 * competitors), as cross-sell leads, each with why: the holding, and its
 * companies that already buy.
 */
export async function relatedCompanies(ctx: AppContext, me: Principal, id: string) {
  const { company, holding, others } = await holdingOf(ctx, me, id);
  if (!holding) return { companyId: id, holding: null, related: [] };
  const clients = [company, ...others].filter((c) => c.status === 'client' && !c.competitor).map((c) => c.name);
  const why = clients.length
    ? `in holding "${holding.name}" with our client${clients.length > 1 ? 's' : ''} ${clients.join(', ')}`
    : `in holding "${holding.name}" with ${company.name}`;
  return {
    companyId: id,
    holding: { id: holding.id, name: holding.name },
    related: others
      .filter((c) => c.status !== 'client' && !c.competitor)
      .map((c) => ({ company: summary(c), reason: c.status === 'former' ? `${why}; a former client` : why })),
  };
}

/** Competitors in the company's holding: sharing confidential information with the holding may reach them. */
export async function companyRisks(ctx: AppContext, me: Principal, id: string) {
  const { holding, others } = await holdingOf(ctx, me, id);
  return {
    companyId: id,
    risks: holding
      ? others
          .filter((c) => c.competitor)
          .map((c) => ({
            kind: 'confidentiality' as const,
            competitor: { id: c.id, name: c.name },
            holding: { id: holding.id, name: holding.name },
            message: `confidentiality risk: ${c.name} belongs to the same holding ${holding.name}`,
          }))
      : [],
  };
}

/**
 * Starts a deal for a related company of the holding as a cross-sell lead:
 * the deal's client names where the lead came from. Owners as for any deal a
 * person starts (a manager only for themselves).
 */
export async function startCrossSellLead(
  ctx: AppContext,
  me: Principal,
  id: string,
  relatedId: string,
  body: { regulationId: string; regulationVersion?: number; owner?: string; fields?: FieldValues },
  idempotencyKey?: string,
): Promise<DealCard> {
  const { company, holding, others } = await holdingOf(ctx, me, id);
  const related = others.find((c) => c.id === relatedId);
  if (!holding || !related) {
    throw new DomainError('NOT_FOUND', `company "${relatedId}" is not in the holding of company "${id}"`);
  }
  if (related.status === 'client') throw new DomainError('CONFLICT', `"${related.name}" is a client already`);
  if (related.competitor) throw new DomainError('CONFLICT', `"${related.name}" is a competitor`);
  if (me.role === 'manager' && body.owner && body.owner !== me.id) {
    throw new DomainError('FORBIDDEN', 'a manager may start deals only for themselves');
  }
  const owner = body.owner ?? (me.role === 'manager' ? me.id : undefined);
  const client = {
    name: related.name,
    ...(related.inn ? { inn: related.inn } : {}),
    ...(related.region ? { region: related.region } : {}),
    ...(related.industry ? { industry: related.industry } : {}),
    source: 'cross_sell',
    crossSellFrom: company.id,
    crossSellFromName: company.name,
    holding: holding.name,
  };
  const dealId = await startDeal(
    ctx,
    {
      regulationId: body.regulationId,
      ...(body.regulationVersion ? { regulationVersion: body.regulationVersion } : {}),
      ...(owner ? { owner } : {}),
      client,
      ...(body.fields ? { fields: body.fields } : {}),
    },
    { idempotencyKey, actor: me.id, companyId: related.id },
  );
  await ctx.audit.record(me.id, 'company.cross_sell_lead', `company:${related.id}`, {
    from: company.id,
    holdingId: holding.id,
    dealId,
  });
  return dealCard(ctx, me, dealId);
}
