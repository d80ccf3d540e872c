/**
 * Receivables: `GET|PUT /deals/{id}/receivables` (mounted at `/deals` beside
 * the deals' routes), a deal's payment terms; and
 * `GET /analytics/receivables/overdue` (mounted at `/analytics`), what is
 * unpaid past its due date by manager and company.
 *
 * @module
 */
import { Hono } from 'hono';
import { overdueReceivables, receivablesOf, setPaymentTerms } from '../../app/receivables.js';
import { allow, PEOPLE } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { doc } from '../openapi.js';
import { overdueReceivablesSchema, paymentTermsSchema, receivablesSchema } from '../schemas/receivables.js';

export function receivableRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.get(
    '/:id/receivables',
    doc({
      summary: 'A deal’s payment terms: its instalments, what is paid and how far overdue notices went',
      tags: ['deals'],
      responses: { 200: { description: 'the instalments by due date', schema: receivablesSchema } },
      errors: [404],
    }),
    async (c) => c.json({ instalments: await receivablesOf(deps, c.get('principal'), c.req.param('id')) }),
  );
  app.put(
    '/:id/receivables',
    allow(...PEOPLE),
    doc({
      summary: 'Set a deal’s payment terms (instalments with amount, due date and invoice number)',
      description:
        'An instalment is keyed by its invoice number: setting it again changes its amount and due date unless it ' +
        'is paid. Unpaid past its due date, the deal’s owner is reminded, then the regulation’s escalation chain is ' +
        'told level by level; the accounting import’s settlement for the invoice marks it paid and stops the chain.',
      tags: ['deals'],
      body: paymentTermsSchema,
      responses: { 200: { description: 'every instalment of the deal', schema: receivablesSchema } },
      errors: [403, 404, 422],
    }),
    async (c) =>
      c.json({ instalments: await setPaymentTerms(deps, c.get('principal'), c.req.param('id'), c.get('body')) }),
  );
  return app;
}

export function receivableAnalyticsRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.get(
    '/receivables/overdue',
    allow(...PEOPLE),
    doc({
      summary: 'Overdue receivables: unpaid instalments past their due date, by manager and by company',
      description: 'Directors and admins see everyone, a head their department, a manager themselves only.',
      tags: ['analytics'],
      responses: { 200: { description: 'sums by the deal’s owner and by company', schema: overdueReceivablesSchema } },
      errors: [403],
    }),
    async (c) => c.json(await overdueReceivables(deps, c.get('principal'))),
  );
  return app;
}
