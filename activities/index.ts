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
import { createImportActivities } from './import.activities.js';
import type { Client } from '@temporalio/client';
import type { AccountingAdapter } from '../integrations/accounting.js';

export interface ActivityDeps {
  sql: Sql;
  /** Facts and operators the rules may use (plugins extend it). */
  registry?: RulesRegistry;
  /** Loaded plugins, for `onEnter` automations. */
  plugins?: { activity(name: string): PluginActivity | undefined };
  clock?: () => Date;
  /** For activities that talk to deals (the accounting import). */
  temporal?: { client: Client; taskQueue: string };
  accounting?: AccountingAdapter;
}

export function createActivities(deps: ActivityDeps) {
  return {
    ...createDealActivities({ ...deps, deals: createDealRepo(deps.sql), regulations: createRegulationRepo(deps.sql) }),
    ...createOutboxActivities({ sql: deps.sql }),
    ...createImportActivities({
      ...(deps.temporal
        ? {
            intake: {
              sql: deps.sql,
              deals: createDealRepo(deps.sql),
              regulations: createRegulationRepo(deps.sql),
              temporal: deps.temporal.client,
              taskQueue: deps.temporal.taskQueue,
            },
          }
        : {}),
      ...(deps.accounting ? { accounting: deps.accounting } : {}),
    }),
  };
}

export type Activities = ReturnType<typeof createActivities>;
