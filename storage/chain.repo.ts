/**
 * Links between a deal and the deal its close started (chained regulations):
 * written once per (predecessor, regulation), read both ways for the deal
 * card and the company card.
 *
 * @module
 */
import type { Sql } from './db.js';
import type { DealStatus } from '../domain/transition.js';

/** One end of a link, with what a card needs to show it. */
export interface ChainedDeal {
  dealId: string;
  regulationId: string;
  stage: string;
  status: DealStatus;
  /** The final stage of the predecessor that started the successor, and its lost reason. */
  startedBy: { stage: string; reason: string | null };
  createdAt: string;
}

export interface DealChain {
  /** The deal whose close started this one. */
  predecessor: ChainedDeal | null;
  /** The deals this one's close started (one per regulation). */
  successors: ChainedDeal[];
}

export interface ChainLink {
  predecessorId: string;
  successorId: string;
  regulationId: string;
  stage: string;
  reason: string | null;
}

export function createChainRepo(sql: Sql) {
  const ends = (rows: Record<string, unknown>[]): ChainedDeal[] =>
    rows.map((r) => ({
      dealId: r.dealId as string,
      regulationId: r.dealRegulationId as string,
      stage: r.dealStage as string,
      status: r.dealStatus as DealStatus,
      startedBy: { stage: r.stage as string, reason: (r.reason as string | null) ?? null },
      createdAt: new Date(r.createdAt as string).toISOString(),
    }));
  return {
    /** Records a link once; a repeated one changes nothing. */
    async link(l: ChainLink): Promise<void> {
      await sql`
        insert into deal_links (predecessor_id, regulation_id, successor_id, stage, reason)
        values (${l.predecessorId}, ${l.regulationId}, ${l.successorId}, ${l.stage}, ${l.reason})
        on conflict do nothing`;
    },

    async chainOf(dealId: string): Promise<DealChain> {
      const [before, after] = await Promise.all([
        sql`
          select l.*, d.id as deal_id, d.regulation_id as deal_regulation_id, d.stage as deal_stage, d.status as deal_status
          from deal_links l join deals d on d.id = l.predecessor_id where l.successor_id = ${dealId}`,
        sql`
          select l.*, d.id as deal_id, d.regulation_id as deal_regulation_id, d.stage as deal_stage, d.status as deal_status
          from deal_links l join deals d on d.id = l.successor_id where l.predecessor_id = ${dealId}
          order by l.created_at, l.successor_id`,
      ]);
      return { predecessor: ends(before)[0] ?? null, successors: ends(after) };
    },

    /** Every link among a company's deals, oldest first: the company's life as a chain. */
    async linksOfCompany(companyId: string): Promise<ChainLink[]> {
      const rows = await sql`
        select l.predecessor_id, l.successor_id, l.regulation_id, l.stage, l.reason
        from deal_links l join deals d on d.id = l.successor_id
        where d.company_id = ${companyId} order by l.created_at, l.successor_id`;
      return rows as unknown as ChainLink[];
    },
  };
}

export type ChainRepo = ReturnType<typeof createChainRepo>;
