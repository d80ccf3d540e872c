/**
 * The web workspace's built files (`web/dist`, made by `vite build` at
 * install): hashed assets (`assetRoutes`, mounted at `/assets`), and the page
 * itself for each of the workspace's own paths (`webRoutes`: a single-page
 * app, the browser routes; they are the site's root, so this one sub-app is
 * mounted at `/`, with exactly the paths of `WEB_PATHS`). API paths are never
 * answered with the page. Both are public: the page signs in through the API.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { problem, sendProblem } from './errors.js';
import { doc } from './openapi.js';
import { WEB_PAGE_CSP } from './secure-headers.js';

export const WEB_DIST = fileURLToPath(new URL('../web/dist', import.meta.url));

/**
 * The workspace's own paths; everything else is the API's. The web app's
 * router has the same list (web/src/paths.ts, in its `$param` syntax):
 * test/unit/web-routes.test.ts fails when they differ. Listed here rather
 * than imported, since the API does not depend on the web app's sources.
 */
export const WEB_PATHS = [
  '/',
  '/signin',
  '/accept',
  '/inbox',
  '/pipeline',
  '/deal-list',
  '/company-list',
  '/company/:id',
  '/schedule',
  '/board',
  '/deal/:id',
  '/new-deal',
  '/studio',
  '/studio/new',
  '/studio/regulations/:id',
  '/studio/dashboards',
  '/studio/dashboards/:view',
  '/studio/admin',
  '/studio/admin/:section',
];

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** Mounted at `/`: the page at each of `WEB_PATHS`, and nothing else. */
export function webRoutes(dist = WEB_DIST) {
  const app = new Hono();
  const page = async () => {
    try {
      return await readFile(path.join(dist, 'index.html'), 'utf8');
    } catch {
      return undefined;
    }
  };
  for (const p of WEB_PATHS)
    app.get(
      p,
      doc({
        summary: `The web workspace's page (${p})`,
        tags: ['docs'],
        security: [],
        responses: { 200: { description: 'the page; it signs in through the API', contentType: 'text/html' } },
        errors: [{ status: 404, description: 'the workspace is not built (npm run web:build)' }],
      }),
      async (c) => {
        const html = await page();
        if (html === undefined)
          return sendProblem(c, problem('NOT_FOUND', 'the workspace is not built: run `npm run web:build`'));
        c.header('cache-control', 'no-cache');
        c.header('content-security-policy', WEB_PAGE_CSP);
        return c.html(html);
      },
    );
  return app;
}

/** Mounted at `/assets`: the built files, by their hashed names. */
export function assetRoutes(dist = WEB_DIST) {
  const app = new Hono();
  app.get(
    '/:file{[A-Za-z0-9._-]+}',
    doc({
      summary: "The web workspace's built assets (hashed names, cached for a year)",
      tags: ['docs'],
      security: [],
      responses: {
        200: {
          description: 'the file',
          content: { 'text/javascript': {}, 'text/css': {}, 'image/svg+xml': {}, 'font/woff2': {} },
        },
      },
      errors: [404],
    }),
    async (c) => {
      const file = c.req.param('file');
      const type = TYPES[path.extname(file)];
      if (!type || file.includes('..')) return sendProblem(c, problem('NOT_FOUND', `no asset ${file}`));
      try {
        const body = await readFile(path.join(dist, 'assets', file));
        return c.body(new Uint8Array(body), 200, {
          'content-type': type,
          'cache-control': 'public, max-age=31536000, immutable',
        });
      } catch {
        return sendProblem(c, problem('NOT_FOUND', `no asset ${file}`));
      }
    },
  );
  return app;
}
