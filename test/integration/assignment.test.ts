import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { defaultRegistry } from '../../rules/registry.js';
import { sqlDecisionData } from '../../storage/decision-data.repo.js';
import { managerFacts } from '../../storage/managers.repo.js';
import { call, createHarness, publish, waitForJob, type Harness } from '../support/harness.js';

const RULES = readFileSync(path.join(PROJECT_ROOT, 'examples/regulations/b2b-rules.yaml'), 'utf8');
// Unique ids so this file's managers and regulation do not meet other files'.
const REG = RULES.replace('id: b2b_rules', 'id: assign_rules');

describe('assignment by the rules', () => {
  let h: Harness;
  const start = async (client: Record<string, unknown>) =>
    (
      await call(h, 'POST', '/deals', {
        regulationId: 'assign_rules',
        client: { name: `Client ${Math.random()}`, ...client },
      })
    ).body;
  const decisionsOf = async (dealId: string) =>
    (await call(h, 'GET', `/deals/${dealId}/decisions`)).body.decisions as Array<Record<string, any>>;

  beforeAll(async () => {
    h = await createHarness();
    await publish(h, REG);
    await h.startWorker();
    const put = (id: string, body: Record<string, unknown>) => call(h, 'PUT', `/managers/${id}`, body);
    await put('as-spb-1', {
      name: 'Anna',
      role: 'manager',
      department: 'as',
      region: 'spb',
      timezone: 'Europe/Moscow',
    });
    await put('as-spb-2', {
      name: 'Boris',
      role: 'manager',
      department: 'as',
      region: 'spb',
      timezone: 'Europe/Moscow',
    });
    await put('as-khv-1', {
      name: 'Vera',
      role: 'manager',
      department: 'as',
      region: 'khv',
      timezone: 'Asia/Vladivostok',
    });
    await put('as-build', { name: 'Gleb', role: 'manager', department: 'as', region: 'msk', skills: ['construction'] });
    await put('as-head', { name: 'Head', role: 'head', department: 'as' });
  });
  afterAll(() => h?.close());

  it('should assign by region to the least loaded manager there and explain why', async () => {
    const deal = await start({ region: 'khv' });
    expect(deal.owner).toBe('as-khv-1');
    expect(deal.tasks[0].assignee).toBe('as-khv-1');
    const [assignment] = (await decisionsOf(deal.id)).filter((d) => d.kind === 'assignment');
    expect(assignment).toMatchObject({
      rule: 'by_region',
      outcome: { owner: 'as-khv-1', strategy: 'by_region' },
      error: null,
    });
    expect(assignment!.facts.client.region).toBe('khv');
    expect(assignment!.trace.map((t: { rule: string; matched: boolean }) => `${t.rule}:${t.matched}`)).toEqual([
      'returning_client:false',
      'construction_experts:false',
      'by_region:true',
    ]);
    expect(assignment!.alternatives[0]).toMatchObject({ id: 'as-khv-1', load: 0 });
  });

  it('should let a higher-priority rule win: construction goes to the expert, wherever the client is', async () => {
    const deal = await start({ region: 'spb', industry: 'construction' });
    expect(deal.owner).toBe('as-build');
    expect((await decisionsOf(deal.id)).find((d) => d.kind === 'assignment')?.rule).toBe('construction_experts');
  });

  it('should balance by workload within a region', async () => {
    const first = await start({ region: 'spb' });
    const second = await start({ region: 'spb' });
    expect(new Set([first.owner, second.owner])).toEqual(new Set(['as-spb-1', 'as-spb-2']));
  });

  it('should keep a returning client with their manager (sticky owner)', async () => {
    const name = `Returning ${Date.now()}`;
    const first = await start({ name, region: 'khv' });
    const again = await start({ name, region: 'spb', returning: true });
    expect(again.owner).toBe(first.owner);
    expect((await decisionsOf(again.id)).find((d) => d.kind === 'assignment')?.outcome.reason).toMatch(
      /keeps the client/,
    );
  });

  it('should fall back to the head’s queue when no rule matches, never to nobody', async () => {
    const deal = await start({ region: 'kzn' });
    expect(deal.owner).toBe('queue:sales-head');
    expect((await decisionsOf(deal.id)).find((d) => d.kind === 'assignment')).toMatchObject({
      rule: null,
      outcome: { reason: 'no rule matched: fallback' },
    });
  });

  it('should give nothing new to a deactivated manager and reassign their open deals in bulk', async () => {
    const a = await start({ region: 'khv' });
    const b = await start({ region: 'khv' });
    expect([a.owner, b.owner]).toEqual(['as-khv-1', 'as-khv-1']);
    await call(h, 'PUT', '/managers/as-khv-2', {
      name: 'Dina',
      role: 'manager',
      department: 'as',
      region: 'khv',
      timezone: 'Asia/Vladivostok',
    });

    const started = await call(h, 'POST', '/managers/as-khv-1/deactivate');
    expect(started.status).toBe(202);
    expect(started.body.status).toBe('running');
    expect(started.body.total).toBeGreaterThanOrEqual(2);
    // Inactive at once, before the job has handed anything over.
    expect((await call(h, 'GET', '/managers/as-khv-1')).body.active).toBe(false);
    const job = await waitForJob(h, started.body.jobId);
    expect(job).toMatchObject({ kind: 'deactivation', subject: 'user:as-khv-1', status: 'done', failed: 0 });
    expect(job.done).toBe(job.total);
    const res = { body: job.report };
    expect(res.body).toMatchObject({ manager: 'as-khv-1', active: false });
    expect(res.body.failed).toEqual([]);
    const moved = res.body.reassigned as Array<{ dealId: string; owner: string }>;
    expect(moved.map((m) => m.dealId)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(moved.filter((m) => m.dealId === a.id || m.dealId === b.id).map((m) => m.owner)).toEqual([
      'as-khv-2',
      'as-khv-2',
    ]);
    expect(moved.some((m) => m.owner === 'as-khv-1')).toBe(false);

    const card = (await call(h, 'GET', `/deals/${a.id}`)).body;
    expect(card.owner).toBe('as-khv-2');
    expect(
      card.tasks
        .filter((t: { status: string }) => t.status === 'open')
        .every((t: { assignee: string }) => t.assignee === 'as-khv-2'),
    ).toBe(true);
    const audit = (await call(h, 'GET', `/deals/${a.id}/events`)).body.events as Array<{ type: string; data: any }>;
    expect(audit.find((e) => e.type === 'deal.reassigned')?.data).toMatchObject({
      previousOwner: 'as-khv-1',
      owner: 'as-khv-2',
    });

    const after = await start({ region: 'khv' });
    expect(after.owner).toBe('as-khv-2');
    expect((await call(h, 'GET', '/deals?owner=as-khv-1&status=active')).body.deals).toEqual([]);
  });

  it('should record a failing fact provider as the decision’s error and fall back', async () => {
    const broken = await createHarness();
    try {
      const registry = defaultRegistry().addFact(
        'credit_score',
        { description: 'from the bank', kinds: ['assignment'] },
        () => {
          throw new Error('scoring service unreachable');
        },
      );
      await publish(
        broken,
        REG.replace('id: assign_rules', 'id: assign_broken').replace(
          '  assignment:\n    - name: returning_client',
          '  assignment:\n    - name: good_credit\n      priority: 200\n      conditions: { all: [ { fact: credit_score, operator: greaterThan, value: 700 } ] }\n      event: { type: assign, params: { strategy: least_loaded } }\n    - name: returning_client',
        ),
        registry,
      );
      await broken.startWorker({ registry });
      const deal = (
        await call(broken, 'POST', '/deals', { regulationId: 'assign_broken', client: { name: 'X', region: 'spb' } })
      ).body;
      expect(deal.owner).toBe('queue:sales-head');
      const [d] = (
        (await call(broken, 'GET', `/deals/${deal.id}/decisions`)).body.decisions as Array<Record<string, any>>
      ).filter((x) => x.kind === 'assignment');
      expect(d).toMatchObject({
        rule: null,
        error: 'fact provider "credit_score" failed: scoring service unreachable',
        outcome: { owner: 'queue:sales-head' },
      });
    } finally {
      await broken.close();
    }
  });

  it('should read one manager alone exactly as the whole team’s read has them, workload included', async () => {
    await start({ region: 'spb' }); // someone in spb gets a deal and its tasks: counts that are not all zero
    const team = await managerFacts(h.sql);
    for (const id of ['as-spb-1', 'as-spb-2', 'as-khv-1', 'as-build', 'as-head']) {
      expect(await managerFacts(h.sql, id)).toEqual(team.filter((m) => m.id === id));
    }
    expect(team.filter((m) => m.id.startsWith('as-spb-')).some((m) => m.openTasks > 0 && m.openDeals > 0)).toBe(true);
    expect(await managerFacts(h.sql, 'as-nobody')).toEqual([]);
    // The decision data asks for one row until assignment has read the team, then answers from the team.
    const data = sqlDecisionData(h.sql);
    expect(await data.manager('as-khv-1')).toEqual(team.find((m) => m.id === 'as-khv-1'));
    await data.managers();
    expect(await data.manager('as-build')).toEqual(team.find((m) => m.id === 'as-build'));
  });
});
