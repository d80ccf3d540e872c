/**
 * Deals (mounted at `/deals`): start one (a workflow per deal), read it, move
 * it with an event; its e-mail is `/deals/:id/messages` (`messages.routes.ts`).
 *
 * @module
 */
import { Hono } from 'hono';
import { visibleDeal } from '../../app/access.js';
import { dealCard, dealMoves, raiseComplaint, reassignDeal, sendDealEvent, startDealAs } from '../../app/deals.js';
import { dealCsvRow, searchDeals } from '../../app/deal-search.js';
import { dealTemplates } from '../../app/deal-templates.js';
import { DomainError } from '../../regulation/errors.js';
import { allow, PEOPLE } from '../access.js';
import { toCsv, wantsCsv } from '../csv.js';
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
      summary: 'Find the deals one may see: search, filters, keyset pages; CSV for heads and directors',
      description:
        'A manager sees their own deals, a head their department’s, directors and admins all. Pages follow ' +
        'each other by nextCursor (keyset: no row is skipped or repeated while deals are written). CSV ' +
        '(format=csv or Accept: text/csv) gives up to limit rows (default 10000) with the next cursor in the ' +
        'X-Next-Cursor header.',
      tags,
      query: dealSearchQuerySchema,
      responses: {
        200: {
          description: 'in the order asked (default newest first)',
          content: {
            'application/json': { schema: dealPageSchema },
            'text/csv': {
              schema: {
                type: 'string',
                description:
                  'CSV (RFC 4180, header row): id, client, company, inn, phone, regulation, stage, status, owner, nextTask, nextDue, overdue, createdAt, closedAt, fields',
              },
            },
          },
        },
      },
      errors: [{ status: 403, description: 'CSV asked for by a manager' }],
    }),
    async (c) => {
      const { following, overdue, limit, format, ...q } = c.get('query');
      const me = c.get('principal');
      const csv = format === 'csv' || (format !== 'json' && wantsCsv(c));
      if (csv && !['head', 'director', 'admin'].includes(me.role))
        throw new DomainError('FORBIDDEN', 'the CSV export is for heads, directors and admins');
      const page = await searchDeals(deps, me, {
        ...q,
        following: following === 'true',
        overdue: overdue === 'true',
        limit: limit ? Number(limit) : csv ? 10_000 : 100,
      });
      if (!csv) return c.json(page);
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
