/**
 * Which company a new deal is with. Every deal start (`POST /deals`, a
 * web-form lead, a plugin intake, a cross-sell lead) passes its client object
 * through here before the deal's workflow starts:
 *
 * 1. by INN, when the client has one with valid checksums;
 * 2. else by normalised name (no legal form, quotes or extra spaces);
 * 3. else a new company with status `lead`.
 *
 * An invalid INN refuses the start (422, pointer `/client/inn`) when a person
 * sent it; an integration's event is kept, the INN left out of matching and
 * the reason recorded in the client as `innIgnored`. The company's id goes
 * into the client object (`client.companyId`): it is part of the workflow's
 * input, so the deal's first row carries it (copied into `deals.company_id`
 * by a trigger) and the rules see the company from the first decision on.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import { innOf, innProblem, normaliseCompanyName } from '../domain/company.js';
import { DomainError } from '../regulation/errors.js';
import type { MatchedBy } from '../storage/companies.repo.js';
import type { AppContext } from './context.js';

/** What to do with an INN whose checksums fail: refuse the start, or go on without it. */
export type InvalidInn = 'refuse' | 'ignore';

export type DealClient = { name: string } & Record<string, unknown>;

export interface MatchedClient {
  /** The client as the deal keeps it, with `companyId` (and `innIgnored` when an INN was left out). */
  client: DealClient & { companyId: string };
  companyId: string;
  matchedBy: MatchedBy | 'given';
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/** The contact person a client object names: by e-mail, phone or a contact name. */
function contactOf(client: Record<string, unknown>) {
  const email = text(client.email);
  const phone = text(client.phone);
  const name = text(client.contact) ?? text(client.contactName);
  if (!email && !phone && !name) return undefined;
  return {
    id: randomUUID(),
    name: name ?? email ?? phone!,
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
    ...(text(client.contactRole) ? { role: text(client.contactRole)! } : {}),
  };
}

/**
 * The company a deal's client is, found or created; `companyId` names it
 * outright (a cross-sell lead for a known company). What the caller sent as
 * `companyId` or `innIgnored` is not trusted and is replaced.
 */
export async function companyOfClient(
  ctx: AppContext,
  sent: DealClient,
  options: { invalidInn: InvalidInn; companyId?: string },
): Promise<MatchedClient> {
  const { companyId: _sentId, innIgnored: _sentNote, ...client } = sent;
  if (options.companyId) {
    const company = await ctx.companies.get(options.companyId);
    if (!company) throw new DomainError('NOT_FOUND', `company "${options.companyId}" not found`);
    return { client: { ...client, companyId: company.id }, companyId: company.id, matchedBy: 'given' };
  }
  let inn = innOf(client.inn);
  let innIgnored: string | undefined;
  const problem = inn === undefined ? undefined : innProblem(inn);
  if (problem) {
    if (options.invalidInn === 'refuse') {
      throw new DomainError('VALIDATION_FAILED', `client.inn "${inn}" is invalid: ${problem}`, {
        details: { errors: [{ pointer: '/client/inn', message: problem }] },
      });
    }
    innIgnored = `INN "${inn}" ignored: ${problem}`;
    inn = undefined;
  }
  const name = client.name.trim() || client.name;
  const contact = contactOf(client);
  const { company, matchedBy } = await ctx.companies.matchOrCreate(
    {
      id: randomUUID(),
      input: {
        name,
        normalizedName: normaliseCompanyName(name),
        inn: inn ?? null,
        region: text(client.region) ?? null,
        industry: text(client.industry) ?? null,
      },
    },
    contact,
  );
  return {
    client: { ...client, companyId: company.id, ...(innIgnored ? { innIgnored } : {}) },
    companyId: company.id,
    matchedBy,
  };
}
