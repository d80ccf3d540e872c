import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { dealWorkflowId } from '../../workflows/definitions.js';
import { call, createHarness, publish, type Harness } from '../support/harness.js';

const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'histories');

/** A deal with rejected and accepted updates, an automatic advance and a loss. */
async function recordDeal(h: Harness) {
  const deal = (await call(h, 'POST', '/deals', { regulationId: 'b2b_basic', owner: 'gleb', client: { name: 'Ural' } }))
    .body;
  await call(h, 'POST', `/deals/${deal.id}/events`, { type: 'QUALIFIED' }); // rejected
  await call(h, 'POST', `/tasks/${deal.id}:1:call_client/complete`, {
    outcome: 'ok',
    fields: { decision_maker: 'Smirnov' },
  });
  await call(h, 'POST', `/deals/${deal.id}/events`, { type: 'QUALIFIED' });
  await call(h, 'POST', `/tasks/${deal.id}:2:schedule_meeting/complete`, {});
  await call(h, 'POST', `/tasks/${deal.id}:2:hold_meeting/complete`, {});
  await call(h, 'POST', `/deals/${deal.id}/events`, { type: 'LOST' });
  const handle = h.client.workflow.getHandle(dealWorkflowId(deal.id));
  await handle.result();
  return handle.fetchHistory();
}

describe('replaying recorded deal histories', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await publish(h);
    await h.startWorker();
  });
  afterAll(() => h?.close());

  it('should replay a freshly recorded history without nondeterminism', async () => {
    const history = await recordDeal(h);
    expect(history.events?.length).toBeGreaterThan(20);
    if (process.env.RECORD_HISTORIES) {
      mkdirSync(FIXTURES, { recursive: true });
      writeFileSync(path.join(FIXTURES, 'b2b-walk-to-lost.json'), historyToJSON(history));
    }
    await expect(
      Worker.runReplayHistory({ workflowBundle: { codePath: inject('workflowBundlePath') } }, history, 'fresh'),
    ).resolves.toBeUndefined();
  });

  // Histories are in Temporal's JSON form (as `temporal workflow show --output json` writes them).
  it('should replay every committed history with the current workflow code', async () => {
    const files = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((f) => f.endsWith('.json')) : [];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const history = JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8'));
      await expect(
        Worker.runReplayHistory({ workflowBundle: { codePath: inject('workflowBundlePath') } }, history, file),
      ).resolves.toBeUndefined();
    }
  });
});
