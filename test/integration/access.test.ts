import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createHarness, publish, waitForJob, type Harness } from '../support/harness.js';

describe('access control', () => {
  let h: Harness;
  const as = async (user: string) => ({ authorization: `Bearer ${await h.token(user)}` });
  const deals: Record<string, string> = {};

  beforeAll(async () => {
    h = await createHarness();
    await publish(h);
    await h.startWorker();
    const people: Array<[string, string, string | null]> = [
      ['acc-head', 'head', 'acc'],
      ['acc-m1', 'manager', 'acc'],
      ['acc-m2', 'manager', 'acc'],
      ['acc-x', 'manager', 'acc-other'],
      ['acc-admin', 'admin', null],
    ];
    for (const [id, role, department] of people)
      await call(h, 'PUT', `/managers/${id}`, { name: id, role, department });
    for (const owner of ['acc-m1', 'acc-m2', 'acc-x']) {
      deals[owner] = (
        await call(h, 'POST', '/deals', { regulationId: 'b2b_basic', owner, client: { name: `Client of ${owner}` } })
      ).body.id;
    }
  });
  afterAll(() => h?.close());

  it('should refuse calls without a valid token, with problem+json, and keep /health open', async () => {
    const none = await h.app.request('/deals');
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toBe('application/problem+json');
    expect(((await none.json()) as { code: string }).code).toBe('UNAUTHENTICATED');
    expect((await h.app.request('/deals', { headers: { authorization: 'Bearer not.a.token' } })).status).toBe(401);
    expect(
      (await h.app.request('/deals', { headers: { authorization: `Bearer ${await h.token('nobody-at-all')}` } }))
        .status,
    ).toBe(401);
    expect((await h.app.request('/health')).status).toBe(200);
  });

  it('should show each role its own visible set of deals and tasks', async () => {
    const visible = async (user: string) =>
      (
        (await call(h, 'GET', '/deals?status=active&limit=1000', undefined, await as(user))).body.deals as Array<{
          id: string;
        }>
      )
        .map((d) => d.id)
        .filter((id) => Object.values(deals).includes(id))
        .sort();
    expect(await visible('acc-m1')).toEqual([deals['acc-m1']]);
    expect(await visible('acc-head')).toEqual([deals['acc-m1'], deals['acc-m2']].sort());
    expect(await visible('test-director')).toEqual(Object.values(deals).sort());
    const tasks = (await call(h, 'GET', '/tasks?status=open&limit=1000', undefined, await as('acc-m1'))).body
      .tasks as Array<{ assignee: string }>;
    expect(tasks.length).toBeGreaterThan(0);
    expect(new Set(tasks.map((t) => t.assignee))).toEqual(new Set(['acc-m1']));
  });

  it('should answer 404, not 403, when a manager reaches for another manager’s deal or task', async () => {
    const m1 = await as('acc-m1');
    const other = deals['acc-m2']!;
    const missing = await call(h, 'GET', '/deals/00000000-0000-0000-0000-000000000000', undefined, m1);
    const foreign = await call(h, 'GET', `/deals/${other}`, undefined, m1);
    expect(foreign.status).toBe(404);
    expect({ ...foreign.body, detail: '' }).toEqual({ ...missing.body, detail: '' });
    expect((await call(h, 'GET', `/deals/${other}/events`, undefined, m1)).status).toBe(404);
    expect((await call(h, 'POST', `/deals/${other}/events`, { type: 'DISQUALIFIED' }, m1)).status).toBe(404);
    const task = await call(h, 'POST', `/tasks/${other}:1:call_client/complete`, {}, m1);
    expect(task.status).toBe(404);
    expect(task.body.code).toBe('TASK_NOT_FOUND');
    expect((await call(h, 'GET', `/deals/${other}`)).body.stage).toBe('cold_call'); // nothing moved
  });

  it('should keep managers and integrations out of what is not theirs to do (403)', async () => {
    const m1 = await as('acc-m1');
    const put = await h.app.request('/regulations/b2b_basic', {
      method: 'PUT',
      body: 'id: x',
      headers: { ...m1, 'content-type': 'application/yaml' },
    });
    expect(put.status).toBe(403);
    expect((await call(h, 'GET', '/managers', undefined, m1)).status).toBe(403);
    expect(
      (await call(h, 'POST', '/deals', { regulationId: 'b2b_basic', owner: 'acc-m2', client: { name: 'Z' } }, m1))
        .status,
    ).toBe(403);
    const mine = await call(h, 'POST', '/deals', { regulationId: 'b2b_basic', client: { name: 'Mine' } }, m1);
    expect(mine.body.owner).toBe('acc-m1');

    const key = await call(h, 'POST', '/api-keys', { name: 'telephony' }, await as('acc-admin'));
    expect(key.status).toBe(201);
    const integration = { 'x-api-key': key.body.key as string };
    expect((await call(h, 'GET', '/deals', undefined, integration)).status).toBe(403);
    expect((await call(h, 'POST', '/intake/no.such.type', {}, integration)).status).toBe(404);
    expect((await call(h, 'GET', '/deals', undefined, { 'x-api-key': `${key.body.id}.wrong` })).status).toBe(401);
    await call(h, 'DELETE', `/api-keys/${key.body.id}`, undefined, await as('acc-admin'));
    expect((await call(h, 'POST', '/intake/no.such.type', {}, integration)).status).toBe(401);
  });

  it('should record who did what, and end a deactivated person’s access at once while their deals stay with the company', async () => {
    const m2 = await as('acc-m2');
    const moved = await call(h, 'POST', `/tasks/${deals['acc-m2']}:1:call_client/complete`, { outcome: 'called' }, m2);
    expect(moved.status).toBe(200);
    const audit = (await call(h, 'GET', `/deals/${deals['acc-m2']}/events`)).body.events as Array<{
      type: string;
      actor: string;
    }>;
    expect(audit.find((e) => e.type === 'task.completed')?.actor).toBe('acc-m2');

    const off = await call(h, 'POST', '/managers/acc-m2/deactivate', undefined, await as('acc-admin'));
    expect(off.status).toBe(202);
    // Access ends at once; the deals are handed over by the job.
    expect((await call(h, 'GET', '/deals', undefined, m2)).status).toBe(401);
    expect((await call(h, 'GET', `/jobs/${off.body.jobId}`, undefined, m2)).status).toBe(401);
    expect((await call(h, 'GET', `/jobs/${off.body.jobId}`, undefined, await as('acc-m1'))).status).toBe(403);
    const job = await waitForJob(h, off.body.jobId);
    expect(job).toMatchObject({ status: 'done', requestedBy: 'acc-admin', failed: 0 });
    const trail = (await call(h, 'GET', '/audit')).body.audit as Array<{
      actor: string;
      action: string;
      subject: string;
    }>;
    expect(trail).toContainEqual(
      expect.objectContaining({ actor: 'acc-admin', action: 'user.deactivated', subject: 'user:acc-m2' }),
    );
    const card = (await call(h, 'GET', `/deals/${deals['acc-m2']}`)).body;
    expect(card.owner).not.toBe('acc-m2');
    expect(
      card.tasks
        .filter((t: { status: string }) => t.status === 'open')
        .every((t: { assignee: string }) => t.assignee === card.owner),
    ).toBe(true);
  });
});
