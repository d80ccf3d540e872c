/**
 * The director's dashboards and admin pages in a real browser, on the
 * analytics test seed: the charts' tables show the numbers the analytics API
 * answers, filters live in the URL (a reload keeps them), a compliance
 * number drills down to its tasks and deals; admin invites a person and
 * creates and revokes an API key.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSeed, insertSeed, type Seed } from '../support/analytics-seed.js';
import {
  accessibilityProblems,
  DESKTOP,
  ensureWebBuilt,
  screenshots,
  servePages,
  setPasswords,
  signIn,
} from '../support/browser.js';
import { call, createHarness, type Harness } from '../support/harness.js';

const P = `sd${Date.now().toString(36)}`;
const DIRECTOR = `${P}-dir`;

/** The text of each body row's cells (header cell first) of the table in a named region. */
const rowsOf = (region: Locator) =>
  region.evaluate((el) =>
    [...el.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())),
  );

const int = (s: string) => Number(s.replace(/[^0-9-]/g, ''));

describe('the studio dashboards and admin in a browser', () => {
  let h: Harness;
  let pages: Awaited<ReturnType<typeof servePages>>;
  let base: string;
  let browser: Browser;
  let seed: Seed;

  const director = async (): Promise<Page> => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, base, DIRECTOR);
    await page.getByRole('navigation', { name: /Main navigation|Основная навигация/ }).waitFor();
    return page;
  };

  beforeAll(async () => {
    await ensureWebBuilt();
    h = await createHarness();
    seed = generateSeed(P, 80, 11);
    await insertSeed(h.sql, seed);
    // The seed's regulation is the analytics' minimum; the deal page reads a normalised one (tasks, templates).
    for (const { version, body } of await h.sql<Array<{ version: number; body: any }>>`
      select version, body from regulations where id = ${seed.regulationId}`) {
      const normal = { ...body, templates: [], stages: body.stages.map((s: object) => ({ tasks: [], ...s })) };
      await h.sql`update regulations set body = ${h.sql.json(normal)} where id = ${seed.regulationId} and version = ${version}`;
    }
    await call(h, 'PUT', `/managers/${DIRECTOR}`, {
      name: `Director ${P}`,
      role: 'director',
      department: seed.departments[0],
      timezone: 'UTC',
    });
    await setPasswords(h, [DIRECTOR]);
    const prefs = await call(
      h,
      'PUT',
      '/me/preferences',
      { locale: 'en' },
      {
        authorization: `Bearer ${await h.token(DIRECTOR)}`,
      },
    );
    expect(prefs.status).toBe(200);
    pages = await servePages(h);
    base = pages.base;
    browser = pages.browser;
  });

  afterAll(async () => {
    await pages?.close();
    await h?.close();
  });

  it('should show in the funnel the numbers the API answers, side by side for two versions, with filters in the URL', async () => {
    const page = await director();
    const reg = seed.regulationId;
    await page.goto(`${base}/studio/dashboards/funnel?regulationId=${reg}`);
    const table = page.getByRole('region', { name: 'All deals' });
    await table.locator('tbody tr').first().waitFor();
    const api = await call(h, 'GET', `/analytics/stages?regulationId=${reg}`);
    expect(api.status).toBe(200);
    const expected = [...api.body.series[0].stages]
      .sort((a: { order: number }, b: { order: number }) => a.order - b.order)
      .map((s: Record<string, number>) => [s.stage, s.entered, s.advanced, s.lost, s.won]);
    expect(expected.length).toBeGreaterThan(2);
    expect((expected[0] as number[])[1]).toBe(80); // every seeded deal entered the first stage
    const shown = (await rowsOf(table)).map((r) => [r[0], int(r[1]!), int(r[2]!), int(r[4]!), int(r[6]!)]);
    expect(shown).toEqual(expected);
    // The chart has a name, and its numbers in words for those who cannot see it.
    const chart = page.getByRole('img', { name: 'Chart: Funnel' });
    await chart.waitFor();
    const summary = await page.locator('figure.chart figcaption').first().textContent();
    for (const [stage, entered] of expected) expect(summary).toContain(`${stage} ${entered}`);
    expect(await page.locator('figure.chart svg').count()).toBeGreaterThan(0);
    // The CSV link is a plain link the session cookie opens.
    const csv = await page.getByRole('link', { name: /Download CSV: Table: Funnel/ }).getAttribute('href');
    expect(csv).toBe(`/analytics/stages?regulationId=${reg}&format=csv`);
    const text = await page.evaluate(async (href) => (await fetch(href!)).text(), csv);
    expect(text.split('\n')[0]).toContain('entered');
    await screenshots(page, 'studio-dashboards-funnel');
    expect(await accessibilityProblems(page)).toEqual([]);

    // Two versions side by side.
    await page.getByLabel('Version A').selectOption('1');
    await page.getByLabel('Version B').selectOption('2');
    await page.getByRole('region', { name: 'Version 2' }).locator('tbody tr').first().waitFor();
    expect(new URL(page.url()).searchParams.get('versions')).toBe('1,2');
    const compared = await call(h, 'GET', `/analytics/stages?regulationId=${reg}&compare=version&versions=1,2`);
    for (const s of compared.body.series) {
      const rows = await rowsOf(page.getByRole('region', { name: `Version ${s.key}` }));
      const byStage = new Map(rows.map((r) => [r[0], int(r[1]!)]));
      for (const st of s.stages) expect(byStage.get(st.stage)).toBe(st.entered);
    }
    await screenshots(page, 'studio-dashboards-funnel-versions');

    // Filters through the form land in the URL; a reload keeps them and the numbers follow them.
    const m1 = seed.managers[0]!.id;
    await page.getByLabel('From').fill('2025-02-01');
    await page.getByLabel('Manager', { exact: true }).selectOption(m1);
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('manager')).toBe(m1);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/studio/dashboards/funnel');
    expect(url.searchParams.get('from')).toBe('2025-02-01');
    expect(url.searchParams.get('regulationId')).toBe(reg);
    await page.reload();
    await expect.poll(() => page.getByLabel('Manager', { exact: true }).inputValue()).toBe(m1);
    expect(await page.getByLabel('From').inputValue()).toBe('2025-02-01');
    const filtered = await call(
      h,
      'GET',
      `/analytics/stages?regulationId=${reg}&from=2025-02-01&manager=${m1}&compare=version&versions=1,2`,
    );
    for (const s of filtered.body.series) {
      const region = page.getByRole('region', { name: `Version ${s.key}` });
      await region.locator('tbody tr').first().waitFor();
      const byStage = new Map((await rowsOf(region)).map((r) => [r[0], int(r[1]!)]));
      for (const st of s.stages) expect(byStage.get(st.stage)).toBe(st.entered);
    }
    // The other views keep the filters.
    await page.getByRole('link', { name: 'Time in stage' }).click();
    await page.getByRole('region', { name: 'Table: Time in stage' }).waitFor();
    expect(new URL(page.url()).searchParams.get('manager')).toBe(m1);
    // In Russian too.
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('heading', { name: 'Аналитика' }).waitFor();
    await page.getByRole('region', { name: 'Таблица: Время на этапе' }).waitFor();
    await screenshots(page, 'studio-dashboards-time-ru');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByLabel('Язык').selectOption('en');
    await page.getByRole('heading', { name: 'Analytics' }).waitFor();
    await page.close();
  });

  it('should show the compliance table the API answers and drill down from a number to its tasks and deals', async () => {
    const page = await director();
    const reg = seed.regulationId;
    await page.goto(`${base}/studio/dashboards/compliance?regulationId=${reg}`);
    const table = page.getByRole('region', { name: 'Table: Compliance' });
    await table.locator('tbody tr').first().waitFor();
    const api = await call(h, 'GET', `/analytics/compliance?regulationId=${reg}&groupBy=manager`);
    expect(api.status).toBe(200);
    const names = new Map(seed.managers.map((m) => [m.id, m.id]));
    const cols = ['demanded', 'done', 'doneOnTime', 'doneLate', 'cancelled', 'open', 'overdue'];
    const expected = api.body.rows
      .map((r: Record<string, number | string>) => [
        names.get(r.key as string) ?? r.key,
        r.kind,
        ...cols.map((c) => r[c]),
      ])
      .sort((a: string[], b: string[]) => `${a[0]}|${a[1]}`.localeCompare(`${b[0]}|${b[1]}`));
    const shown = (await rowsOf(table))
      .map((r) => [r[0], r[1], ...r.slice(2).map(int)])
      .sort((a, b) => `${a[0]}|${a[1]}`.localeCompare(`${b[0]}|${b[1]}`));
    expect(shown).toEqual(expected);
    expect(await page.getByRole('img', { name: 'Chart: Compliance' }).count()).toBe(1);

    // Drill down: m1's demanded calls are the tasks of m1's deals of kind call.
    const m1 = seed.managers[0]!.id;
    const row = api.body.rows.find((r: { key: string; kind: string }) => r.key === m1 && r.kind === 'call');
    const calls = seed.deals.flatMap((d) => d.tasks).filter((t) => t.assignee === m1 && t.kind === 'call');
    expect(row.demanded).toBe(calls.length);
    await page.getByRole('button', { name: `${row.demanded}: Demanded — ${m1}, call` }).click();
    const drill = page.getByRole('region', { name: `Tasks: Demanded — ${m1}, call` });
    await drill.locator('tbody tr').first().waitFor();
    const deals = new Set(calls.map((t) => t.dealId));
    await expect.poll(() => page.getByText(`Tasks: ${calls.length}, deals: ${deals.size}`).isVisible()).toBe(true);
    expect(await drill.locator('tbody tr').count()).toBe(calls.length);
    expect(new URL(page.url()).searchParams.get('drill')).toBe(JSON.stringify([m1, 'call', 'demanded']));
    // Overdue now: only open tasks past due.
    if (row.overdue > 0) {
      await page.getByRole('button', { name: `${row.overdue}: Overdue now — ${m1}, call` }).click();
      await expect.poll(() => page.getByText(new RegExp(`^Tasks: ${row.overdue}, deals: `)).isVisible()).toBe(true);
      await page.getByRole('button', { name: `${row.demanded}: Demanded — ${m1}, call` }).click();
      await drill.locator('tbody tr').first().waitFor();
    }
    await screenshots(page, 'studio-dashboards-compliance-drill');
    expect(await accessibilityProblems(page)).toEqual([]);

    // A reload keeps the drill-down; its deal link opens the deal.
    await page.reload();
    const link = drill.getByRole('link').first();
    await link.waitFor();
    const href = await link.getAttribute('href');
    expect(deals.has(decodeURIComponent(href!.replace('/deal/', '')))).toBe(true);
    await link.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(href);
    await page.getByRole('heading', { name: /^Deal: / }).waitFor();
    await page.close();
  });

  it('should show time, managers, win probability and competitors, each with its CSV link', async () => {
    const page = await director();
    const q = `?regulationId=${seed.regulationId}`;
    const views: Array<[string, string, string]> = [
      ['time', 'Table: Time in stage', '/analytics/time'],
      ['managers', 'Table: Managers', '/analytics/managers'],
      ['win', 'Table: Win probability', '/analytics/win-probability'],
      ['competitors', 'Table: Competitors', ''],
    ];
    for (const [view, name, path] of views) {
      await page.goto(`${base}/studio/dashboards/${view}${q}`);
      const region = page.getByRole('region', { name });
      await region.locator('tbody tr').first().waitFor();
      if (path)
        expect(await page.getByRole('link', { name: `Download CSV: ${name}` }).getAttribute('href')).toBe(
          `${path}${q}&format=csv`,
        );
      if (view === 'time') {
        const api = await call(h, 'GET', `/analytics/time${q}`);
        const rows = new Map((await rowsOf(region)).map((r) => [r[0], int(r[1]!)]));
        for (const s of api.body.stages) expect(rows.get(s.stage)).toBe(s.visits);
        // How each breach was judged reads as words in the last column, never as a number.
        const clocks = new Map((await rowsOf(region)).map((r) => [r[0], r.at(-1)]));
        const words = { working: 'working time', wall: 'wall-clock time', mixed: 'both, by version' } as const;
        for (const s of api.body.stages)
          expect(clocks.get(s.stage)).toBe(s.breachClock ? words[s.breachClock as keyof typeof words] : '—');
        expect(api.body.stages.some((s: { breachClock: string | null }) => s.breachClock)).toBe(true);
        expect(await region.textContent()).not.toContain('NaN');
        await page.getByRole('img', { name: 'Chart: Time in stage' }).waitFor();
      }
      if (view === 'managers') {
        const api = await call(h, 'GET', `/analytics/managers${q}`);
        const rows = new Map((await rowsOf(region)).map((r) => [r[0], int(r[3]!)]));
        for (const m of api.body.rows) expect(rows.get(m.name)).toBe(m.leads);
      }
      if (view === 'win') {
        await page.getByRole('img', { name: /^Chart: Factor contributions: / }).waitFor();
        await page.getByRole('heading', { name: 'Calibration on held-out deals' }).waitFor();
      }
      if (view === 'competitors') {
        const rows = (await rowsOf(region)).map((r) => r[0]);
        expect(rows).toEqual(expect.arrayContaining(['Gorizont', 'Vektor']));
      }
      await screenshots(page, `studio-dashboards-${view}`);
      expect(await accessibilityProblems(page)).toEqual([]);
    }
    await page.close();
  });

  it('should invite a person and show the link, create an API key shown once and revoke it', async () => {
    const page = await director();
    await page.goto(`${base}/studio/admin/people`);
    const m2 = seed.managers[1]!.id;
    await page.getByRole('button', { name: `Invite: ${m2}` }).click();
    const link = page.getByLabel(new RegExp(`^Invitation link for ${m2}`));
    await link.waitFor();
    const url = await link.inputValue();
    expect(url).toMatch(new RegExp(`^${base}/accept\\?token=`));
    // The link works: the person sets a password with it.
    const token = new URL(url).searchParams.get('token')!;
    const accepted = await call(
      h,
      'POST',
      '/auth/accept',
      { token, password: 'a good long password' },
      {
        authorization: 'none',
      },
    );
    expect(accepted.body).toEqual({ userId: m2 });
    // Edit a person: region and skills.
    await page.getByRole('button', { name: `Edit: ${m2}` }).click();
    await page.getByLabel('Region').fill('north');
    await page.getByLabel('Skills (comma-separated)').fill('retail, b2b');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(`Saved: ${m2}`).waitFor();
    const saved = await call(h, 'GET', `/managers/${m2}`);
    expect(saved.body).toMatchObject({ region: 'north', skills: ['retail', 'b2b'], department: seed.departments[0] });
    await screenshots(page, 'studio-admin-people');
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.getByRole('link', { name: 'API keys' }).click();
    const name = `${P}-crm`.replace(/[^a-z0-9_-]/g, '');
    await page.getByLabel(/^Integration/).fill(name);
    await page.getByRole('button', { name: 'Create a key' }).click();
    const secret = page.getByLabel(/^The key is created/);
    await secret.waitFor();
    const key = await secret.inputValue();
    expect(key).toMatch(/^key_[0-9a-f]+\.[A-Za-z0-9_-]+$/);
    const id = key.split('.')[0]!;
    // The key works until it is revoked.
    expect((await call(h, 'GET', '/plugins', undefined, { 'x-api-key': key })).status).not.toBe(401);
    const row = page.getByRole('row', { name: new RegExp(id) });
    await row.waitFor();
    await screenshots(page, 'studio-admin-keys');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: `Revoke key ${id}` }).click();
    await row.getByText('revoked').waitFor();
    const listed = await call(h, 'GET', '/api-keys');
    expect(listed.body.keys.find((k: { id: string }) => k.id === id)).toMatchObject({ name, active: false });
    expect((await call(h, 'GET', '/plugins', undefined, { 'x-api-key': key })).status).toBe(401);

    await page.getByRole('link', { name: 'Webhooks' }).click();
    const hook = `http://127.0.0.1:9/${P}`;
    await page.getByLabel(/^URL/).fill(hook);
    await page.getByRole('button', { name: 'Add a webhook' }).click();
    await page.getByLabel(/^The webhook is created/).waitFor();
    await page.getByRole('button', { name: `Delivery log: ${hook}` }).click();
    await page.getByRole('heading', { name: `Delivery log: ${hook}` }).waitFor();
    await screenshots(page, 'studio-admin-webhooks');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: `Deactivate webhook ${hook}` }).click();
    await expect.poll(() => page.getByRole('button', { name: `Deactivate webhook ${hook}` }).count()).toBe(0);
    const hooks = await call(h, 'GET', '/webhooks');
    expect(hooks.body.webhooks.find((w: { url: string }) => w.url === hook)).toMatchObject({ active: false });

    await page.getByRole('link', { name: 'Plugins' }).click();
    await page.getByRole('heading', { name: 'Failed to load' }).waitFor();
    const plugins = await call(h, 'GET', '/plugins');
    for (const p of plugins.body.plugins) await page.getByRole('rowheader', { name: new RegExp(p.id) }).waitFor();
    await screenshots(page, 'studio-admin-plugins');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });
});
