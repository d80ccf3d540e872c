/**
 * Builds every activity from its dependencies. Workflows see only the
 * contract (`domain/activities.contract.ts`) these implement.
 *
 * @example
 * const worker = await Worker.create({ activities: createActivities({ sql, app }), ... });
 *
 * @module
 */
import type { AppContext } from '../app/context.js';
import type { Activities } from '../domain/activities.contract.js';
import type { AccountingAdapter } from '../integrations/accounting.js';
import type { WebhookPolicy } from '../integrations/webhook-target.js';
import type { PluginActivity } from '../plugins/plugin.type.js';
import { defaultRegistry, provideCompanyFacts, type RulesRegistry } from '../rules/registry.js';
import { createCompanyFactsLookup } from '../storage/company-facts.repo.js';
import type { Sql } from '../storage/db.js';
import { createDealRepo } from '../storage/deals.repo.js';
import { createMessageRepo } from '../storage/messages.repo.js';
import { createRegulationRepo } from '../storage/regulations.repo.js';
import { createWebhookRepo } from '../storage/webhooks.repo.js';
import { createAbsenceActivities } from './absence.activities.js';
import { createAnalyticsActivities } from './analytics.activities.js';
import { createBulkJobActivities } from './bulk.activities.js';
import { createClientComplaintActivities } from './client-complaint.activities.js';
import { createChainActivities } from './chain.activities.js';
import { createDealActivities } from './deal.activities.js';
import { createImportActivities } from './import.activities.js';
import { createMailActivities } from './mail.activities.js';
import { createOutboxActivities } from './outbox.activities.js';
import { createReceivableActivities } from './receivable.activities.js';

export interface ActivityDeps {
  sql: Sql;
  /** Facts and operators the rules may use (plugins extend it). */
  registry?: RulesRegistry;
  /** Loaded plugins, for `onEnter` automations. */
  plugins?: { activity(name: string): PluginActivity | undefined };
  clock?: () => Date;
  /** The use cases, for activities that act like a user or integration (the accounting import, bulk jobs). */
  app?: AppContext;
  accounting?: AccountingAdapter;
  /** `false`: transitions leave the analytics summaries alone (only the benchmark compares the two). */
  summaries?: boolean;
  /** Where webhooks may post beyond public addresses (default: REGLAMENT_WEBHOOK_ALLOW). */
  webhookPolicy?: WebhookPolicy;
}

export function createActivities(deps: ActivityDeps): Activities {
  // The rules' company and holding facts, read by the worker (rules/company-facts.ts, storage/company-facts.repo.ts).
  const registry = provideCompanyFacts(deps.registry ?? defaultRegistry(), createCompanyFactsLookup(deps.sql));
  return {
    ...createDealActivities({
      ...deps,
      registry,
      deals: createDealRepo(deps.sql, deps.summaries === false ? { summaries: false } : {}),
      regulations: createRegulationRepo(deps.sql),
    }),
    ...createOutboxActivities({
      webhooks: createWebhookRepo(deps.sql),
      ...(deps.webhookPolicy ? { webhookPolicy: deps.webhookPolicy } : {}),
    }),
    ...createMailActivities({ messages: createMessageRepo(deps.sql) }),
    ...createImportActivities({
      ...(deps.app ? { app: deps.app } : {}),
      ...(deps.accounting ? { accounting: deps.accounting } : {}),
    }),
    ...createChainActivities(deps.app ? { app: deps.app } : {}),
    ...createBulkJobActivities(deps.app ? { app: deps.app } : {}),
    ...createAnalyticsActivities(deps.app ? { app: deps.app } : {}),
    ...createAbsenceActivities({ sql: deps.sql, ...(deps.clock ? { clock: deps.clock } : {}) }),
    ...createReceivableActivities(deps.clock ? { sql: deps.sql, clock: deps.clock } : { sql: deps.sql }),
    ...createClientComplaintActivities(deps.clock ? { sql: deps.sql, clock: deps.clock } : { sql: deps.sql }),
  };
}
