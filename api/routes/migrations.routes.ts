/**
 * Migrating running deals of one regulation version to a newer one with a
 * stage mapping: a dry run first (which deals move where, which tasks would be
 * cancelled or created), then deal by deal through each deal's workflow. A
 * deal whose stage has no mapping is left untouched and listed.
 *
 * @module
 */
import { Hono } from 'hono';
import { applyMigration, migrateDeal, planMigration, type MigrationRequest } from '../../app/migrations.js';
import { allow } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { jsonBody } from '../validation.js';

export const migrationSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['from', 'to', 'stageMap'],
  properties: {
    from: { type: 'integer', minimum: 1 },
    to: { type: 'integer', minimum: 1 },
    stageMap: { type: 'object', additionalProperties: { type: 'string', minLength: 1 } },
  },
} as const;

export function migrationRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.use('/:id/migrations/*', allow('director', 'admin'));
  app.use('/:id/migrations', allow('director', 'admin'));

  /** Dry run: nothing is written. */
  app.post('/:id/migrations/plan', async (c) => {
    const body = await jsonBody<MigrationRequest>(c, migrationSchema);
    return c.json((await planMigration(deps, c.req.param('id'), body)).plan);
  });

  /** Applies a migration deal by deal; the report lists what moved, what failed and what was left. */
  app.post('/:id/migrations', async (c) => {
    const body = await jsonBody<MigrationRequest>(c, migrationSchema);
    return c.json(await applyMigration(deps, c.req.param('id'), body, c.get('actor')));
  });

  /** One deal onto a newer version (the CLI calls this deal by deal to show progress). */
  app.post('/:id/migrations/deals/:dealId', async (c) => {
    const body = await jsonBody<MigrationRequest & { migrationId?: string }>(c, {
      ...migrationSchema,
      properties: { ...migrationSchema.properties, migrationId: { type: 'string' } },
    });
    return c.json(await migrateDeal(deps, c.req.param('id'), c.req.param('dealId'), body, c.get('actor')));
  });

  return app;
}
