/**
 * The HTTP API: one sub-app per path prefix, problem+json for every error.
 * Global middlewares come first; then the map, prefix by prefix: the public
 * sub-apps, each saying why it is public, and the protected ones, each
 * wrapped by `protectedRoutes` (a signed-in person or an integration key). No
 * route is public by the order of lines: `test/unit/api-map.test.ts` asks
 * every route but the public ones for a 401 without credentials.
 *
 * @example
 * const app = createApp(apiDeps(sql, temporal, taskQueue, secret));
 * const res = await app.request('/deals/123', { headers: { authorization: `Bearer ${token}` } });
 *
 * @module
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { protectedRoutes } from './auth.js';
import { limitBody } from './body-limit.js';
import type { ApiDeps, AppEnv } from './deps.js';
import { API_INFO, contractRoutes, referenceRoutes } from './docs.routes.js';
import { problem, sendProblem, toProblem } from './errors.js';
import { guideRoutes } from './guide.routes.js';
import { openApiDocument } from './openapi.js';
import { requestLog } from './request-log.js';
import { secureHeaders } from './secure-headers.js';
import { analyticsRoutes } from './routes/analytics.routes.js';
import { attemptRoutes, competitorRoutes } from './routes/attempts.routes.js';
import { authRoutes } from './routes/auth.routes.js';
import { calendarRoutes, icalRoutes } from './routes/calendar.routes.js';
import { companyRoutes, holdingRoutes } from './routes/companies.routes.js';
import { contactRoutes } from './routes/contacts.routes.js';
import { dealRoutes } from './routes/deals.routes.js';
import { deadLetterRoutes, eventRoutes, intakeRoutes } from './routes/events.routes.js';
import { healthRoutes, readyRoutes } from './routes/health.routes.js';
import { jobRoutes } from './routes/jobs.routes.js';
import { auditRoutes, keyRoutes } from './routes/keys.routes.js';
import { managerRoutes } from './routes/managers.routes.js';
import { meRoutes } from './routes/me.routes.js';
import { inboundRoutes, mailboxRoutes, mailLinkRoutes } from './routes/messages.routes.js';
import { notificationRoutes } from './routes/notifications.routes.js';
import { peopleRoutes } from './routes/people.routes.js';
import { overrideRoutes } from './routes/overrides.routes.js';
import { boardRoutes } from './routes/board.routes.js';
import { pluginRoutes } from './routes/plugins.routes.js';
import { regulationRoutes } from './routes/regulations.routes.js';
import { clientComplaintAnalyticsRoutes, clientComplaintRoutes } from './routes/client-complaints.routes.js';
import { receivableAnalyticsRoutes, receivableRoutes } from './routes/receivables.routes.js';
import { taskRoutes } from './routes/tasks.routes.js';
import { pbxKeyFromPath, telephonyRoutes } from './routes/telephony.routes.js';
import { webhookRoutes } from './routes/webhooks.routes.js';
import { assetRoutes, webRoutes } from './web.routes.js';
import { throttle } from './throttle.js';

/** 1 MiB: a regulation, a deal or an event is a few kilobytes. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export function createApp(deps: ApiDeps) {
  const app = new Hono<AppEnv>();

  // Global middlewares, for every request, in this order.
  app.use('*', secureHeaders()); // first, so every answer carries them, a 413 or an error's too
  app.use('*', requestLog(deps.log));
  // A body larger than the limit is refused before it is read whole, whatever the route.
  const maxBytes = deps.maxBodyBytes ?? DEFAULT_BODY_LIMIT;
  app.use(
    '*',
    limitBody(maxBytes, (c) =>
      sendProblem(c, problem('PAYLOAD_TOO_LARGE', `the request body is larger than ${maxBytes} bytes`)),
    ),
  );

  // Public: probes, the contract and its reference page (the document is built on first request).
  app.route('/health', healthRoutes());
  app.route('/ready', readyRoutes(deps));
  app.route(
    '/openapi.json',
    contractRoutes(() => openApiDocument(app, API_INFO)),
  );
  app.route('/docs', referenceRoutes());
  // Public: the guides, rendered from docs/ (a person who cannot sign in needs them most).
  app.route('/guide', guideRoutes());
  // Public: the web workspace (its pages are the site's root: exactly WEB_PATHS) and signing in to it.
  app.route('/', webRoutes(deps.webDist));
  app.route('/assets', assetRoutes(deps.webDist));
  // Request budgets (api/throttle.ts): sign-in's before its route, the others inside the protected sub-apps.
  const budgets = throttle(deps);
  app.use('/auth/login', budgets.login);
  app.route('/auth', authRoutes(deps));
  // Public: a message's open pixel and unsubscribe link, reached from a client's mail program.
  app.route('/m', mailLinkRoutes(deps));
  // Public: a person's calendar feed, reached by calendar programs; the secret token in its URL is the credential.
  app.route('/ical', icalRoutes(deps));

  // Protected: a signed-in person or an integration key; each sub-app checks roles itself.
  // Every request made with an API key spends its integration's budget; the intakes and analytics have their own.
  const signedIn = (sub: Hono<AppEnv>, ...budgetsOf: MiddlewareHandler<AppEnv>[]) =>
    protectedRoutes(deps, sub, budgets.apiKey, ...budgetsOf);
  app.route('/me', signedIn(meRoutes(deps)));
  app.route('/api-keys', signedIn(keyRoutes(deps)));
  app.route('/audit', signedIn(auditRoutes(deps)));
  app.route('/events', signedIn(eventRoutes(deps), budgets.intake));
  app.route('/intake', signedIn(intakeRoutes(deps), budgets.intake));
  app.route('/dead-letters', signedIn(deadLetterRoutes(deps)));
  app.route('/webhooks', signedIn(webhookRoutes(deps)));
  app.route('/regulations', signedIn(regulationRoutes(deps)));
  app.route('/deals', signedIn(dealRoutes(deps)));
  app.route('/companies', signedIn(companyRoutes(deps)));
  app.route('/holdings', signedIn(holdingRoutes(deps)));
  app.route('/tasks', signedIn(taskRoutes(deps)));
  app.route('/managers', signedIn(managerRoutes(deps)));
  app.route('/people', signedIn(peopleRoutes(deps)));
  app.route('/deals', signedIn(overrideRoutes(deps)));
  app.route('/deals', signedIn(receivableRoutes(deps)));
  app.route('/jobs', signedIn(jobRoutes(deps)));
  app.route('/notifications', signedIn(notificationRoutes(deps)));
  app.route('/boards', signedIn(boardRoutes(deps)));
  app.route('/plugins', signedIn(pluginRoutes(deps)));
  app.route('/analytics', signedIn(analyticsRoutes(deps), budgets.analytics));
  app.route('/analytics', signedIn(receivableAnalyticsRoutes(deps), budgets.analytics));
  app.route('/analytics', signedIn(clientComplaintAnalyticsRoutes(deps), budgets.analytics));
  app.route('/complaints', signedIn(clientComplaintRoutes(deps)));
  app.route('/attempts', signedIn(attemptRoutes(deps)));
  app.route('/competitors', signedIn(competitorRoutes(deps)));
  app.route('/inbound', signedIn(inboundRoutes(deps)));
  app.route('/mail', signedIn(mailboxRoutes(deps)));
  // A PBX sends no headers of ours: its webhook URL carries the integration key in its path, read as X-Api-Key.
  app.use('/telephony/pbx/*', pbxKeyFromPath);
  app.route('/telephony', signedIn(telephonyRoutes(deps)));
  app.route('/calendar', signedIn(calendarRoutes(deps)));
  app.route('/contacts', signedIn(contactRoutes(deps)));

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
