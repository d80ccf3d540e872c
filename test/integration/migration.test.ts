import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dealWorkflowId } from '../../workflows/definitions.js';
import { call, createHarness, publish, waitForJob, type Harness } from '../support/harness.js';

const V1 = `id: mig
title: Migration v1
fields: { budget: { type: number } }
stages:
  - key: call
    title: Call
    tasks: [{ key: ring, title: Ring }, { key: note, title: Note, required: false }]
    on: { NEXT: offer, PAUSE: { to: hold, enforce: false }, LOST: { to: lost, enforce: false } }
  - key: offer
    title: Offer
    tasks: [{ key: send, title: Send the offer }]
    on: { AGREED: won, LOST: { to: lost, enforce: false } }
  - key: hold
    title: On hold
    on: { RESUME: call }
  - { key: won, title: Won, final: won }
  - { key: lost, title: Lost, final: lost }
`;
// v2 splits the offer into a proposal stage with two tasks and drops "hold".
const V2 = `id: mig
title: Migration v2
fields: { budget: { type: number } }
stages:
  - key: call
    title: Call
    tasks: [{ key: ring, title: Ring }, { key: qualify, title: Qualify the budget }]
    on: { NEXT: proposal, LOST: { to: lost, enforce: false } }
  - key: proposal
    title: Proposal
    tasks: [{ key: draft, title: Draft the proposal }, { key: send, title: Send the proposal }]
    requiredFields: [budget]
    on: { AGREED: won, LOST: { to: lost, enforce: false } }
  - { key: won, title: Won, final: won }
  - { key: lost, title: Lost, final: lost }
`;

describe('migrating running deals to a newer regulation version', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await h.startWorker();
  });
  afterAll(() => h?.close());

  it('should dry-run, then move mapped deals through their workflows and leave the rest untouched', async () => {
    await publish(h, V1);
    const start = async (name: string) =>
      (await call(h, 'POST', '/deals', { regulationId: 'mig', owner: 'mg', client: { name } })).body.id as string;
    const atCall = await start('A');
    const atOffer = await start('B');
    await call(h, 'POST', `/tasks/${atOffer}:1:ring/complete`, { outcome: 'reached' });
    await call(h, 'POST', `/deals/${atOffer}/events`, { type: 'NEXT' });
    const paused = await start('C');
    await call(h, 'POST', `/deals/${paused}/events`, { type: 'PAUSE' });
    const closed = await start('D');
    await call(h, 'POST', `/deals/${closed}/events`, { type: 'LOST' });
    await publish(h, V2);
    const onV2 = await start('E');
    expect((await call(h, 'GET', `/deals/${onV2}`)).body.regulationVersion).toBe(2);

    const body = { from: 1, to: 2, stageMap: { call: 'call', offer: 'proposal' } };
    const before =
      await h.sql`select id, stage, seq, regulation_version from deals where regulation_id = 'mig' order by id`;
    const plan = await call(h, 'POST', '/regulations/mig/migrations/plan', body);
    expect(plan.status).toBe(200);
    // Active deals on version 1 only: the closed one and the one already on v2 are not part of it.
    expect(plan.body.moves.map((m: { dealId: string }) => m.dealId).sort()).toEqual([atCall, atOffer].sort());
    expect(plan.body.unmapped).toEqual([
      { dealId: paused, client: 'C', stage: 'hold', reason: 'no mapping for stage "hold"' },
    ]);
    const offerMove = plan.body.moves.find((m: { dealId: string }) => m.dealId === atOffer);
    expect(offerMove).toMatchObject({
      fromStage: 'offer',
      toStage: 'proposal',
      cancelTasks: ['Send the offer'],
      createTasks: ['Draft the proposal', 'Send the proposal'],
    });
    expect(
      await h.sql`select id, stage, seq, regulation_version from deals where regulation_id = 'mig' order by id`,
    ).toEqual(before); // a dry run writes nothing

    const badMap = await call(h, 'POST', '/regulations/mig/migrations/plan', { ...body, stageMap: { offer: 'offer' } });
    expect(badMap.status).toBe(422);
    expect(badMap.body.detail).toBe('version 2 has no stage "offer"');

    // Only "offer" is mapped this time: the deal in "call" stays on version 1 too.
    const started = await call(h, 'POST', '/regulations/mig/migrations', {
      from: 1,
      to: 2,
      stageMap: { offer: 'proposal' },
    });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ status: 'running', total: 1 });
    const job = await waitForJob(h, started.body.jobId);
    expect(job).toMatchObject({ kind: 'migration', subject: 'regulation:mig', status: 'done', total: 1, done: 1 });
    const applied = { body: job.report };
    expect(applied.body.migrationId).toBe(started.body.jobId);
    expect(applied.body.migrated).toEqual([{ dealId: atOffer, stage: 'proposal' }]);
    expect(applied.body.unmapped.map((u: { dealId: string }) => u.dealId).sort()).toEqual([atCall, paused].sort());
    expect(applied.body.failed).toEqual([]);

    const moved = (await call(h, 'GET', `/deals/${atOffer}`)).body;
    expect(moved).toMatchObject({ regulationVersion: 2, stage: 'proposal' });
    expect(
      moved.tasks.map((t: { key: string; status: string; visit: number }) => `${t.visit}:${t.key}:${t.status}`).sort(),
    ).toEqual(['1:note:cancelled', '1:ring:done', '2:send:cancelled', '3:draft:open', '3:send:open']);
    const audit = (await call(h, 'GET', `/deals/${atOffer}/events`)).body.events as Array<{ type: string; data: any }>;
    expect(audit.find((e) => e.type === 'deal.migrated')?.data).toMatchObject({
      fromVersion: 1,
      fromStage: 'offer',
      toVersion: 2,
      toStage: 'proposal',
      migrationId: applied.body.migrationId,
    });
    expect((await call(h, 'GET', `/deals/${atCall}`)).body).toMatchObject({ regulationVersion: 1, stage: 'call' });

    // The migrated deal now follows version 2: its proposal needs a budget.
    await call(h, 'POST', `/tasks/${atOffer}:3:draft/complete`, {});
    await call(h, 'POST', `/tasks/${atOffer}:3:send/complete`, {});
    const blocked = await call(h, 'POST', `/deals/${atOffer}/events`, { type: 'AGREED' });
    expect(blocked.body).toMatchObject({ status: 422, missingFields: ['budget'] });
    expect(
      (await call(h, 'POST', `/deals/${atOffer}/events`, { type: 'AGREED', fields: { budget: 10 } })).body.status,
    ).toBe('won');
    const description = await h.client.workflow.getHandle(dealWorkflowId(atOffer)).describe();
    expect(description.searchAttributes.ReglamentRegulation).toEqual(['mig@2']);

    const [row] = await h.sql`select report from deal_migrations where id = ${applied.body.migrationId}`;
    expect(row?.report.migrated).toHaveLength(1);
    const trail = (await call(h, 'GET', '/audit')).body.audit as Array<{ action: string; data: any }>;
    expect(trail.find((e) => e.action === 'deals.migrated' && e.data.jobId === started.body.jobId)?.data).toMatchObject(
      {
        from: 1,
        to: 2,
        migrated: 1,
        failed: 0,
      },
    );
  });

  it('should refuse a bad migration at once, before any job starts', async () => {
    const gone = await call(h, 'POST', '/regulations/mig/migrations', { from: 1, to: 9, stageMap: {} });
    expect(gone.status).toBe(404);
    const badMap = await call(h, 'POST', '/regulations/mig/migrations', { from: 1, to: 2, stageMap: { x: 'call' } });
    expect(badMap.status).toBe(422);
    expect((await call(h, 'GET', '/jobs/no-such-job')).status).toBe(404);
  });
});
