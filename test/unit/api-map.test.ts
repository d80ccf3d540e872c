/**
 * The API's map: every route answers 401 without credentials, except those
 * listed here as public. A route mounted without `protectedRoutes` and not
 * added to the list fails; so does a public route put behind sign-in (the
 * workspace could no longer sign in) and a list that disagrees with the
 * contract (`security: []` in the OpenAPI document).
 *
 * @module
 */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import type { ApiDeps } from '../../api/deps.js';
import { buildDocument, enumerationDeps } from '../../api/document.js';
import { WEB_PATHS } from '../../api/web.routes.js';

/** `METHOD path` as Hono has it: reached without credentials, on purpose. */
const PUBLIC = [
  // Probes: a load balancer has no credentials.
  'GET /health',
  'GET /ready',
  // The contract and its reference page.
  'GET /openapi.json',
  'GET /docs',
  'GET /docs/assets/:file',
  // The guides (docs/ rendered) and the workspace's help, which leads into them.
  'GET /guide',
  'GET /guide/help',
  'GET /guide/images/:file{[a-z0-9-]+\\.png}',
  'GET /guide/:page{[a-z0-9][a-z0-9.-]*}',
  // The web workspace: its page signs in through the API.
  ...WEB_PATHS.map((p) => `GET ${p}`),
  'GET /assets/:file{[A-Za-z0-9._-]+}',
  'POST /auth/login',
  'POST /auth/logout',
  'POST /auth/accept',
  // Reached from a client's mail program.
  'GET /m/:id/open.gif',
  'GET /m/:id/unsubscribe',
  // Reached by calendar programs: the secret token in the URL is the credential.
  'GET /ical/:file{[A-Za-z0-9_-]+\\.ics}',
].sort();

/**
 * Dependencies for calling routes, never for serving: every member throws
 * when used (a public route may answer 500 or 503 here, never 401), errors
 * are not logged, and the workspace is not built.
 */
function callDeps(): ApiDeps {
  const base = enumerationDeps();
  return new Proxy(base, {
    get: (target, key) => {
      if (key === 'logError') return () => {};
      if (key === 'webDist') return '/nonexistent/web/dist';
      return Reflect.get(target, key);
    },
  });
}

/** `METHOD path` of every endpoint (middleware aside), in mounting order. */
const endpointsOf = (app: Hono<any>) => [
  ...new Set(app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`)),
];

/** A path the route matches: each parameter (with or without a pattern) becomes `x`. */
const concrete = (path: string) => path.replace(/:[A-Za-z]+(\{[^}]*\})?/g, 'x');

/** The endpoints that answer anything but 401 UNAUTHENTICATED without credentials. */
async function answeringWithoutCredentials(app: Hono<any>): Promise<string[]> {
  const open: string[] = [];
  for (const endpoint of endpointsOf(app)) {
    const [method, path] = endpoint.split(' ') as [string, string];
    const res = await app.request(concrete(path), { method });
    const code = res.status === 401 ? ((await res.json()) as { code?: string }).code : undefined;
    if (code !== 'UNAUTHENTICATED') open.push(endpoint);
  }
  return open.sort();
}

describe('the API map', () => {
  it('should ask for credentials on every route but the public ones', async () => {
    const app = createApp(callDeps());
    const endpoints = endpointsOf(app);
    expect(endpoints.length).toBeGreaterThan(80);
    expect(endpoints).toEqual(expect.arrayContaining(PUBLIC));
    expect(await answeringWithoutCredentials(app)).toEqual(PUBLIC);
  });

  it('should catch a route mounted without protection', async () => {
    const app = createApp(callDeps());
    app.route(
      '/careless',
      new Hono().get('/:id', (c) => c.json({ id: c.req.param('id') })),
    );
    expect(await answeringWithoutCredentials(app)).toEqual([...PUBLIC, 'GET /careless/:id'].sort());
  });

  it('should ask for credentials on any path under a protected prefix, served or not', async () => {
    const app = createApp(callDeps());
    for (const path of ['/deals/x/nothing-here', '/managers/x/y/z', '/me/nothing']) {
      const res = await app.request(path, { method: 'PATCH' });
      expect(res.status, path).toBe(401);
    }
    expect((await app.request('/nothing-here')).status).toBe(404);
  });

  it('should agree with the contract: the public routes are those documented without security', () => {
    const document = buildDocument() as {
      paths: Record<string, Record<string, { security: unknown[] }>>;
    };
    const unsecured = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, operation]) => operation.security.length === 0)
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    // OpenAPI writes `{id}` where Hono writes `:id` (and drops the pattern).
    const documented = PUBLIC.map((e) => e.replace(/:([A-Za-z]+)(\{[^}]*\})?/g, '{$1}')).sort();
    expect(unsecured.sort()).toEqual(documented);
  });
});
