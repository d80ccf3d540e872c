import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, call, createHarness, type Harness } from '../support/harness.js';

const V1 = readFileSync(EXAMPLE, 'utf8').replace('id: b2b_basic', 'id: b2b_pinned');
// Version 2 renames the presentation tasks and drops the decision-maker requirement.
const V2 = V1.replace('Schedule the presentation meeting', 'Book a demo slot')
  .replace(
    '{ key: hold_meeting, title: Hold the presentation, due: P5D }',
    '{ key: run_demo, title: Run the demo, due: P2D }',
  )
  .replace('    requiredFields: [decision_maker]\n', '');

describe('a regulation version pinned at deal start', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await h.startWorker();
  });
  afterAll(() => h?.close());

  it('should publish versions through the API and keep running deals on theirs', async () => {
    const put = (text: string) =>
      h.request('/regulations/b2b_pinned', {
        method: 'PUT',
        body: text,
        headers: { 'content-type': 'application/yaml' },
      });
    const v1 = await put(V1);
    expect(v1.status).toBe(201);
    expect(await v1.json()).toMatchObject({ version: 1, created: true, publishedBy: 'test-director' });
    expect((await put(V1)).status).toBe(200); // same content: no new version

    const old = (
      await call(h, 'POST', '/deals', { regulationId: 'b2b_pinned', owner: 'dina', client: { name: 'Old' } })
    ).body;
    expect(old.regulationVersion).toBe(1);

    const v2 = await put(V2);
    expect(v2.status).toBe(201);
    expect(await v2.json()).toMatchObject({ version: 2 });

    // The old deal still needs its decision maker (v1 rule) and gets v1's tasks.
    await call(h, 'POST', `/tasks/${old.id}:1:call_client/complete`, {});
    const refused = await call(h, 'POST', `/deals/${old.id}/events`, { type: 'QUALIFIED' });
    expect(refused.status).toBe(422);
    expect(refused.body.missingFields).toEqual(['decision_maker']);
    const moved = await call(h, 'POST', `/deals/${old.id}/events`, {
      type: 'QUALIFIED',
      fields: { decision_maker: 'Orlov' },
    });
    expect(moved.body.createdTasks.map((t: { key: string }) => t.key)).toEqual(['schedule_meeting', 'hold_meeting']);

    // A new deal starts on version 2.
    const fresh = (
      await call(h, 'POST', '/deals', { regulationId: 'b2b_pinned', owner: 'dina', client: { name: 'New' } })
    ).body;
    expect(fresh.regulationVersion).toBe(2);
    await call(h, 'POST', `/tasks/${fresh.id}:1:call_client/complete`, {});
    const freshMove = await call(h, 'POST', `/deals/${fresh.id}/events`, { type: 'QUALIFIED' });
    expect(freshMove.status).toBe(200);
    expect(freshMove.body.createdTasks.map((t: { title: string }) => t.title)).toEqual([
      'Book a demo slot',
      'Run the demo',
    ]);

    const versions = await call(h, 'GET', '/regulations/b2b_pinned?version=1');
    expect(versions.body.regulation.stages[0].requiredFields).toEqual(['decision_maker']);
  });

  it('should refuse an invalid regulation with every problem located in the YAML', async () => {
    const res = await h.request('/regulations/b2b_pinned', {
      method: 'PUT',
      body: V1.replace('QUALIFIED: presentation', 'QUALIFIED: presentaton').replace('due: PT4H', 'due: four hours'),
      headers: { 'content-type': 'application/yaml' },
    });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = (await res.json()) as { code: string; errors: Array<{ pointer: string; line: number }> };
    expect(body.code).toBe('REGULATION_INVALID');
    expect(body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ pointer: '/stages/0/tasks/0/due', line: expect.any(Number) })]),
    );
    const versions = await h.regulations.get('b2b_pinned');
    expect(versions?.version).toBe(2); // nothing published
  });
});
