/**
 * Bulk jobs are workflows: a migration job whose worker is killed mid-job is
 * resumed by another worker and finishes with every deal migrated exactly
 * once and its report stored. That nothing moves without a worker is shown
 * by the server holding the job's work queued, untaken, not by waiting.
 *
 * @module
 */
import type { ChildProcess } from 'node:child_process';
import proto from '@temporalio/proto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppContext } from '../../app/context.js';
import { jobUpdateId } from '../../app/jobs.js';
import { migrateDealOnce } from '../../app/migrations.js';
import { jobProgressQuery, jobWorkflowId } from '../../workflows/definitions.js';
import { startWorkerProcess } from '../support/spawn.js';
import { call, createHarness, publish, waitForJob, type Harness } from '../support/harness.js';

const id = `bulk_${Date.now()}`;
const V1 = `id: ${id}
title: Bulk v1
stages:
  - key: call
    title: Call
    tasks: [{ key: ring, title: Ring }]
    on: { NEXT: offer, LOST: { to: lost, enforce: false } }
  - key: offer
    title: Offer
    on: { AGREED: won }
  - { key: won, title: Won, final: won }
  - { key: lost, title: Lost, final: lost }
`;
const V2 = V1.replace('title: Bulk v1', 'title: Bulk v2').replace(
  'tasks: [{ key: ring, title: Ring }]',
  'tasks: [{ key: ring, title: Ring }, { key: qualify, title: Qualify }]',
);
const DEALS = 12;
const { PendingActivityState, PendingWorkflowTaskState } = proto.temporal.api.enums.v1;

describe('a bulk job whose worker is killed mid-job', () => {
  let h: Harness;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    // Continue as new every 4 deals: the crash lands in one of several runs.
    h = await createHarness({ jobContinueEvery: 4 });
  });
  afterAll(async () => {
    for (const c of children) c.kill('SIGKILL');
    await h?.close();
  });

  it('should be resumed by a new worker and migrate every deal exactly once, with the report stored', async () => {
    children.push(await startWorkerProcess(h.taskQueue));
    await publish(h, V1);
    const dealIds: string[] = [];
    for (let i = 0; i < DEALS; i++) {
      const r = await call(h, 'POST', '/deals', { regulationId: id, owner: 'bk-m', client: { name: `Bulk ${i}` } });
      expect(r.status).toBe(201);
      dealIds.push(r.body.id);
    }
    await publish(h, V2);

    const began = Date.now();
    const started = await call(h, 'POST', `/regulations/${id}/migrations`, {
      from: 1,
      to: 2,
      stageMap: { call: 'call' },
    });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ status: 'running', total: DEALS });
    const jobId = started.body.jobId as string;
    const answeredMs = Date.now() - began;

    // Kill the worker once a few deals have moved, while the job is running.
    let atKill: Record<string, any> | undefined;
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
      const job = (await call(h, 'GET', `/jobs/${jobId}`)).body;
      if (job.done >= 3) {
        children[0]!.kill('SIGKILL');
        atKill = job;
        break;
      }
      await new Promise((r) => setTimeout(r, 20)); // between two reads of the progress
    }
    await new Promise((r) => children[0]!.once('exit', r));
    expect(atKill).toBeDefined();
    expect(atKill!.status).toBe('running');
    expect(atKill!.done).toBeLessThan(DEALS);
    const killedAt = Date.now();

    // Nothing moves without a worker: once the server has taken back what the dead worker held (the step's
    // heartbeat or the workflow task timed out), the job's work waits queued, untaken, and the job stands still.
    const atExit = (await call(h, 'GET', `/jobs/${jobId}`)).body;
    const workflow = h.client.workflow.getHandle(jobWorkflowId(jobId));
    await vi.waitFor(
      async () => {
        const { raw } = await workflow.describe();
        const states = [
          ...(raw.pendingActivities ?? []).map(
            (a) => a.state === PendingActivityState.PENDING_ACTIVITY_STATE_SCHEDULED,
          ),
          ...(raw.pendingWorkflowTask
            ? [raw.pendingWorkflowTask.state === PendingWorkflowTaskState.PENDING_WORKFLOW_TASK_STATE_SCHEDULED]
            : []),
        ];
        expect(states.length).toBeGreaterThan(0);
        expect(states.every(Boolean)).toBe(true);
      },
      { timeout: 60_000, interval: 200 },
    );
    const stalled = (await call(h, 'GET', `/jobs/${jobId}`)).body;
    expect(stalled.status).toBe('running');
    expect(stalled.done).toBe(atExit.done);
    expect(stalled.done).toBeLessThan(DEALS);

    children.push(await startWorkerProcess(h.taskQueue));
    const job = await waitForJob(h, jobId, 110_000);
    const resumedMs = Date.now() - killedAt;
    expect(job).toMatchObject({ kind: 'migration', status: 'done', total: DEALS, done: DEALS, failed: 0, error: null });
    expect(job.report.migrationId).toBe(jobId);
    expect(job.report.migrated.map((m: { dealId: string }) => m.dealId).sort()).toEqual([...dealIds].sort());
    expect(job.report.failed).toEqual([]);
    expect(job.report.unmapped).toEqual([]);

    // Exactly one deal.migrated per deal, each from this job; every deal on version 2.
    const migrated = await h.sql`
      select deal_id, count(*)::int as n, min(data->>'migrationId') as migration_id from events
      where type = 'deal.migrated' and deal_id = any(${dealIds}) group by deal_id`;
    expect(migrated).toHaveLength(DEALS);
    expect(migrated.every((m) => m.n === 1 && m.migrationId === jobId)).toBe(true);
    const versions = await h.sql`select distinct regulation_version from deals where id = any(${dealIds})`;
    expect(versions.map((v) => v.regulationVersion)).toEqual([2]);

    // The report is stored with the job and, as before, in deal_migrations.
    const [stored] = await h.sql`select status, report, finished_at from jobs where id = ${jobId}`;
    expect(stored?.status).toBe('done');
    expect(stored?.finishedAt).not.toBeNull();
    const [row] = await h.sql`select report from deal_migrations where id = ${jobId}`;
    expect(row?.report.migrated).toHaveLength(DEALS);

    // The workflow answers the progress query too; it continued as new along the way.
    const progress = await h.client.workflow.getHandle(jobWorkflowId(jobId)).query(jobProgressQuery);
    expect(progress).toMatchObject({ jobId, phase: 'finished', status: 'done', done: DEALS, failed: 0 });
    expect(progress.run).toBeGreaterThanOrEqual(3);

    console.log(
      `[bulk-jobs] 202 in ${answeredMs} ms; killed at ${atKill!.done}/${DEALS}; finished ${resumedMs} ms after the kill; ${progress.run} runs`,
    );

    // A step repeated for a deal that has moved already (as a retry after a crash would be) changes nothing.
    const ctx = createAppContext(h.sql, h.client, h.taskQueue);
    const again = await migrateDealOnce(
      ctx,
      { regulationId: id, to: 2, stageMap: { call: 'call' }, migrationId: jobId, actor: 'test' },
      dealIds[0]!,
      jobUpdateId(jobId, dealIds[0]!),
    );
    expect(again).toEqual({ status: 'done', result: { stage: 'call' } });
    const [{ n } = { n: -1 }] =
      await h.sql`select count(*)::int as n from events where type = 'deal.migrated' and deal_id = ${dealIds[0]!}`;
    expect(n).toBe(1);
  });
});
