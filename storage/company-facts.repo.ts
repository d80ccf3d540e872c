/**
 * The `company` and `holding` rule facts read from PostgreSQL, for the
 * worker's rules registry (`provideCompanyFacts`).
 *
 * Fact providers run while a transition's transaction holds a pooled
 * connection. A lookup through the same pool could wait for a connection that
 * only frees when those transactions end, and with every connection held by a
 * transition waiting on a lookup, nothing would move. So the lookup has a
 * client of its own (two connections, closed when idle), built from the pool's
 * options as postgres.js builds its own subscription client. One read per
 * decision (its two facts share it), never cached across decisions: a company
 * that has just become a client is a client to the next decision.
 *
 * @module
 */
import postgres from 'postgres';
import { NO_HOLDING, type CompanyFactsLookup } from '../rules/company-facts.js';
import type { Sql } from './db.js';

export function createCompanyFactsLookup(sql: Sql): CompanyFactsLookup {
  let own: Sql | undefined;
  const client = () => (own ??= postgres({ ...sql.options, max: 2, idle_timeout: 5 } as never) as unknown as Sql);

  return async (ref) => {
    if (!ref.companyId && !ref.dealId) return { company: null, holding: NO_HOLDING };
    const [row] = await client()`
      with c as (
        select * from companies
        where id = coalesce(${ref.companyId}::text, (select company_id from deals where id = ${ref.dealId}::text))
      )
      select c.id, c.status, c.industry, c.region, c.inn, c.manager, c.competitor, c.holding_id, h.name as holding_name,
             (select count(*) from companies o where o.holding_id = c.holding_id and o.id <> c.id)::int as related_count,
             exists (select 1 from companies o
                     where o.holding_id = c.holding_id and o.id <> c.id and o.competitor) as has_competitor
      from c left join holdings h on h.id = c.holding_id`;
    if (!row) return { company: null, holding: NO_HOLDING };
    return {
      company: {
        id: row.id,
        status: row.status,
        industry: row.industry,
        region: row.region,
        inn: row.inn,
        manager: row.manager,
        competitor: row.competitor,
      },
      holding: row.holdingId
        ? { id: row.holdingId, name: row.holdingName, relatedCount: row.relatedCount, hasCompetitor: row.hasCompetitor }
        : NO_HOLDING,
    };
  };
}
