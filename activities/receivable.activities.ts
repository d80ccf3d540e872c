/**
 * Receivables: one round of an instalment's watch (`workflows/receivable.workflow.ts`).
 * Reads the instalment, sends the overdue notices come due (the owner's
 * reminder, then the escalation chain's levels, each once: its level is
 * raised in the same transaction as its notification) and answers when to
 * look again.
 *
 * @module
 */
import { dueNotices, overdueNotices } from '../domain/overdue-notices.js';
import type { ReceivableActivities } from '../domain/activities.contract.js';
import type { Sql } from '../storage/db.js';
import { createDealRepo } from '../storage/deals.repo.js';
import { resolveRecipient } from '../storage/managers.repo.js';
import { createReceivableRepo } from '../storage/receivables.repo.js';
import { createRegulationRepo } from '../storage/regulations.repo.js';
import { insertNotification } from '../storage/timers.repo.js';

export function createReceivableActivities(deps: { sql: Sql; clock?: () => Date }): ReceivableActivities {
  const receivables = createReceivableRepo(deps.sql);
  const deals = createDealRepo(deps.sql);
  const regulations = createRegulationRepo(deps.sql);
  const clock = deps.clock ?? (() => new Date());
  return {
    async receivableStep({ dealId, invoiceNumber }) {
      const now = clock();
      const instalment = await receivables.get(dealId, invoiceNumber);
      if (!instalment) return { paid: false, nextAt: null };
      if (instalment.paidAt) return { paid: true, nextAt: null };
      const deal = await deals.getDeal(dealId);
      const pinned = deal && (await regulations.get(deal.regulationId, deal.regulationVersion));
      if (!deal || !pinned) return { paid: false, nextAt: null };
      const { regulation } = pinned;
      const notices = overdueNotices(new Date(instalment.dueAt), regulation.escalation.chain, regulation.calendar);
      const { send, nextAt } = dueNotices(notices, instalment.level, now);
      for (const notice of send) {
        await deps.sql.begin(async (tx) => {
          const sql = tx as unknown as Sql;
          // A date moved while this step ran resets the level for the new date: a notice of the old one is not sent.
          if (!(await receivables.raiseLevel(sql, dealId, invoiceNumber, notice.level, instalment.dueAt))) return;
          // participant_head names the head of whoever handed the deal over; for money it is the owner's head.
          const to = notice.to === 'participant_head' ? 'head' : notice.to;
          const recipient = await resolveRecipient(sql, to, deal.owner, deal.owner, deal.fields);
          await insertNotification(sql, {
            // Per due date: an instalment moved to a later date is reminded again.
            id: `receivable:${dealId}:${invoiceNumber}:${Date.parse(instalment.dueAt)}:${notice.level}`,
            dealId,
            recipient,
            kind: notice.kind,
            taskId: null,
            title:
              notice.kind === 'reminder'
                ? `Invoice ${invoiceNumber} (${instalment.amount}) is unpaid past its due date`
                : `Escalation: invoice ${invoiceNumber} (${instalment.amount}) is still unpaid`,
            data: {
              reason: 'receivable_overdue',
              invoiceNumber,
              amount: instalment.amount,
              dueAt: instalment.dueAt,
              level: notice.level - 1,
              owner: deal.owner,
            },
            at: now,
          });
        });
      }
      return { paid: false, nextAt: nextAt ? nextAt.toISOString() : null };
    },
  };
}
