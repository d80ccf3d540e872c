/**
 * The HTTP API: one sub-app per resource, problem+json for every error.
 *
 * @example
 * const app = createApp(apiDeps(sql, temporal, taskQueue, secret));
 * const res = await app.request('/deals/123', { headers: { authorization: `Bearer ${token}` } });
 *
 * @module
 */
import { Hono } from 'hono';
import { limitBody } from './body-limit.js';
import type { ApiDeps, AppEnv } from './deps.js';
import { problem, sendProblem, toProblem } from './errors.js';
import { authenticate } from './auth.js';
import { API_INFO, docsRoutes } from './docs.routes.js';
import { doc, openApiDocument } from './openapi.js';
import { healthSchema } from './schemas/index.js';
import { requestLog } from './request-log.js';
import { analyticsRoutes } from './routes/analytics.routes.js';
import { attemptRoutes } from './routes/attempts.routes.js';
import { keyRoutes } from './routes/keys.routes.js';
import { eventRoutes } from './routes/events.routes.js';
import { notifyRoutes } from './routes/notify.routes.js';
import { companyRoutes, holdingRoutes } from './routes/companies.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { dealRoutes } from './routes/deals.routes.js';
import { jobRoutes } from './routes/jobs.routes.js';
import { managerRoutes } from './routes/managers.routes.js';
import { mailLinkRoutes, messageRoutes } from './routes/messages.routes.js';
import { notificationRoutes } from './routes/notifications.routes.js';
import { pluginRoutes } from './routes/plugins.routes.js';
import { migrationRoutes } from './routes/migrations.routes.js';
import { regulationRoutes } from './routes/regulations.routes.js';
import { taskRoutes } from './routes/tasks.routes.js';
import { authRoutes, meRoutes } from './routes/auth.routes.js';
import { webRoutes } from './web.routes.js';
import { throttle } from './throttle.js';

/** 1 MiB: a regulation, a deal or an event is a few kilobytes. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export function createApp(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  if (deps.log) app.use('*', requestLog(deps.log));
  // A body larger than the limit is refused before it is read whole, whatever the route.
  const maxBytes = deps.maxBodyBytes ?? DEFAULT_BODY_LIMIT;
  app.use(
    '*',
    limitBody(maxBytes, (c) =>
      sendProblem(c, problem('PAYLOAD_TOO_LARGE', `the request body is larger than ${maxBytes} bytes`)),
    ),
  );
  app.get(
    '/health',
    doc({
      summary: 'Whether the API is up',
      tags: ['docs'],
      security: [],
      responses: { 200: { description: 'up', schema: healthSchema } },
    }),
    (c) => c.json({ status: 'ok' as const }),
  );
  app.route('/', healthRoutes(deps));
  // The contract and its reference page need no sign-in; the document is built on first request.
  app.route(
    '/',
    docsRoutes(() => openApiDocument(app, API_INFO)),
  );
  // The web workspace's page and assets, and signing in, need no sign-in either.
  app.route('/', webRoutes(deps.webDist));
  // Request budgets (api/throttle.ts): each before the routes it guards.
  const budgets = throttle(deps);
  app.use('/auth/login', budgets.login);
  app.route('/', authRoutes(deps));
  // A message's open pixel and unsubscribe link are reached from a client's mail program, without sign-in.
  app.route('/', mailLinkRoutes(deps));
  // Everything below needs a signed-in person or an integration key.
  app.use('*', authenticate({ secret: deps.jwtSecret, previousSecret: deps.jwtPreviousSecret, ctx: deps }));
  app.use('*', budgets.apiKey);
  app.use('/events', budgets.intake);
  app.use('/intake/*', budgets.intake);
  app.use('/analytics/*', budgets.analytics);
  app.route('/', meRoutes(deps));
  app.route('/', keyRoutes(deps));
  app.route('/', eventRoutes(deps));
  app.route('/', notifyRoutes(deps));
  app.route('/regulations', regulationRoutes(deps));
  app.route('/regulations', migrationRoutes(deps));
  app.route('/deals', dealRoutes(deps));
  app.route('/companies', companyRoutes(deps));
  app.route('/holdings', holdingRoutes(deps));
  app.route('/tasks', taskRoutes(deps));
  app.route('/managers', managerRoutes(deps));
  app.route('/jobs', jobRoutes(deps));
  app.route('/notifications', notificationRoutes(deps));
  app.route('/', pluginRoutes(deps));
  app.route('/', attemptRoutes(deps));
  app.route('/', analyticsRoutes(deps));
  app.route('/', messageRoutes(deps));
  app.notFound((c) => sendProblem(c, problem('NOT_FOUND', `no route for ${c.req.method} ${c.req.path}`)));
  const logError =
    deps.logError ??
    ((error: unknown) =>
      deps.log ? deps.log.error({ err: error }, 'unexpected error') : console.error('unexpected error', error));
  app.onError((error, c) => {
    const p = toProblem(error, logError);
    c.set('problemCode', p.code);
    return sendProblem(c, p);
  });
  return app;
}
