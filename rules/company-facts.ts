/**
 * The facts rules may read about the deal's company and its holding:
 *
 * - `company`: status (lead | client | former), industry, region, inn,
 *   manager, competitor — null for a deal without a company;
 * - `holding`: id, name, relatedCount (the holding's other companies),
 *   hasCompetitor (a competitor among them) — id and name null outside a holding.
 *
 * Every registry knows them (`defaultRegistry`), so a rule naming them is
 * valid wherever it is written; their values come from a lookup the worker
 * injects (`provideCompanyFacts`), which reads the company the deal's client
 * was matched to (`client.companyId`), so even the first assignment sees it.
 * Without a lookup (a dry run) they are absent, and conditions on them do not match.
 *
 * @example
 * provideCompanyFacts(registry, (ref) => companyFactsFromDatabase(ref));
 * // conditions: { all: [{ fact: company, path: status, operator: equal, value: client }] }
 *
 * @module
 */

export interface CompanyFact {
  id: string;
  status: 'lead' | 'client' | 'former';
  industry: string | null;
  region: string | null;
  inn: string | null;
  manager: string | null;
  competitor: boolean;
}

export interface HoldingFact {
  id: string | null;
  name: string | null;
  relatedCount: number;
  hasCompetitor: boolean;
}

export interface CompanyFacts {
  company: CompanyFact | null;
  holding: HoldingFact;
}

/** Which company: the one the client was matched to, else the deal's. */
export type CompanyFactsLookup = (ref: { companyId: string | null; dealId: string | null }) => Promise<CompanyFacts>;

const EVERY_DECISION = ['assignment', 'reminders', 'escalation', 'templates'] as const;

export const NO_HOLDING: HoldingFact = { id: null, name: null, relatedCount: 0, hasCompetitor: false };

/** The two facts as `RulesRegistry.addFact` takes them. */
export const COMPANY_FACT_DEFINITIONS = {
  company: {
    description: "the deal's company: status (lead | client | former), industry, region, inn, manager, competitor",
    kinds: EVERY_DECISION,
  },
  holding: {
    description: "the company's holding: id, name, relatedCount (its other companies), hasCompetitor",
    kinds: EVERY_DECISION,
  },
} as const;

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/** Providers over a lookup; the two facts of one decision share one lookup. */
export function companyFactProviders(lookup: CompanyFactsLookup) {
  const perDecision = new WeakMap<object, Promise<CompanyFacts>>();
  const read = (known: Readonly<Record<string, unknown>>) => {
    let found = perDecision.get(known);
    if (!found) {
      const client = (known.client ?? {}) as Record<string, unknown>;
      const deal = (known.deal ?? {}) as Record<string, unknown>;
      found = lookup({ companyId: text(client.companyId), dealId: text(deal.id) });
      perDecision.set(known, found);
    }
    return found;
  };
  return {
    company: async (known: Readonly<Record<string, unknown>>) => (await read(known)).company,
    holding: async (known: Readonly<Record<string, unknown>>) => (await read(known)).holding,
  };
}
