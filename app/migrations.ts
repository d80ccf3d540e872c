/**
 * Migrating running deals of one regulation version to a newer one with a
 * stage mapping: a dry run first (which deals move where, which tasks would be
 * cancelled or created), then deal by deal through each deal's workflow,
 * within a migration job (`app/jobs.ts`). A deal whose stage has no mapping
 * is left untouched and listed.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import { DomainError } from '../regulation/errors.js';
import type { Regulation } from '../regulation/types.js';
import { dealWorkflowId, migrateUpdate } from '../workflows/definitions.js';
import type { AppContext } from './context.js';
import { refusalOf, type DealStepOutcome } from './refusal.js';

export interface MigrationRequest {
  from: number;
  to: number;
  stageMap: Record<string, string>;
}

export interface MigrationPlan {
  regulationId: string;
  from: number;
  to: number;
  moves: Array<{
    dealId: string;
    /** The client's name, so a person can tell the deals apart. */
    client?: string;
    owner: string;
    fromStage: string;
    toStage: string;
    cancelTasks: string[];
    createTasks: string[];
  }>;
  unmapped: Array<{ dealId: string; client?: string; stage: string; reason: string }>;
}

export interface MigrationReport extends MigrationPlan {
  migrationId: string;
  migrated: Array<{ dealId: string; stage: string }>;
  failed: Array<{ dealId: string; error: string }>;
}

/** Both versions exist, "to" is newer, and the map names stages of each; the target regulation. */
export async function migrationVersions(ctx: AppContext, id: string, req: MigrationRequest) {
  if (req.to <= req.from)
    throw new DomainError('VALIDATION_FAILED', `"to" (${req.to}) must be newer than "from" (${req.from})`);
  const from = await ctx.regulations.get(id, req.from);
  const to = await ctx.regulations.get(id, req.to);
  if (!from || !to)
    throw new DomainError('REGULATION_NOT_FOUND', `regulation "${id}" version ${!from ? req.from : req.to} not found`);
  const errors = Object.entries(req.stageMap).flatMap(([old, target]) => [
    ...(from.regulation.stages.some((s) => s.key === old)
      ? []
      : [{ pointer: `/stageMap/${old}`, message: `version ${req.from} has no stage "${old}"` }]),
    ...(to.regulation.stages.some((s) => s.key === target)
      ? []
      : [{ pointer: `/stageMap/${old}`, message: `version ${req.to} has no stage "${target}"` }]),
  ]);
  if (errors.length)
    throw new DomainError('VALIDATION_FAILED', errors.map((e) => e.message).join('; '), { details: { errors } });
  return { target: to.regulation };
}

/** Dry run: which deals move where and which tasks end and start; nothing is written. */
export async function planMigration(
  ctx: AppContext,
  id: string,
  req: MigrationRequest,
): Promise<{ plan: MigrationPlan; target: Regulation }> {
  const { target } = await migrationVersions(ctx, id, req);
  const deals = (await ctx.deals.listDeals({ status: 'active', limit: 100_000 })).filter(
    (d) => d.regulationId === id && d.regulationVersion === req.from,
  );
  const plan: MigrationPlan = { regulationId: id, from: req.from, to: req.to, moves: [], unmapped: [] };
  for (const d of deals) {
    const stage = req.stageMap[d.stage];
    const client = typeof d.client.name === 'string' ? { client: d.client.name } : {};
    if (!stage) {
      plan.unmapped.push({ dealId: d.id, ...client, stage: d.stage, reason: `no mapping for stage "${d.stage}"` });
      continue;
    }
    const open = await ctx.deals.listTasks({ dealId: d.id, status: 'open', limit: 1000 });
    plan.moves.push({
      dealId: d.id,
      ...client,
      owner: d.owner,
      fromStage: d.stage,
      toStage: stage,
      cancelTasks: open.map((t) => t.title),
      createTasks: target.stages.find((s) => s.key === stage)!.tasks.map((t) => t.title),
    });
  }
  return { plan, target };
}

/**
 * One deal of a migration job, once: a deal already on the target version
 * (a retried or replayed step, or a deal moved meanwhile) counts as done and
 * is not touched; otherwise the deal's Update carries `updateId`, so a repeated
 * call while the first is still in flight joins it instead of applying twice.
 * A refusal (closed deal, stage without a mapping) is the deal's failure; any
 * other error (Temporal or PostgreSQL unreachable) is thrown, to be retried.
 */
export async function migrateDealOnce(
  ctx: AppContext,
  m: { regulationId: string; to: number; stageMap: Record<string, string>; migrationId: string; actor: string },
  dealId: string,
  updateId: string,
): Promise<DealStepOutcome> {
  const deal = await ctx.deals.getDeal(dealId);
  if (!deal || deal.regulationId !== m.regulationId) return { status: 'failed', error: `deal "${dealId}" not found` };
  if (deal.regulationVersion === m.to) return { status: 'done', result: { stage: deal.stage } };
  const to = await ctx.regulations.get(m.regulationId, m.to);
  if (!to) return { status: 'failed', error: `regulation "${m.regulationId}" version ${m.to} not found` };
  try {
    const r = await ctx.temporal.workflow.getHandle(dealWorkflowId(deal.id)).executeUpdate(migrateUpdate, {
      updateId,
      args: [
        { regulation: to.regulation, version: m.to, stageMap: m.stageMap, migrationId: m.migrationId, actor: m.actor },
      ],
    });
    return { status: 'done', result: { stage: r.stage } };
  } catch (error) {
    const refused = refusalOf(error);
    if (refused === undefined) throw error;
    // Refused because an earlier attempt moved it already (and the deal continued as new)?
    const now = await ctx.deals.getDeal(dealId);
    if (now?.regulationVersion === m.to) return { status: 'done', result: { stage: now.stage } };
    return { status: 'failed', error: refused };
  }
}

/** One deal onto a newer version, on its own (`POST /regulations/:id/migrations/deals/:dealId`; jobs use `migrateDealOnce`). */
export async function migrateDeal(
  ctx: AppContext,
  id: string,
  dealId: string,
  req: MigrationRequest & { migrationId?: string },
  actor: string,
) {
  const to = await ctx.regulations.get(id, req.to);
  if (!to) throw new DomainError('REGULATION_NOT_FOUND', `regulation "${id}" version ${req.to} not found`);
  const deal = await ctx.deals.getDeal(dealId);
  if (!deal || deal.regulationId !== id) throw new DomainError('DEAL_NOT_FOUND', `deal "${dealId}" not found`);
  return ctx.temporal.workflow.getHandle(dealWorkflowId(deal.id)).executeUpdate(migrateUpdate, {
    args: [
      {
        regulation: to.regulation,
        version: req.to,
        stageMap: req.stageMap,
        migrationId: req.migrationId ?? randomUUID(),
        actor,
      },
    ],
  });
}
