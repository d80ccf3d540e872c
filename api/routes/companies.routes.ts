/**
 * Companies and holdings: the records and their contacts, a holding's other
 * companies as cross-sell leads (and a deal started for one), competitors in
 * the holding as risks. People only; what one sees follows one's deals.
 *
 * @module
 */
import { Hono } from 'hono';
import {
  addContact,
  companyCard,
  companyRisks,
  createCompany,
  createHolding,
  linkHolding,
  listCompanies,
  relatedCompanies,
  startCrossSellLead,
  updateCompany,
  updateContact,
} from '../../app/companies.js';
import { companyActivity, companyDeals } from '../../app/client-base.js';
import { allow, PEOPLE } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { doc } from '../openapi.js';
import {
  activityListSchema,
  companyCardSchema,
  companyDealListSchema,
  companyListSchema,
  companyQuerySchema,
  companyRequestSchema,
  companyRisksSchema,
  companyUpdateSchema,
  contactRequestSchema,
  contactSchema,
  contactUpdateSchema,
  crossSellLeadSchema,
  dealCardSchema,
  holdingLinkSchema,
  holdingListSchema,
  holdingRequestSchema,
  holdingSchema,
  relatedCompaniesSchema,
} from '../schemas/index.js';

const tags = ['companies'];
const invalidInn = { status: 422, description: 'an invalid INN (pointer /inn) or an unknown holding (/holdingId)' };
const innTaken = { status: 409, description: 'another company has this INN (its id in companyId)' };

export function companyRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', allow(...PEOPLE));

  app.post(
    '/',
    doc({
      summary: 'Create a company',
      description: 'A manager creates companies they manage; the status is lead unless sent.',
      tags,
      body: companyRequestSchema,
      responses: { 201: { description: 'the company card', schema: companyCardSchema } },
      errors: [403, innTaken, invalidInn],
    }),
    async (c) => c.json(await createCompany(deps, c.get('principal'), c.get('body')), 201),
  );

  app.get(
    '/',
    doc({
      summary: 'List the companies one may see',
      description: 'A manager sees the companies they manage and those of their deals; a head, their department’s.',
      tags,
      query: companyQuerySchema,
      responses: { 200: { description: 'by name', schema: companyListSchema } },
    }),
    async (c) => {
      const { limit, ...q } = c.get('query');
      return c.json({
        companies: await listCompanies(deps, c.get('principal'), { ...q, ...(limit ? { limit: Number(limit) } : {}) }),
      });
    },
  );

  app.get(
    '/:id',
    doc({
      summary: 'A company with its holding and contacts',
      tags,
      responses: { 200: { description: 'the company card', schema: companyCardSchema } },
      errors: [404],
    }),
    async (c) => c.json(await companyCard(deps, c.get('principal'), c.req.param('id'))),
  );

  app.patch(
    '/:id',
    doc({
      summary: 'Change a company',
      description: 'What is sent changes, the rest stays. A manager may not hand the company to someone else.',
      tags,
      body: companyUpdateSchema,
      responses: { 200: { description: 'the company card', schema: companyCardSchema } },
      errors: [403, 404, innTaken, invalidInn],
    }),
    async (c) => c.json(await updateCompany(deps, c.get('principal'), c.req.param('id'), c.get('body'))),
  );

  app.put(
    '/:id/holding',
    doc({
      summary: 'Link the company into a holding (or out of it, with null)',
      tags,
      body: holdingLinkSchema,
      responses: { 200: { description: 'the company card', schema: companyCardSchema } },
      errors: [404, { status: 422, description: 'no such holding (pointer /holdingId)' }],
    }),
    async (c) =>
      c.json(await linkHolding(deps, c.get('principal'), c.req.param('id'), c.get('body').holdingId ?? null)),
  );

  app.post(
    '/:id/contacts',
    doc({
      summary: 'Add a contact person',
      tags,
      body: contactRequestSchema,
      responses: { 201: { description: 'the contact', schema: contactSchema } },
      errors: [404],
    }),
    async (c) => c.json(await addContact(deps, c.get('principal'), c.req.param('id'), c.get('body')), 201),
  );

  app.patch(
    '/:id/contacts/:contactId',
    doc({
      summary: 'Change a contact (isClient: true marks it for the accounting export)',
      tags,
      body: contactUpdateSchema,
      responses: { 200: { description: 'the contact', schema: contactSchema } },
      errors: [404],
    }),
    async (c) =>
      c.json(await updateContact(deps, c.get('principal'), c.req.param('id'), c.req.param('contactId'), c.get('body'))),
  );

  app.get(
    '/:id/related',
    doc({
      summary: 'The other companies of its holding that are not clients yet: cross-sell leads, with why',
      tags,
      responses: { 200: { description: 'oldest first', schema: relatedCompaniesSchema } },
      errors: [404],
    }),
    async (c) => c.json(await relatedCompanies(deps, c.get('principal'), c.req.param('id'))),
  );

  app.post(
    '/:id/related/:relatedId/lead',
    doc({
      summary: 'Start a deal for a related company of the holding, as a cross-sell lead',
      description:
        'The deal’s client is the related company (client.source is cross_sell, client.crossSellFrom this company). ' +
        'A manager starts deals only for themselves.',
      tags,
      body: crossSellLeadSchema,
      headers: { 'Idempotency-Key': 'a retry with the same key finds the deal the first call made' },
      responses: { 201: { description: 'the deal card with its first tasks', schema: dealCardSchema } },
      errors: [
        403,
        { status: 404, description: 'the company, the regulation, or a related company not in its holding' },
        { status: 409, description: 'the related company is a client already, or a competitor' },
      ],
    }),
    async (c) =>
      c.json(
        await startCrossSellLead(
          deps,
          c.get('principal'),
          c.req.param('id'),
          c.req.param('relatedId'),
          c.get('body'),
          c.req.header('idempotency-key'),
        ),
        201,
      ),
  );

  app.get(
    '/:id/deals',
    doc({
      summary: 'The company’s deals one may see, open and closed, with their stage’s title',
      tags,
      responses: { 200: { description: 'newest first', schema: companyDealListSchema } },
      errors: [404],
    }),
    async (c) => c.json({ deals: await companyDeals(deps, c.get('principal'), c.req.param('id')) }),
  );

  app.get(
    '/:id/activity',
    doc({
      summary: 'E-mail and logged calls of the company’s deals one may see',
      tags,
      responses: { 200: { description: 'newest first, at most 200', schema: activityListSchema } },
      errors: [404],
    }),
    async (c) => c.json({ activity: await companyActivity(deps, c.get('principal'), c.req.param('id')) }),
  );

  app.get(
    '/:id/risks',
    doc({
      summary: 'Competitors in the company’s holding: a confidentiality risk',
      tags,
      responses: { 200: { description: 'one per competitor', schema: companyRisksSchema } },
      errors: [404],
    }),
    async (c) => c.json(await companyRisks(deps, c.get('principal'), c.req.param('id'))),
  );

  return app;
}

export function holdingRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', allow(...PEOPLE));

  app.post(
    '/',
    doc({
      summary: 'Create a holding (link companies into it with PUT /companies/{id}/holding)',
      tags,
      body: holdingRequestSchema,
      responses: { 201: { description: 'the holding', schema: holdingSchema } },
    }),
    async (c) => c.json(await createHolding(deps, c.get('principal'), c.get('body').name), 201),
  );

  app.get(
    '/',
    doc({
      summary: 'Every holding',
      tags,
      responses: { 200: { description: 'by name', schema: holdingListSchema } },
    }),
    async (c) => c.json({ holdings: await deps.companies.holdings() }),
  );

  return app;
}
