/**
 * Bulk jobs: migrating running deals to a newer regulation version, and
 * handing a deactivated person's deals to the assignment rules. Starting one
 * checks the request, answers at once with the job's id, and leaves the work
 * to the job's workflow (`workflows/bulk.workflow.ts`), whose activities call
 * the steps below: list the deals once, act on each once, store the report.
 * Progress and the report are in PostgreSQL (`jobStatus`).
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import type { BulkJobSpec, JobCounts } from '../domain/activities.contract.js';
import { DomainError } from '../regulation/errors.js';
import type { JobDealRow, JobRow } from '../storage/jobs.repo.js';
import type { bulkJobWorkflow } from '../workflows/bulk.workflow.js';
import { jobWorkflowId } from '../workflows/definitions.js';
import { handOverCompanies } from './company-handover.js';
import type { AppContext } from './context.js';
import {
  migrateDealOnce,
  migrationVersions,
  planMigration,
  type MigrationPlan,
  type MigrationReport,
  type MigrationRequest,
} from './migrations.js';
import { deactivate, reassignDealOnce, type Deactivation } from './people.js';

/** What starting a job answers, at once. */
export interface JobStarted {
  jobId: string;
  status: 'running';
  /** Deals the job is to act on (as counted when it started). */
  total: number;
}

/** A job as `GET /jobs/:id` shows it: progress, and the report once it has ended. */
export interface JobView {
  id: string;
  kind: JobRow['kind'];
  subject: string;
  requestedBy: string;
  params: Record<string, unknown>;
  status: JobRow['status'];
  total: number;
  done: number;
  failed: number;
  createdAt: Date;
  finishedAt: Date | null;
  /** Why a failed job could not go on. */
  error: string | null;
  /** A migration's `MigrationReport`, a deactivation's `Deactivation`; null while running. */
  report: MigrationReport | Deactivation | null;
}

interface MigrationParams extends MigrationRequest {
  regulationId: string;
}

interface DeactivationParams {
  manager: string;
}

/** The update id of a job's step on a deal: a repeated step is the same Update. */
export const jobUpdateId = (jobId: string, dealId: string) => `job:${jobId}:${dealId}`;

async function startJob(ctx: AppContext, job: BulkJobSpec): Promise<JobStarted> {
  const jobId = randomUUID();
  // The workflow first: it creates the job's row from its input if this
  // process dies before the row below is written, so no job is left behind.
  await ctx.temporal.workflow.start<typeof bulkJobWorkflow>('bulkJobWorkflow', {
    workflowId: jobWorkflowId(jobId),
    taskQueue: ctx.taskQueue,
    args: [{ jobId, job, ...(ctx.jobContinueEvery ? { continueEvery: ctx.jobContinueEvery } : {}) }],
  });
  await ctx.jobs.create({ id: jobId, ...job });
  return { jobId, status: 'running', total: job.total };
}

/** Checks the migration, then starts the job that migrates the deals; answers at once. */
export async function startMigrationJob(
  ctx: AppContext,
  regulationId: string,
  req: MigrationRequest,
  actor: string,
): Promise<JobStarted> {
  await migrationVersions(ctx, regulationId, req);
  const params: MigrationParams = { regulationId, from: req.from, to: req.to, stageMap: req.stageMap };
  const total = await ctx.jobs.countActiveDeals({
    regulationId,
    version: req.from,
    stages: Object.keys(req.stageMap),
  });
  return startJob(ctx, {
    kind: 'migration',
    subject: `regulation:${regulationId}`,
    requestedBy: actor,
    params: { ...params },
    total,
  });
}

/** Ends the person's access at once (audited), then starts the job that hands their open deals over. */
export async function startDeactivationJob(ctx: AppContext, id: string, actor: string): Promise<JobStarted> {
  await deactivate(ctx, id, actor);
  const params: DeactivationParams = { manager: id };
  const total = await ctx.jobs.countActiveDeals({ owner: id });
  return startJob(ctx, {
    kind: 'deactivation',
    subject: `user:${id}`,
    requestedBy: actor,
    params: { ...params },
    total,
  });
}

/** A job's progress and, once it has ended, its report. */
export async function jobStatus(ctx: AppContext, id: string): Promise<JobView> {
  const job = await ctx.jobs.get(id);
  if (!job) throw new DomainError('JOB_NOT_FOUND', `job "${id}" not found`);
  return {
    id: job.id,
    kind: job.kind,
    subject: job.subject,
    requestedBy: job.requestedBy,
    params: job.params,
    status: job.status,
    total: job.total,
    done: job.done,
    failed: job.failed,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
    error: job.error,
    report: job.report as JobView['report'],
  };
}

async function storedJob(ctx: AppContext, jobId: string): Promise<JobRow> {
  const job = await ctx.jobs.get(jobId);
  if (!job) throw new DomainError('JOB_NOT_FOUND', `job "${jobId}" not found`);
  return job;
}

/**
 * The workflow's first step: the job's row (created from the workflow's input
 * if the starting request died before writing it) and its deals, listed once.
 */
export async function prepareJob(ctx: AppContext, jobId: string, spec: BulkJobSpec): Promise<JobCounts> {
  await ctx.jobs.create({ id: jobId, ...spec });
  const job = await storedJob(ctx, jobId);
  if (job.preparedAt) return ctx.jobs.progress(jobId);
  if (job.kind === 'migration') {
    const p = job.params as unknown as MigrationParams;
    const { plan } = await planMigration(ctx, p.regulationId, p);
    return ctx.jobs.prepare(jobId, [
      ...plan.moves.map((m) => ({ dealId: m.dealId, status: 'pending' as const, plan: m })),
      ...plan.unmapped.map((u) => ({ dealId: u.dealId, status: 'unmapped' as const, plan: u })),
    ]);
  }
  const p = job.params as unknown as DeactivationParams;
  const open = await ctx.deals.listDeals({ owner: p.manager, status: 'active', limit: 100_000 });
  return ctx.jobs.prepare(
    jobId,
    open.map((d) => ({ dealId: d.id, status: 'pending' as const, plan: { owner: p.manager } })),
  );
}

/** The next deals the job still has to act on. */
export function nextJobDeals(ctx: AppContext, jobId: string, limit: number): Promise<string[]> {
  return ctx.jobs.pendingDeals(jobId, limit);
}

/**
 * Acts on one deal of the job, once: a deal whose outcome is recorded is not
 * acted on again, and the deal's Update carries an id derived from the job
 * and the deal (see `migrateDealOnce`, `reassignDealOnce`). Records the
 * outcome and returns the job's counts.
 */
export async function runJobStep(ctx: AppContext, jobId: string, dealId: string): Promise<JobCounts> {
  const job = await storedJob(ctx, jobId);
  const item = await ctx.jobs.deal(jobId, dealId);
  if (!item) throw new DomainError('NOT_FOUND', `deal "${dealId}" is not part of job "${jobId}"`);
  if (item.status !== 'pending') return ctx.jobs.progress(jobId);
  const updateId = jobUpdateId(jobId, dealId);
  const outcome =
    job.kind === 'migration'
      ? await migrateDealOnce(
          ctx,
          { ...(job.params as unknown as MigrationParams), migrationId: job.id, actor: job.requestedBy },
          dealId,
          updateId,
        )
      : await reassignDealOnce(
          ctx,
          { manager: (job.params as unknown as DeactivationParams).manager, actor: job.requestedBy },
          dealId,
          updateId,
        );
  return ctx.jobs.record(jobId, dealId, outcome);
}

/** A deal whose step kept failing: recorded as failed with the last error, so the job goes on. */
export function failJobDeal(ctx: AppContext, jobId: string, dealId: string, error: string): Promise<JobCounts> {
  return ctx.jobs.record(jobId, dealId, { status: 'failed', error });
}

function migrationReport(job: JobRow, deals: JobDealRow[]): MigrationReport {
  const p = job.params as unknown as MigrationParams;
  return {
    migrationId: job.id,
    regulationId: p.regulationId,
    from: p.from,
    to: p.to,
    moves: deals.filter((d) => d.status !== 'unmapped').map((d) => d.plan as unknown as MigrationPlan['moves'][number]),
    unmapped: deals
      .filter((d) => d.status === 'unmapped')
      .map((d) => d.plan as unknown as MigrationPlan['unmapped'][number]),
    migrated: deals
      .filter((d) => d.status === 'done')
      .map((d) => ({ dealId: d.dealId, stage: String(d.result?.stage) })),
    failed: deals.filter((d) => d.status === 'failed').map((d) => ({ dealId: d.dealId, error: d.error ?? '' })),
  };
}

function deactivationReport(job: JobRow, deals: JobDealRow[]): Deactivation {
  return {
    manager: (job.params as unknown as DeactivationParams).manager,
    active: false,
    reassigned: deals
      .filter((d) => d.status === 'done')
      .map((d) => ({ dealId: d.dealId, owner: String(d.result?.owner) })),
    failed: deals.filter((d) => d.status === 'failed').map((d) => ({ dealId: d.dealId, error: d.error ?? '' })),
  };
}

/**
 * The workflow's last step: the report from every deal's recorded outcome,
 * stored with the job (and, for a migration, in `deal_migrations` as before),
 * audited once. With `error`, the job failed: the report says how far it got.
 */
export async function finishJob(ctx: AppContext, jobId: string, error?: string): Promise<JobCounts> {
  const job = await storedJob(ctx, jobId);
  if (job.status !== 'running') return ctx.jobs.progress(jobId);
  const deals = await ctx.jobs.deals(jobId);
  const status = error === undefined ? 'done' : 'failed';
  if (job.kind === 'migration') {
    const report = migrationReport(job, deals);
    const p = job.params as unknown as MigrationParams;
    if (status === 'done') await ctx.deals.recordMigration(report, p.stageMap, job.requestedBy);
    await ctx.jobs.finish(
      jobId,
      { status, report, ...(error !== undefined ? { error } : {}) },
      {
        actor: job.requestedBy,
        action: status === 'done' ? 'deals.migrated' : 'job.failed',
        subject: job.subject,
        data: {
          jobId,
          migrationId: jobId,
          from: p.from,
          to: p.to,
          migrated: report.migrated.length,
          failed: report.failed.length,
          ...(error !== undefined ? { error } : {}),
        },
      },
    );
  } else {
    // The person's companies stay with the company: a colleague takes them (audited), see app/company-handover.ts.
    await handOverCompanies(ctx, (job.params as unknown as DeactivationParams).manager, job.requestedBy, jobId);
    const report = deactivationReport(job, deals);
    await ctx.jobs.finish(
      jobId,
      { status, report, ...(error !== undefined ? { error } : {}) },
      {
        actor: job.requestedBy,
        action: status === 'done' ? 'deals.reassigned' : 'job.failed',
        subject: job.subject,
        data: {
          jobId,
          reassigned: report.reassigned.length,
          failed: report.failed.length,
          ...(error !== undefined ? { error } : {}),
        },
      },
    );
  }
  return ctx.jobs.progress(jobId);
}
