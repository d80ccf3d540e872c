/**
 * The guides served by the app (`/guide`): every doc is a page, every link
 * and picture in every page leads to a page (and a heading) the app serves,
 * the workspace's help leads to an existing section in the person's language,
 * and the pages carry the security headers and load nothing from elsewhere.
 *
 * @module
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import { buildDocument, enumerationDeps } from '../../api/document.js';
import { guideIndex } from '../../api/guide.js';
import { GUIDE_CSP, HELP, helpTarget } from '../../api/guide.routes.js';
import { WEB_PATHS } from '../../api/web.routes.js';

const app = createApp(enumerationDeps());
const index = guideIndex();
const ORIGIN = 'http://localhost';
const urlOf = (slug: string) => (slug === 'index' ? '/guide' : `/guide/${slug}`);

const get = async (path: string) => {
  const res = await app.request(path);
  return { res, text: await res.text() };
};
const ids = (html: string) => new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!));

describe('the guides served by the app', () => {
  it('should serve the map with a link to each reader’s guide, under the security headers', async () => {
    const { res, text } = await get('/guide');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toBe(GUIDE_CSP);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    for (const guide of ['director.en', 'director.ru', 'manager.en', 'manager.ru', 'integrator', 'operator'])
      expect(text).toContain(`href="guide/${guide}"`);
  });

  it('should render every doc as a page with no script and nothing from elsewhere', async () => {
    expect(index.pages.size).toBeGreaterThan(10);
    for (const slug of index.pages.keys()) {
      const { res, text } = await get(urlOf(slug));
      expect(res.status, slug).toBe(200);
      expect(text, slug).not.toMatch(/<script|<link |src="(https?:)?\/\//);
      expect(text, slug).not.toMatch(/href="[^"]*\.md(#[^"]*)?"/);
    }
    expect((await get('/guide/director.ru')).text).toContain('<html lang="ru">');
  });

  it('should have every link and picture of every page lead to what the app serves', async () => {
    const broken: string[] = [];
    const pages = new Map<string, Set<string>>();
    for (const slug of index.pages.keys()) pages.set(urlOf(slug), ids((await get(urlOf(slug))).text));
    for (const slug of index.pages.keys()) {
      const from = new URL(urlOf(slug), ORIGIN);
      const html = (await get(urlOf(slug))).text;
      for (const [, target] of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
        if (/^https?:|^mailto:/.test(target!)) continue;
        const url = new URL(target!.replace(/&amp;/g, '&'), from);
        if (!url.pathname.startsWith('/guide')) {
          if (url.pathname !== '/') broken.push(`${slug} → ${target} (outside the guides)`);
          continue;
        }
        const anchors = pages.get(url.pathname);
        if (!anchors) {
          const res = await app.request(url.pathname);
          if (res.status !== 200) broken.push(`${slug} → ${target} (${res.status})`);
        } else if (url.hash && !anchors.has(decodeURIComponent(url.hash.slice(1))))
          broken.push(`${slug} → ${target} (no such section)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('should lead the workspace’s help to the section about the page, in the person’s language', async () => {
    const res = await app.request('/guide/help?page=/inbox&lang=en');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('manager.en#the-inbox');
    const ru = (await app.request('/guide/help?page=/deal/42')).headers.get('location');
    expect(decodeURIComponent(ru!)).toBe('manager.ru#карточка-сделки');
    expect((await app.request('/guide/help?page=/elsewhere&lang=en')).headers.get('location')).toBe('../guide');
    for (const entry of HELP) {
      for (const lang of ['ru', 'en'] as const) {
        const [slug, anchor] = entry[lang].split('#') as [string, string];
        const page = await get(`/guide/${slug}`);
        expect(page.res.status, entry[lang]).toBe(200);
        expect(ids(page.text), entry[lang]).toContain(anchor);
      }
    }
  });

  it('should have a help section for every page of the workspace (a new page needs one in HELP)', () => {
    const withoutHelp = WEB_PATHS.map((p) => p.replace(/:[a-z]+/gi, 'x')).filter(
      (p) => helpTarget(p, 'en') === '../guide' || helpTarget(p, 'ru') === '../guide',
    );
    expect(withoutHelp).toEqual([]);
  });

  it('should refuse a help request without the page, naming the field', async () => {
    const res = await app.request('/guide/help?lang=en');
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await res.text()).toContain('page');
  });

  it('should answer 404 problem+json for a page or picture that is not there, and serve no other file', async () => {
    for (const path of [
      '/guide/nothing',
      '/guide/images/nothing.png',
      '/guide/..%2Fpackage.json',
      '/guide/images/..%2F..%2FREADME.png',
    ]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toMatch(/^application\/problem\+json/);
    }
    const picture = await app.request('/guide/images/studio.png');
    expect(picture.status).toBe(200);
    expect(picture.headers.get('content-type')).toBe('image/png');
  });

  it('should be in the OpenAPI document as public pages', () => {
    const paths = (buildDocument() as { paths: Record<string, unknown> }).paths;
    expect(Object.keys(paths)).toEqual(expect.arrayContaining(['/guide', '/guide/help', '/guide/{page}']));
  });
});
