import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkerProcess } from '../support/spawn.js';
import { call, createHarness, publish, type Harness } from '../support/harness.js';

async function until<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('a worker killed in the middle of an activity', () => {
  let h: Harness;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    h = await createHarness();
    await publish(h);
  });
  afterAll(async () => {
    for (const c of children) c.kill('SIGKILL');
    await h?.close();
  });

  it('should neither lose nor double a task once a new worker takes over', async () => {
    children.push(await startWorkerProcess(h.taskQueue));
    const deal = (
      await call(h, 'POST', '/deals', { regulationId: 'b2b_basic', owner: 'vera', client: { name: 'Sever' } })
    ).body;
    await call(h, 'POST', `/tasks/${deal.id}:1:call_client/complete`, { fields: { decision_maker: 'Petrova' } });

    // Hold the deal's row so the activity's transaction blocks after writing the new tasks.
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const holder = h.sql.begin(async (tx) => {
      // NO KEY UPDATE: the tasks' foreign-key checks pass, the deal update waits.
      await tx`select id from deals where id = ${deal.id} for no key update`;
      locked();
      await released;
    });
    await isLocked;

    const move = call(h, 'POST', `/deals/${deal.id}/events`, { type: 'QUALIFIED' });
    const blockedPid = await until(async () => {
      const [row] =
        await h.sql`select pid from pg_stat_activity where wait_event_type = 'Lock' and query like '%update deals%'`;
      return row?.pid as number | undefined;
    }, 'the activity to block on the deal row');
    const [{ uncommitted } = { uncommitted: -1 }] =
      await h.sql`select count(*)::int as uncommitted from tasks where deal_id = ${deal.id} and visit = 2`;
    expect(uncommitted).toBe(0); // its inserts are not visible: still inside its transaction

    children[0]!.kill('SIGKILL');
    await new Promise((r) => children[0]!.once('exit', r));
    release();
    await holder;
    await until(async () => {
      const rows = await h.sql`select 1 from pg_stat_activity where pid = ${blockedPid}`;
      return rows.length === 0 ? true : undefined;
    }, 'PostgreSQL to drop the dead worker’s connection');

    children.push(await startWorkerProcess(h.taskQueue));
    const moved = await move;
    expect(moved.status).toBe(200);
    expect(moved.body.stage).toBe('presentation');

    const tasks = await h.sql`select key, visit, status from tasks where deal_id = ${deal.id} order by visit, key`;
    expect(tasks.map((t) => `${t.visit}:${t.key}:${t.status}`)).toEqual([
      '1:call_client:done',
      '1:log_call:cancelled',
      '2:hold_meeting:open',
      '2:schedule_meeting:open',
    ]);
    const facts =
      await h.sql`select seq, type from events where deal_id = ${deal.id} and type = 'stage.entered' order by seq`;
    expect(facts.map((f) => f.seq)).toEqual([1, 3]);
    const [row] = await h.sql`select stage, seq from deals where id = ${deal.id}`;
    expect(row).toMatchObject({ stage: 'presentation', seq: 3 });

    // The replacement worker carries on: the deal keeps moving.
    const next = await call(h, 'POST', `/tasks/${deal.id}:2:schedule_meeting/complete`, {});
    expect(next.status).toBe(200);
  });
});
