/**
 * The periodic settlements import (run by a Temporal schedule): each
 * settlement becomes an accounting event through the same intake as
 * `POST /events`, keyed by the settlement's id, so a settlement seen again
 * changes nothing and one for an unknown deal lands in the dead-letter table.
 *
 * @module
 */
import { ApplicationFailure } from '@temporalio/activity';
import type { AppContext } from '../app/context.js';
import { applyPendingEvents, receiveEvent } from '../app/intake.js';
import { settleReceivable } from '../app/receivables.js';
import type { ImportActivities, InboxActivities } from '../domain/activities.contract.js';
import type { AccountingAdapter } from '../integrations/accounting.js';
import { DomainError } from '../regulation/errors.js';

export function createImportActivities(deps: {
  app?: AppContext;
  accounting?: AccountingAdapter;
}): ImportActivities & InboxActivities {
  return {
    /** The inbox drainer's step: stored events that are due, applied under their lease. */
    async applyPendingEvents(input: { limit: number }) {
      if (!deps.app) {
        throw ApplicationFailure.nonRetryable('the events intake is not configured on this worker', 'NOT_CONFIGURED');
      }
      return applyPendingEvents(deps.app, input.limit);
    },

    async importSettlements(): Promise<{ taken: number; applied: number; repeated: number; refused: number }> {
      if (!deps.app || !deps.accounting) {
        throw ApplicationFailure.nonRetryable(
          'the accounting import is not configured on this worker',
          'NOT_CONFIGURED',
        );
      }
      const pull = await deps.accounting.pull();
      const counts = { taken: pull.settlements.length, applied: 0, repeated: 0, refused: 0 };
      for (const s of pull.settlements) {
        try {
          // The instalment of the deal's payment terms, if any: paid, its escalation cancelled (idempotent).
          if (s.status === 'paid')
            await settleReceivable(deps.app, { dealId: s.dealId, invoiceNumber: s.invoiceNumber, settlementId: s.id });
          const r = await receiveEvent(
            deps.app,
            {
              type: s.status === 'paid' ? 'invoice.paid' : 'invoice.issued',
              eventId: `settlement:${s.id}`,
              data: { dealId: s.dealId, invoiceNumber: s.invoiceNumber, amount: s.amount },
            },
            { actor: `integration:${deps.accounting.name}` },
          );
          if (r.duplicate) counts.repeated++;
          else counts.applied++;
        } catch (error) {
          if (!(error instanceof DomainError)) throw error; // retried: nothing was committed
          counts.refused++; // kept as a dead letter by the intake
        }
      }
      await pull.commit();
      return counts;
    },
  };
}
