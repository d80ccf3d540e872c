/**
 * What workflows may ask of activities, as types only. Workflows proxy this
 * contract; the worker's activities implement it (`activities/index.ts` is
 * checked against it), so workflow code never imports the activities' module
 * and the folders stay free of import circles.
 *
 * @module
 */
import type { DealTransition, TransitionOutcome } from './transition.js';

export interface FireResult {
  /** The timers that fired now; others were already fired or cancelled. */
  fired: string[];
  owner: string;
}

export interface DealActivities {
  /** Writes one transition with the rules' decisions; a repeated seq returns what was decided the first time. */
  applyDealTransition(t: DealTransition): Promise<TransitionOutcome>;
  /** Reminders and escalations that came due together, each fired once. */
  fireTimers(input: { dealId: string; timerIds: string[] }): Promise<FireResult>;
  /** A stage's plugin automation, once per stage visit. */
  runAutomation(input: {
    dealId: string;
    visit: number;
    stage: string;
    run: string;
    params: Record<string, unknown>;
  }): Promise<{ ran: boolean; error?: string }>;
}

/** Chained regulations: the company's next deal, started once when a deal closes in a stage with `next`. */
export interface ChainActivities {
  startSuccessorDeal(input: {
    dealId: string;
    next: { regulation: string; reasons?: string[] };
    stage: string;
    fields: Record<string, string | number | boolean | null>;
  }): Promise<{ successorId: string | null; error?: string }>;
}

export interface OutboxActivities {
  deliverWebhooks(input: { limit: number }): Promise<{ attempted: number; delivered: number }>;
}

export interface MailActivities {
  /** Sends queued e-mail messages that are due; each attempt logged, retried with backoff. */
  deliverMessages(input: { limit: number }): Promise<{ attempted: number; sent: number }>;
}

export interface ImportActivities {
  importSettlements(): Promise<{ taken: number; applied: number; repeated: number; refused: number }>;
}

export interface InboxActivities {
  /** Applies stored integration events whose time has come, each once in effect. */
  applyPendingEvents(input: {
    limit: number;
  }): Promise<{ claimed: number; applied: number; pending: number; refused: number }>;
}

export interface AnalyticsActivities {
  /** Refits the win model on every closed deal and stores it with its calibration; when it was refitted. */
  refreshWinModel(): Promise<{ refreshedAt: string; deals: number; brier: number | null }>;
}

/** Where a bulk job stands, as PostgreSQL has it. */
export interface JobCounts {
  status: 'running' | 'done' | 'failed';
  /** Deals to act on. */
  total: number;
  /** Deals acted on (migrated, or reassigned). */
  done: number;
  /** Deals that could not be acted on (listed in the report with the reason). */
  failed: number;
}

/** The steps of a bulk job's workflow (migration, deactivation), each idempotent. */
export interface BulkJobActivities {
  /** Lists the job's deals once (a retried call keeps the first listing) and returns the counts. */
  prepareBulkJob(input: { jobId: string; job: BulkJobSpec }): Promise<JobCounts>;
  /** The next deals still to act on, in listing order. */
  nextBulkJobDeals(input: { jobId: string; limit: number }): Promise<string[]>;
  /** Acts on one deal of the job, once: a deal already handled is not acted on again. */
  runBulkJobStep(input: { jobId: string; dealId: string }): Promise<JobCounts>;
  /** Records a deal whose step kept failing as failed, so the job goes on. */
  failBulkJobDeal(input: { jobId: string; dealId: string; error: string }): Promise<JobCounts>;
  /** Stores the report and ends the job (failed, with the error, when given); once. */
  finishBulkJob(input: { jobId: string; error?: string }): Promise<JobCounts>;
}

/** What a bulk job is, as its workflow carries it (the job's row is created from it if missing). */
export interface BulkJobSpec {
  kind: 'migration' | 'deactivation';
  subject: string;
  requestedBy: string;
  params: Record<string, unknown>;
  /** The estimate given when the job was started. */
  total: number;
}

/** An absence's first day and return (`absenceWorkflow`), each step idempotent. */
export interface AbsenceActivities {
  /** When the absence starts and ends (epoch ms, midnights in the person's zone); null once removed. */
  absenceSchedule(input: {
    absenceId: string;
  }): Promise<{ person: string; startsAt: number; returnsAt: number } | null>;
  /** The first day: the person's open tasks due during the absence go where the absence says, once. */
  handOverAbsentTasks(input: { absenceId: string }): Promise<{ handedOver: number }>;
  /** The return: the person's digest, written once. */
  writeAbsenceDigest(input: { absenceId: string }): Promise<{ written: boolean }>;
}

/** Receivables (`workflows/receivable.workflow.ts`): one round of an instalment's watch. */
export interface ReceivableActivities {
  /** Sends the overdue notice due now, if any; answers whether it is paid and when to look again (null: never). */
  receivableStep(input: { dealId: string; invoiceNumber: string }): Promise<{ paid: boolean; nextAt: string | null }>;
}

/** Complaints from clients (`workflows/client-complaint.workflow.ts`): one round of a complaint's watch. */
export interface ClientComplaintActivities {
  /** Sends the notice past the SLA due now, if any; answers whether it is resolved and when to look again. */
  complaintStep(input: { complaintId: string }): Promise<{ resolved: boolean; nextAt: string | null }>;
}

export type Activities = DealActivities &
  AbsenceActivities &
  ReceivableActivities &
  ClientComplaintActivities &
  ChainActivities &
  OutboxActivities &
  MailActivities &
  ImportActivities &
  InboxActivities &
  BulkJobActivities &
  AnalyticsActivities;
