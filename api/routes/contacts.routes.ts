/**
 * Contacts (mounted at `/contacts`): found by name, e-mail or phone across
 * the companies one may see, and a contact's card. Adding and changing a
 * contact stays under its company (`/companies/{id}/contacts`).
 *
 * @module
 */
import { Hono } from 'hono';
import { contactCard, searchContacts } from '../../app/client-base.js';
import { allow, PEOPLE } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { doc } from '../openapi.js';
import { contactCardSchema, contactListSchema, contactQuerySchema } from '../schemas/index.js';

const tags = ['companies'];

export function contactRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', allow(...PEOPLE));
  app.get(
    '/',
    doc({
      summary: 'Find contacts by part of the name, the e-mail, or part of the phone (as digits)',
      description: 'Only contacts of the companies one may see (a manager: those they manage or have a deal with).',
      tags,
      query: contactQuerySchema,
      responses: { 200: { description: 'by name', schema: contactListSchema } },
    }),
    async (c) => {
      const { q, limit } = c.get('query');
      return c.json({ contacts: await searchContacts(deps, c.get('principal'), q, limit ? Number(limit) : 50) });
    },
  );
  app.get(
    '/:id',
    doc({
      summary: 'A contact with its company, and the e-mail and calls with it on the deals one may see',
      tags,
      responses: { 200: { description: 'the contact card (activity newest first)', schema: contactCardSchema } },
      errors: [404],
    }),
    async (c) => c.json(await contactCard(deps, c.get('principal'), c.req.param('id'))),
  );
  return app;
}
