/**
 * Deals and their tasks: start a deal (a workflow per deal), read what one may
 * see, move a deal with an event, complete a task, reassign. Every move goes
 * through the deal's workflow as a Temporal Update, whose validator refuses
 * what the regulation forbids before anything is written.
 *
 * @module
 */
import { createHash, randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { exitBlockers, fieldProblems, stageOf, type FieldValues, type TaskStatus } from '../regulation/deal-state.js';
import { DomainError } from '../regulation/errors.js';
import type { DealChain } from '../storage/chain.repo.js';
import type { DealRow, TaskRow } from '../storage/deals.repo.js';
import type { dealWorkflow } from '../workflows/deal.workflow.js';
import {
  SEARCH_ATTRIBUTES,
  completeTaskUpdate,
  dealReadyUpdate,
  dealWorkflowId,
  REJECTIONS,
  reassignUpdate,
  sendEventUpdate,
  type DealWorkflowInput,
} from '../workflows/definitions.js';
import { checkEvent, type DealView } from '../workflows/validators.js';
import { visibleDeal, visibleOwners, visibleTask, type Principal } from './access.js';
import { companyOfClient, type InvalidInn } from './company-matching.js';
import type { AppContext } from './context.js';
import { refusal } from './refusal.js';

export interface StartDeal {
  regulationId: string;
  regulationVersion?: number;
  owner?: string;
  client: { name: string } & Record<string, unknown>;
  fields?: FieldValues;
}

export type DealCard = DealRow & { tasks: TaskRow[]; chain?: DealChain };

/** Same Idempotency-Key, same deal id: a repeated start finds the deal it made. */
export function dealIdFor(idempotencyKey: string | undefined): string {
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
  ctx: AppContext,
  body: StartDeal,
  options: { idempotencyKey?: string | undefined; actor: string; invalidInn?: InvalidInn; companyId?: string },
): Promise<string> {
  const pinned = await ctx.regulations.get(body.regulationId, body.regulationVersion);
  if (!pinned) {
    throw new DomainError(
      'REGULATION_NOT_FOUND',
      `regulation "${body.regulationId}"${body.regulationVersion ? ` version ${body.regulationVersion}` : ''} not found`,
    );
  }
  const problems = fieldProblems(pinned.regulation, body.fields);
  if (problems.length) throw new DomainError('FIELD_INVALID', problems.join('; '), { details: { problems } });
  const dealId = dealIdFor(options.idempotencyKey);
  // The company the client is (found or a new lead) rides in the client object: see app/company-matching.ts.
  const { client } = await companyOfClient(ctx, body.client, {
    invalidInn: options.invalidInn ?? 'refuse',
    ...(options.companyId ? { companyId: options.companyId } : {}),
  });
  const input: DealWorkflowInput = {
    dealId,
    regulation: pinned.regulation,
    regulationVersion: pinned.version,
    // No owner named: the regulation's assignment rules decide in the workflow.
    owner: body.owner ?? null,
    client,
    fields: body.fields ?? {},
    actor: options.actor,
    ...(ctx.historyLimit ? { historyLimit: ctx.historyLimit } : {}),
  };
  try {
    await ctx.temporal.workflow.executeUpdateWithStart(dealReadyUpdate, {
      startWorkflowOperation: new WithStartWorkflowOperation<typeof dealWorkflow>('dealWorkflow', {
        workflowId: dealWorkflowId(dealId),
        taskQueue: ctx.taskQueue,
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

/**
 * A person starts a deal: a manager only for themselves (and owns it when no
 * owner is named); heads name their department's people, directors anyone, or
 * either leaves it to the rules.
 */
export async function startDealAs(
  ctx: AppContext,
  me: Principal,
  body: StartDeal,
  idempotencyKey?: string,
): Promise<DealCard> {
  if (me.role === 'manager' && body.owner && body.owner !== me.id) {
    throw new DomainError('FORBIDDEN', 'a manager may start deals only for themselves');
  }
  if (me.role === 'head' && body.owner && !(await visibleOwners(ctx, me))!.includes(body.owner)) {
    throw new DomainError('FORBIDDEN', 'a head may start deals only for their department’s people');
  }
  const owner = body.owner ?? (me.role === 'manager' ? me.id : undefined);
  const dealId = await startDeal(ctx, { ...body, ...(owner ? { owner } : {}) }, { idempotencyKey, actor: me.id });
  return dealCard(ctx, me, dealId);
}

/** The deal with all its tasks. */
export async function dealCard(ctx: AppContext, me: Principal, id: string): Promise<DealCard> {
  const deal = await visibleDeal(ctx, me, id);
  const [tasks, chain] = await Promise.all([ctx.deals.listTasks({ dealId: id, limit: 1000 }), ctx.chains.chainOf(id)]);
  return { ...deal, tasks, chain };
}

export async function listDeals(
  ctx: AppContext,
  me: Principal,
  q: { owner?: string; status?: DealRow['status']; limit?: number; following?: boolean },
): Promise<DealRow[]> {
  const { following, ...filter } = q;
  // The deals one handed over and follows (an info agent after the hand-over).
  if (following)
    return ctx.deals.listDeals({ ...filter, ids: await ctx.deals.participating(me.id), limit: q.limit ?? 100 });
  const owners = await visibleOwners(ctx, me);
  return ctx.deals.listDeals({ ...filter, ...(owners ? { owners } : {}), limit: q.limit ?? 100 });
}

/**
 * A participant says the deal stalls: an escalation to their own head, on
 * the deal's log and in the head's notifications. Only someone who handed
 * the deal over may raise one.
 */
export async function raiseComplaint(ctx: AppContext, me: Principal, id: string, text: string) {
  const deal = await openDeal(ctx, me, id);
  if (!(await ctx.deals.isParticipant(id, me.id)))
    throw new DomainError('FORBIDDEN', 'only someone who handed the deal over may complain that it stalls');
  const pinned = await ctx.regulations.get(deal.regulationId, deal.regulationVersion);
  const complaint = await ctx.deals.recordComplaint({
    dealId: id,
    seq: deal.seq,
    by: me.id,
    text,
    stage: deal.stage,
    fallback: pinned?.regulation.assignment.fallback ?? 'queue:unassigned',
  });
  return { id: complaint.id, dealId: id, by: me.id, to: complaint.to, stage: deal.stage, text, at: complaint.at };
}

/** A move the regulation refuses is kept in the attempts log (who tried what and why), then refused as before. */
async function refusedAttempt<T>(
  ctx: AppContext,
  attempt: { dealId: string; actor: string; action: string; detail: object },
  move: () => Promise<T>,
): Promise<T> {
  try {
    return await move();
  } catch (error) {
    // The regulation's refusals (its validators' rejections), not a deal one may not see or an outage.
    const refused = refusal(error);
    if (refused && refused.code in REJECTIONS) await ctx.deals.recordAttempt({ ...attempt, ...refused });
    throw error;
  }
}

export async function listTasks(
  ctx: AppContext,
  me: Principal,
  q: { assignee?: string; status?: TaskRow['status']; dealId?: string; limit?: number },
): Promise<TaskRow[]> {
  const assignees = await visibleOwners(ctx, me);
  return ctx.deals.listTasks({ ...q, ...(assignees ? { assignees } : {}), limit: q.limit ?? 100 });
}

const openDeal = async (ctx: AppContext, me: Principal, id: string) => {
  const deal = await visibleDeal(ctx, me, id);
  if (deal.status !== 'active') throw new DomainError('DEAL_CLOSED', `deal "${deal.id}" is closed (${deal.status})`);
  return deal;
};

/** Moves the deal with a regulation event; refused (409/422) and nothing written when the stage does not allow it. */
export async function sendDealEvent(
  ctx: AppContext,
  me: Principal,
  id: string,
  body: { type: string; fields?: FieldValues },
) {
  const attempt = { dealId: id, actor: me.id, action: 'event', detail: { type: body.type, fields: body.fields ?? {} } };
  return refusedAttempt(ctx, attempt, async () => {
    const deal = await openDeal(ctx, me, id);
    return ctx.temporal.workflow.getHandle(dealWorkflowId(deal.id)).executeUpdate(sendEventUpdate, {
      args: [{ type: body.type, fields: body.fields ?? {}, actor: me.id }],
    });
  });
}

/** Hands the deal and its open tasks to whoever the regulation's assignment rules choose now. */
export async function reassignDeal(ctx: AppContext, me: Principal, id: string, reason = 'requested') {
  const deal = await openDeal(ctx, me, id);
  return ctx.temporal.workflow
    .getHandle(dealWorkflowId(deal.id))
    .executeUpdate(reassignUpdate, { args: [{ actor: me.id, reason }] });
}

export async function completeTask(
  ctx: AppContext,
  me: Principal,
  taskId: string,
  body: { outcome?: string; fields?: FieldValues },
) {
  const task = await visibleTask(ctx, me, taskId);
  const attempt = { dealId: task.dealId, actor: me.id, action: 'complete_task', detail: { taskId, ...body } };
  return refusedAttempt(ctx, attempt, async () => {
    if (task.status !== 'open') throw new DomainError('TASK_NOT_OPEN', `task "${task.key}" is already ${task.status}`);
    return ctx.temporal.workflow.getHandle(dealWorkflowId(task.dealId)).executeUpdate(completeTaskUpdate, {
      args: [
        {
          taskId: task.id,
          ...(body.outcome !== undefined ? { outcome: body.outcome } : {}),
          fields: body.fields ?? {},
          actor: me.id,
        },
      ],
    });
  });
}

/** Why a move is not allowed yet: a rejection code, and the field or task it is about. */
export interface MoveReason {
  code: string;
  field?: string;
  task?: string;
  message: string;
}

export interface DealMove {
  event: string;
  to: string;
  allowed: boolean;
  reasons: MoveReason[];
}

/** One reason per missing field and per open task. */
const blockerReasons = (code: string, b: { missingFields?: string[]; openTasks?: string[] }): MoveReason[] => [
  ...(b.missingFields ?? []).map((field) => ({ code, field, message: `field "${field}" is required` })),
  ...(b.openTasks ?? []).map((task) => ({ code, task, message: `task "${task}" is not done` })),
];

/** A validator's rejection as the reasons it names. */
function reasonsOf(failure: ApplicationFailure): MoveReason[] {
  const code = failure.type ?? 'UPDATE_FAILED';
  const reasons = blockerReasons(code, (failure.details?.[0] ?? {}) as Parameters<typeof blockerReasons>[1]);
  return reasons.length > 0 ? reasons : [{ code, message: failure.message }];
}

/**
 * The moves the deal's stage allows, each with the reasons it is refused now:
 * the workflow's own validator (`checkEvent`) run on the read model, so the
 * page shows before a click what the Update would answer after it.
 */
export async function dealMoves(ctx: AppContext, me: Principal, id: string): Promise<DealMove[]> {
  const deal = await visibleDeal(ctx, me, id);
  const pinned = await ctx.regulations.get(deal.regulationId, deal.regulationVersion);
  if (!pinned || deal.status !== 'active') return [];
  const regulation = pinned.regulation;
  const stage = stageOf(regulation, deal.stage);
  // The current visit's tasks: the newest visit among this stage's tasks (tasks are made on entry).
  const rows = (await ctx.deals.listTasks({ dealId: id, limit: 1000 })).filter((t) => t.stage === deal.stage);
  const visit = Math.max(0, ...rows.map((t) => t.visit));
  const tasks: Record<string, TaskStatus> = Object.fromEntries(
    rows.filter((t) => t.visit === visit).map((t) => [t.key, t.status]),
  );
  const fields = deal.fields as FieldValues;
  const view: DealView = {
    dealId: deal.id,
    regulation,
    stage: deal.stage,
    closed: false,
    context: { dealId: deal.id, fields, visit, tasks },
    // The machine's guard on a stage's events is the exit check checkEvent already applies.
    can: () => true,
  };
  return Object.entries(stage.on).map(([event, move]) => {
    let reasons: MoveReason[] = [];
    try {
      checkEvent(view, { type: event });
    } catch (error) {
      if (!(error instanceof ApplicationFailure)) throw error;
      reasons = reasonsOf(error);
      // The loss check comes first and stops there: the exit checks may refuse as well.
      if (error.type === 'LOSS_REASON_REQUIRED' && move.enforce) {
        reasons.push(...blockerReasons('EXIT_BLOCKED', exitBlockers(stage, fields, tasks)));
      }
    }
    return { event, to: move.to, ...(move.title ? { title: move.title } : {}), allowed: reasons.length === 0, reasons };
  });
}
