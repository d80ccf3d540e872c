/**
 * Deals (mounted at `/deals`): start one (a workflow per deal), read it, move
 * it with an event; its e-mail is `/deals/:id/messages` (`messages.routes.ts`).
 *
 * @module
 */
import { Hono } from 'hono';
import { visibleDeal } from '../../app/access.js';
import { dealCard, dealMoves, raiseComplaint, reassignDeal, sendDealEvent, startDealAs } from '../../app/deals.js';
import { dealCsvRow, searchDeals, type DealListQuery } from '../../app/deal-search.js';
import { dealTemplates } from '../../app/deal-templates.js';
import { allow, PEOPLE } from '../access.js';
import { toCsv } from '../csv.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { doc } from '../openapi.js';
import {
  dealCardSchema,
  dealEventListSchema,
  dealEventSchema,
  dealPageSchema,
  dealMoveListSchema,
  dealTemplateListSchema,
  dealMoveResultSchema,
  attemptListSchema,
  complaintRequestSchema,
  complaintSchema,
  dealSearchQuerySchema,
  decisionListSchema,
  participantListSchema,
  escalationListSchema,
  startDealSchema,
  timelineSchema,
  timerListSchema,
} from '../schemas/index.js';
import { dealMessageRoutes } from './messages.routes.js';

const tags = ['deals'];

/** The list's query as the use case takes it (query values are strings). */
function dealQuery(
  q: Omit<DealListQuery, 'following' | 'overdue' | 'limit'> & { following?: string; overdue?: string; limit?: string },
  defaultLimit: number,
): DealListQuery {
  const { following, overdue, limit, ...rest } = q;
  return {
    ...rest,
    following: following === 'true',
    overdue: overdue === 'true',
    limit: limit ? Number(limit) : defaultLimit,
  };
}
/** Refused moves: the regulation's checks, the same as the workflow's validators. */
const moveErrors = [
  404,
  { status: 409, description: 'the stage does not take this event, or the deal is closed; nothing written' },
  { status: 422, description: 'required fields or tasks are missing (listed); nothing written' },
] as const;

export function dealRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', allow(...PEOPLE));
  /** The deal's id if the caller may see the deal; DEAL_NOT_FOUND otherwise. */
  const visible = async (me: AppEnv['Variables']['principal'], id: string) => (await visibleDeal(deps, me, id)).id;

  app.post(
    '/',
    doc({
      summary: 'Start a deal',
      description:
        'Starts the deal’s workflow on the regulation’s current (or named) version and answers once its first stage and tasks are readable. A manager starts deals only for themselves.',
      tags,
      body: startDealSchema,
      headers: { 'Idempotency-Key': 'a retry with the same key finds the deal the first call made' },
      responses: { 201: { description: 'the deal card with its first tasks', schema: dealCardSchema } },
      errors: [403, 404],
    }),
    async (c) =>
      c.json(await startDealAs(deps, c.get('principal'), c.get('body'), c.req.header('idempotency-key')), 201),
  );

  app.get(
    '/',
    doc({
      summary: 'Find the deals one may see: search, filters, keyset pages',
      description:
        'A manager sees their own deals, a head their department’s, directors and admins all. Pages follow ' +
        'each other by nextCursor (keyset: no row is skipped or repeated while deals are written).',
      tags,
      query: dealSearchQuerySchema,
      responses: { 200: { description: 'in the order asked (default newest first)', schema: dealPageSchema } },
    }),
    async (c) => c.json(await searchDeals(deps, c.get('principal'), dealQuery(c.get('query'), 100))),
  );

  // Before /:id, which would take "export" for a deal's id.
  app.get(
    '/export',
    allow('head', 'director', 'admin'),
    doc({
      summary: 'The deals list as CSV (heads, directors and admins)',
      description:
        'The same query as GET /deals; up to limit rows (default 10000), the next page’s cursor in the X-Next-Cursor header.',
      tags,
      query: dealSearchQuerySchema,
      responses: {
        200: {
          description: 'CSV (RFC 4180, header row)',
          contentType: 'text/csv',
          schema: {
            type: 'string',
            description:
              'columns: id, client, company, inn, phone, regulation, stage, status, owner, nextTask, nextDue, overdue, createdAt, closedAt, fields',
          },
          headers: { 'X-Next-Cursor': 'the cursor of the next page, when there is one' },
        },
      },
      errors: [403],
    }),
    async (c) => {
      const page = await searchDeals(deps, c.get('principal'), dealQuery(c.get('query'), 10_000));
      return c.body(toCsv(page.deals.map(dealCsvRow)), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="deals.csv"',
        ...(page.nextCursor ? { 'x-next-cursor': page.nextCursor } : {}),
      });
    },
  );

  app.get(
    '/:id',
    doc({
      summary: 'A deal with all its tasks',
      tags,
      responses: { 200: { description: 'the deal card', schema: dealCardSchema } },
      errors: [404],
    }),
    async (c) => c.json(await dealCard(deps, c.get('principal'), c.req.param('id'))),
  );

  app.get(
    '/:id/events',
    doc({
      summary: 'The deal’s append-only audit log',
      tags,
      responses: { 200: { description: 'oldest first', schema: dealEventListSchema } },
      errors: [404],
    }),
    async (c) => c.json({ events: await deps.deals.listEvents(await visible(c.get('principal'), c.req.param('id'))) }),
  );

  app.get(
    '/:id/timeline',
    doc({
      summary: 'What happened to the deal, in the same shape as a simulation’s timeline',
      tags,
      responses: { 200: { description: 'in the order things happened', schema: timelineSchema } },
      errors: [404],
    }),
    async (c) => c.json({ timeline: await deps.deals.timeline(await visible(c.get('principal'), c.req.param('id'))) }),
  );

  app.get(
    '/:id/decisions',
    doc({
      summary: 'Every decision the rules made for this deal, with the facts they saw and the alternatives',
      tags,
      responses: { 200: { description: 'oldest first', schema: decisionListSchema } },
      errors: [404],
    }),
    async (c) =>
      c.json({ decisions: await deps.deals.listDecisions(await visible(c.get('principal'), c.req.param('id'))) }),
  );

  app.get(
    '/:id/moves',
    doc({
      summary: 'The moves the deal’s stage allows, and why each is refused now',
      description:
        'The workflow’s own validator run on the deal as it is: a move with reasons would be refused (409/422) if sent now. Empty for a closed deal.',
      tags,
      responses: { 200: { description: 'in the regulation’s order', schema: dealMoveListSchema } },
      errors: [404],
    }),
    async (c) => c.json({ moves: await dealMoves(deps, c.get('principal'), c.req.param('id')) }),
  );

  app.get(
    '/:id/templates',
    doc({
      summary: 'The templates suggested for the deal’s open tasks, rendered with its data as it is now',
      tags,
      responses: {
        200: { description: 'one per template, in the order of the tasks', schema: dealTemplateListSchema },
      },
      errors: [404],
    }),
    async (c) => c.json({ templates: await dealTemplates(deps, c.get('principal'), c.req.param('id')) }),
  );

  app.get(
    '/:id/timers',
    doc({
      summary: 'Reminders and escalations: scheduled, fired or cancelled, and who was told',
      tags,
      responses: { 200: { description: 'by fire time', schema: timerListSchema } },
      errors: [404],
    }),
    async (c) => c.json({ timers: await deps.deals.listTimers(await visible(c.get('principal'), c.req.param('id'))) }),
  );

  app.get(
    '/:id/escalations',
    doc({
      summary: 'The escalations raised about this deal',
      tags,
      responses: { 200: { description: 'oldest first', schema: escalationListSchema } },
      errors: [404],
    }),
    async (c) =>
      c.json({
        escalations: await deps.deals.listNotifications({
          dealId: await visible(c.get('principal'), c.req.param('id')),
          kind: 'escalation',
        }),
      }),
  );

  app.get(
    '/:id/participants',
    doc({
      summary: 'Who handed the deal over and follows it (they may read it and complain that it stalls)',
      tags,
      responses: { 200: { description: 'oldest first', schema: participantListSchema } },
      errors: [404],
    }),
    async (c) =>
      c.json({ participants: await deps.deals.participants(await visible(c.get('principal'), c.req.param('id'))) }),
  );

  app.post(
    '/:id/complaints',
    doc({
      summary: 'Complain that the deal stalls: an escalation to one’s own head (participants only)',
      tags,
      body: complaintRequestSchema,
      responses: { 201: { description: 'who was told', schema: complaintSchema } },
      errors: [403, 404, 409],
    }),
    async (c) => c.json(await raiseComplaint(deps, c.get('principal'), c.req.param('id'), c.get('body').text), 201),
  );

  app.get(
    '/:id/attempts',
    allow('director', 'head', 'admin'),
    doc({
      summary: 'Moves on this deal that the regulation refused: who tried what and why',
      tags,
      responses: { 200: { description: 'newest first', schema: attemptListSchema } },
      errors: [403, 404],
    }),
    async (c) =>
      c.json({ attempts: await deps.deals.attempts({ dealId: await visible(c.get('principal'), c.req.param('id')) }) }),
  );

  app.post(
    '/:id/reassign',
    allow('director', 'head', 'admin'),
    doc({
      summary: 'Hand the deal and its open tasks to whoever the assignment rules choose now',
      tags,
      responses: { 200: { description: 'the new owner', schema: dealMoveResultSchema } },
      errors: [403, 404, 409],
    }),
    async (c) => c.json(await reassignDeal(deps, c.get('principal'), c.req.param('id'))),
  );

  app.post(
    '/:id/events',
    doc({
      summary: 'Move the deal with a regulation event',
      description: 'Refused, with nothing written, when the stage does not allow the move yet.',
      tags,
      body: dealEventSchema,
      responses: { 200: { description: 'where the deal is now and its new tasks', schema: dealMoveResultSchema } },
      errors: moveErrors,
    }),
    async (c) => {
      await visible(c.get('principal'), c.req.param('id'));
      return c.json(await sendDealEvent(deps, c.get('principal'), c.req.param('id'), c.get('body')));
    },
  );

  app.route('/:id/messages', dealMessageRoutes(deps));

  return app;
}
