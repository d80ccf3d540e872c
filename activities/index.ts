/**
 * Builds every activity from its dependencies; workflows import only the type.
 *
 * @example
 * const worker = await Worker.create({ activities: createActivities({ sql }), ... });
 *
 * @module
 */
import type { PluginActivity } from '../plugins/plugin.type.js';
import type { RulesRegistry } from '../rules/registry.js';
import type { Sql } from '../storage/db.js';
import { createDealRepo } from '../storage/deals.repo.js';
import { createRegulationRepo } from '../storage/regulations.repo.js';
import { createDealActivities } from './deal.activities.js';
import { createOutboxActivities } from './outbox.activities.js';

export interface ActivityDeps {
  sql: Sql;
  /** Facts and operators the rules may use (plugins extend it). */
  registry?: RulesRegistry;
  /** Loaded plugins, for `onEnter` automations. */
  plugins?: { activity(name: string): PluginActivity | undefined };
  clock?: () => Date;
}

export function createActivities(deps: ActivityDeps) {
  return {
    ...createDealActivities({ ...deps, deals: createDealRepo(deps.sql), regulations: createRegulationRepo(deps.sql) }),
    ...createOutboxActivities({ sql: deps.sql }),
  };
}

export type Activities = ReturnType<typeof createActivities>;
