/**
 * Tasks: a manager's inbox, and completing a task through the deal's workflow.
 *
 * @module
 */
import { Hono } from 'hono';
import { visibleTask } from '../../app/access.js';
import { completeTask, listTasks } from '../../app/deals.js';
import type { FieldValues } from '../../regulation/deal-state.js';
import { allow, PEOPLE } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { check, completeTaskSchema, jsonBody, taskQuerySchema } from '../validation.js';

export function taskRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', allow(...PEOPLE));

  app.get('/', async (c) => {
    const q = check<{ assignee?: string; status?: 'open' | 'done' | 'cancelled'; dealId?: string; limit?: string }>(
      taskQuerySchema,
      c.req.query(),
      'query',
    );
    return c.json({
      tasks: await listTasks(deps, c.get('principal'), { ...q, limit: q.limit ? Number(q.limit) : 100 }),
    });
  });

  app.get('/:id', async (c) => c.json(await visibleTask(deps, c.get('principal'), c.req.param('id'))));

  app.post('/:id/complete', async (c) => {
    const body = await jsonBody<{ outcome?: string; fields?: FieldValues }>(c, completeTaskSchema);
    return c.json(await completeTask(deps, c.get('principal'), c.req.param('id'), body));
  });

  return app;
}
