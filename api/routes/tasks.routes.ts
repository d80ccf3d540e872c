/**
 * Tasks: a manager's inbox, and completing a task through the deal's workflow.
 *
 * @module
 */
import { Hono } from 'hono';
import { visibleTask } from '../../app/access.js';
import { completeTask, listTasks } from '../../app/deals.js';
import { allow, PEOPLE } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { doc } from '../openapi.js';
import {
  completeTaskSchema,
  dealMoveResultSchema,
  taskListSchema,
  taskQuerySchema,
  taskSchema,
} from '../schemas/index.js';

const tags = ['tasks'];

export function taskRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', allow(...PEOPLE));

  app.get(
    '/',
    doc({
      summary: 'An inbox: the tasks one may see',
      description: 'Managers see their own, heads their department’s, directors and admins everyone’s.',
      tags,
      query: taskQuerySchema,
      responses: { 200: { description: 'by due time', schema: taskListSchema } },
    }),
    async (c) => {
      const q = c.get('query');
      return c.json({
        tasks: await listTasks(deps, c.get('principal'), { ...q, limit: q.limit ? Number(q.limit) : 100 }),
      });
    },
  );

  app.get(
    '/:id',
    doc({
      summary: 'One task',
      tags,
      responses: { 200: { description: 'the task', schema: taskSchema } },
      errors: [404],
    }),
    async (c) => c.json(await visibleTask(deps, c.get('principal'), c.req.param('id'))),
  );

  app.post(
    '/:id/complete',
    doc({
      summary: 'Complete a task, with an outcome and fields',
      description: 'Refused, with nothing written, when the task is not open or the fields are invalid.',
      tags,
      body: completeTaskSchema,
      responses: { 200: { description: 'where the deal is now and its new tasks', schema: dealMoveResultSchema } },
      errors: [404, { status: 409, description: 'the task is not open, or the deal is closed' }],
    }),
    async (c) => c.json(await completeTask(deps, c.get('principal'), c.req.param('id'), c.get('body'))),
  );

  return app;
}
