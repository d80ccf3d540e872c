/**
 * One route table: the API serves the web app's page at exactly the router's
 * paths (web/src/paths.ts, which web/src/routes.tsx must cover route by
 * route), and nowhere else: an API path is never answered with the page.
 *
 * @module
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WEB_PATHS, webRoutes } from '../../api/web.routes.js';
import { PAGE_PATHS, serverPath } from '../../web/src/paths.js';

const dist = mkdtempSync(path.join(tmpdir(), 'web-dist-'));
writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>page</title>');
const app = webRoutes(dist);
/** A concrete URL for a route path: each parameter filled in. */
const sample = (p: string) => p.replace(/\$\w+/g, 'x-1');

describe('the web route table', () => {
  it('should give the server exactly the router’s paths', () => {
    expect(WEB_PATHS).toEqual(Object.values(PAGE_PATHS).map(serverPath));
    expect(new Set(WEB_PATHS).size).toBe(WEB_PATHS.length);
    expect(WEB_PATHS).toContain('/deal/:id');
  });

  it('should make a route of every path in the router', () => {
    const routes = readFileSync(new URL('../../web/src/routes.tsx', import.meta.url), 'utf8');
    for (const id of Object.keys(PAGE_PATHS)) expect(routes, id).toMatch(new RegExp(`\\b${id}: `));
  });

  it.each(Object.values(PAGE_PATHS))('should serve the page at %s', async (p) => {
    const res = await app.request(sample(p));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>page</title>');
  });

  it.each(['/deals', '/pipeline/board', '/studio/regulations', '/deal/1/moves'])(
    'should not answer %s with the page',
    async (p) => {
      expect((await app.request(p)).status).toBe(404);
    },
  );
});
