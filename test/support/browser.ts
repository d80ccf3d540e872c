/**
 * What the browser tests share: Debian's Chromium (playwright-core; nothing
 * downloads a browser), the app served on a free port, passwords set through
 * invitation links, screenshots at desktop and phone width, and axe-core.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { serve } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { call, type Harness } from './harness.js';

export const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts', 'screenshots');
export const PASSWORD = 'correct horse battery';
export const PHONE = { width: 360, height: 780 };
export const DESKTOP = { width: 1280, height: 900 };
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Builds the web app when `web/dist` is missing (install builds it), and makes the screenshots' folder. */
export async function ensureWebBuilt(): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  if (!existsSync(path.join(PROJECT_ROOT, 'web/dist/index.html'))) {
    const { build } = await import('vite');
    await build({ configFile: path.join(PROJECT_ROOT, 'web/vite.config.ts') });
  }
}

/** The harness's app on a free port, and Chromium. */
export async function servePages(h: Harness): Promise<{ base: string; browser: Browser; close(): Promise<void> }> {
  const server = serve({ fetch: h.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  return {
    base,
    browser,
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** Sets each person's password through an invitation link, as people do. */
export async function setPasswords(h: Harness, ids: string[], password = PASSWORD): Promise<void> {
  for (const id of ids) {
    const invitation = await call(h, 'POST', `/managers/${id}/invitation`);
    expect(invitation.status).toBe(201);
    const accepted = await call(
      h,
      'POST',
      '/auth/accept',
      { token: invitation.body.token, password },
      { authorization: 'none' },
    );
    expect(accepted.body).toEqual({ userId: id });
  }
}

/** Signs in on the sign-in page (either language). */
export async function signIn(page: Page, base: string, login: string, password = PASSWORD): Promise<void> {
  page.on('pageerror', (e) => console.log(`[browser] page error: ${e.message}`));
  await page.goto(`${base}/signin`);
  await page.getByLabel(/Логин|Login/).fill(login);
  await page.getByLabel(/Пароль|Password/).fill(password);
  await page.getByRole('button', { name: /Войти|Sign in/ }).click();
}

/**
 * Makes the page's live notifications observable (call before the page
 * loads): every EventSource the page opens records the stream's own first
 * event, `ready`, which the server sends once it follows from that instant.
 * `streamOpen(page)` then waits for it, instead of for time.
 */
export async function watchStream(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { streamReady?: boolean };
    const Native = window.EventSource;
    window.EventSource = class extends Native {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        w.streamReady = false; // the newest stream counts
        this.addEventListener('ready', () => {
          w.streamReady = true;
        });
      }
    };
  });
}

/** Waits for the `ready` event of the stream the page opened last (see `watchStream`). */
export async function streamOpen(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { streamReady?: boolean }).streamReady === true);
}

/** Full-page screenshots at desktop and phone width, kept under test-artifacts/screenshots. */
export async function screenshots(page: Page, name: string): Promise<void> {
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
export async function accessibilityProblems(page: Page): Promise<string[]> {
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
