/**
 * Holdings: a client's related companies offered as cross-sell leads (and a
 * deal started for one), a competitor in the holding flagged as a risk; and
 * the client base staying with the company when its manager leaves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companiesRegulation, validInn } from '../support/companies.js';
import { call, createHarness, publish, waitForJob, type Harness } from '../support/harness.js';

describe('companies, holdings and managers who leave', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await publish(h, companiesRegulation('ch_deals', 'ch-key'));
    await h.startWorker();
    const people: Array<[string, string, string]> = [
      ['ch-m1', 'manager', 'ch'],
      ['ch-key', 'manager', 'ch'],
      ['ch-outsider', 'manager', 'elsewhere'],
      ['ch-leaver', 'manager', 'ch-north'],
      ['ch-north-1', 'manager', 'ch-north'],
      ['ch-north-2', 'manager', 'ch-north'],
      ['ch-lone', 'manager', 'ch-alone'],
    ];
    for (const [id, role, department] of people) {
      await call(h, 'PUT', `/managers/${id}`, { name: id, role, department, timezone: 'UTC' });
    }
  });
  afterAll(() => h?.close());

  const company = async (body: Record<string, unknown>) => {
    const res = await call(h, 'POST', '/companies', body);
    expect(res.status).toBe(201);
    return res.body as { id: string; name: string } & Record<string, unknown>;
  };

  it('should offer a holding’s companies that are not clients as leads, and start a deal for one', async () => {
    const { data: holding } = await h.api.POST('/holdings', { body: { name: 'Группа Восток' } });
    const client = await company({ name: 'Восток Цемент', inn: validInn(), status: 'client', manager: 'ch-m1' });
    const lead = await company({ name: 'Восток Логистика', region: 'khv', industry: 'logistics' });
    const alsoClient = await company({ name: 'Восток Бетон', status: 'client' });
    const rival = await company({ name: 'Запад Цемент', competitor: true });
    const loner = await company({ name: 'Сам По Себе' });
    for (const c of [client, lead, alsoClient, rival]) {
      const linked = await call(h, 'PUT', `/companies/${c.id}/holding`, { holdingId: holding!.id });
      expect(linked.body.holding).toMatchObject({ id: holding!.id, name: 'Группа Восток' });
    }

    const { data: related } = await h.api.GET('/companies/{id}/related', { params: { path: { id: client.id } } });
    expect(related!.holding).toEqual({ id: holding!.id, name: 'Группа Восток' });
    expect(related!.related).toEqual([
      {
        company: expect.objectContaining({ id: lead.id, name: 'Восток Логистика', status: 'lead' }),
        reason: 'in holding "Группа Восток" with our clients Восток Цемент, Восток Бетон',
      },
    ]);
    expect((await call(h, 'GET', `/companies/${loner.id}/related`)).body).toEqual({
      companyId: loner.id,
      holding: null,
      related: [],
    });

    // A manager who cannot see the client is told it does not exist.
    const outsider = h.apiAs(await h.token('ch-outsider'));
    const hidden = await outsider.GET('/companies/{id}/related', { params: { path: { id: client.id } } });
    expect(hidden.response.status).toBe(404);

    const started = await call(h, 'POST', `/companies/${client.id}/related/${lead.id}/lead`, {
      regulationId: 'ch_deals',
      owner: 'ch-m1',
    });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({
      owner: 'ch-m1',
      stage: 'talk',
      companyId: lead.id,
      client: {
        name: 'Восток Логистика',
        region: 'khv',
        source: 'cross_sell',
        crossSellFrom: client.id,
        holding: 'Группа Восток',
        companyId: lead.id,
      },
    });
    const [count] = await h.sql`select count(*)::int as n from companies where normalized_name = 'восток логистика'`;
    expect(count!.n).toBe(1); // the deal is with the related company, not a new one
    const refused = await call(h, 'POST', `/companies/${client.id}/related/${alsoClient.id}/lead`, {
      regulationId: 'ch_deals',
    });
    expect(refused.status).toBe(409);
    expect(
      (await call(h, 'POST', `/companies/${client.id}/related/${loner.id}/lead`, { regulationId: 'ch_deals' })).status,
    ).toBe(404);
  });

  it('should flag a competitor in a client’s holding as a confidentiality risk', async () => {
    const holding = (await call(h, 'POST', '/holdings', { name: 'Холдинг Риск' })).body;
    const client = await company({ name: 'Риск Клиент', status: 'client', holdingId: holding.id });
    const rival = await company({ name: 'Конкурент Плюс', holdingId: holding.id });
    expect((await call(h, 'GET', `/companies/${client.id}/risks`)).body.risks).toEqual([]);
    await call(h, 'PATCH', `/companies/${rival.id}`, { competitor: true });
    expect((await call(h, 'GET', `/companies/${client.id}/risks`)).body).toEqual({
      companyId: client.id,
      risks: [
        {
          kind: 'confidentiality',
          competitor: { id: rival.id, name: 'Конкурент Плюс' },
          holding: { id: holding.id, name: 'Холдинг Риск' },
          message: 'confidentiality risk: Конкурент Плюс belongs to the same holding Холдинг Риск',
        },
      ],
    });
    // Nor is a competitor offered as a lead.
    expect((await call(h, 'GET', `/companies/${client.id}/related`)).body.related).toEqual([]);
  });

  it('should hand a departing manager’s companies to their colleagues, the companies and deals unchanged', async () => {
    const a = await company({ name: 'Север Один', manager: 'ch-leaver' });
    const b = await company({ name: 'Север Два', manager: 'ch-leaver', status: 'client' });
    const deal = (
      await call(h, 'POST', '/deals', { regulationId: 'ch_deals', owner: 'ch-leaver', client: { name: 'Север Один' } })
    ).body;
    expect(deal.companyId).toBe(a.id);
    const lone = await company({ name: 'Одинокая Компания', manager: 'ch-lone' });
    await call(h, 'POST', '/deals', {
      regulationId: 'ch_deals',
      owner: 'ch-lone',
      client: { name: 'Одинокая Компания' },
    });

    const job = (await call(h, 'POST', '/managers/ch-leaver/deactivate')).body;
    expect((await waitForJob(h, job.jobId)).status).toBe('done');
    const after = await Promise.all([a, b].map(async (c) => (await call(h, 'GET', `/companies/${c.id}`)).body));
    expect(after.map((c) => c.manager).sort()).toEqual(['ch-north-1', 'ch-north-2']); // least loaded, spread
    expect(after.map((c) => c.status)).toEqual(['lead', 'client']);
    const [row] = await h.sql`select company_id from deals where id = ${deal.id}`;
    expect(row!.companyId).toBe(a.id);

    const audit = (await call(h, 'GET', '/audit')).body.audit as Array<{
      action: string;
      subject: string;
      actor: string;
      data: Record<string, any>;
    }>;
    const handed = audit.filter((e) => e.action === 'company.handed_over' && e.data.from === 'ch-leaver');
    expect(handed.map((e) => e.subject).sort()).toEqual([`company:${a.id}`, `company:${b.id}`].sort());
    expect(handed[0]).toMatchObject({
      data: { strategy: 'least_loaded', jobId: job.jobId, reason: expect.stringMatching(/least loaded .* ch-north/) },
    });

    // Nobody else in the department: the regulation's default queue keeps the client base.
    const loneJob = (await call(h, 'POST', '/managers/ch-lone/deactivate')).body;
    await waitForJob(h, loneJob.jobId);
    expect((await call(h, 'GET', `/companies/${lone.id}`)).body).toMatchObject({
      manager: 'queue:ch_deals',
      status: 'lead',
    });
  });
});
