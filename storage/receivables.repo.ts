/**
 * Receivables: a deal's instalments (amount, due date, invoice number), the
 * settlement that paid each, and how far its overdue notices went. Every
 * write is idempotent: terms set again change nothing paid, a settlement seen
 * again finds the instalment paid, a notice level is raised only upwards.
 *
 * @module
 */
import type { Sql } from './db.js';

export interface Instalment {
  invoiceNumber: string;
  amount: number;
  dueAt: string;
  paidAt: string | null;
  settlementId: string | null;
  /** 0 nothing sent, 1 the owner reminded, 1 + n the escalation chain's level n told. */
  level: number;
}

/** Overdue receivables summed for one manager or one company. */
export interface OverdueGroup {
  count: number;
  amount: number;
  oldestDueAt: string;
}

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v === null ? null : String(v));

const instalmentOf = (r: Record<string, unknown>): Instalment => ({
  invoiceNumber: r.invoiceNumber as string,
  amount: Number(r.amount),
  dueAt: iso(r.dueAt)!,
  paidAt: iso(r.paidAt),
  settlementId: (r.settlementId as string | null) ?? null,
  level: Number(r.level),
});

export function createReceivableRepo(sql: Sql) {
  return {
    /** Writes the terms; an instalment already paid keeps its amount and due date. */
    async setTerms(
      dealId: string,
      instalments: Array<{ invoiceNumber: string; amount: number; dueAt: string }>,
      actor: string,
    ): Promise<void> {
      await sql.begin(async (tx) => {
        for (const i of instalments) {
          await tx`insert into receivables (deal_id, invoice_number, amount, due_at, created_by)
                   values (${dealId}, ${i.invoiceNumber}, ${i.amount}, ${i.dueAt}, ${actor})
                   on conflict (deal_id, invoice_number) do update
                     -- A new due date starts the notices afresh; the same one keeps how far they went.
                     set amount = excluded.amount, due_at = excluded.due_at,
                         level = case when receivables.due_at = excluded.due_at then receivables.level else 0 end
                     where receivables.paid_at is null`;
        }
      });
    },

    async list(dealId: string): Promise<Instalment[]> {
      const rows = await sql`select * from receivables where deal_id = ${dealId} order by due_at, invoice_number`;
      return rows.map(instalmentOf);
    },

    async get(dealId: string, invoiceNumber: string): Promise<Instalment | undefined> {
      const [row] =
        await sql`select * from receivables where deal_id = ${dealId} and invoice_number = ${invoiceNumber}`;
      return row ? instalmentOf(row) : undefined;
    },

    /** Marks the instalment paid by the settlement; false when there is none or it was paid already. */
    async markPaid(dealId: string, invoiceNumber: string, settlementId: string, at: Date): Promise<boolean> {
      const rows = await sql`update receivables set paid_at = ${at}, settlement_id = ${settlementId}
                             where deal_id = ${dealId} and invoice_number = ${invoiceNumber} and paid_at is null
                             returning 1`;
      return rows.length > 0;
    },

    /**
     * Raises the notice level of an unpaid instalment still due at `dueAt` (the date its notices were
     * worked out for); false when it is paid, its date was moved meanwhile, or the level was reached already.
     */
    async raiseLevel(tx: Sql, dealId: string, invoiceNumber: string, level: number, dueAt: string): Promise<boolean> {
      const rows = await tx`update receivables set level = ${level}
                            where deal_id = ${dealId} and invoice_number = ${invoiceNumber}
                              and paid_at is null and level < ${level} and due_at = ${dueAt}
                            returning 1`;
      return rows.length > 0;
    },

    /** Unpaid instalments due before `now`, summed by the deal's owner and by its company. */
    async overdue(
      now: Date,
      owners?: string[],
    ): Promise<{
      byManager: Array<OverdueGroup & { manager: string }>;
      byCompany: Array<OverdueGroup & { companyId: string | null; company: string }>;
    }> {
      const scope = owners ? sql`and d.owner = any(${owners})` : sql``;
      const byManager = await sql`
        select d.owner as manager, count(*)::int as count, sum(r.amount) as amount, min(r.due_at) as oldest
        from receivables r join deals d on d.id = r.deal_id
        where r.paid_at is null and r.due_at < ${now} ${scope}
        group by d.owner order by sum(r.amount) desc, d.owner`;
      const byCompany = await sql`
        select d.company_id, coalesce(c.name, d.client ->> 'name', '') as company,
               count(*)::int as count, sum(r.amount) as amount, min(r.due_at) as oldest
        from receivables r join deals d on d.id = r.deal_id left join companies c on c.id = d.company_id
        where r.paid_at is null and r.due_at < ${now} ${scope}
        group by d.company_id, 2 order by sum(r.amount) desc, 2`;
      const group = (r: Record<string, unknown>): OverdueGroup => ({
        count: Number(r.count),
        amount: Number(r.amount),
        oldestDueAt: iso(r.oldest)!,
      });
      return {
        byManager: byManager.map((r) => ({ manager: r.manager as string, ...group(r) })),
        byCompany: byCompany.map((r) => ({
          companyId: (r.companyId as string | null) ?? null,
          company: r.company as string,
          ...group(r),
        })),
      };
    },
  };
}

export type ReceivableRepo = ReturnType<typeof createReceivableRepo>;
