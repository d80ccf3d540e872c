/**
 * Telephony (mounted at `/telephony`): the call API a PBX (or its adapter)
 * reports calls to, the vendors' own webhook formats (`/pbx/<vendor>/…`),
 * routing before ringing, click-to-call, and what people read: calls,
 * call-backs, extensions and the telephony rules. Use cases: `app/calls.ts`,
 * `app/telephony.ts`.
 *
 * @module
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { receiveCallEvent } from '../../app/calls.js';
import { parseJson } from '../../app/input.js';
import {
  listCallBacks,
  listCalls,
  numbersOfDeal,
  originateCall,
  readTelephonyRules,
  receivePbxWebhook,
  routeCall,
  saveTelephonyRules,
  setExtension,
  visibleCall,
} from '../../app/telephony.js';
import { check } from '../../app/validate.js';
import type { CallEvent } from '../../domain/call.js';
import { allow } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { doc } from '../openapi.js';
import {
  callAnswerSchema,
  callBackListSchema,
  callBackQuerySchema,
  callEventSchema,
  callListSchema,
  callQuerySchema,
  callSchema,
  dealNumbersSchema,
  extensionAnswerSchema,
  extensionListSchema,
  extensionRequestSchema,
  originateAnswerSchema,
  originateRequestSchema,
  pbxWebhookAnswerSchema,
  routeAnswerSchema,
  routeQuerySchema,
  telephonyRulesAnswerSchema,
  telephonyRulesSchema,
} from '../schemas/telephony.js';

const tags = ['telephony'];
const PEOPLE = ['director', 'head', 'manager', 'admin'] as const;

/** A vendor's webhook: form fields (Mango Office, Zadarma) or JSON. */
async function webhookOf(c: Context) {
  const type = c.req.header('content-type') ?? '';
  const fields: Record<string, string> = {};
  let json: unknown;
  if (/form/.test(type)) {
    for (const [k, v] of Object.entries(await c.req.parseBody())) if (typeof v === 'string') fields[k] = v;
  } else if (/json/.test(type)) json = parseJson(await c.req.text());
  const event = c.req.param('event');
  return { path: event ? `/${event}` : '', query: c.req.query(), fields, ...(json !== undefined ? { json } : {}) };
}

/**
 * A vendor's webhook URL carries the integration's API key in its path
 * (`/telephony/pbx/<vendor>/<key>/…`): a PBX cannot add our header, and
 * appends its own path to the URL. The key is then checked like any `X-Api-Key`.
 */
const keyOf = (segment: string | undefined): string | undefined => {
  try {
    const key = segment === undefined ? undefined : decodeURIComponent(segment);
    return key && /^[\x21-\x7e]{1,200}$/.test(key) ? key : undefined;
  } catch {
    return undefined;
  }
};

export const pbxKeyFromPath: MiddlewareHandler<AppEnv> = async (c, next) => {
  const key = keyOf(c.req.path.split('/')[4]);
  // A key that cannot be one (malformed, not printable ASCII) is no credential: the answer is 401.
  if (key && !c.req.header('x-api-key')) c.req.raw.headers.set('x-api-key', key);
  await next();
};

export function telephonyRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();

  app.post(
    '/calls',
    allow('integration', 'director', 'admin'),
    doc({
      summary: 'Report one event of a call: started, answered, finished or recorded',
      description:
        'Idempotent on the PBX’s call id: a repeated or late event changes nothing twice. A finished call is logged on the client’s open deal, opens a lead for an unknown number, and leaves a call-back when missed, as the telephony rules say.',
      tags,
      security: ['apiKey', 'bearer'],
      rawBody: { 'application/json': { schema: callEventSchema } },
      responses: { 200: { description: 'the call as it now stands', schema: callAnswerSchema } },
      errors: [400, 403, 422],
    }),
    async (c) => {
      const e = check<CallEvent>(callEventSchema, parseJson(await c.req.text()));
      return c.json(await receiveCallEvent(deps, 'api', e, c.get('actor')));
    },
  );

  const pbxDoc = (method: 'GET' | 'POST', withEvent: boolean) =>
    doc({
      summary: `A PBX vendor’s own webhook (${method}${withEvent ? ', with the vendor’s event path' : ''})`,
      description:
        'Mango Office posts to `/pbx/mango-office/{key}/events/call|summary|recording`, Zadarma to `/pbx/zadarma/{key}`. The integration key is in the path: a PBX sends no headers of ours and appends its own path to the URL. Zadarma’s URL check (`zd_echo`) is answered with the echo.',
      operationId: `${method.toLowerCase()}TelephonyPbxWebhook${withEvent ? 'Event' : ''}`,
      tags,
      security: ['apiKey'],
      ...(method === 'POST'
        ? { rawBody: { 'application/x-www-form-urlencoded': { schema: { type: 'object' } } } }
        : {}),
      responses: {
        200: {
          description: 'the calls the webhook reported, or the echo a vendor asks for',
          content: { 'application/json': { schema: pbxWebhookAnswerSchema }, 'text/plain': {} },
        },
      },
      errors: [400, 403, 404],
    });
  const pbx = async (c: Context<AppEnv>) => {
    const vendor = c.req.param('vendor')!;
    const r = await receivePbxWebhook(deps, vendor, await webhookOf(c), c.get('actor'));
    return r.reply !== undefined ? c.text(r.reply) : c.json({ calls: r.calls });
  };
  for (const withEvent of [false, true]) {
    const path = withEvent ? '/pbx/:vendor/:key/:event{.+}' : '/pbx/:vendor/:key';
    app.post(path, allow('integration', 'admin'), pbxDoc('POST', withEvent), pbx);
    app.get(path, allow('integration', 'admin'), pbxDoc('GET', withEvent), pbx);
  }

  app.get(
    '/route',
    allow('integration', 'director', 'admin'),
    doc({
      summary: 'Which extension should ring for a call from this number',
      description:
        'The owner of the client’s open deal when on shift and on an extension; else the telephony rules’ choice.',
      tags,
      security: ['apiKey', 'bearer'],
      query: routeQuerySchema,
      responses: { 200: { description: 'the extension, or null for the PBX’s own queue', schema: routeAnswerSchema } },
      errors: [403],
    }),
    async (c) => c.json(await routeCall(deps, c.get('query').from)),
  );

  app.get(
    '/calls',
    allow(...PEOPLE),
    doc({
      summary: 'Calls, newest first: a manager’s own deals’ and extension’s, a head’s team’s',
      tags,
      query: callQuerySchema,
      responses: { 200: { description: 'newest first', schema: callListSchema } },
      errors: [403, 404],
    }),
    async (c) => c.json({ calls: await listCalls(deps, c.get('principal'), c.get('query')) }),
  );

  app.get(
    '/calls/:id',
    allow(...PEOPLE),
    doc({
      summary: 'One call (404 for a call on a deal one may not see)',
      tags,
      responses: { 200: { description: 'the call', schema: callSchema } },
      errors: [403, 404],
    }),
    async (c) => c.json(await visibleCall(deps, c.get('principal'), c.req.param('id'))),
  );

  app.get(
    '/call-backs',
    allow(...PEOPLE),
    doc({
      summary: 'Call-backs of missed calls: one’s own (a head’s team’s, everyone’s for a director)',
      tags,
      query: callBackQuerySchema,
      responses: { 200: { description: 'by due time', schema: callBackListSchema } },
      errors: [403],
    }),
    async (c) => c.json({ callBacks: await listCallBacks(deps, c.get('principal'), c.get('query')) }),
  );

  app.get(
    '/extensions',
    allow('director', 'admin', 'head', 'integration'),
    doc({
      summary: 'Who answers each extension',
      tags,
      security: ['apiKey', 'bearer'],
      responses: { 200: { description: 'by extension', schema: extensionListSchema } },
      errors: [403],
    }),
    async (c) => c.json({ extensions: await deps.telephony.extensions() }),
  );

  app.put(
    '/extensions/:extension{[0-9A-Za-z*#._-]{1,20}}',
    allow('director', 'admin'),
    doc({
      summary: 'Give an extension to a person',
      tags,
      body: extensionRequestSchema,
      responses: { 200: { description: 'the mapping', schema: extensionAnswerSchema } },
      errors: [403, 404],
    }),
    async (c) => c.json(await setExtension(deps, c.get('principal'), c.req.param('extension'), c.get('body').manager)),
  );

  app.get(
    '/rules',
    allow('director', 'admin', 'head'),
    doc({
      summary: 'The telephony rules in force (the shipped ones until a director saves some)',
      tags,
      responses: { 200: { description: 'the rules', schema: telephonyRulesAnswerSchema } },
      errors: [403],
    }),
    async (c) => c.json(await readTelephonyRules(deps)),
  );

  app.put(
    '/rules',
    allow('director', 'admin'),
    doc({
      summary: 'Replace the telephony rules: leads, call-backs, routing',
      tags,
      rawBody: { 'application/json': { schema: telephonyRulesSchema } },
      responses: { 200: { description: 'the rules saved', schema: telephonyRulesAnswerSchema } },
      errors: [400, 403, 422],
    }),
    async (c) => c.json(await saveTelephonyRules(deps, c.get('principal'), parseJson(await c.req.text()))),
  );

  app.get(
    '/deals/:id/numbers',
    allow(...PEOPLE),
    doc({
      summary: 'The deal client’s numbers as tel: links, and whether the PBX can place a call',
      tags,
      responses: { 200: { description: 'the numbers', schema: dealNumbersSchema } },
      errors: [403, 404],
    }),
    async (c) => c.json(await numbersOfDeal(deps, c.get('principal'), c.req.param('id'))),
  );

  app.post(
    '/deals/:id/call',
    allow(...PEOPLE),
    doc({
      summary: 'Click-to-call: the PBX rings one’s extension, then connects it to the client',
      tags,
      body: originateRequestSchema,
      responses: { 202: { description: 'the PBX took the request', schema: originateAnswerSchema } },
      errors: [403, 404, 409],
    }),
    async (c) => c.json(await originateCall(deps, c.get('principal'), c.req.param('id'), c.get('body').phone), 202),
  );

  return app;
}
