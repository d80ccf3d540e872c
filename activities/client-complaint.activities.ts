/**
 * Complaints from clients: one round of a complaint's watch
 * (`workflows/client-complaint.workflow.ts`). Past the SLA the assignee is
 * reminded, then the escalation chain of the deal's regulation is told, each
 * level once (raised in the same transaction as its notification).
 *
 * @module
 */
import type { ClientComplaintActivities } from '../domain/activities.contract.js';
import { dueNotices, overdueNotices } from '../domain/overdue-notices.js';
import { createClientComplaintRepo } from '../storage/client-complaints.repo.js';
import type { Sql } from '../storage/db.js';
import { createDealRepo } from '../storage/deals.repo.js';
import { resolveRecipient } from '../storage/managers.repo.js';
import { createRegulationRepo } from '../storage/regulations.repo.js';
import { insertNotification } from '../storage/timers.repo.js';

export function createClientComplaintActivities(deps: { sql: Sql; clock?: () => Date }): ClientComplaintActivities {
  const complaints = createClientComplaintRepo(deps.sql);
  const deals = createDealRepo(deps.sql);
  const regulations = createRegulationRepo(deps.sql);
  const clock = deps.clock ?? (() => new Date());
  return {
    async complaintStep({ complaintId }) {
      const now = clock();
      const complaint = await complaints.get(complaintId);
      if (!complaint) return { resolved: false, nextAt: null };
      if (complaint.status === 'resolved') return { resolved: true, nextAt: null };
      const deal = await deals.getDeal(complaint.dealId);
      const pinned = deal && (await regulations.get(deal.regulationId, deal.regulationVersion));
      if (!deal || !pinned) return { resolved: false, nextAt: null };
      const { regulation } = pinned;
      const notices = overdueNotices(new Date(complaint.dueAt), regulation.escalation.chain, regulation.calendar);
      const { send, nextAt } = dueNotices(notices, complaint.level, now);
      for (const notice of send) {
        await deps.sql.begin(async (tx) => {
          const sql = tx as unknown as Sql;
          if (!(await complaints.raiseLevel(sql, complaintId, notice.level))) return;
          const to = notice.to === 'participant_head' ? 'head' : notice.to;
          const recipient = await resolveRecipient(sql, to, complaint.assignee, complaint.assignee, deal.fields);
          await insertNotification(sql, {
            id: `client-complaint:${complaintId}:${notice.level}`,
            dealId: deal.id,
            recipient,
            kind: notice.kind,
            taskId: null,
            title:
              notice.kind === 'reminder'
                ? 'A client’s complaint is past its SLA'
                : `Escalation: a client’s complaint to ${complaint.assignee} is still unresolved`,
            data: { reason: 'client_complaint_overdue', complaintId, level: notice.level - 1, dueAt: complaint.dueAt },
            at: now,
          });
        });
      }
      return { resolved: false, nextAt: nextAt ? nextAt.toISOString() : null };
    },
  };
}
