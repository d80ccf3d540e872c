/**
 * Deals: start one (a workflow per deal), read it, move it with an event.
 *
 * @module
 */
import { createHash, randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { Hono, type Context } from 'hono';
import { allow, PEOPLE, visibleDeal, visibleOwners } from '../access.js';
import { fieldProblems, type FieldValues } from '../../regulation/deal-state.js';
import { DomainError } from '../../regulation/errors.js';
import {
  SEARCH_ATTRIBUTES,
  dealReadyUpdate,
  dealWorkflowId,
  reassignUpdate,
  sendEventUpdate,
  type DealWorkflowInput,
} from '../../workflows/definitions.js';
import type { dealWorkflow } from '../../workflows/deal.workflow.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { check, dealEventSchema, dealQuerySchema, jsonBody, startDealSchema } from '../validation.js';

export interface StartDealBody {
  regulationId: string;
  regulationVersion?: number;
  owner?: string;
  client: { name: string } & Record<string, unknown>;
  fields?: FieldValues;
}

/** Same Idempotency-Key, same deal id: a repeated POST finds the deal it made. */
function dealIdFor(idempotencyKey: string | undefined): string {
  if (!idempotencyKey) return randomUUID();
  const h = createHash('sha256').update(`deal:${idempotencyKey}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Starts a deal's workflow on the regulation's pinned version and waits until
 * its first stage and tasks are in the read model. Returns the deal id; a
 * repeated idempotency key returns the deal the first call made.
 */
export async function startDeal(
  deps: ApiDeps,
  body: StartDealBody,
  options: { idempotencyKey?: string | undefined; actor: string },
): Promise<string> {
  const pinned = await deps.regulations.get(body.regulationId, body.regulationVersion);
  if (!pinned) {
    throw new DomainError(
      'REGULATION_NOT_FOUND',
      `regulation "${body.regulationId}"${body.regulationVersion ? ` version ${body.regulationVersion}` : ''} not found`,
    );
  }
  const problems = fieldProblems(pinned.regulation, body.fields);
  if (problems.length) throw new DomainError('FIELD_INVALID', problems.join('; '), { details: { problems } });
  const dealId = dealIdFor(options.idempotencyKey);
  const input: DealWorkflowInput = {
    dealId,
    regulation: pinned.regulation,
    regulationVersion: pinned.version,
    // No owner named: the regulation's assignment rules decide in the workflow.
    owner: body.owner ?? null,
    client: body.client,
    fields: body.fields ?? {},
    actor: options.actor,
    ...(deps.historyLimit ? { historyLimit: deps.historyLimit } : {}),
  };
  try {
    await deps.temporal.workflow.executeUpdateWithStart(dealReadyUpdate, {
      startWorkflowOperation: new WithStartWorkflowOperation<typeof dealWorkflow>('dealWorkflow', {
        workflowId: dealWorkflowId(dealId),
        taskQueue: deps.taskQueue,
        args: [input],
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        searchAttributes: {
          ...(input.owner ? { [SEARCH_ATTRIBUTES.owner]: [input.owner] } : {}),
          [SEARCH_ATTRIBUTES.regulation]: [`${pinned.regulation.id}@${pinned.version}`],
          [SEARCH_ATTRIBUTES.stage]: [pinned.regulation.stages[0]!.key],
        },
      }),
    });
  } catch (error) {
    // A repeated key whose deal already closed: the deal is what the caller made.
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
  return dealId;
}

export function dealRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', allow(...PEOPLE));
  const visible = (c: Context<AppEnv>) => visibleDeal(deps, c, c.req.param('id')!);

  const dealView = async (c: Context<AppEnv>, id: string) => {
    const deal = await visibleDeal(deps, c, id);
    const tasks = await deps.deals.listTasks({ dealId: id, limit: 1000 });
    return { ...deal, tasks };
  };

  app.post('/', async (c) => {
    const body = await jsonBody<StartDealBody>(c, startDealSchema);
    const me = c.get('principal');
    // A manager starts deals for themselves; heads and directors may name anyone, or leave it to the rules.
    if (me.role === 'manager' && body.owner && body.owner !== me.id) {
      throw new DomainError('FORBIDDEN', 'a manager may start deals only for themselves');
    }
    const owner = body.owner ?? (me.role === 'manager' ? me.id : undefined);
    const dealId = await startDeal(
      deps,
      { ...body, ...(owner ? { owner } : {}) },
      {
        idempotencyKey: c.req.header('idempotency-key'),
        actor: c.get('actor'),
      },
    );
    return c.json(await dealView(c, dealId), 201);
  });

  app.get('/', async (c) => {
    const q = check<{ owner?: string; status?: 'active' | 'won' | 'lost'; limit?: string }>(
      dealQuerySchema,
      c.req.query(),
      'query',
    );
    const owners = await visibleOwners(deps, c.get('principal'));
    return c.json({
      deals: await deps.deals.listDeals({
        ...q,
        ...(owners ? { owners } : {}),
        limit: q.limit ? Number(q.limit) : 100,
      }),
    });
  });

  app.get('/:id', async (c) => c.json(await dealView(c, c.req.param('id'))));

  app.get('/:id/events', async (c) => c.json({ events: await deps.deals.listEvents((await visible(c)).id) }));

  /** What happened to the deal, in the same shape as a simulation's timeline. */
  app.get('/:id/timeline', async (c) => c.json({ timeline: await deps.deals.timeline((await visible(c)).id) }));

  /** Every decision the rules made for this deal, with the facts they saw and the alternatives. */
  app.get('/:id/decisions', async (c) => c.json({ decisions: await deps.deals.listDecisions((await visible(c)).id) }));

  /** Reminders and escalations: scheduled, fired or cancelled, and who was told. */
  app.get('/:id/timers', async (c) => c.json({ timers: await deps.deals.listTimers((await visible(c)).id) }));

  app.get('/:id/escalations', async (c) =>
    c.json({ escalations: await deps.deals.listNotifications({ dealId: (await visible(c)).id, kind: 'escalation' }) }),
  );

  app.post('/:id/reassign', allow('director', 'head', 'admin'), async (c) => {
    const deal = await visible(c);
    if (deal.status !== 'active') throw new DomainError('DEAL_CLOSED', `deal "${deal.id}" is closed (${deal.status})`);
    const result = await deps.temporal.workflow
      .getHandle(dealWorkflowId(deal.id))
      .executeUpdate(reassignUpdate, { args: [{ actor: c.get('actor'), reason: 'requested' }] });
    return c.json(result);
  });

  app.post('/:id/events', async (c) => {
    const deal = await visible(c);
    const body = await jsonBody<{ type: string; fields?: FieldValues }>(c, dealEventSchema);
    if (deal.status !== 'active') throw new DomainError('DEAL_CLOSED', `deal "${deal.id}" is closed (${deal.status})`);
    const result = await deps.temporal.workflow.getHandle(dealWorkflowId(deal.id)).executeUpdate(sendEventUpdate, {
      args: [{ type: body.type, fields: body.fields ?? {}, actor: c.get('actor') }],
    });
    return c.json(result);
  });

  return app;
}
