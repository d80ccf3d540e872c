/**
 * Tasks: a manager's inbox, and completing a task through the deal's workflow.
 *
 * @module
 */
import { Hono, type Context } from 'hono';
import { allow, PEOPLE, visibleOwners } from '../access.js';
import type { FieldValues } from '../../regulation/deal-state.js';
import { DomainError } from '../../regulation/errors.js';
import { completeTaskUpdate, dealWorkflowId } from '../../workflows/definitions.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { check, completeTaskSchema, jsonBody, taskQuerySchema } from '../validation.js';

export function taskRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', allow(...PEOPLE));

  /** The task if the caller may see it (their own, their team's, or any for a director); 404 otherwise. */
  const findTask = async (c: Context<AppEnv>, id: string) => {
    const task = await deps.deals.getTask(id);
    const owners = await visibleOwners(deps, c.get('principal'));
    if (!task || (owners && !owners.includes(task.assignee)))
      throw new DomainError('TASK_NOT_FOUND', `task "${id}" not found`);
    return task;
  };

  app.get('/', async (c) => {
    const q = check<{ assignee?: string; status?: 'open' | 'done' | 'cancelled'; dealId?: string; limit?: string }>(
      taskQuerySchema,
      c.req.query(),
      'query',
    );
    const assignees = await visibleOwners(deps, c.get('principal'));
    return c.json({
      tasks: await deps.deals.listTasks({
        ...q,
        ...(assignees ? { assignees } : {}),
        limit: q.limit ? Number(q.limit) : 100,
      }),
    });
  });

  app.get('/:id', async (c) => c.json(await findTask(c, c.req.param('id'))));

  app.post('/:id/complete', async (c) => {
    const body = await jsonBody<{ outcome?: string; fields?: FieldValues }>(c, completeTaskSchema);
    const task = await findTask(c, c.req.param('id'));
    if (task.status !== 'open') throw new DomainError('TASK_NOT_OPEN', `task "${task.key}" is already ${task.status}`);
    const result = await deps.temporal.workflow
      .getHandle(dealWorkflowId(task.dealId))
      .executeUpdate(completeTaskUpdate, {
        args: [
          {
            taskId: task.id,
            ...(body.outcome !== undefined ? { outcome: body.outcome } : {}),
            fields: body.fields ?? {},
            actor: c.get('actor'),
          },
        ],
      });
    return c.json(result);
  });

  return app;
}
