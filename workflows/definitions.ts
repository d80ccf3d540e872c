/**
 * Messages a deal workflow accepts: shared by the workflow and its clients.
 *
 * @module
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { DealContext, FieldValues } from '../regulation/deal-state.js';
import type { Regulation } from '../regulation/types.js';
import type { DealMoveResult, DealStatus, TimerRecord } from '../domain/transition.js';
import type { BulkJobSpec, JobCounts } from '../domain/activities.contract.js';

/** What a deal carries into its next run when it continues as new. */
export interface DealResume {
  state: { value: string; context: DealContext };
  seq: number;
  owner: string | null;
  /** Reminders and escalations still to fire. */
  timers: TimerRecord[];
}

export interface DealWorkflowInput {
  dealId: string;
  regulation: Regulation;
  regulationVersion: number;
  /** null: the assignment rules decide when the deal starts. */
  owner: string | null;
  client: Record<string, unknown>;
  fields: FieldValues;
  actor: string;
  /** Set when the deal continues from an earlier run (history size, or a migration). */
  resume?: DealResume;
  /** Set when a closed deal is reopened by an audited override (`workflows/override.ts`). */
  reopen?: ReopenArgs;
  /** Continue as new once history reaches this many events (default 10,000, or when Temporal suggests it). */
  historyLimit?: number;
}

export interface DealWorkflowResult {
  dealId: string;
  stage: string;
  status: DealStatus;
}

export interface CompleteTaskArgs {
  taskId: string;
  outcome?: string;
  fields?: FieldValues;
  actor: string;
}

export interface SendEventArgs {
  type: string;
  fields?: FieldValues;
  actor: string;
}

export interface ReassignArgs {
  actor: string;
  reason: string;
}

export interface MigrateArgs {
  /** The newer version's regulation snapshot. */
  regulation: Regulation;
  version: number;
  /** Old stage → new stage. */
  stageMap: Record<string, string>;
  migrationId: string;
  actor: string;
}

export interface DealStateView {
  stage: string;
  status: DealStatus;
  seq: number;
  owner: string | null;
  context: DealContext;
  /** Timers the workflow is sleeping on, by id. */
  timers: string[];
}

/** Resolves once the deal's first stage and tasks are in the read model. */
export const dealReadyUpdate = defineUpdate<DealMoveResult>('dealReady');
export const completeTaskUpdate = defineUpdate<DealMoveResult, [CompleteTaskArgs]>('completeTask');
export const sendEventUpdate = defineUpdate<DealMoveResult, [SendEventArgs]>('sendEvent');
export const reassignUpdate = defineUpdate<DealMoveResult, [ReassignArgs]>('reassign');
export const migrateUpdate = defineUpdate<DealMoveResult, [MigrateArgs]>('migrate');
export const dealStateQuery = defineQuery<DealStateView>('dealState');

/** Failure types an Update validator raises; the API maps them to HTTP statuses. */
export const REJECTIONS = {
  DEAL_CLOSED: 'DEAL_CLOSED',
  EVENT_NOT_ALLOWED: 'EVENT_NOT_ALLOWED',
  EXIT_BLOCKED: 'EXIT_BLOCKED',
  FIELD_INVALID: 'FIELD_INVALID',
  TASK_NOT_OPEN: 'TASK_NOT_OPEN',
  TASK_UNKNOWN: 'TASK_UNKNOWN',
  OUTCOME_INVALID: 'OUTCOME_INVALID',
  LOSS_REASON_REQUIRED: 'LOSS_REASON_REQUIRED',
  MIGRATION_UNMAPPED: 'MIGRATION_UNMAPPED',
  MIGRATION_INVALID: 'MIGRATION_INVALID',
} as const;
export type RejectionCode = keyof typeof REJECTIONS;

export const SEARCH_ATTRIBUTES = {
  stage: 'ReglamentStage',
  owner: 'ReglamentOwner',
  regulation: 'ReglamentRegulation',
} as const;

export const dealWorkflowId = (dealId: string) => `deal-${dealId}`;

/** The one outbox drainer per namespace. */
export const OUTBOX_WORKFLOW_ID = 'reglament-outbox';

/** The one inbox drainer per namespace: integration events stored but not yet applied. */
export const INBOX_WORKFLOW_ID = 'reglament-inbox';
/** The mail drainer: sends queued e-mail messages to clients. */
export const MAIL_WORKFLOW_ID = 'reglament-mail';

/** One workflow per bulk job (a migration, a deactivation's reassignments). */
export const jobWorkflowId = (jobId: string) => `reglament-job-${jobId}`;

export interface BulkJobInput {
  jobId: string;
  job: BulkJobSpec;
  /** Continue as new after acting on this many deals (default 100), to keep each run's history short. */
  continueEvery?: number;
  /** Set when the job continues from an earlier run: the counts so far and how many runs there were. */
  resume?: { counts: JobCounts; runs: number };
}

/** Where a running job's workflow is: the counts, what it is doing, and on which deal. */
export interface BulkJobProgress extends JobCounts {
  jobId: string;
  kind: BulkJobSpec['kind'];
  phase: 'listing' | 'acting' | 'finishing' | 'finished';
  /** The deal being acted on now. */
  current: string | null;
  /** Which run of the workflow this is (it continues as new every `continueEvery` deals). */
  run: number;
}

export const jobProgressQuery = defineQuery<BulkJobProgress>('jobProgress');

/** A closed deal reopened at a stage: carried in the input of the run that reopens it. */
export interface ReopenArgs {
  stage: string;
  reason: string;
  actor: string;
}
