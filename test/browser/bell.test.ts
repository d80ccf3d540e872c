/**
 * The notification bell in a real browser: the unread count on the header's
 * button (Russian plurals), the list unread first, marking one and all read
 * (the count follows, the server agrees), a reminder arriving live over the
 * stream, a head's escalation; axe finds nothing serious; screenshots of the
 * open panel at desktop and phone width.
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
  streamOpen,
  watchStream,
} from '../support/browser.js';
import { call, createHarness, publish, putTeam, type Harness } from '../support/harness.js';

// A call due a second after the start: a reminder to its manager at once, an escalation to the head.
const REGULATION = `
id: bell_flow
title: Звонки
calendar: { timezone: UTC, workingDays: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' }
escalation:
  chain:
    - { to: head, after: PT1S }
stages:
  - key: talk
    title: Переговоры
    tasks:
      - { key: ring, title: Позвонить клиенту, due: PT1S, kind: call }
    on:
      WON: { to: won, enforce: false }
  - { key: won, title: Выиграна, final: won }
rules:
  reminders:
    - name: ring_now
      conditions: { all: [{ fact: task, path: key, operator: equal, value: ring }] }
      event: { type: remind, params: { offsets: [PT0S], to: assignee } }
`;

describe('the notification bell in a browser', () => {
  let h: Harness;
  let pages: Awaited<ReturnType<typeof servePages>>;
  let base: string;
  let browser: Browser;
  const as = async (id: string) => ({ authorization: `Bearer ${await h.token(id)}` });
  const unread = async (id: string) => (await call(h, 'GET', '/notifications/unread', undefined, await as(id))).body;
  const start = async (name: string) =>
    (await call(h, 'POST', '/deals', { regulationId: 'bell_flow', owner: 'bl-m1', client: { name } })).body
      .id as string;
  const bell = (page: Page) => page.getByRole('button', { name: /^Уведомления:/ });
  const open = async (page: Page, login: string) => {
    await watchStream(page);
    await signIn(page, base, login);
    await page.getByRole('heading', { name: 'Мои задачи' }).waitFor();
  };

  beforeAll(async () => {
    await ensureWebBuilt();
    h = await createHarness();
    await publish(h, REGULATION);
    await h.startWorker();
    await putTeam(h, 'bl', 'bl');
    await setPasswords(h, ['bl-m1', 'bl-head']);
    await start('Альфа');
    await start('Бета');
    // Both reminders are in before the page counts them.
    await vi.waitFor(async () => expect((await unread('bl-m1')).byKind.reminder).toBe(2), {
      timeout: 20_000,
      interval: 200,
    });
    pages = await servePages(h);
    base = pages.base;
    browser = pages.browser;
  });
  afterAll(async () => {
    await pages?.close();
    await h?.close();
  });

  it('should count unread reminders, list them, and mark one and then all read', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await open(page, 'bl-m1');
    await page.getByRole('button', { name: 'Уведомления: 2 непрочитанных' }).waitFor();
    await bell(page).click();
    expect(await bell(page).getAttribute('aria-expanded')).toBe('true');
    const panel = page.getByRole('region', { name: 'Уведомления' });
    const items = panel.getByRole('listitem');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.first().innerText()).toContain('Напоминание');
    expect(await items.first().innerText()).toContain('не прочитано');
    await screenshots(page, 'bell-open');
    expect(await accessibilityProblems(page)).toEqual([]);

    // One read: the count and its plural follow, and the read one goes after the unread one.
    await panel
      .getByRole('button', { name: /^Прочитано/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Уведомления: 1 непрочитанное' }).waitFor();
    expect(await items.last().innerText()).not.toContain('не прочитано');
    expect((await unread('bl-m1')).unread).toBe(1);

    await panel.getByRole('button', { name: 'Прочитать все' }).click();
    await page.getByRole('button', { name: 'Уведомления: 0 непрочитанных' }).waitFor();
    expect(await panel.getByRole('button', { name: /^Прочитано/ }).count()).toBe(0);
    expect(await panel.getByRole('button', { name: 'Прочитать все' }).isDisabled()).toBe(true);
    expect((await unread('bl-m1')).unread).toBe(0);

    // Escape closes the panel and gives the focus back to the bell.
    await page.keyboard.press('Escape');
    expect(await panel.count()).toBe(0);
    expect(await bell(page).evaluate((b) => b === document.activeElement)).toBe(true);
    await page.close();
  });

  it('should take a reminder arriving live, without a reload', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await open(page, 'bl-m1');
    await streamOpen(page);
    const before = (await unread('bl-m1')).unread as number;
    await bell(page)
      .and(page.getByRole('button', { name: new RegExp(`: ${before} `) }))
      .waitFor();
    await start('Гамма');
    await page.getByRole('button', { name: new RegExp(`^Уведомления: ${before + 1} `) }).waitFor({ timeout: 20_000 });
    await bell(page).click();
    await page.getByRole('region', { name: 'Уведомления' }).getByText('Позвонить клиенту').first().waitFor();
    await page.close();
  });

  it('should show a head the escalations of the department, and open the deal from one', async () => {
    await expect
      .poll(async () => (await unread('bl-head')).byKind.escalation ?? 0, { timeout: 20_000 })
      .toBeGreaterThan(0);
    const page = await browser.newPage({ viewport: DESKTOP });
    await open(page, 'bl-head');
    await bell(page).click();
    const panel = page.getByRole('region', { name: 'Уведомления' });
    await panel.getByText('Эскалация').first().waitFor();
    await panel.getByRole('link', { name: 'Открыть сделку' }).first().click();
    await page.waitForURL(/\/deal\//);
    expect(await panel.count()).toBe(0);
    await page.close();
  });
});
