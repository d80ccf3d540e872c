/**
 * Receivables on the real stack: a deal's payment terms, watched per
 * instalment by a workflow that reminds the owner past the due date and then
 * escalates along the regulation's chain (counted in seconds here); the
 * accounting import's settlement marks an instalment paid and ends its watch
 * before the next level; analytics sum what is still overdue. The tests wait
 * for what proves a state (a notice written, a watch's result), never a sleep.
 *
 * @module
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fileDropAdapter } from '../../integrations/accounting.js';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { receivableWorkflowId } from '../../workflows/receivable.definitions.js';
import { call, createHarness, privateDatabase, publish, putTeam, type Harness } from '../support/harness.js';

/** The fast regulation with an escalation chain slow enough for a settlement to come between its levels. */
const REGULATION = readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/regulations/fast-timers.yaml'), 'utf8')
  .replace('id: fast_timers', 'id: recv_timers')
  .replace('{ to: head, after: PT1S }', '{ to: head, after: PT6S }')
  .replace('{ to: director, after: PT2S }', '{ to: director, after: PT12S }');

const DAY = 86_400_000;

/** The overdue notices of a deal's invoice, by level, as `kind:recipient`. */
async function notices(h: Harness, dealId: string, invoice: string): Promise<string[]> {
  const rows = await h.sql`select id, kind, recipient from notifications
                           where deal_id = ${dealId} and id like ${`receivable:${dealId}:${invoice}:%`} order by id`;
  return rows.map((r) => `${r.kind as string}:${r.recipient as string}`);
}

describe('receivables: payment terms, overdue reminders and escalation, settlements', () => {
  let h: Harness;
  const drop = mkdtempSync(path.join(tmpdir(), 'reglament-recv-'));
  beforeAll(async () => {
    // A database of its own: "the director" of an escalation chain is the first active director, and other
    // files running beside this one add directors of their own.
    h = await createHarness({ databaseUrl: await privateDatabase(`receivables_${process.pid}`) });
    await publish(h, REGULATION);
    await h.startWorker({ accounting: fileDropAdapter(drop) });
    await putTeam(h, 'rc', 'rc');
  });
  afterAll(async () => {
    await h?.close();
    rmSync(drop, { recursive: true, force: true });
  });

  it('should refuse bad terms naming the field', async () => {
    const deal = (
      await call(h, 'POST', '/deals', { regulationId: 'recv_timers', owner: 'rc-m2', client: { name: 'X' } })
    ).body;
    const dueAt = new Date(Date.now() + DAY).toISOString();
    const negative = await call(h, 'PUT', `/deals/${deal.id}/receivables`, {
      instalments: [{ invoiceNumber: 'N-1', amount: -5, dueAt }],
    });
    expect(negative.status).toBe(422);
    expect(negative.body.errors).toContainEqual(expect.objectContaining({ pointer: '/instalments/0/amount' }));
    const twice = await call(h, 'PUT', `/deals/${deal.id}/receivables`, {
      instalments: [
        { invoiceNumber: 'N-1', amount: 5, dueAt },
        { invoiceNumber: 'N-1', amount: 6, dueAt },
      ],
    });
    expect(twice.status).toBe(422);
    expect(twice.body.errors).toEqual([
      { pointer: '/instalments/1/invoiceNumber', message: 'repeats an earlier instalment' },
    ]);
    expect((await call(h, 'GET', `/deals/${deal.id}/receivables`)).body.instalments).toEqual([]);
    expect((await call(h, 'GET', '/deals/no-such-deal/receivables')).status).toBe(404);
  });

  it('should remind then escalate an overdue instalment, and a settlement import marks another paid and cancels its escalation', async () => {
    const deal = (
      await call(h, 'POST', '/deals', {
        regulationId: 'recv_timers',
        owner: 'rc-m1',
        client: { name: 'Late Payer Ltd' },
      })
    ).body;
    const set = await call(h, 'PUT', `/deals/${deal.id}/receivables`, {
      instalments: [
        // Three days overdue already: the owner is reminded, then the head, then the director are told, in order.
        { invoiceNumber: 'INV-A', amount: 120000, dueAt: new Date(Date.now() - 3 * DAY).toISOString() },
        // Due in a second: reminded, then paid before the head's level (6 s past due).
        { invoiceNumber: 'INV-B', amount: 80000, dueAt: new Date(Date.now() + 1000).toISOString() },
      ],
    });
    expect(set.status).toBe(200);
    expect(set.body.instalments.map((i: { invoiceNumber: string }) => i.invoiceNumber)).toEqual(['INV-A', 'INV-B']);

    await vi.waitFor(
      async () =>
        expect(await notices(h, deal.id, 'INV-A')).toEqual([
          'reminder:rc-m1',
          'escalation:rc-head',
          'escalation:rc-dir',
        ]),
      { timeout: 30_000, interval: 100 },
    );
    await vi.waitFor(async () => expect(await notices(h, deal.id, 'INV-B')).toEqual(['reminder:rc-m1']), {
      timeout: 30_000,
      interval: 100,
    });
    // Setting the same terms again starts no second watch and sends nothing again.
    await call(h, 'PUT', `/deals/${deal.id}/receivables`, {
      instalments: [{ invoiceNumber: 'INV-A', amount: 120000, dueAt: set.body.instalments[0].dueAt }],
    });

    writeFileSync(
      path.join(drop, 'paid.csv'),
      `id,dealId,invoiceNumber,amount,status\nRS-1,${deal.id},INV-B,80000,paid\n`,
    );
    const run = () =>
      h.client.workflow.execute('settlementImportWorkflow', {
        taskQueue: h.taskQueue,
        workflowId: `recv-import-${Date.now()}-${Math.random()}`,
      });
    expect(await run()).toMatchObject({ taken: 1, applied: 1 });
    // The watch ends paid: its pending escalation is gone with it.
    expect(await h.client.workflow.getHandle(receivableWorkflowId(deal.id, 'INV-B')).result()).toEqual({ paid: true });
    expect(await notices(h, deal.id, 'INV-B')).toEqual(['reminder:rc-m1']);
    // What a watched instalment costs (35 events measured): a few rounds of (activity, timer), however long it waits.
    const history = await h.client.workflow.getHandle(receivableWorkflowId(deal.id, 'INV-B')).fetchHistory();
    expect(history.events!.length).toBeLessThanOrEqual(40);

    // The same settlement exported again changes nothing.
    writeFileSync(
      path.join(drop, 'again.json'),
      JSON.stringify([{ id: 'RS-1', dealId: deal.id, invoiceNumber: 'INV-B', amount: 80000, status: 'paid' }]),
    );
    expect(await run()).toMatchObject({ taken: 1, repeated: 1 });
    const instalments = (await call(h, 'GET', `/deals/${deal.id}/receivables`)).body.instalments;
    expect(instalments).toEqual([
      expect.objectContaining({ invoiceNumber: 'INV-A', paidAt: null, level: 3 }),
      expect.objectContaining({ invoiceNumber: 'INV-B', settlementId: 'RS-1', level: 1, paidAt: expect.any(String) }),
    ]);

    const overdue = (await call(h, 'GET', '/analytics/receivables/overdue')).body;
    expect(overdue.byManager.find((g: { manager: string }) => g.manager === 'rc-m1')).toMatchObject({
      count: 1,
      amount: 120000,
    });
    expect(overdue.byCompany.find((g: { company: string }) => g.company === 'Late Payer Ltd')).toMatchObject({
      count: 1,
      amount: 120000,
    });
    // A manager sees only their own.
    const other = (
      await call(h, 'GET', '/analytics/receivables/overdue', undefined, {
        authorization: `Bearer ${await h.token('rc-m2')}`,
      })
    ).body;
    expect(other.byManager.map((g: { manager: string }) => g.manager)).not.toContain('rc-m1');
  });

  it('should remind again when an unpaid instalment is moved to a later due date', async () => {
    const deal = (
      await call(h, 'POST', '/deals', { regulationId: 'recv_timers', owner: 'rc-m2', client: { name: 'Moved Ltd' } })
    ).body;
    const terms = (dueAt: string) =>
      call(h, 'PUT', `/deals/${deal.id}/receivables`, {
        instalments: [{ invoiceNumber: 'INV-M', amount: 500, dueAt }],
      });
    await terms(new Date(Date.now() - DAY).toISOString());
    await vi.waitFor(async () => expect(await notices(h, deal.id, 'INV-M')).toContain('reminder:rc-m2'), {
      timeout: 30_000,
      interval: 100,
    });
    // Agreed to pay a little later: the notices start afresh from the new date.
    const moved = await terms(new Date(Date.now() + 500).toISOString());
    expect(moved.body.instalments[0].level).toBe(0);
    await vi.waitFor(
      async () => expect((await notices(h, deal.id, 'INV-M')).filter((n) => n === 'reminder:rc-m2')).toHaveLength(2),
      { timeout: 30_000, interval: 100 },
    );
  });
});
