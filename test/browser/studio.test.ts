/**
 * The director's studio in a real browser (Debian's Chromium, playwright-core)
 * against the real app over the suite's Temporal and PostgreSQL: a broken
 * regulation marked at its line, the diagram redrawn once it is fixed, a dry
 * run with its escalation, publishing with a comment, moving two running
 * deals, revert, and how long validation and redraw take while typing a
 * 300-line regulation.
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

const V1 = `id: studio_flow
title: Studio flow
calendar: { timezone: Europe/Moscow, workingDays: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' }
escalation:
  chain:
    - { to: head, after: PT2H }
rules:
  reminders:
    - name: at_due
      conditions: { all: [{ fact: task, path: required, operator: equal, value: true }] }
      event: { type: remind, params: { offsets: [-PT30M], to: assignee } }
stages:
  - key: call
    title: First call
    tasks:
      - key: ring
        title: Ring the client
        due: PT4H
    on:
      QUALIFIED: offer
      LOST: { to: lost, enforce: false }
  - key: offer
    title: Offer
    tasks: [{ key: send_offer, title: Send the offer, due: P1D }]
    on:
      AGREED: won
      LOST: { to: lost, enforce: false }
  - { key: won, title: Won, final: won }
  - { key: lost, title: Lost, final: lost }
`;
/** Version 2: a meeting between the call and the offer; line 18 is `due:` of the first task. */
const V2 = V1.replace('QUALIFIED: offer', 'QUALIFIED: meeting').replace(
  '  - key: offer\n',
  '  - key: meeting\n    title: Meeting\n    tasks: [{ key: meet, title: Hold the meeting, due: P1D, kind: meeting }]\n    on:\n      MET: offer\n      LOST: { to: lost, enforce: false }\n  - key: offer\n',
);
const BROKEN = V2.replace('due: PT4H', 'due: 4 hours');
const DUE_LINE = BROKEN.split('\n').findIndex((l) => l.includes('due: 4 hours')) + 1;

/** A regulation of about 300 lines: 30 stages of ten lines, each leading to the next. */
function bigRegulation(): string {
  const lines = [
    'id: big_flow',
    'title: Big flow',
    'calendar: { timezone: UTC }',
    'escalation:',
    '  chain:',
    '    - { to: head, after: PT4H }',
    'stages:',
  ];
  for (let i = 1; i <= 30; i++) {
    const n = String(i).padStart(2, '0');
    lines.push(
      `  - key: s${n}`,
      `    title: Stage ${n}`,
      '    tasks:',
      `      - { key: a${n}, title: Call ${n}, due: PT4H, kind: call }`,
      `      - { key: b${n}, title: Write ${n}, due: P1D, required: false }`,
      `      - { key: c${n}, title: Check ${n}, due: P2D }`,
      '    on:',
      `      NEXT: ${i < 30 ? `s${String(i + 1).padStart(2, '0')}` : 'won'}`,
      '      LOST: { to: lost, enforce: false }',
      `    sla: P${(i % 5) + 1}D`,
    );
  }
  lines.push('  - { key: won, title: Won, final: won }', '  - { key: lost, title: Lost, final: lost }');
  return lines.join('\n') + '\n';
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('the director’s studio in a browser', () => {
  let h: Harness;
  let pages: Awaited<ReturnType<typeof servePages>>;
  let base: string;
  let browser: Browser;
  let page: Page;
  const deals: string[] = [];

  /** The editor's text replaced at once, as a paste does. */
  const replaceText = async (text: string) => {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(text);
  };
  const checkState = () => page.locator('.check-state').getAttribute('data-state');
  const waitChecked = async (state: 'valid' | 'invalid') => {
    try {
      await expect.poll(checkState, { timeout: 15_000 }).toBe(state);
    } catch (error) {
      const problems = await page.locator('.problems').allInnerTexts();
      const text = await page.locator('.cm-content').innerText();
      const near = text.split('\n').slice(14, 20).join(' | ');
      throw new Error(`expected ${state}; problems: ${problems.join(' ')}; lines 15-20: ${near}`, {
        cause: error,
      });
    }
  };

  beforeAll(async () => {
    await ensureWebBuilt();
    h = await createHarness();
    await publish(h, V1);
    await h.startWorker();
    await putTeam(h, 'st', 'st');
    await setPasswords(h, ['st-dir']);
    for (const name of ['Acme', 'Globex'])
      deals.push(
        (await call(h, 'POST', '/deals', { regulationId: 'studio_flow', owner: 'st-m1', client: { name } })).body
          .id as string,
      );
    pages = await servePages(h);
    base = pages.base;
    browser = pages.browser;
    page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, base, 'st-dir');
    await page.getByRole('heading', { name: /Мои задачи|My tasks/ }).waitFor();
  });

  afterAll(async () => {
    await pages?.close();
    await h?.close();
  });

  it('should list the published regulations with who published them, in Russian and English', async () => {
    await page.getByRole('link', { name: /Студия|Studio/ }).click();
    await page.getByRole('heading', { name: /Регламенты|Regulations/ }).waitFor();
    if ((await page.getAttribute('html', 'lang')) !== 'ru') await page.getByLabel(/Язык|Language/).selectOption('ru');
    await page.getByRole('heading', { name: 'Регламенты' }).waitFor();
    await page.getByRole('link', { name: 'Studio flow' }).waitFor();
    expect(await page.getByRole('row', { name: /Studio flow/ }).innerText()).toMatch(/Версия 1[\s\S]*test/);
    await screenshots(page, 'studio-list-ru');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByLabel('Язык').selectOption('en');
    await page.getByRole('heading', { name: 'Regulations' }).waitFor();
    await page.getByRole('link', { name: 'New regulation' }).waitFor();
    await screenshots(page, 'studio-list');
  });

  it('should mark a broken line in place as the director types, and redraw the diagram once it is fixed', async () => {
    await page.getByRole('link', { name: 'Studio flow' }).click();
    await page.getByRole('heading', { name: 'Regulation: Studio flow' }).waitFor();
    await waitChecked('valid');
    await page.locator('.diagram g.node[data-stage="offer"]').waitFor();
    expect(await page.locator('.diagram g.node[data-stage="meeting"]').count()).toBe(0);

    await replaceText(BROKEN);
    await waitChecked('invalid');
    const problem = page.getByRole('button', { name: new RegExp(`^Line ${DUE_LINE}, column \\d+$`) });
    await problem.waitFor();
    expect(await page.locator('.problems li').first().innerText()).toMatch(/ISO 8601 duration/);
    // The lint gutter's marker sits on that line: the line-number gutter at the same height reads DUE_LINE.
    await page.locator('.cm-gutter-lint .cm-lint-marker-error').first().waitFor();
    const markedLine = await page.evaluate(() => {
      const marker = document.querySelector('.cm-gutter-lint .cm-lint-marker-error')!.closest('.cm-gutterElement')!;
      const top = marker.getBoundingClientRect().top;
      const numbers = [...document.querySelectorAll('.cm-lineNumbers .cm-gutterElement')];
      return numbers.find((n) => Math.abs(n.getBoundingClientRect().top - top) < 2)?.textContent;
    });
    expect(markedLine).toBe(String(DUE_LINE));
    const underlined = page.locator('.cm-line', { has: page.locator('.cm-lintRange-error') });
    expect(await underlined.first().innerText()).toContain('due: 4 hours');
    await screenshots(page, 'studio-editor-error');

    // Fixed by typing, from the problem's place.
    await problem.click();
    // The problem takes the cursor to its line, in the editor.
    await expect.poll(() => page.locator('.cm-activeLine').innerText()).toContain('due: 4 hours');
    await page.locator('.cm-editor.cm-focused').waitFor();
    await page.keyboard.press('End');
    for (let i = 0; i < '4 hours'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('PT4H');
    await waitChecked('valid');
    const meeting = page.locator('.diagram g.node[data-stage="meeting"]');
    await meeting.waitFor();
    expect(await page.locator('.diagram svg').innerHTML()).toContain('Hold the meeting');

    // A stage clicked in the diagram takes the cursor to its YAML.
    await meeting.click();
    await expect.poll(() => page.locator('.cm-activeLine').innerText()).toMatch(/^\s*- key: meeting$/);

    // Completion and hover docs from the regulation's JSON Schema.
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.type('competi');
    await waitChecked('invalid');
    await page.keyboard.press('Control+Space');
    await page.locator('.cm-tooltip-autocomplete .cm-completionLabel', { hasText: /^competitors$/ }).waitFor();
    expect(await page.locator('.cm-completionInfo').innerText()).toMatch(/competitors a lost deal may name/);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.cm-content').innerText()).not.toContain('competi');
    await waitChecked('valid');
    await page
      .locator('.cm-line')
      .filter({ hasText: /^escalation:/ })
      .hover({ position: { x: 25, y: 6 } });
    await page.locator('.cm-tooltip-hover').waitFor();
    expect(await page.locator('.cm-tooltip-hover').innerText()).toMatch(/object/);
    await page.mouse.move(0, 0);
    await screenshots(page, 'studio-editor');
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('should dry-run a preset scenario on the draft and show its escalation', async () => {
    await page.getByRole('tab', { name: 'Try a scenario' }).click();
    await page.getByRole('button', { name: 'No answer for two days' }).click();
    expect(await page.getByLabel(/Scenario \(YAML\)/).inputValue()).toMatch(/wait: true/);
    await page.getByRole('button', { name: 'Run' }).click();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.waitFor();
    const escalation = timeline.locator('li.kind-escalation').first();
    await escalation.waitFor();
    expect(await escalation.innerText()).toMatch(/Escalation.*→ boris/);
    expect(await timeline.locator('li.kind-reminder').count()).toBeGreaterThan(0);
    expect(await page.getByText(/^Escalations: [1-9]/).count()).toBe(1);
    expect(await page.getByText('Times in Europe/Moscow').count()).toBe(1);
    await page.locator('.timeline-chart canvas').waitFor();
    await screenshots(page, 'studio-try');
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('should show the diff, publish with a comment and show it in the history', async () => {
    await page.getByRole('tab', { name: 'Changes and publishing' }).click();
    const diff = page.getByRole('list', { name: 'What changes' });
    await diff.waitFor();
    // Only what changed: the stage added and the move retargeted, nothing from how the versions are stored.
    expect((await diff.innerText()).split('\n').sort()).toEqual([
      '+ stage meeting',
      '~ stage call › event QUALIFIED: {"to":"offer","enforce":true} → {"to":"meeting","enforce":true}',
    ]);
    await page.getByLabel('Comment on the version').fill('A meeting before the offer');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Version 2 published').waitFor();
    const row = page.getByRole('row', { name: /A meeting before the offer/ });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/^2[\s\S]*st-dir/);
    expect(await page.getByText('Same as published version 2').count()).toBe(1);
    const versions = (await call(h, 'GET', '/regulations/studio_flow/versions')).body.versions;
    expect(versions.at(-1)).toMatchObject({ version: 2, comment: 'A meeting before the offer', publishedBy: 'st-dir' });
    await screenshots(page, 'studio-publish');
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('should plan and apply the move of two running deals with a stage mapping chosen on the page', async () => {
    await page.getByRole('tab', { name: 'Move running deals' }).click();
    await page.getByLabel('Stage “First call” moves to').selectOption('meeting');
    await page.getByRole('button', { name: 'Show the plan' }).click();
    await page.getByRole('heading', { name: 'Plan: 2 deals move, 0 stay' }).waitFor();
    for (const client of ['Acme', 'Globex'])
      expect(await page.getByRole('row', { name: new RegExp(`^${client} `) }).innerText()).toMatch(
        /call → meeting[\s\S]*Ring the client[\s\S]*Hold the meeting/,
      );
    await screenshots(page, 'studio-migrate-plan');
    await page.getByRole('button', { name: 'Move the deals' }).click();
    await page.getByRole('heading', { name: 'Report: moved 2, failed 0, left 0' }).waitFor({ timeout: 30_000 });
    expect(await page.getByText('Moved 2 of 2, failed 0').count()).toBe(1);
    expect(await page.locator('.report').innerText()).toMatch(/Acme \(.+\) → meeting/);
    for (const id of deals)
      expect((await call(h, 'GET', `/deals/${id}`)).body).toMatchObject({ stage: 'meeting', regulationVersion: 2 });
    await screenshots(page, 'studio-migrate');
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('should revert to an older version as a new version and open its text', async () => {
    await page.getByRole('tab', { name: 'Changes and publishing' }).click();
    await page.getByRole('button', { name: 'Revert to version 1' }).click();
    await page.getByRole('row', { name: /revert to version 1/ }).waitFor();
    await waitChecked('valid');
    await expect.poll(() => page.locator('.diagram g.node[data-stage="meeting"]').count()).toBe(0);
    const versions = (await call(h, 'GET', '/regulations/studio_flow/versions')).body.versions;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([1, 2, 3]);
    expect((await call(h, 'GET', '/regulations/studio_flow')).body.regulation.stages).toHaveLength(4);
  });

  it('should keep up with typing in a 300-line regulation (validation and redraw latency)', async () => {
    const big = bigRegulation();
    expect(big.split('\n').length).toBeGreaterThanOrEqual(300);
    await page.goto(`${base}/studio/new`);
    await page.getByRole('heading', { name: 'New regulation' }).waitFor();
    await replaceText(big);
    await waitChecked('valid');
    await page.locator('.diagram g.node[data-stage="s30"]').waitFor();

    // The server alone: POST /regulations/validate of the whole text, with the diagram.
    const server = await page.evaluate(async (text) => {
      const times: number[] = [];
      const csrf = decodeURIComponent(/reglament_csrf=([^;]*)/.exec(document.cookie)?.[1] ?? '');
      for (let i = 0; i < 10; i++) {
        const t = performance.now();
        await fetch('/regulations/validate', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
          body: JSON.stringify({ source: text }),
        }).then((r) => r.json());
        times.push(performance.now() - t);
      }
      return times;
    }, big);

    // A keystroke in a stage's title, to the diagram showing the new title (debounce + API + redraw).
    await page.locator('.diagram g.node[data-stage="s15"]').click();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    const redraw: number[] = [];
    const echo: number[] = [];
    let title = 'Stage 15';
    /** Watches for the diagram showing `title`; resolves with the milliseconds from the next keydown, timed in the page. */
    const timeRedraw = async (expected: string) => {
      await page.evaluate((wanted) => {
        const w = window as unknown as { drawn?: Promise<number> };
        w.drawn = new Promise<number>((resolve) => {
          let keyAt = 0;
          document.addEventListener('keydown', () => (keyAt ||= performance.now()), { capture: true, once: true });
          const host = document.querySelector('.diagram-card')!;
          const observer = new MutationObserver(() => {
            if (keyAt && [...host.querySelectorAll('svg text')].some((t) => t.textContent === wanted)) {
              observer.disconnect();
              resolve(performance.now() - keyAt);
            }
          });
          observer.observe(host, { childList: true, subtree: true, characterData: true });
        });
      }, expected);
      return () => page.evaluate(() => (window as unknown as { drawn: Promise<number> }).drawn);
    };
    for (let i = 0; i < 10; i++) {
      const letter = 'abcdefghij'[i]!;
      title += letter;
      const drawn = await timeRedraw(title);
      const started = Date.now();
      await page.keyboard.type(letter);
      await page.locator('.cm-activeLine', { hasText: title }).waitFor();
      echo.push(Date.now() - started);
      redraw.push(Math.round(await drawn()));
    }
    // Fast typing: five letters without waiting, then the diagram catches up once.
    title += 'klmno';
    const burst = await timeRedraw(title);
    await page.keyboard.type('klmno', { delay: 60 });
    const afterBurst = Math.round(await burst());

    console.log(
      `[browser] 300-line regulation (${big.split('\n').length} lines): POST /regulations/validate with SVG ` +
        `median ${median(server).toFixed(0)} ms (min ${Math.min(...server).toFixed(0)}, max ${Math.max(...server).toFixed(0)}); ` +
        `keystroke to the character on screen median ${median(echo)} ms (as Playwright sees it); ` +
        `keystroke to the redrawn diagram median ${median(redraw)} ms (min ${Math.min(...redraw)}, max ${Math.max(...redraw)}; ` +
        `250 ms of it is the debounce); five letters typed 60 ms apart, first key to the diagram: ${afterBurst} ms`,
    );
    expect(median(redraw)).toBeLessThan(3_000);
    await screenshots(page, 'studio-editor-300-lines');
  });
});
