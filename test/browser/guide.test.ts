/**
 * The guides in a real browser (Debian's Chromium): a reader goes from the
 * map to their guide by its link, follows a link between guides, the
 * workspace's help lands on the section about the page in the person's
 * language, the pictures load, and the pages pass axe at desktop and phone
 * width. The guides need no database or Temporal: the app is built on
 * dependencies that are never called.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import { enumerationDeps } from '../../api/document.js';
import { accessibilityProblems, PHONE, screenshots } from '../support/browser.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let server: ReturnType<typeof serve>;
let base: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = serve({ fetch: createApp(enumerationDeps()).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

/** Every picture on the page has loaded and has a size. */
const picturesLoaded = () =>
  page.evaluate(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));

describe('the guides in a browser', () => {
  it('should lead a director from the map to their guide, with its pictures, and on to the managers’ guide', async () => {
    await page.goto(`${base}/guide`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Reglament guides');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshots(page, 'guide-map');

    await page.getByRole('link', { name: "director's guide" }).click();
    await page.getByRole('heading', { level: 1, name: /Director's guide/ }).waitFor();
    expect(page.url()).toBe(`${base}/guide/director.en`);
    await expect.poll(picturesLoaded).toBe(true);
    expect(await page.getByRole('img', { name: /The studio/ }).count()).toBe(1);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshots(page, 'guide-director');

    await page.getByRole('link', { name: "manager's and head's guide" }).click();
    await page.getByRole('heading', { level: 1, name: /Manager's and head's guide/ }).waitFor();
    expect(page.url()).toBe(`${base}/guide/manager.en`);
  });

  it('should open the workspace’s help at the section about the page, in Russian on a phone', async () => {
    await page.setViewportSize(PHONE);
    await page.goto(`${base}/guide/help?page=/deal/42&lang=ru`);
    const section = page.getByRole('heading', { level: 2, name: 'Карточка сделки' });
    await section.waitFor();
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#карточка-сделки');
    // The section is where the page opened: its heading is in view.
    expect(await section.evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(PHONE.height);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await expect.poll(picturesLoaded).toBe(true);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshots(page, 'guide-manager-ru');
  });

  it('should show the generated regulation reference with an example under each key', async () => {
    await page.goto(`${base}/guide/regulation-reference`);
    const key = page.getByRole('heading', { level: 2, name: 'stages[].tasks[].due', exact: true });
    await key.waitFor();
    expect(await page.locator('h2 + p').count()).toBeGreaterThan(40);
    expect(await accessibilityProblems(page)).toEqual([]);
  });
});
