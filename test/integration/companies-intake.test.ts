/**
 * Deals start with their company: matched by INN, then by normalised name, or
 * a new lead; an invalid INN refused where a person sent it and ignored (with
 * the reason) where an integration did; a won deal makes its lead a client
 * once, which accounting hears through a webhook, once; rules read the company.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signature } from '../../activities/outbox.activities.js';
import { companiesRegulation, broken, until, validInn, webhookReceiver } from '../support/companies.js';
import { call, createHarness, publish, type Harness } from '../support/harness.js';

describe('companies on intake', () => {
  let h: Harness;
  let integration: Record<string, string>;
  beforeAll(async () => {
    h = await createHarness();
    await publish(h, companiesRegulation('ci_deals', 'ci-key'));
    await h.startWorker();
    for (const id of ['ci-m1', 'ci-key']) {
      await call(h, 'PUT', `/managers/${id}`, { name: id, role: 'manager', department: 'ci', timezone: 'UTC' });
    }
    integration = { 'x-api-key': (await call(h, 'POST', '/api-keys', { name: 'ci-webform' })).body.key };
  });
  afterAll(() => h?.close());

  const lead = (client: Record<string, unknown>, key: string) =>
    call(
      h,
      'POST',
      '/events',
      { type: 'form.submitted', data: { regulationId: 'ci_deals', client } },
      {
        ...integration,
        'idempotency-key': key,
      },
    );

  it('should make one company of two intakes for the same INN, however close together', async () => {
    const inn = validInn();
    const [form, posted] = await Promise.all([
      lead({ name: 'ООО «Альфа Строй»', inn, email: 'buyer@alfa.example', region: 'spb' }, `ci-form-${inn}`),
      call(h, 'POST', '/deals', {
        regulationId: 'ci_deals',
        owner: 'ci-m1',
        client: { name: 'Альфа Строй', inn, email: 'BUYER@alfa.example' },
      }),
    ]);
    expect(form.status).toBe(202);
    expect(posted.status).toBe(201);
    const companyId = posted.body.companyId as string;
    expect(companyId).toEqual(expect.any(String));
    expect(posted.body.client).toMatchObject({ inn, companyId });
    expect(form.body).toMatchObject({ applied: true, companyId });
    const [row] = await h.sql`select count(*)::int as n from companies where inn = ${inn}`;
    expect(row!.n).toBe(1);

    // Without the INN, the normalised name finds it too.
    const byName = await call(h, 'POST', '/deals', {
      regulationId: 'ci_deals',
      owner: 'ci-m1',
      client: { name: 'Альфа  Строй, ООО' },
    });
    expect(byName.body.companyId).toBe(companyId);

    const { data: company } = await h.api.GET('/companies/{id}', { params: { path: { id: companyId } } });
    expect(company).toMatchObject({ inn, normalizedName: 'альфа строй', status: 'lead', region: 'spb' });
    expect(company!.contacts.map((c) => c.email?.toLowerCase())).toEqual(['buyer@alfa.example']); // one contact, not two
    expect(company!.manager).toBe('ci-m1'); // its first deal's owner
  });

  it('should refuse an invalid INN from a person with its pointer, and keep an integration’s lead without it', async () => {
    const bad = broken(validInn());
    const refused = await call(h, 'POST', '/deals', {
      regulationId: 'ci_deals',
      owner: 'ci-m1',
      client: { name: 'Broken Inn Ltd', inn: bad },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([{ pointer: '/client/inn', message: expect.stringMatching(/control digit/) }]);
    const [none] = await h.sql`select count(*)::int as n from companies where normalized_name = 'broken inn'`;
    expect(none!.n).toBe(0);

    const kept = await lead({ name: 'Broken Inn Ltd', inn: bad }, `ci-bad-${bad}`);
    expect(kept.status).toBe(202);
    expect(kept.body.innIgnored).toMatch(new RegExp(`INN "${bad}" ignored: .*control digit`));
    const deal = (await call(h, 'GET', `/deals/${kept.body.dealId}`)).body;
    expect(deal.client).toMatchObject({ inn: bad, innIgnored: kept.body.innIgnored, companyId: kept.body.companyId });
    const company = (await call(h, 'GET', `/companies/${kept.body.companyId}`)).body;
    expect(company).toMatchObject({ name: 'Broken Inn Ltd', inn: null, status: 'lead' });
  });

  it('should turn a lead into a client once when its deal is won, and tell a webhook once', async () => {
    const hook = await webhookReceiver();
    const drainer = await h.client.workflow.start('outboxWorkflow', {
      workflowId: `outbox-${h.taskQueue}`,
      taskQueue: h.taskQueue,
      args: [{ idleMs: 200 }],
    });
    try {
      const created = await call(h, 'POST', '/webhooks', { url: hook.url });
      const inn = validInn();
      const start = () =>
        call(h, 'POST', '/deals', { regulationId: 'ci_deals', owner: 'ci-m1', client: { name: 'Won Twice', inn } });
      const first = (await start()).body;
      const companyId = first.companyId as string;
      const buyer = (
        await call(h, 'POST', `/companies/${companyId}/contacts`, {
          name: 'Olga Buyer',
          email: 'olga@won.example',
          isClient: true,
        })
      ).body;
      await call(h, 'POST', `/companies/${companyId}/contacts`, { name: 'Not exported', phone: '+7 900 000 00 00' });
      const second = (await start()).body;
      expect(second.companyId).toBe(companyId);

      const won = await call(h, 'POST', `/deals/${first.id}/events`, { type: 'WON' });
      expect(won.body).toMatchObject({ status: 'won' });
      expect((await call(h, 'POST', `/deals/${second.id}/events`, { type: 'WON' })).body.status).toBe('won');

      const company = (await call(h, 'GET', `/companies/${companyId}`)).body;
      expect(company).toMatchObject({ status: 'client', becameClientAt: expect.any(String) });

      const news = (r: { body: string }) => {
        const n = JSON.parse(r.body);
        return n.kind === 'company.became_client' && n.data.company.id === companyId;
      };
      const post = await until(async () => hook.received.find(news));
      // Everything queued for this webhook delivered: nothing else about the company is on its way.
      await until(async () => {
        const rows = (await call(h, 'GET', `/webhooks/${created.body.id}/deliveries`)).body.deliveries as Array<{
          status: string;
        }>;
        return rows.every((r) => r.status === 'delivered') ? true : undefined;
      });
      expect(hook.received.filter(news)).toHaveLength(1);
      const body = JSON.parse(post.body);
      expect(body).toMatchObject({
        kind: 'company.became_client',
        dealId: first.id,
        recipient: 'ci-m1',
        title: 'Company Won Twice became a client',
        data: {
          event: 'company.became_client',
          previousStatus: 'lead',
          company: { id: companyId, name: 'Won Twice', inn, status: 'client' },
          contacts: [{ id: buyer.id, name: 'Olga Buyer', email: 'olga@won.example', optedOut: false }],
        },
      });
      const t = /t=(\d+)/.exec(String(post.headers['x-reglament-signature']))![1];
      expect(post.headers['x-reglament-signature']).toBe(signature(created.body.secret, Number(t), post.body));

      // The rules read the company: a client's next deal goes to the key account manager.
      const next = await call(h, 'POST', '/deals', { regulationId: 'ci_deals', client: { name: 'Won Twice', inn } });
      expect(next.body).toMatchObject({ owner: 'ci-key', companyId });
      const decisions = (await call(h, 'GET', `/deals/${next.body.id}/decisions`)).body.decisions as Array<{
        kind: string;
        rule: string | null;
        facts: Record<string, any>;
      }>;
      const assignment = decisions.find((d) => d.kind === 'assignment')!;
      expect(assignment.rule).toBe('clients_to_key_account');
      expect(assignment.facts.company).toMatchObject({ id: companyId, status: 'client', inn, competitor: false });
      expect(assignment.facts.holding).toEqual({ id: null, name: null, relatedCount: 0, hasCompetitor: false });
    } finally {
      await drainer.terminate('test done').catch(() => {});
      hook.close();
    }
  });
});
