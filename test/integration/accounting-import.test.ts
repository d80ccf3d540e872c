import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileDropAdapter } from '../../integrations/accounting.js';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { ensureSettlementSchedule } from '../../runtime/schedules.js';
import { call, createHarness, publish, type Harness } from '../support/harness.js';

async function until<T>(probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('the periodic settlements import', () => {
  let h: Harness;
  const drop = mkdtempSync(path.join(tmpdir(), 'reglament-drop-'));
  const scheduleId = `settlements-${Date.now()}`;
  beforeAll(async () => {
    h = await createHarness();
    await publish(
      h,
      readFileSync(path.join(PROJECT_ROOT, 'examples/regulations/b2b-wholesale.yaml'), 'utf8').replace(
        'id: b2b_wholesale',
        'id: acc_wholesale',
      ),
    );
    await h.startWorker({ accounting: fileDropAdapter(drop) });
  });
  afterAll(async () => {
    await h.client.schedule
      .getHandle(scheduleId)
      .delete()
      .catch(() => {});
    await h?.close();
    rmSync(drop, { recursive: true, force: true });
  });

  it('should pull a dropped file on schedule, move paid deals on once, and dead-letter unknown deals', async () => {
    const deal = (
      await call(h, 'POST', '/deals', {
        regulationId: 'acc_wholesale',
        owner: 'acc-mgr',
        client: { name: 'Settled Ltd' },
      })
    ).body;
    const done = (key: string, fields = {}) => call(h, 'POST', `/tasks/${deal.id}:${key}/complete`, { fields });
    await done('1:call', { decision_maker: 'Ito' });
    await call(h, 'POST', `/deals/${deal.id}/events`, { type: 'INTERESTED' });
    await done('2:present');
    await done('3:send_proposal');
    await done('4:follow_up_call');
    await call(h, 'POST', `/deals/${deal.id}/events`, { type: 'AGREED' });
    expect((await done('5:issue_invoice', { invoice_number: 'INV-77' })).body.stage).toBe('payment');

    writeFileSync(
      path.join(drop, '2026-11-23T10-00.csv'),
      `id,dealId,invoiceNumber,amount,status\nS-1,${deal.id},INV-77,250000,paid\nS-2,no-such-deal,INV-78,10,paid\n`,
    );
    expect(await ensureSettlementSchedule(h.client, { taskQueue: h.taskQueue, every: '2s', scheduleId })).toBe(true);
    expect(await ensureSettlementSchedule(h.client, { taskQueue: h.taskQueue, every: '2s', scheduleId })).toBe(false);

    await until(async () => ((await call(h, 'GET', `/deals/${deal.id}`)).body.stage === 'shipment' ? true : undefined));
    await until(async () => (existsSync(path.join(drop, 'processed', '2026-11-23T10-00.csv')) ? true : undefined));
    expect(readdirSync(drop).filter((f) => f.endsWith('.csv'))).toEqual([]);

    // The same settlement exported again changes nothing.
    writeFileSync(
      path.join(drop, '2026-11-23T10-05.json'),
      JSON.stringify([{ id: 'S-1', dealId: deal.id, invoiceNumber: 'INV-77', amount: 250000, status: 'paid' }]),
    );
    await until(async () => (existsSync(path.join(drop, 'processed', '2026-11-23T10-05.json')) ? true : undefined));
    const events = (await call(h, 'GET', `/deals/${deal.id}/events`)).body.events as Array<{
      type: string;
      actor: string;
    }>;
    expect(events.filter((e) => e.type === 'external.invoice.paid')).toEqual([
      expect.objectContaining({ actor: 'integration:accounting-files' }),
    ]);
    const letters = (await call(h, 'GET', '/dead-letters')).body.deadLetters as Array<{
      reason: string;
      source: string;
    }>;
    expect(letters).toContainEqual(
      expect.objectContaining({ reason: 'no deal "no-such-deal"', source: 'integration:accounting-files' }),
    );
    const runs: string[] = [];
    for await (const w of h.client.workflow.list({
      query: `WorkflowType = 'settlementImportWorkflow' AND TaskQueue = '${h.taskQueue}'`,
    }))
      runs.push(w.status.name);
    expect(runs.length).toBeGreaterThanOrEqual(2);
  });
});
