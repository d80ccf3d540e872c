/**
 * E-mail: sending from a deal (`dealMessageRoutes`, mounted by the deals at
 * `/deals/:id/messages`), a mail provider's inbound webhook (`/inbound`), the
 * local catch-all mailbox (`/mail`) and, public because a client's mail
 * program reaches them without sign-in, the open pixel and the unsubscribe
 * link every automated mail carries (`mailLinkRoutes`, at `/m`). The use
 * cases are `app/messages.ts`.
 *
 * @module
 */
import { Hono } from 'hono';
import type { BlankSchema } from 'hono/types';
import {
  caughtMail,
  dealMessages,
  receiveInboundEmail,
  recordOpen,
  sendDealMessage,
  unsubscribe,
} from '../../app/messages.js';
import { PEOPLE, allow } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { doc } from '../openapi.js';
import {
  caughtMailListSchema,
  dealMessageRequestSchema,
  inboundEmailSchema,
  intakeResultSchema,
  messageListSchema,
} from '../schemas/index.js';

const tags = ['messages'];

/** A transparent 1×1 GIF. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** Mounted at `/m`, public: what a client's mail program reaches, the open pixel and the unsubscribe link. */
export function mailLinkRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.get(
    '/:id/open.gif',
    doc({
      summary: 'The open-tracking pixel of a message',
      description: 'Records `email.opened` for the deal once per message; always answers the pixel.',
      tags,
      security: [],
      responses: { 200: { description: 'a 1×1 transparent GIF', contentType: 'image/gif' } },
    }),
    async (c) => {
      await recordOpen(deps, c.req.param('id')).catch((error: unknown) => deps.logError?.(error));
      return c.body(new Uint8Array(PIXEL), 200, { 'content-type': 'image/gif', 'cache-control': 'no-store' });
    },
  );
  app.get(
    '/:id/unsubscribe',
    doc({
      summary: 'Unsubscribe from automated mail (the link in every automated message)',
      tags,
      security: [],
      responses: {
        200: { description: 'a page saying so', contentType: 'text/html' },
        404: { description: 'a page saying the link is not valid', contentType: 'text/html' },
      },
    }),
    async (c) => {
      const email = await unsubscribe(deps, c.req.param('id'));
      if (!email) return c.html('<p>This link is not valid.</p>', 404);
      return c.html(`<p>${escapeHtml(email)} will receive no more automated e-mails from us.</p>`);
    },
  );
  return app;
}

/** Mounted by `dealRoutes` at `/:id/messages`. */
export function dealMessageRoutes(deps: ApiDeps) {
  // The base path types the deal's `id`, which comes from where the deals mount this.
  const app = new Hono<AppEnv, BlankSchema, '/:id/messages'>();

  app.post(
    '/',
    allow(...PEOPLE),
    doc({
      summary: "Send an e-mail from the deal to its contacts (a template rendered with the deal's data, or text)",
      description:
        'Queued in the mail outbox (one message per recipient) and sent at least once with retries; `message.queued` and `message.sent` are on the timeline.',
      tags,
      body: dealMessageRequestSchema,
      headers: { 'Idempotency-Key': 'a retry with the same key queues nothing new' },
      responses: { 201: { description: 'the queued messages', schema: messageListSchema } },
      errors: [404],
    }),
    async (c) => {
      const messages = await sendDealMessage(deps, c.get('principal'), c.req.param('id'), c.get('body'), {
        idempotencyKey: c.req.header('idempotency-key'),
      });
      return c.json({ messages }, 201);
    },
  );

  app.get(
    '/',
    allow(...PEOPLE),
    doc({
      summary: "The deal's e-mail messages with every delivery attempt",
      tags,
      responses: { 200: { description: 'oldest first', schema: messageListSchema } },
      errors: [404],
    }),
    async (c) => c.json({ messages: await dealMessages(deps, c.get('principal'), c.req.param('id')) }),
  );

  return app;
}

/** Mounted at `/inbound`. */
export function inboundRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();

  app.post(
    '/email',
    allow('integration', 'director', 'admin'),
    doc({
      summary: "A mail provider's inbound webhook: a reply to one of our messages",
      description:
        'Matched by the reply+<messageId>@ address or In-Reply-To; becomes `email.replied` through the events intake (an `EMAIL_REPLIED` move where the stage has one).',
      tags,
      security: ['apiKey', 'bearer'],
      body: inboundEmailSchema,
      responses: {
        202: { description: 'taken', schema: intakeResultSchema },
        200: { description: 'a repeated delivery: the first result', schema: intakeResultSchema },
      },
      errors: [404],
    }),
    async (c) => {
      const result = await receiveInboundEmail(deps, c.get('body') as never, c.get('actor'));
      return c.json(result, result.duplicate ? 200 : 202);
    },
  );

  return app;
}

/** Mounted at `/mail`. */
export function mailboxRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();

  app.get(
    '/catch-all',
    allow('director', 'admin'),
    doc({
      summary: 'What the local catch-all SMTP server received (`reglament start` without SMTP_URL), newest first',
      tags,
      responses: { 200: { description: 'the last 100', schema: caughtMailListSchema } },
    }),
    async (c) => c.json({ mail: await caughtMail(deps) }),
  );

  return app;
}
