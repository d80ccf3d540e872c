/**
 * Migrating running deals of one regulation version to a newer one with a
 * stage mapping: a dry run first (which deals move where, which tasks would be
 * cancelled or created), then deal by deal through each deal's workflow. A
 * deal whose stage has no mapping is left untouched and listed.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { allow } from '../access.js';
import { audit } from '../audit.js';
import { DomainError } from '../../regulation/errors.js';
import type { Regulation } from '../../regulation/types.js';
import { dealWorkflowId, migrateUpdate } from '../../workflows/definitions.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { jsonBody } from '../validation.js';

interface MigrationBody {
  from: number;
  to: number;
  stageMap: Record<string, string>;
}

const migrationSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['from', 'to', 'stageMap'],
  properties: {
    from: { type: 'integer', minimum: 1 },
    to: { type: 'integer', minimum: 1 },
    stageMap: { type: 'object', additionalProperties: { type: 'string', minLength: 1 } },
  },
} as const;

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

export function migrationRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.use('/:id/migrations/*', allow('director', 'admin'));
  app.use('/:id/migrations', allow('director', 'admin'));

  async function plan(id: string, body: MigrationBody): Promise<{ plan: MigrationPlan; target: Regulation }> {
    if (body.to <= body.from)
      throw new DomainError('VALIDATION_FAILED', `"to" (${body.to}) must be newer than "from" (${body.from})`);
    const from = await deps.regulations.get(id, body.from);
    const to = await deps.regulations.get(id, body.to);
    if (!from || !to)
      throw new DomainError(
        'REGULATION_NOT_FOUND',
        `regulation "${id}" version ${!from ? body.from : body.to} not found`,
      );
    const errors = Object.entries(body.stageMap).flatMap(([old, target]) => [
      ...(from.regulation.stages.some((s) => s.key === old)
        ? []
        : [{ pointer: `/stageMap/${old}`, message: `version ${body.from} has no stage "${old}"` }]),
      ...(to.regulation.stages.some((s) => s.key === target)
        ? []
        : [{ pointer: `/stageMap/${old}`, message: `version ${body.to} has no stage "${target}"` }]),
    ]);
    if (errors.length)
      throw new DomainError('VALIDATION_FAILED', errors.map((e) => e.message).join('; '), { details: { errors } });
    const deals = (await deps.deals.listDeals({ status: 'active', limit: 100_000 })).filter(
      (d) => d.regulationId === id && d.regulationVersion === body.from,
    );
    const result: MigrationPlan = { regulationId: id, from: body.from, to: body.to, moves: [], unmapped: [] };
    for (const d of deals) {
      const target = body.stageMap[d.stage];
      if (!target) {
        result.unmapped.push({ dealId: d.id, stage: d.stage, reason: `no mapping for stage "${d.stage}"` });
        continue;
      }
      const open = await deps.deals.listTasks({ dealId: d.id, status: 'open', limit: 1000 });
      result.moves.push({
        dealId: d.id,
        owner: d.owner,
        fromStage: d.stage,
        toStage: target,
        cancelTasks: open.map((t) => t.title),
        createTasks: to.regulation.stages.find((s) => s.key === target)!.tasks.map((t) => t.title),
      });
    }
    return { plan: result, target: to.regulation };
  }

  /** Dry run: nothing is written. */
  app.post('/:id/migrations/plan', async (c) =>
    c.json((await plan(c.req.param('id'), await jsonBody<MigrationBody>(c, migrationSchema))).plan),
  );

  /** Applies a migration deal by deal; the report lists what moved, what failed and what was left. */
  app.post('/:id/migrations', async (c) => {
    const body = await jsonBody<MigrationBody>(c, migrationSchema);
    const { plan: p, target } = await plan(c.req.param('id'), body);
    const migrationId = randomUUID();
    const migrated: Array<{ dealId: string; stage: string }> = [];
    const failed: Array<{ dealId: string; error: string }> = [];
    for (const move of p.moves) {
      try {
        const r = await deps.temporal.workflow.getHandle(dealWorkflowId(move.dealId)).executeUpdate(migrateUpdate, {
          args: [{ regulation: target, version: body.to, stageMap: body.stageMap, migrationId, actor: c.get('actor') }],
        });
        migrated.push({ dealId: move.dealId, stage: r.stage });
      } catch (error) {
        failed.push({ dealId: move.dealId, error: error instanceof Error ? error.message : String(error) });
      }
    }
    const report = { migrationId, ...p, migrated, failed };
    await deps.deals.recordMigration(report, body.stageMap, c.get('actor'));
    await audit(deps, c, 'deals.migrated', `regulation:${p.regulationId}`, {
      migrationId,
      from: body.from,
      to: body.to,
      migrated: migrated.length,
      failed: failed.length,
    });
    return c.json(report);
  });

  /** One deal onto a newer version (the CLI calls this deal by deal to show progress). */
  app.post('/:id/migrations/deals/:dealId', async (c) => {
    const body = await jsonBody<MigrationBody & { migrationId?: string }>(c, {
      ...migrationSchema,
      properties: { ...migrationSchema.properties, migrationId: { type: 'string' } },
    });
    const to = await deps.regulations.get(c.req.param('id'), body.to);
    if (!to)
      throw new DomainError('REGULATION_NOT_FOUND', `regulation "${c.req.param('id')}" version ${body.to} not found`);
    const deal = await deps.deals.getDeal(c.req.param('dealId'));
    if (!deal || deal.regulationId !== c.req.param('id'))
      throw new DomainError('DEAL_NOT_FOUND', `deal "${c.req.param('dealId')}" not found`);
    const r = await deps.temporal.workflow.getHandle(dealWorkflowId(deal.id)).executeUpdate(migrateUpdate, {
      args: [
        {
          regulation: to.regulation,
          version: body.to,
          stageMap: body.stageMap,
          migrationId: body.migrationId ?? randomUUID(),
          actor: c.get('actor'),
        },
      ],
    });
    return c.json(r);
  });

  return app;
}
