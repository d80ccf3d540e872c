/**
 * The calendar in a real browser: a meeting at the right local time for a
 * person in Asia/Vladivostok (UTC+10, no DST: the expected wall time is the
 * instant plus ten hours, computed here without the page's code), an overdue
 * call marked, the click through to the deal, day counts in Russian plurals;
 * the subscription's address shown once, its feed read back with an
 * independent parser (ical.js) at the right instants, and revoked; axe finds
 * nothing serious; screenshots at desktop and phone width.
 */
import ICAL from 'ical.js';
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
id: cal_flow
title: Встречи
calendar: { timezone: UTC, workingDays: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' }
stages:
  - key: talk
    title: Переговоры
    tasks:
      - { key: meet, title: Встреча с клиентом, due: PT3H, kind: meeting, required: false }
      - { key: ring, title: Звонок клиенту, due: PT1S, kind: call, required: false }
    on:
      WON: { to: won, enforce: false }
  - { key: won, title: Выиграна, final: won }
`;

/** The wall time and day in Vladivostok (UTC+10 all year) of an instant. */
const vladivostok = (iso: string) => {
  const local = new Date(Date.parse(iso) + 10 * 3600_000).toISOString();
  return { day: local.slice(0, 10), time: local.slice(11, 16) };
};

describe('the calendar in a browser', () => {
  let h: Harness;
  let pages: Awaited<ReturnType<typeof servePages>>;
  let base: string;
  let browser: Browser;
  let dealId: string;
  let tasks: Array<{ id: string; key: string; dueAt: string }>;
  const open = async (page: Page, query: string) => {
    await signIn(page, base, 'cal-m1');
    await page.getByRole('heading', { name: 'Мои задачи' }).waitFor();
    await page.goto(`${base}/schedule${query}`);
    await page.getByRole('heading', { name: 'Календарь', level: 1 }).waitFor();
  };

  beforeAll(async () => {
    await ensureWebBuilt();
    h = await createHarness();
    await publish(h, REGULATION);
    await h.startWorker();
    await putTeam(h, 'cal', 'cal');
    await call(h, 'PUT', '/managers/cal-m1', {
      name: 'cal-m1',
      role: 'manager',
      department: 'cal',
      timezone: 'Asia/Vladivostok',
    });
    await setPasswords(h, ['cal-m1']);
    const deal = await call(h, 'POST', '/deals', {
      regulationId: 'cal_flow',
      owner: 'cal-m1',
      client: { name: 'Альфа' },
    });
    expect(deal.status).toBe(201);
    dealId = deal.body.id as string;
    tasks = await vi.waitFor(
      async () => {
        const res = await call(h, 'GET', `/deals/${dealId}`);
        expect(res.body.tasks).toHaveLength(2);
        return res.body.tasks as typeof tasks;
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

  it('should show a meeting at its local time in Vladivostok, mark the overdue call, and open the deal', async () => {
    const meet = tasks.find((t) => t.key === 'meet')!;
    const ring = tasks.find((t) => t.key === 'ring')!;
    const at = vladivostok(meet.dueAt);
    const page = await browser.newPage({ viewport: DESKTOP });
    await open(page, `?view=day&day=${at.day}`);
    await page.getByText('Часовой пояс: Asia/Vladivostok').waitFor();
    const meeting = page.getByRole('listitem').filter({ hasText: 'Встреча с клиентом' });
    await meeting.waitFor();
    expect(await meeting.locator('time').innerText()).toBe(at.time);
    expect(await meeting.locator('time').getAttribute('datetime')).toBe(meet.dueAt);
    if (vladivostok(ring.dueAt).day === at.day) {
      const overdue = page.getByRole('listitem').filter({ hasText: 'Звонок клиенту' });
      await overdue.getByText('просрочена').waitFor();
      await page.getByRole('heading', { name: /2 дела$/ }).waitFor();
    }
    await screenshots(page, 'calendar-day');
    expect(await accessibilityProblems(page)).toEqual([]);

    // The week: the same meeting in its day's card, empty days counted in plural.
    await page.getByRole('button', { name: 'Неделя' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('region')
          .filter({ has: page.getByRole('heading', { level: 2 }) })
          .count(),
      )
      .toBeGreaterThanOrEqual(7);
    await page
      .getByRole('heading', { name: /0 дел$/ })
      .first()
      .waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('week');
    await screenshots(page, 'calendar-week');
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.getByRole('link', { name: 'Встреча с клиентом' }).click();
    await page.waitForURL(new RegExp(`/deal/${dealId}$`));
    await page.close();
  });

  it('should make the feed’s address once, serve it at the right instants, and revoke it', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await open(page, '');
    await page.getByText('Подписки нет.').waitFor();
    await page.getByRole('button', { name: 'Подписаться' }).click();
    const address = page.getByLabel('Ссылка для подписки');
    await address.waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(/^http/);
    await page.getByRole('button', { name: 'Отозвать подписку' }).waitFor();
    await screenshots(page, 'calendar-feed');

    const feed = await page.request.get(`${base}${new URL(url).pathname}`);
    expect(feed.status()).toBe(200);
    const events = new ICAL.Component(ICAL.parse(await feed.text()))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    for (const task of tasks) {
      const event = events.find((e) => e.uid === `${task.id}@reglament`);
      expect(event, task.key).toBeDefined();
      expect(event!.startDate.toJSDate().getTime()).toBe(Math.floor(Date.parse(task.dueAt) / 1000) * 1000);
    }

    // Shown once: a reload says it is on, without the address.
    await page.reload();
    await page.getByText(/^Подписка включена с/).waitFor();
    expect(await page.getByLabel('Ссылка для подписки').count()).toBe(0);

    await page.getByRole('button', { name: 'Отозвать подписку' }).click();
    await page.getByText('Подписки нет.').waitFor();
    expect((await page.request.get(`${base}${new URL(url).pathname}`)).status()).toBe(404);
    await page.close();
  });
});
