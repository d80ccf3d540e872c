/**
 * The probes, public: `GET /health` says the process is up; `GET /ready`
 * says whether this API process can serve, for a load balancer or an
 * orchestrator's readiness probe: it also reaches PostgreSQL (one read) and
 * Temporal (the namespace), each within two seconds, and answers 503 with
 * the problem's code (DATABASE_UNAVAILABLE, TEMPORAL_UNAVAILABLE) while
 * either cannot be reached, so traffic goes elsewhere until it can.
 *
 * @module
 */
import { Hono } from 'hono';
import { DomainError } from '../../regulation/errors.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { component, doc } from '../openapi.js';
import { healthSchema } from '../schemas/index.js';

const readySchema = component('Readiness', {
  type: 'object',
  additionalProperties: false,
  required: ['status', 'database', 'temporal'],
  properties: {
    status: { const: 'ready' },
    database: { const: 'ok' },
    temporal: { const: 'ok' },
  },
} as const);

const CHECK_MS = 2_000;

/** `check()` within CHECK_MS, or a DomainError with `code` (a 503). */
async function within(code: string, what: string, check: () => Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${CHECK_MS} ms`)), CHECK_MS);
  });
  try {
    await Promise.race([check(), late]);
  } catch (error) {
    throw new DomainError(code, `${what} is unreachable: ${error instanceof Error ? error.message : String(error)}`, {
      userError: false,
      cause: error,
    });
  } finally {
    clearTimeout(timer);
  }
}

/** Mounted at `/health`. */
export function healthRoutes() {
  const app = new Hono<AppEnv>();
  app.get(
    '/',
    doc({
      summary: 'Whether the API is up',
      tags: ['docs'],
      security: [],
      responses: { 200: { description: 'up', schema: healthSchema } },
    }),
    (c) => c.json({ status: 'ok' as const }),
  );
  return app;
}

/** Mounted at `/ready`. */
export function readyRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.get(
    '/',
    doc({
      summary: 'Whether this API process can serve: PostgreSQL and Temporal both answer',
      tags: ['docs'],
      security: [],
      responses: { 200: { description: 'ready', schema: readySchema } },
      errors: [503],
    }),
    async (c) => {
      // One indexed read through a repository (all SQL lives in storage/): the pool has a live connection.
      await within('DATABASE_UNAVAILABLE', 'PostgreSQL', () => deps.managers.get('readiness-probe'));
      await within('TEMPORAL_UNAVAILABLE', 'Temporal', () =>
        deps.temporal.workflowService.describeNamespace({ namespace: deps.temporal.options.namespace }),
      );
      return c.json({ status: 'ready' as const, database: 'ok' as const, temporal: 'ok' as const });
    },
  );
  return app;
}
