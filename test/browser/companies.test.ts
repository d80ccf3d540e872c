/**
 * Companies in a real browser: the search by INN and by a contact's phone,
 * a company's card with its requisites, contacts as tel: links, all its
 * deals (open and closed) with their stages, and its messages and calls; a
 * manager finds no other manager's company (and the API answers 404); axe
 * finds nothing serious; screenshots at desktop and phone width.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  accessibilityProblems,
  DESKTOP,
  ensureWebBuilt,
  screenshots,
  servePages,
  setPasswords,
  signIn,
} from '../support/browser.js';
import { call, createHarness, publish, putTeam, type Harness } from '../support/harness.js';

const REGULATION = `
id: co_flow
title: Продажи
calendar: { timezone: UTC, workingDays: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' }
stages:
  - key: talk
    title: Переговоры
    tasks: [{ key: meet, title: Провести встречу, due: P2D, kind: meeting, required: false }]
    on:
      WON: { to: won, title: Договор подписан, enforce: false }
  - { key: won, title: Выиграна, final: won }
`;

const ALPHA = { name: 'Альфа Трейд', inn: '7707083893', phone: '+7 (912) 345-67-89', email: 'buyer@alpha.example' };

describe('companies in a browser', () => {
  let h: Harness;
  let pages: Awaited<ReturnType<typeof servePages>>;
  let base: string;
  let browser: Browser;
  let alphaCompany: string;
  let betaCompany: string;
  const as = async (id: string) => ({ authorization: `Bearer ${await h.token(id)}` });
  const start = async (owner: string, client: Record<string, unknown>) => {
    const res = await call(h, 'POST', '/deals', { regulationId: 'co_flow', owner, client });
    expect(res.status).toBe(201);
    return res.body as Record<string, any>;
  };
  const open = async (page: Page, login: string) => {
    await signIn(page, base, login);
    await page.getByRole('heading', { name: 'Мои задачи' }).waitFor();
    await page.getByRole('link', { name: 'Компании' }).click();
    await page.getByRole('heading', { name: 'Компании', level: 1 }).waitFor();
  };
  const find = async (page: Page, text: string) => {
    await page.getByRole('searchbox', { name: 'Поиск компании' }).fill(text);
    await page.getByRole('button', { name: 'Найти' }).click();
  };

  beforeAll(async () => {
    await ensureWebBuilt();
    h = await createHarness();
    await publish(h, REGULATION);
    await h.startWorker();
    await putTeam(h, 'co', 'co');
    await setPasswords(h, ['co-m1']);
    const open1 = await start('co-m1', ALPHA);
    const closed = await start('co-m1', ALPHA);
    alphaCompany = open1.companyId as string;
    expect(closed.companyId).toBe(alphaCompany);
    expect((await call(h, 'POST', `/deals/${closed.id}/events`, { type: 'WON' })).status).toBeLessThan(300);
    betaCompany = (await start('co-m2', { name: 'Бета Строй', inn: '7736207543', phone: '+7 495 111-22-33' }))
      .companyId as string;
    const sent = await call(
      h,
      'POST',
      `/deals/${open1.id}/messages`,
      { subject: 'Предложение', body: 'Цены' },
      await as('co-m1'),
    );
    expect(sent.status).toBe(201);
    const logged = await call(h, 'POST', '/events', {
      type: 'call.logged',
      eventId: `call-${open1.id}`,
      data: { dealId: open1.id, direction: 'out', durationSec: 95 },
    });
    expect(logged.status).toBe(202);
    // The won deal and both kinds of activity are in the read model before the page reads them.
    await vi.waitFor(
      async () => {
        const a = await call(h, 'GET', `/companies/${alphaCompany}/activity`, undefined, await as('co-m1'));
        expect(a.body.activity.map((x: { kind: string }) => x.kind).sort()).toEqual(['call', 'message']);
        const d = await call(h, 'GET', `/companies/${alphaCompany}/deals`, undefined, await as('co-m1'));
        expect(d.body.deals.map((x: { status: string }) => x.status).sort()).toEqual(['active', 'won']);
      },
      { timeout: 20_000, interval: 200 },
    );
    pages = await servePages(h);
    base = pages.base;
    browser = pages.browser;
  });
  afterAll(async () => {
    await pages?.close();
    await h?.close();
  });

  it('should find a company by INN and by phone and show its card with contacts, deals, messages and calls', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await open(page, 'co-m1');
    await find(page, '7707083893');
    const link = page.getByRole('link', { name: 'Альфа Трейд' });
    await link.waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('7707083893');
    await find(page, '9123456789');
    await expect.poll(() => page.getByRole('table').getByRole('link').allInnerTexts()).toEqual(['Альфа Трейд']);
    await screenshots(page, 'companies-search');
    expect(await accessibilityProblems(page)).toEqual([]);

    await link.click();
    await page.getByRole('heading', { name: /^Альфа Трейд/, level: 1 }).waitFor();
    const requisites = page.getByRole('region', { name: 'Реквизиты' });
    expect(await requisites.innerText()).toContain('7707083893');
    const contacts = page.getByRole('region', { name: 'Контакты' });
    const tel = contacts.locator('a[href^="tel:"]').first();
    await tel.waitFor();
    expect(await tel.getAttribute('href')).toBe('tel:+79123456789');
    const deals = page.getByRole('region', { name: 'Сделки' });
    await expect.poll(() => deals.getByRole('row').count()).toBe(3); // the header and two deals
    expect(await deals.innerText()).toContain('Переговоры');
    expect(await deals.innerText()).toContain('Выиграна');
    const activity = page.getByRole('region', { name: 'Письма и звонки' });
    await activity.getByText('Предложение').waitFor();
    await activity.getByText('Звонок', { exact: false }).first().waitFor();
    await screenshots(page, 'company-card');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  it('should not let a manager find or open another’s company', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await open(page, 'co-m1');
    await find(page, '7736207543');
    await page.getByText('Компаний не найдено').waitFor();
    expect((await call(h, 'GET', `/companies/${betaCompany}`, undefined, await as('co-m1'))).status).toBe(404);
    await page.goto(`${base}/company/${betaCompany}`);
    await page.getByText('Компания не найдена или недоступна вам').waitFor();
    expect(await page.getByText('Бета Строй').count()).toBe(0);
    await page.close();
  });
});
