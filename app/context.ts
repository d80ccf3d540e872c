/**
 * What the use cases work with: the Temporal client that reaches deals'
 * workflows, the repositories over PostgreSQL, and the loaded plugins. The
 * API, the CLI, the worker's activities and the integrations build one and
 * call the use cases with it; none of them calls another.
 *
 * @example
 * const ctx = createAppContext(sql, temporal, 'reglament-deals', { plugins });
 * const dealId = await startDeal(ctx, { regulationId: 'b2b_basic', client: { name: 'Acme' } }, { actor: 'director' });
 *
 * @module
 */
import type { Client } from '@temporalio/client';
import type { WebhookPolicy } from '../integrations/webhook-target.js';
import { PluginHost } from '../plugins/host.js';
import { createAnalyticsRepo, type AnalyticsRepo } from '../storage/analytics.repo.js';
import { createAuditRepo, type AuditRepo } from '../storage/audit.repo.js';
import { createAuthRepo, type AuthRepo } from '../storage/auth.repo.js';
import { createChainRepo, type ChainRepo } from '../storage/chain.repo.js';
import { createBoardRepo, type BoardRepo } from '../storage/board.repo.js';
import { createCompanyRepo, type CompanyRepo } from '../storage/companies.repo.js';
import type { Sql } from '../storage/db.js';
import { createClientBaseRepo, type ClientBaseRepo } from '../storage/client-base.repo.js';
import { createDayRepo, type DayRepo } from '../storage/day.repo.js';
import { createDealSearchRepo, type DealSearchRepo } from '../storage/deal-search.repo.js';
import { createDealRepo, type DealRepo } from '../storage/deals.repo.js';
import { createIntakeRepo, type IntakeRepo } from '../storage/intake.repo.js';
import { createJobRepo, type JobRepo } from '../storage/jobs.repo.js';
import { createKeyRepo, type KeyRepo } from '../storage/keys.repo.js';
import { createManagerRepo, type ManagerRepo } from '../storage/managers.repo.js';
import { createMessageRepo, type MessageRepo } from '../storage/messages.repo.js';
import { createClientComplaintRepo, type ClientComplaintRepo } from '../storage/client-complaints.repo.js';
import { createPeopleRepo, type PeopleRepo } from '../storage/people.repo.js';
import { createReceivableRepo, type ReceivableRepo } from '../storage/receivables.repo.js';
import { createRegulationRepo, type RegulationRepo } from '../storage/regulations.repo.js';
import { createTelephonyRepo, type TelephonyRepo } from '../storage/telephony.repo.js';
import { createWebhookRepo, type WebhookRepo } from '../storage/webhooks.repo.js';

export interface AppContext {
  temporal: Client;
  /** The task queue deal workflows run on. */
  taskQueue: string;
  deals: DealRepo;
  regulations: RegulationRepo;
  managers: ManagerRepo;
  audit: AuditRepo;
  /** Passwords, invitations and browser sessions (the web workspace). */
  auth: AuthRepo;
  keys: KeyRepo;
  intake: IntakeRepo;
  webhooks: WebhookRepo;
  /** Bulk jobs (migrations, deactivations): progress and reports. */
  jobs: JobRepo;
  /** Companies, their contacts and holdings. */
  companies: CompanyRepo;
  /** Links between a deal and the deal its close started (chained regulations). */
  chains: ChainRepo;
  /** Read-only figures for management: funnel, time, compliance, per manager, the win model's data. */
  analytics: AnalyticsRepo;
  /** E-mail to clients: the outbox of messages, opt-outs, the local catch-all. */
  messages: MessageRepo;
  /** Calls, extensions, call-backs and the telephony rules (`app/calls.ts`). */
  telephony: TelephonyRepo;
  /** Absences and deputies, capacity caps, personal working hours (`app/people-rules.ts`). */
  people: PeopleRepo;
  /** The deals list: search, filters, keyset pages. */
  dealSearch: DealSearchRepo;
  /** A deal's payment terms and what was paid (app/receivables.ts). */
  receivables: ReceivableRepo;
  /** Complaints from clients (app/client-complaints.ts). */
  clientComplaints: ClientComplaintRepo;
  /** A manager's day: calendar, calendar feeds, the notification bell. */
  day: DayRepo;
  /** Companies and contacts searched, and their cards' e-mail and calls. */
  clientBase: ClientBaseRepo;
  /** The pipeline board's read (deals by stage with their next task). */
  board: BoardRepo;
  /** Loaded plugins: regulation composition, intakes, analytics dimensions, rule facts. */
  plugins: PluginHost;
  /** Deal workflows continue as new after this many history events (tests set it low). */
  historyLimit?: number;
  /**
   * How long the intake waits for Temporal before it leaves an event pending
   * for the inbox drainer (default 5 s): an integration is answered promptly
   * even while Temporal is down.
   */
  intakeTimeoutMs?: number;
  /** How long one attempt holds an event before another may take it up (default 30 s). */
  intakeLeaseMs?: number;
  /** Bulk jobs' workflows continue as new after acting on this many deals (default 100; tests set it low). */
  jobContinueEvery?: number;
  /** Where webhooks may be registered beyond public addresses (default: REGLAMENT_WEBHOOK_ALLOW). */
  webhookPolicy?: WebhookPolicy;
}

/** The use cases' context over one PostgreSQL client and one Temporal client. */
export function createAppContext(
  sql: Sql,
  temporal: Client,
  taskQueue: string,
  extra: Partial<
    Pick<
      AppContext,
      'plugins' | 'historyLimit' | 'intakeTimeoutMs' | 'intakeLeaseMs' | 'jobContinueEvery' | 'webhookPolicy'
    >
  > = {},
): AppContext {
  return {
    temporal,
    taskQueue,
    deals: createDealRepo(sql),
    regulations: createRegulationRepo(sql),
    managers: createManagerRepo(sql),
    audit: createAuditRepo(sql),
    auth: createAuthRepo(sql),
    keys: createKeyRepo(sql),
    intake: createIntakeRepo(sql),
    webhooks: createWebhookRepo(sql),
    jobs: createJobRepo(sql),
    companies: createCompanyRepo(sql),
    chains: createChainRepo(sql),
    analytics: createAnalyticsRepo(sql),
    messages: createMessageRepo(sql),
    telephony: createTelephonyRepo(sql),
    people: createPeopleRepo(sql),
    dealSearch: createDealSearchRepo(sql),
    receivables: createReceivableRepo(sql),
    clientComplaints: createClientComplaintRepo(sql),
    day: createDayRepo(sql),
    clientBase: createClientBaseRepo(sql),
    board: createBoardRepo(sql),
    plugins: extra.plugins ?? new PluginHost(),
    ...(extra.historyLimit ? { historyLimit: extra.historyLimit } : {}),
    ...(extra.intakeTimeoutMs ? { intakeTimeoutMs: extra.intakeTimeoutMs } : {}),
    ...(extra.intakeLeaseMs ? { intakeLeaseMs: extra.intakeLeaseMs } : {}),
    ...(extra.jobContinueEvery ? { jobContinueEvery: extra.jobContinueEvery } : {}),
    ...(extra.webhookPolicy ? { webhookPolicy: extra.webhookPolicy } : {}),
  };
}
