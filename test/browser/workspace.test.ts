/**
 * The web workspace in a real browser (Debian's Chromium driven by
 * playwright-core; nothing downloads a browser) against the real app served
 * on a free port over the suite's Temporal and PostgreSQL. Pages are driven
 * by roles and labels, as a person uses them.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { call, createHarness, publish, putTeam, type Harness } from '../support/harness.js';

const REGULATION = `
id: web_flow
title: Web flow
calendar: { timezone: UTC, workingDays: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' }
fields:
  decision_maker: { title: Decision maker, type: string }
stages:
  - key: call
    title: Call
    tasks: [{ key: ring, title: Ring the client, due: PT4H, kind: call, outcomes: [reached, no_answer] }]
    advance: meet
  - key: meet
    title: Meeting
    tasks: [{ key: meet, title: Hold the meeting, due: P1D, kind: meeting }]
    requiredFields: [decision_maker]
    on:
      WON: won
  - { key: won, title: Won, final: won }
`;

const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts', 'screenshots');
const PASSWORD = 'correct horse battery';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PHONE = { width: 360, height: 780 };
const DESKTOP = { width: 1280, height: 900 };

async function screenshots(page: Page, name: string) {
  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}-${size}.png`), fullPage: true });
  }
  await page.setViewportSize(DESKTOP);
}

/** axe-core's serious and critical violations on the page as it is now. */
async function accessibilityProblems(page: Page): Promise<string[]> {
  // Evaluated, not added as a script tag: the page's CSP (rightly) refuses inline scripts.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> };
      }
    ).axe;
    return (await axe.run()).violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes})`);
}

describe('the web workspace in a browser', () => {
  let h: Harness;
  let server: ServerType;
  let base: string;
  let browser: Browser;
  let dealId: string;

  const signIn = async (page: Page, login: string) => {
    page.on('pageerror', (e) => console.log(`[browser] page error: ${e.message}`));
    await page.goto(`${base}/signin`);
    await page.getByLabel(/Логин|Login/).fill(login);
    await page.getByLabel(/Пароль|Password/).fill(PASSWORD);
    await page.getByRole('button', { name: /Войти|Sign in/ }).click();
  };

  /** Each person's language is stored: make sure this one reads English. */
  const english = async (page: Page) => {
    await page.getByRole('heading', { name: /Мои задачи|My tasks/ }).waitFor();
    await page.getByLabel(/Язык|Language/).selectOption('en');
    await page.getByRole('heading', { name: 'My tasks' }).waitFor();
  };

  const startDeal = async (name: string) =>
    (await call(h, 'POST', '/deals', { regulationId: 'web_flow', owner: 'wb-m1', client: { name } })).body.id as string;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    if (!existsSync(path.join(PROJECT_ROOT, 'web/dist/index.html'))) {
      const { build } = await import('vite');
      await build({ configFile: path.join(PROJECT_ROOT, 'web/vite.config.ts') });
    }
    h = await createHarness();
    await publish(h, REGULATION);
    await h.startWorker();
    await putTeam(h, 'wb', 'wb');
    // Passwords through the invitation links, as people set them.
    for (const id of ['wb-m1', 'wb-head']) {
      const invitation = await call(h, 'POST', `/managers/${id}/invitation`);
      expect(invitation.status).toBe(201);
      const accepted = await call(
        h,
        'POST',
        '/auth/accept',
        { token: invitation.body.token, password: PASSWORD },
        {
          authorization: 'none',
        },
      );
      expect(accepted.body).toEqual({ userId: id });
    }
    dealId = await startDeal('Acme');
    server = serve({ fetch: h.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
    await h?.close();
  });

  it('should sign in, show the inbox in Russian, and switch to English for good', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(`${base}/signin`);
    await expect.poll(() => page.getByRole('heading', { name: 'Вход' }).isVisible()).toBe(true);
    await screenshots(page, 'sign-in');
    expect(await accessibilityProblems(page)).toEqual([]);
    const started = Date.now();
    await signIn(page, 'wb-m1');
    await page.getByRole('heading', { name: 'Мои задачи' }).waitFor();
    await page.getByRole('link', { name: 'Ring the client' }).waitFor();
    console.log(`[browser] sign-in to a rendered inbox: ${Date.now() - started} ms`);
    const first = Date.now();
    await page.goto(`${base}/inbox`);
    await page.getByRole('link', { name: 'Ring the client' }).waitFor();
    console.log(
      `[browser] time to first render of the inbox (navigation to its tasks shown): ${Date.now() - first} ms`,
    );
    await expect.poll(() => page.getByText('Открыто: 1, просрочено: 0').isVisible()).toBe(true);
    await screenshots(page, 'inbox-ru');
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.getByLabel('Язык').selectOption('en');
    await page.getByRole('heading', { name: 'My tasks' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'My tasks' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await screenshots(page, 'inbox-en');
    // Filters: today shows nothing due today only if nothing is; by kind keeps the call.
    await page.getByLabel('Kind').selectOption('call');
    await page.getByRole('link', { name: 'Ring the client' }).waitFor();
    await page.close();
  });

  it('should complete a task and show the next stage’s task without reloading; a refused move shows why and changes nothing', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, 'wb-m1');
    await english(page);
    await page.getByRole('link', { name: 'Ring the client' }).click();
    await page.getByRole('heading', { name: 'Deal: Acme' }).waitFor();
    await screenshots(page, 'deal-call');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByLabel('Outcome of “Ring the client”').selectOption('reached');
    await page.getByRole('button', { name: 'Complete “Ring the client”' }).click();
    await page.getByRole('button', { name: 'Complete “Hold the meeting”' }).waitFor();
    expect(await page.locator('[aria-current="step"]').innerText()).toContain('Meeting');
    expect(await page.getByLabel(/Decision maker/).getAttribute('required')).not.toBeNull();

    await page.getByRole('button', { name: 'WON' }).click();
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/refused/);
    expect(await refusal.innerText()).toMatch(/decision_maker|Hold the meeting|meet/);
    await screenshots(page, 'deal-refused');
    const card = (await call(h, 'GET', `/deals/${dealId}`)).body;
    expect(card).toMatchObject({ stage: 'meet', status: 'active' });
    await page.close();
  });

  it('should show a new task arriving live, with a notification', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, 'wb-m1');
    await english(page);
    await page.waitForTimeout(1_000); // the stream is open
    await startDeal('Live Ltd');
    const status = page.getByRole('status').getByText('New task: Ring the client');
    await status.waitFor({ timeout: 15_000 });
    await expect.poll(() => page.getByRole('link', { name: 'Ring the client' }).count()).toBe(1);
    await screenshots(page, 'inbox-live');
    await page.close();
  });

  it('should let a head see the team’s load and reassign a deal', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, 'wb-head');
    await page.getByRole('link', { name: /Доска руководителя|Head's board/ }).click();
    await page.getByRole('heading', { name: 'Нагрузка команды' }).waitFor();
    await page.getByRole('rowheader', { name: 'wb-m1' }).waitFor();
    await screenshots(page, 'board');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: `Передать сделку ${dealId}` }).click();
    await page.getByText(new RegExp(`Сделка ${dealId} передана`)).waitFor();
    const events = (await call(h, 'GET', `/deals/${dealId}/events`)).body.events as Array<{ type: string }>;
    expect(events.some((e) => /assign/.test(e.type))).toBe(true);
    await page.close();
  });

  it('should refuse a change by cookie without the CSRF header, and end the session when the person is deactivated', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, 'wb-head');
    await page
      .getByRole('heading', { name: 'Нагрузка команды' })
      .or(page.getByRole('heading', { name: 'Мои задачи' }))
      .waitFor();
    const noCsrf = await page.evaluate(
      async () =>
        (
          await fetch('/me/preferences', {
            method: 'PUT',
            headers: { 'content-type': 'application/json' },
            body: '{"locale":"en"}',
          })
        ).status,
    );
    expect(noCsrf).toBe(403);
    expect(await page.evaluate(async () => (await fetch('/me')).status)).toBe(200);
    await call(h, 'POST', '/managers/wb-head/deactivate');
    expect(await page.evaluate(async () => (await fetch('/me')).status)).toBe(401);
    await page.close();
  });
});
