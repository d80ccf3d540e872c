/**
 * The upgrade path from the previous release to this code, run for real: the
 * release's own API and worker (its tree out of git, in processes of their
 * own) migrate a fresh database and walk deals part-way, leaving tasks open
 * and their timers pending; then they stop, this code migrates the same
 * database, and this code's API and worker walk those deals to won. Their
 * workflows replay the release's history on this code: that is the check.
 */
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { issueToken } from '../../api/auth.js';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { freePort } from '../../runtime/ports.js';
import { connect, migrate, type Sql } from '../../storage/db.js';
import { dealWorkflowId } from '../../workflows/definitions.js';
import { EXAMPLE, TEST_DIRECTOR } from '../support/harness.js';
import { startReady } from '../support/ready-process.js';
import { extractRelease, prepareRelease, type ReleaseTree } from '../support/release.js';
import { B2B_WALK, type WalkStep } from '../support/b2b-walk.js';

/**
 * The previous release: there are no git tags yet, so its commit id stands
 * here ("One floor worker for the engine and reminders benches…", the last
 * commit landed before this upgrade path). A tag v0.1.0 belongs on it; move
 * this constant to each new release's commit as they are cut.
 */
const RELEASE_BASELINE = '91bc95bbcb54a0c59e7f9425fd80e466cbeeb513';

/**
 * The release's own b2b example (a later example may use words the release does not know) with reminders
 * before and at every task's due time: timers the workflows wait on.
 */
const regulationOf = (root: string) => `${readFileSync(path.join(root, path.relative(PROJECT_ROOT, EXAMPLE)), 'utf8')}
rules:
  reminders:
    - name: before_and_at_due
      conditions: { all: [{ fact: task, path: key, operator: notEqual, value: '' }] }
      event: { type: remind, params: { offsets: [-PT30M, PT0S], to: assignee } }
`;
/** How far the release walks each deal, and the stage it leaves it in. */
const PART_WAY = [
  { steps: 1, stage: 'cold_call' },
  { steps: 2, stage: 'presentation' },
  { steps: 4, stage: 'proposal' },
];

/** JSON over HTTP to an API process, as a client would; fails the test on an answer that is not 2xx. */
function http(port: string, token: string) {
  return async (method: string, url: string, body?: unknown, type = 'application/json') => {
    const res = await fetch(`http://127.0.0.1:${port}${url}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': type },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const answer = (await res.json()) as Record<string, any>;
    expect(res.status, `${method} ${url}: ${JSON.stringify(answer)}`).toBeLessThan(300);
    return answer;
  };
}

async function take(api: ReturnType<typeof http>, dealId: string, step: WalkStep) {
  if (typeof step === 'string') return api('POST', `/deals/${dealId}/events`, { type: step });
  return api('POST', `/tasks/${dealId}:${step.task[0]}:${step.task[1]}/complete`, step.body);
}

const killed = async (child: ChildProcess) => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
};

describe(`upgrade from the release at ${RELEASE_BASELINE.slice(0, 7)}`, () => {
  const database = `reglament_upgrade_${randomUUID().slice(0, 8)}`;
  const children: ChildProcess[] = [];
  let release: ReleaseTree;
  let admin: Sql;
  let sql: Sql;
  let temporal: Client;
  let env: Record<string, string>;
  let token: string;

  beforeAll(async () => {
    // The replay below runs a worker in this process: its state changes are no news.
    Runtime.install({ logger: new DefaultLogger('WARN') });
    release = await extractRelease(RELEASE_BASELINE);
    admin = connect(inject('databaseUrl'), { max: 1 });
    await admin.unsafe(`create database ${database}`);
    const databaseUrl = inject('databaseUrl').replace(/\/[^/?]*(\?|$)/, `/${database}$1`);
    sql = connect(databaseUrl, { max: 2 });
    const secret = `upgrade-secret-${randomUUID()}`;
    env = {
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      TEMPORAL_NAMESPACE: inject('namespace'),
      // A queue of its own: other test files' workers (this code) must not take the release's tasks.
      TASK_QUEUE: `upgrade-${randomUUID()}`,
      DATABASE_URL: databaseUrl,
      REGLAMENT_JWT_SECRET: secret,
    };
    token = await issueToken(secret, TEST_DIRECTOR);
    temporal = new Client({
      connection: await Connection.connect({ address: inject('temporalAddress') }),
      namespace: inject('namespace'),
    });
  });

  afterAll(async () => {
    for (const child of children) await killed(child);
    await temporal?.connection.close();
    await sql?.end({ timeout: 5 });
    await admin?.unsafe(`drop database if exists ${database} with (force)`).catch(() => {});
    await admin?.end({ timeout: 5 });
    release?.close();
  });

  it("should walk the release's deals to won on this code, replaying their histories", async () => {
    // --- The release: its code migrates the database, its API and worker walk the deals part-way.
    const releaseBundle = path.join(release.root, 'workflow-bundle.js');
    const prepared = await prepareRelease(release, {
      DATABASE_URL: env.DATABASE_URL!,
      DIRECTOR: TEST_DIRECTOR,
      WORKFLOW_BUNDLE: releaseBundle,
    });
    expect(prepared).toMatch(/release: applying migration 1: initial/);
    const releaseMigrations = (await sql<{ n: number }[]>`select count(*)::int as n from migrations`)[0]!.n;
    const oldPort = String(await freePort());
    const oldEnv = { ...env, WORKFLOW_BUNDLE: releaseBundle, PORT: oldPort };
    const oldWorker = await startReady('test/support/worker-process.ts', oldEnv, release.root);
    children.push(oldWorker);
    const oldApiProcess = await startReady('test/support/api-process.ts', oldEnv, release.root);
    children.push(oldApiProcess);
    const oldApi = http(oldPort, token);
    await oldApi('PUT', '/regulations/b2b_basic', regulationOf(release.root), 'application/yaml');
    const ids: string[] = [];
    for (const [d, part] of PART_WAY.entries()) {
      const deal = await oldApi('POST', '/deals', {
        regulationId: 'b2b_basic',
        owner: 'anna',
        client: { name: `Upgrade client ${d}` },
      });
      ids.push(deal.id);
      for (const step of B2B_WALK.slice(0, part.steps)) await take(oldApi, deal.id, step);
      expect((await oldApi('GET', `/deals/${deal.id}`)).stage).toBe(part.stage);
    }
    // Each deal waits with open tasks whose due timers are pending in its workflow.
    const open = await sql<{ dealId: string; n: number }[]>`
      select deal_id, count(*)::int as n from tasks where deal_id = any(${ids}) and status = 'open' group by deal_id`;
    expect(open.map((r) => r.dealId).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(await pendingTimers(temporal, id), id).toBeGreaterThan(0);
    await killed(oldApiProcess);
    await killed(oldWorker);

    // --- This code: its migrations on the release's database, then the histories replayed, then the walk.
    await migrate(sql);
    const migrations = (await sql<{ n: number }[]>`select count(*)::int as n from migrations`)[0]!.n;
    expect(migrations).toBeGreaterThanOrEqual(releaseMigrations);
    // Replayed first on their own, so a determinism break names the deal and the event, not a walk that hangs.
    const histories = await Promise.all(
      ids.map(async (id) => ({
        workflowId: dealWorkflowId(id),
        history: await temporal.workflow.getHandle(dealWorkflowId(id)).fetchHistory(),
      })),
    );
    const replays = Worker.runReplayHistories(
      { workflowBundle: { codePath: inject('workflowBundlePath') } },
      histories,
    );
    for await (const result of replays) expect(result.error, result.workflowId).toBeUndefined();

    const newPort = String(await freePort());
    const newEnv = { ...env, WORKFLOW_BUNDLE: inject('workflowBundlePath'), PORT: newPort };
    children.push(await startReady('test/support/worker-process.ts', newEnv));
    children.push(await startReady('test/support/api-process.ts', newEnv));
    const newApi = http(newPort, token);
    await Promise.all(
      ids.map(async (id, d) => {
        for (const step of B2B_WALK.slice(PART_WAY[d]!.steps)) await take(newApi, id, step);
      }),
    );

    for (const id of ids) {
      expect(await temporal.workflow.getHandle(dealWorkflowId(id)).result()).toEqual({
        dealId: id,
        stage: 'won',
        status: 'won',
      });
      const card = await newApi('GET', `/deals/${id}`);
      expect({ stage: card.stage, status: card.status }).toEqual({ stage: 'won', status: 'won' });
    }
    // Every (deal, stage visit) has its tasks once, whichever code wrote them.
    const rows = await sql<{ dealId: string; visit: number; key: string; status: string; n: number }[]>`
      select deal_id, visit, key, status, count(*)::int as n from tasks
      where deal_id = any(${ids}) group by deal_id, visit, key, status order by deal_id, visit, key`;
    for (const id of ids) {
      expect(
        rows.filter((r) => r.dealId === id).map((r) => `${r.visit}:${r.key}:${r.status}:${r.n}`),
        id,
      ).toEqual([
        '1:call_client:done:1',
        '1:log_call:cancelled:1',
        '2:hold_meeting:done:1',
        '2:schedule_meeting:done:1',
        '3:prepare_proposal:done:1',
        '3:send_proposal:done:1',
        '4:follow_up_call:done:1',
        '5:confirm_payment:done:1',
        '5:issue_invoice:done:1',
      ]);
    }
  }, 300_000);
});

/** Timers a deal's workflow has started and neither fired nor cancelled, from its history. */
async function pendingTimers(temporal: Client, dealId: string): Promise<number> {
  const history = await temporal.workflow.getHandle(dealWorkflowId(dealId)).fetchHistory();
  let pending = 0;
  for (const event of history.events ?? []) {
    if (event.timerStartedEventAttributes) pending++;
    if (event.timerFiredEventAttributes || event.timerCanceledEventAttributes) pending--;
  }
  return pending;
}
