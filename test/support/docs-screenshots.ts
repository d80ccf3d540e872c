/**
 * `npm run docs:screenshots`: refreshes the README's pictures from the
 * browser tests, never by hand. It runs test/browser/workspace.test.ts and
 * studio.test.ts (they write full-page PNGs to test-artifacts/screenshots/),
 * then opens each chosen PNG in the same Chromium, keeps its top (the part a
 * reader sees first) at half the width, and saves it as a PNG into
 * docs/images/. No ImageMagick: half-size PNGs of a UI keep each
 * picture well under 150 KB. `--no-run` only converts what the last run left.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { PROJECT_ROOT } from '../../runtime/config.js';

const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts', 'screenshots');
const IMAGES = path.join(PROJECT_ROOT, 'docs', 'images');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Largest picture committed. */
export const MAX_IMAGE_BYTES = 150 * 1024;

/** The pictures the docs show: the test's screenshot, the image's name, and how much of the page's top to keep. */
export const CHOSEN = [
  { from: 'inbox-en-desktop.png', to: 'inbox.png', width: 1280, height: 560 },
  { from: 'deal-refused-desktop.png', to: 'deal-card.png', width: 1280, height: 900 },
  { from: 'studio-editor-desktop.png', to: 'studio.png', width: 1280, height: 800 },
  { from: 'inbox-ru-phone.png', to: 'inbox-phone.png', width: 360, height: 700 },
] as const;

async function shrink(): Promise<void> {
  mkdirSync(IMAGES, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    for (const picture of CHOSEN) {
      const png = readFileSync(path.join(ARTIFACTS, picture.from)).toString('base64');
      const scale = picture.width > 400 ? 0.5 : 1;
      const page = await browser.newPage({
        viewport: { width: Math.round(picture.width * scale), height: Math.round(picture.height * scale) },
      });
      await page.setContent(
        `<body style="margin:0"><img alt="" style="display:block;width:${picture.width * scale}px" src="data:image/png;base64,${png}"></body>`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const out = path.join(IMAGES, picture.to);
      await page.screenshot({ path: out, type: 'png' });
      await page.close();
      const bytes = statSync(out).size;
      console.log(`${path.relative(PROJECT_ROOT, out)}  ${(bytes / 1024).toFixed(0)} KB`);
      if (bytes > MAX_IMAGE_BYTES) throw new Error(`${picture.to} is ${bytes} bytes; at most ${MAX_IMAGE_BYTES}`);
    }
  } finally {
    await browser.close();
  }
}

if (!process.argv.includes('--no-run')) {
  const run = spawnSync('npx', ['vitest', 'run', 'test/browser/workspace.test.ts', 'test/browser/studio.test.ts'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
await shrink();
