/**
 * The deals list in a real browser: search by INN and by phone, the filter
 * kept in the URL (a reload or a sent link shows the same list), stage titles
 * from the regulation, 'more' by the API's keyset cursor, a manager never
 * sees another's deal (and the API answers 404), a head's CSV export; axe
 * finds nothing serious; screenshots at desktop and phone width.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
id: dl_flow
title: Продажи
calendar: { timezone: UTC, workingDays: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' }
fields:
  contract_no: { title: Номер договора, type: string }
stages:
  - key: talk
    title: Переговоры
    tasks: [{ key: meet, title: Провести встречу, due: P2D, kind: meeting, required: false }]
    on:
      WON: { to: won, title: Договор подписан, enforce: false }
  - { key: won, title: Выиграна, final: won }
`;

describe('the deals list in a browser', () => {
  let h: Harness;
  let pages: Awaited<ReturnType<typeof servePages>>;
  let base: string;
  let browser: Browser;
  const ids: Record<string, string> = {};
  const as = async (id: string) => ({ authorization: `Bearer ${await h.token(id)}` });
  const rows = (page: Page) => page.getByRole('region', { name: 'Сделки' }).getByRole('row');
  const clients = async (page: Page) =>
    (await rows(page).getByRole('link').allInnerTexts()).sort((a, b) => a.localeCompare(b));
  const open = async (page: Page, login: string, query = '') => {
    await signIn(page, base, login);
    await page.getByRole('heading', { name: 'Мои задачи' }).waitFor();
    await page.goto(`${base}/deal-list${query}`);
    await page.getByRole('heading', { name: 'Сделки', level: 1 }).waitFor();
  };
  const search = async (page: Page, text: string) => {
    await page.getByRole('searchbox', { name: 'Поиск' }).fill(text);
    await page.getByRole('button', { name: 'Найти' }).click();
  };

  beforeAll(async () => {
    await ensureWebBuilt();
    h = await createHarness();
    await publish(h, REGULATION);
    await h.startWorker();
    await putTeam(h, 'dl', 'dl');
    await setPasswords(h, ['dl-m1', 'dl-head']);
    for (const [name, owner, client] of [
      ['Альфа Трейд', 'dl-m1', { inn: '7707083893', phone: '+7 (912) 345-67-89' }],
      ['Гамма', 'dl-m1', {}],
      ['Дельта', 'dl-m1', {}],
      ['Бета Строй', 'dl-m2', { inn: '7736207543', phone: '+7 495 111-22-33' }],
    ] as const) {
      const res = await call(h, 'POST', '/deals', { regulationId: 'dl_flow', owner, client: { name, ...client } });
      expect(res.status).toBe(201);
      ids[name] = res.body.id as string;
    }
    expect((await call(h, 'POST', `/deals/${ids['Дельта']}/events`, { type: 'WON' })).status).toBeLessThan(300);
    pages = await servePages(h);
    base = pages.base;
    browser = pages.browser;
  });
  afterAll(async () => {
    await pages?.close();
    await h?.close();
  });

  it('should find a manager’s deal by INN and by phone, keep the filter in the URL, and never show another’s', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await open(page, 'dl-m1');
    await expect.poll(() => clients(page)).toEqual(['Альфа Трейд', 'Гамма', 'Дельта']);
    expect(await page.getByText('Показаны 3 сделки').count()).toBe(1);
    // Stage titles from the regulation, not the keys.
    expect(await rows(page).filter({ hasText: 'Гамма' }).innerText()).toContain('Переговоры');
    expect(await rows(page).filter({ hasText: 'Дельта' }).innerText()).toContain('Выиграна');
    // A manager gets no CSV export.
    expect(await page.getByRole('link', { name: 'Скачать CSV' }).count()).toBe(0);
    await screenshots(page, 'deals-list');
    expect(await accessibilityProblems(page)).toEqual([]);

    await search(page, '7707083893');
    await expect.poll(() => clients(page)).toEqual(['Альфа Трейд']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('7707083893');
    expect(await page.getByText('Показана 1 сделка').count()).toBe(1);

    await search(page, '9123456789');
    await expect.poll(() => clients(page)).toEqual(['Альфа Трейд']);

    // Another's deal: by INN, by name, nothing; by its id, the API says it does not exist.
    await search(page, '7736207543');
    await page.getByText('Сделок не найдено').waitFor();
    await search(page, 'Бета');
    await page.getByText('Сделок не найдено').waitFor();
    expect((await call(h, 'GET', `/deals/${ids['Бета Строй']}`, undefined, await as('dl-m1'))).status).toBe(404);

    // A filter by hand in the URL: the page opens with it, the box and selects show it.
    await page.goto(`${base}/deal-list?status=won`);
    await expect.poll(() => clients(page)).toEqual(['Дельта']);
    expect(await page.getByLabel('Статус').inputValue()).toBe('won');
    // A number typed into the URL stays text: the same search as from the box.
    await page.goto(`${base}/deal-list?q=7707083893`);
    await expect.poll(() => clients(page)).toEqual(['Альфа Трейд']);
    expect(await page.getByRole('searchbox', { name: 'Поиск' }).inputValue()).toBe('7707083893');
    await page.close();
  });

  it('should show more deals by the API’s cursor, in the order asked', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    // Pages of two, so three deals take two pages: the cursor is the server's, the page's own.
    await page.route('**/deals?*', (r) => {
      const url = new URL(r.request().url());
      url.searchParams.set('limit', '2');
      return r.continue({ url: url.href });
    });
    await open(page, 'dl-m1', '?sort=client');
    await expect.poll(() => clients(page)).toEqual(['Альфа Трейд', 'Гамма']);
    const firstTwo = await rows(page).getByRole('link').allInnerTexts();
    expect(firstTwo).toEqual(['Альфа Трейд', 'Гамма']);
    await page.getByRole('button', { name: 'Показать ещё' }).click();
    await page.getByText('Это все найденные сделки').waitFor();
    expect(await rows(page).getByRole('link').allInnerTexts()).toEqual(['Альфа Трейд', 'Гамма', 'Дельта']);
    expect(await page.getByLabel('Порядок').inputValue()).toBe('client');
    await page.close();
  });

  it('should show a head the department’s deals, filter by owner, and export them as CSV', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await open(page, 'dl-head');
    await expect.poll(() => clients(page)).toEqual(['Альфа Трейд', 'Бета Строй', 'Гамма', 'Дельта']);
    await page.getByLabel('Ответственный').selectOption('dl-m2');
    await expect.poll(() => clients(page)).toEqual(['Бета Строй']);
    expect(new URL(page.url()).searchParams.get('owner')).toBe('dl-m2');
    const csv = page.getByRole('link', { name: 'Скачать CSV' });
    const href = await csv.getAttribute('href');
    expect(href).toBe('/deals/export?owner=dl-m2');
    const res = await page.request.get(`${base}${href}`);
    expect(res.status()).toBe(200);
    const text = await res.text();
    expect(text).toContain('Бета Строй');
    expect(text).not.toContain('Альфа Трейд');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });
});
