/**
 * `POST /events` for integrations, plugin intakes (`POST /intake/:type`), and
 * the dead-letter table for inspection. The intake itself is `app/intake.ts`.
 *
 * @module
 */
import { Hono } from 'hono';
import { receiveEvent, receivePluginIntake } from '../../app/intake.js';
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

  /** An integration event a plugin knows how to turn into a deal. */
  app.post('/intake/:type', allow('integration', 'director', 'admin'), async (c) => {
    let payload: unknown;
    try {
      const text = await c.req.text();
      payload = text.trim() === '' ? {} : JSON.parse(text);
    } catch (error) {
      throw new DomainError('MALFORMED_JSON', `request body is not valid JSON: ${(error as Error).message}`);
    }
    const answer = await receivePluginIntake(deps, c.req.param('type'), payload, {
      key: c.req.header('idempotency-key'),
      actor: c.get('actor'),
    });
    // Started: the deal card. Stored but not started yet (Temporal unreachable): accepted, with the deal's id.
    return answer.applied ? c.json(answer.deal, 201) : c.json(answer, 202);
  });

  app.get('/dead-letters', allow('director', 'admin'), async (c) =>
    c.json({ deadLetters: await deps.intake.deadLetters() }),
  );

  return app;
}
