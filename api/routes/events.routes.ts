/**
 * What integrations hand in: events (mounted at `/events`), plugin intakes
 * (`/intake`), and the dead-letter table for inspection (`/dead-letters`).
 * The intake itself is `app/intake.ts`.
 *
 * @module
 */
import { Hono, type Context } from 'hono';
import { receiveEvent, receivePluginIntake } from '../../app/intake.js';
import { parseJson } from '../../app/input.js';
import { allow } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { doc } from '../openapi.js';
import {
  deadLetterListSchema,
  eventEnvelopeSchema,
  intakeResultSchema,
  pluginIntakeRawBody,
  pluginIntakeResultSchema,
} from '../schemas/index.js';

const tags = ['integrations'];
const idempotencyKey = { 'Idempotency-Key': 'a repeated delivery returns the first result and changes nothing' };

/** The intake validates the payload by its type (an unknown type becomes a dead letter), so it reads the JSON itself. */
const jsonOf = async (c: Context): Promise<unknown> => parseJson(await c.req.text());

export function eventRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();

  app.post(
    '/',
    allow('integration', 'director', 'admin'),
    doc({
      summary: 'Hand in an event from an integration',
      description:
        'Stored before it is applied: while Temporal is unreachable the event is kept and applied later (`applied: false`). An unknown type or deal is refused and kept as a dead letter.',
      tags,
      security: ['apiKey', 'bearer'],
      rawBody: { 'application/json': { schema: eventEnvelopeSchema } },
      headers: idempotencyKey,
      responses: {
        202: { description: 'taken (applied, or stored to be applied)', schema: intakeResultSchema },
        200: { description: 'a repeated delivery: the first result, `duplicate: true`', schema: intakeResultSchema },
      },
      errors: [400, 403, 404, 422],
    }),
    async (c) => {
      const result = await receiveEvent(deps, await jsonOf(c), {
        key: c.req.header('idempotency-key'),
        actor: c.get('actor'),
      });
      return c.json(result, result.duplicate ? 200 : 202);
    },
  );

  return app;
}

export function intakeRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();

  app.post(
    '/:type',
    allow('integration', 'director', 'admin'),
    doc({
      summary: 'An integration event a plugin turns into a deal',
      tags,
      security: ['apiKey', 'bearer'],
      rawBody: pluginIntakeRawBody,
      headers: idempotencyKey,
      responses: {
        201: { description: 'the deal, started', schema: pluginIntakeResultSchema },
        202: { description: 'stored; the deal starts when Temporal is reachable', schema: pluginIntakeResultSchema },
      },
      errors: [400, 403, 404, 422],
    }),
    async (c) => {
      const answer = await receivePluginIntake(deps, c.req.param('type'), await jsonOf(c), {
        key: c.req.header('idempotency-key'),
        actor: c.get('actor'),
      });
      return answer.applied ? c.json(answer.deal, 201) : c.json(answer, 202);
    },
  );

  return app;
}

export function deadLetterRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();

  app.get(
    '/',
    allow('director', 'admin'),
    doc({
      summary: 'Events that could not be taken, newest first',
      tags,
      responses: { 200: { description: 'the last 200', schema: deadLetterListSchema } },
      errors: [403],
    }),
    async (c) => c.json({ deadLetters: await deps.intake.deadLetters() }),
  );

  return app;
}
