/**
 * `POST /events` for integrations, and the dead-letter table for inspection.
 * The intake itself is `integrations/intake.ts`.
 *
 * @module
 */
import { Hono } from 'hono';
import { receiveEvent } from '../../integrations/intake.js';
import { DomainError } from '../../regulation/errors.js';
import { allow } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';

export function eventRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();

  app.post('/events', allow('integration', 'director', 'admin'), async (c) => {
    let raw: unknown;
    try {
      raw = JSON.parse(await c.req.text());
    } catch (error) {
      throw new DomainError('MALFORMED_JSON', `request body is not valid JSON: ${(error as Error).message}`);
    }
    const result = await receiveEvent(deps, raw, { key: c.req.header('idempotency-key'), actor: c.get('actor') });
    return c.json(result, result.duplicate ? 200 : 202);
  });

  app.get('/dead-letters', allow('director', 'admin'), async (c) =>
    c.json({ deadLetters: await deps.sql`select * from dead_letters order by received_at desc limit 200` }),
  );

  return app;
}
