/**
 * The people around a deal besides its owner: participants (who handed it
 * over and may follow it), their complaints, and the moves the regulation
 * refused (the attempts log, append-only).
 *
 * @module
 */
import type { Sql } from './db.js';
import { resolveRecipient } from './managers.repo.js';

export interface Participant {
  person: string;
  reason: string;
  stage: string | null;
  since: Date;
}

export interface Attempt {
  id: string;
  dealId: string;
  actor: string;
  action: string;
  detail: Record<string, unknown>;
  code: string;
  reason: string;
  at: Date;
}

export function createDealPeopleRepo(sql: Sql) {
  return {
    async participants(dealId: string): Promise<Participant[]> {
      return [
        ...(await sql`select person, reason, stage, since from deal_participants where deal_id = ${dealId} order by since, person`),
      ] as Participant[];
    },

    async isParticipant(dealId: string, person: string): Promise<boolean> {
      return (await sql`select 1 from deal_participants where deal_id = ${dealId} and person = ${person}`).length > 0;
    },

    /** Deals this person handed over and follows. */
    async participating(person: string): Promise<string[]> {
      return (await sql`select deal_id from deal_participants where person = ${person}`).map((r) => r.dealId as string);
    },

    /**
     * A participant's complaint: an escalation to their own head (or the
     * fallback when they have none), in the deal's log and the notifications
     * that reach the stream and webhooks. Returns who was told.
     */
    async recordComplaint(c: {
      dealId: string;
      seq: number;
      by: string;
      text: string;
      fallback: string;
      stage: string;
    }): Promise<{ id: string; to: string; at: Date }> {
      return sql.begin(async (tx) => {
        const t = tx as unknown as Sql;
        const to = await resolveRecipient(t, 'head', c.by, c.fallback);
        const [row] =
          await t`select count(*)::int as n from events where deal_id = ${c.dealId} and type = 'complaint.raised'`;
        const id = `${c.dealId}:complaint:${(row!.n as number) + 1}`;
        const at = new Date();
        await t`insert into events (id, deal_id, seq, ord, type, actor, at, data)
                values (${id}, ${c.dealId}, ${c.seq}, 0, 'complaint.raised', ${c.by}, ${at},
                        ${t.json({ to, text: c.text, stage: c.stage })})`;
        await t`insert into notifications (id, deal_id, recipient, kind, task_id, title, data, created_at)
                values (${id}, ${c.dealId}, ${to}, 'complaint', null, ${`Complaint from ${c.by}: the deal stalls in "${c.stage}"`},
                        ${t.json({ by: c.by, text: c.text, stage: c.stage })}, ${at})`;
        return { id, to, at };
      });
    },

    async recordAttempt(a: {
      dealId: string;
      actor: string;
      action: string;
      detail: object;
      code: string;
      reason: string;
    }): Promise<void> {
      await sql`insert into deal_attempts (deal_id, actor, action, detail, code, reason)
                values (${a.dealId}, ${a.actor}, ${a.action}, ${sql.json(a.detail as never)}, ${a.code}, ${a.reason})`;
    },

    async attempts(filter: { dealId?: string; actor?: string; limit?: number }): Promise<Attempt[]> {
      return [
        ...(await sql`
          select id::text, deal_id, actor, action, detail, code, reason, at from deal_attempts where true
            ${filter.dealId ? sql`and deal_id = ${filter.dealId}` : sql``}
            ${filter.actor ? sql`and actor = ${filter.actor}` : sql``}
          order by id desc limit ${filter.limit ?? 200}`),
      ] as Attempt[];
    },

    /** Each competitor with the lost deals it appeared in: its danger rating grows with every one. */
    async competitorRatings(regulationId?: string) {
      return [
        ...(await sql`
          select fields->>'competitor' as competitor, count(*)::int as lost_deals, max(closed_at) as last_seen,
                 array_agg(distinct regulation_id) as regulations
          from deals
          where status = 'lost' and coalesce(fields->>'competitor', '') <> ''
            ${regulationId ? sql`and regulation_id = ${regulationId}` : sql``}
          group by 1 order by 2 desc, 1`),
      ] as Array<{ competitor: string; lostDeals: number; lastSeen: Date; regulations: string[] }>;
    },
  };
}
