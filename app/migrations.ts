/**
 * Migrating running deals of one regulation version to a newer one with a
 * stage mapping: a dry run first (which deals move where, which tasks would be
 * cancelled or created), then deal by deal through each deal's workflow. A
 * deal whose stage has no mapping is left untouched and listed.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import { DomainError } from '../regulation/errors.js';
import type { Regulation } from '../regulation/types.js';
import { dealWorkflowId, migrateUpdate } from '../workflows/definitions.js';
import type { AppContext } from './context.js';

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
    owner: string;
    fromStage: string;
    toStage: string;
    cancelTasks: string[];
    createTasks: string[];
  }>;
  unmapped: Array<{ dealId: string; stage: string; reason: string }>;
}

export interface MigrationReport extends MigrationPlan {
  migrationId: string;
  migrated: Array<{ dealId: string; stage: string }>;
  failed: Array<{ dealId: string; error: string }>;
}

async function versions(ctx: AppContext, id: string, req: MigrationRequest) {
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
  const { target } = await versions(ctx, id, req);
  const deals = (await ctx.deals.listDeals({ status: 'active', limit: 100_000 })).filter(
    (d) => d.regulationId === id && d.regulationVersion === req.from,
  );
  const plan: MigrationPlan = { regulationId: id, from: req.from, to: req.to, moves: [], unmapped: [] };
  for (const d of deals) {
    const stage = req.stageMap[d.stage];
    if (!stage) {
      plan.unmapped.push({ dealId: d.id, stage: d.stage, reason: `no mapping for stage "${d.stage}"` });
      continue;
    }
    const open = await ctx.deals.listTasks({ dealId: d.id, status: 'open', limit: 1000 });
    plan.moves.push({
      dealId: d.id,
      owner: d.owner,
      fromStage: d.stage,
      toStage: stage,
      cancelTasks: open.map((t) => t.title),
      createTasks: target.stages.find((s) => s.key === stage)!.tasks.map((t) => t.title),
    });
  }
  return { plan, target };
}

/** Applies a migration deal by deal; the report lists what moved, what failed and what was left, and is stored. */
export async function applyMigration(
  ctx: AppContext,
  id: string,
  req: MigrationRequest,
  actor: string,
): Promise<MigrationReport> {
  const { plan, target } = await planMigration(ctx, id, req);
  const migrationId = randomUUID();
  const migrated: MigrationReport['migrated'] = [];
  const failed: MigrationReport['failed'] = [];
  for (const move of plan.moves) {
    try {
      const r = await ctx.temporal.workflow.getHandle(dealWorkflowId(move.dealId)).executeUpdate(migrateUpdate, {
        args: [{ regulation: target, version: req.to, stageMap: req.stageMap, migrationId, actor }],
      });
      migrated.push({ dealId: move.dealId, stage: r.stage });
    } catch (error) {
      failed.push({ dealId: move.dealId, error: error instanceof Error ? error.message : String(error) });
    }
  }
  const report: MigrationReport = { migrationId, ...plan, migrated, failed };
  await ctx.deals.recordMigration(report, req.stageMap, actor);
  await ctx.audit.record(actor, 'deals.migrated', `regulation:${plan.regulationId}`, {
    migrationId,
    from: req.from,
    to: req.to,
    migrated: migrated.length,
    failed: failed.length,
  });
  return report;
}

/** One deal onto a newer version (the CLI calls this deal by deal to show progress). */
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
