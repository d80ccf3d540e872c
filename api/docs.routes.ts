/**
 * The contract and an interactive reference: `GET /openapi.json`
 * (`contractRoutes`) and `GET /docs` (`referenceRoutes`: Swagger UI, served
 * from the installed `swagger-ui-dist`, so it works offline). Both are
 * public: mounted without `protectedRoutes`. "Authorize" in the page takes a
 * bearer token (or an API key) and keeps it across reloads.
 *
 * @example
 * // in createApp; the document is built on first request, when every route is mounted:
 * app.route('/openapi.json', contractRoutes(() => openApiDocument(app, API_INFO)));
 * app.route('/docs', referenceRoutes());
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Hono } from 'hono';
import { doc, type DocumentInfo } from './openapi.js';
import { docsPageCsp } from './secure-headers.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** The document's info and tags (in the reference page's order). */
export const API_INFO: DocumentInfo = {
  title: 'Reglament API',
  version,
  description:
    'Sales regulations run as durable deals. Every error is RFC 9457 `application/problem+json` with a `code`. ' +
    'People send `Authorization: Bearer <JWT>`; integrations send `X-Api-Key`.',
  tags: [
    { name: 'deals', description: 'Deals: start, read, move' },
    { name: 'tasks', description: "A manager's inbox and completing tasks" },
    { name: 'companies', description: 'Companies, contacts and holdings: cross-sell leads and risks' },
    { name: 'regulations', description: 'Versions, diffs, dry runs, diagrams, publishing' },
    { name: 'migrations', description: 'Moving running deals to a newer regulation version' },
    { name: 'managers', description: 'People and deactivation' },
    { name: 'auth', description: 'Signing in to the web workspace: password, session cookie, invitations' },
    { name: 'jobs', description: 'Bulk jobs (migrations, deactivations): progress and reports' },
    { name: 'notifications', description: 'Reminders, escalations, the live stream' },
    { name: 'integrations', description: 'Events intake, dead letters, API keys, webhooks' },
    { name: 'plugins', description: 'Loaded plugins, plugin intakes, analytics' },
    { name: 'audit', description: 'The trail of mutations outside deals' },
    { name: 'docs', description: 'This document and its reference page' },
  ],
};

/** What `/docs/assets/:file` serves from swagger-ui-dist, with its content type. */
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'text/javascript; charset=utf-8',
};

const swaggerUiDir = () => path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

/** Starts Swagger UI; the page's CSP allows this one inline script by its hash. */
const START = `
      window.ui = SwaggerUIBundle({
        url: 'openapi.json',
        dom_id: '#swagger-ui',
        deepLinking: true,
        persistAuthorization: true,
        displayRequestDuration: true,
        tryItOutEnabled: true,
        presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
        plugins: [SwaggerUIBundle.plugins.DownloadUrl],
        layout: 'StandaloneLayout',
      });
`;

// Relative URLs: the page is /docs, so "docs/assets/…" and "openapi.json" work behind a path prefix too.
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Reglament API</title>
    <link rel="stylesheet" href="docs/assets/swagger-ui.css" />
    <style>body { margin: 0; } .swagger-ui .topbar { display: none; }</style>
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="docs/assets/swagger-ui-bundle.js"></script>
    <script src="docs/assets/swagger-ui-standalone-preset.js"></script>
    <script>${START}</script>
  </body>
</html>
`;

const PAGE_CSP = docsPageCsp(START);

/** Mounted at `/openapi.json`: the document, built once by `getDocument`. */
export function contractRoutes(getDocument: () => object) {
  const app = new Hono();
  let document: object | undefined;
  app.get(
    '/',
    doc({
      summary: 'The OpenAPI 3.1 document of this API',
      tags: ['docs'],
      security: [],
      responses: { 200: { description: 'the document', schema: { type: 'object' } } },
    }),
    (c) => c.json((document ??= getDocument())),
  );
  return app;
}

/** Mounted at `/docs`: the reference page and its static files. */
export function referenceRoutes() {
  const app = new Hono();
  const assets = new Map<string, Promise<Buffer>>();

  app.get(
    '/',
    doc({
      summary: 'Interactive API reference (Swagger UI)',
      tags: ['docs'],
      security: [],
      responses: { 200: { description: 'an HTML page', contentType: 'text/html' } },
    }),
    (c) => {
      c.header('content-security-policy', PAGE_CSP);
      return c.html(PAGE);
    },
  );

  app.get(
    '/assets/:file',
    doc({
      summary: 'A static file of the reference page (from swagger-ui-dist)',
      tags: ['docs'],
      security: [],
      params: { file: { schema: { enum: Object.keys(ASSETS) } } },
      responses: {
        200: {
          description: 'the file',
          content: { 'text/css': { schema: { type: 'string' } }, 'text/javascript': { schema: { type: 'string' } } },
        },
      },
      errors: [404],
    }),
    async (c) => {
      const file = c.req.param('file');
      const type = ASSETS[file];
      if (!type) return c.notFound();
      let body = assets.get(file);
      if (!body) {
        body = readFile(path.join(swaggerUiDir(), file));
        body.catch(() => assets.delete(file));
        assets.set(file, body);
      }
      return c.body(new Uint8Array(await body), 200, {
        'content-type': type,
        'cache-control': 'public, max-age=86400',
      });
    },
  );

  return app;
}

/** Both at their own paths, for an app that mounts this at its root. */
export function docsRoutes(getDocument: () => object) {
  return new Hono().route('/openapi.json', contractRoutes(getDocument)).route('/docs', referenceRoutes());
}
