/**
 * The pipeline board (mounted at `/boards`): a regulation's active deals by
 * stage, as the principal may see them.
 *
 * @module
 */
import { Hono } from 'hono';
import { pipelineBoard } from '../../app/board.js';
import { allow, PEOPLE } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { doc } from '../openapi.js';
import { boardQuerySchema, boardSchema } from '../schemas/board.js';

export function boardRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', allow(...PEOPLE));
  app.get(
    '/:regulationId',
    doc({
      summary: 'The pipeline board: a column per stage, a card per active deal one may see',
      description:
        'Managers see their own deals, heads their department’s and those on a queue, directors and admins all. ' +
        'Queue deals come first in each column, then the latest changed.',
      tags: ['deals'],
      query: boardQuerySchema,
      responses: { 200: { description: 'the board', schema: boardSchema } },
      errors: [404],
    }),
    async (c) => {
      const q = c.get('query');
      return c.json(
        await pipelineBoard(deps, c.get('principal'), c.req.param('regulationId'), {
          scope: q.scope,
          owner: q.owner,
          overdue: q.overdue === 'true',
        }),
      );
    },
  );
  return app;
}
