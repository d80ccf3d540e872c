/**
 * The client base beyond a company's record: contacts found by name, e-mail
 * or phone, a contact's card, and what a company's card lists besides its
 * requisites and contacts: all its deals (open and closed, with their stage's
 * title) and the e-mail and calls of those deals.
 *
 * What one sees follows the deals (`app/access.ts`): a manager the companies
 * they manage or have a deal with, and in them only their own deals and
 * those deals' messages and calls; what one may not see answers 404.
 *
 * Phones are compared as their digits (at least five, `phoneDigits`), a part
 * of the stored phone's digits: no normalisation to E.164 here.
 *
 * @module
 */
import { DomainError } from '../regulation/errors.js';
import { visibleOwners, type Principal } from './access.js';
import { visibleCompany } from './companies.js';
import type { AppContext } from './context.js';
import { phoneDigits, searchDeals } from './deal-search.js';

export async function searchContacts(ctx: AppContext, me: Principal, q: string, limit = 50) {
  const exact = q.trim();
  return ctx.clientBase.searchContacts({
    owners: await visibleOwners(ctx, me),
    name: exact.toLowerCase(),
    exact,
    digits: phoneDigits(q),
    limit,
  });
}

/** A contact with its company (summary) and the e-mail and calls with it on the deals one may see. */
export async function contactCard(ctx: AppContext, me: Principal, id: string) {
  const owners = await visibleOwners(ctx, me);
  const contact = await ctx.clientBase.contact(id, owners);
  if (!contact) throw new DomainError('NOT_FOUND', `contact "${id}" not found`);
  const company = (await ctx.companies.get(contact.companyId))!;
  return {
    ...contact,
    company: { id: company.id, name: company.name, inn: company.inn, status: company.status, manager: company.manager },
    activity: await ctx.clientBase.activity(company.id, owners, 200, { id: contact.id, email: contact.email }),
  };
}

/** The company's deals one may see, open and closed, with their stage's title from the pinned regulation. */
export async function companyDeals(ctx: AppContext, me: Principal, id: string) {
  await visibleCompany(ctx, me, id);
  const { deals } = await searchDeals(ctx, me, { companyId: id, limit: 1000 });
  const titles = new Map<string, Map<string, string>>();
  for (const d of deals) {
    const key = `${d.regulationId}@${d.regulationVersion}`;
    if (!titles.has(key)) {
      const pinned = await ctx.regulations.get(d.regulationId, d.regulationVersion);
      titles.set(key, new Map((pinned?.regulation.stages ?? []).map((s) => [s.key, s.title ?? s.key])));
    }
  }
  return deals.map((d) => ({
    ...d,
    stageTitle: titles.get(`${d.regulationId}@${d.regulationVersion}`)?.get(d.stage) ?? d.stage,
  }));
}

/** The e-mail and logged calls of the company's deals one may see, newest first. */
export async function companyActivity(ctx: AppContext, me: Principal, id: string, limit = 200) {
  await visibleCompany(ctx, me, id);
  return ctx.clientBase.activity(id, await visibleOwners(ctx, me), limit);
}
