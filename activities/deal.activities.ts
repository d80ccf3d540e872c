/**
 * Deal activities: the only place a deal's transitions and timers reach
 * PostgreSQL. Each runs in one transaction and is idempotent, so a retried
 * activity or a restarted worker neither loses nor doubles anything.
 *
 * @module
 */
import { ApplicationFailure, log } from '@temporalio/activity';
import type { Regulation } from '../regulation/types.js';
import { defaultRegistry, type RulesRegistry } from '../rules/registry.js';
import type { Sql } from '../storage/db.js';
import { insertDecisions, type DealRepo, type DealRow } from '../storage/deals.repo.js';
import { appendEvent, eventExists } from '../storage/events.repo.js';
import { fireTimers, insertNotification, lockDeal, reassignOpenWork, taskById } from '../storage/timers.repo.js';
import type { RegulationRepo } from '../storage/regulations.repo.js';
import type { DealActivities, FireResult } from '../domain/activities.contract.js';
import type { DealTransition, TimerRecord, TransitionOutcome } from '../domain/transition.js';
import type { PluginActivity } from '../plugins/plugin.type.js';
import { createDecisionMaker, timerOutcome, type DecisionRecord } from '../domain/decide.js';
import { sqlDecisionData } from '../storage/decision-data.repo.js';
import { createMessageRepo } from '../storage/messages.repo.js';
import { automationEmail, queueAutomationEmail } from '../app/messages.js';
import { metrics } from '../app/metrics.js';

export interface DealActivityDeps {
  sql: Sql;
  /** Plugin activities run by `onEnter` automations. */
  plugins?: { activity(name: string): PluginActivity | undefined };
  deals: DealRepo;
  regulations: RegulationRepo;
  registry?: RulesRegistry;
  clock?: () => Date;
}

/** How late a timer due at `fireAt` fired at `now`; a timer fired early (clock skew) counts as on time. */
export function lagSeconds(now: Date, fireAt: string): number {
  return Math.max(0, now.getTime() - Date.parse(fireAt)) / 1000;
}

export function createDealActivities(deps: DealActivityDeps): DealActivities {
  const decide = createDecisionMaker(deps.registry ?? defaultRegistry());
  const clock = deps.clock ?? (() => new Date());
  // Versions are immutable, so a cached one never goes stale.
  const cache = new Map<string, Regulation>();
  const regulationOf = async (id: string, version: number) => {
    const key = `${id}@${version}`;
    let r = cache.get(key);
    if (!r) {
      const found = await deps.regulations.get(id, version);
      if (!found) throw ApplicationFailure.nonRetryable(`regulation ${key} is not stored`, 'REGULATION_NOT_FOUND');
      r = found.regulation;
      cache.set(key, r);
    }
    return r;
  };

  return {
    /** Writes one transition with the rules' decisions; a repeated seq returns what was decided the first time. */
    async applyDealTransition(t: DealTransition): Promise<TransitionOutcome> {
      const regulation = await regulationOf(t.deal.regulationId, t.deal.regulationVersion);
      let wrote = false;
      const outcome = await deps.sql.begin(async (tx): Promise<TransitionOutcome> => {
        const sql = tx as unknown as Sql;
        const data = sqlDecisionData(sql);
        // What the rules read whatever they decide (the deal's participants, its owner's calendar) is
        // asked for with the seq check: one round trip. A retried seq wastes these reads; that is rare.
        const [applied] = await Promise.all([
          deps.deals.appliedSeq(sql, t.dealId),
          data.participants(t.dealId),
          t.deal.owner ? data.manager(t.deal.owner) : undefined,
        ]);
        if (applied >= t.seq) return deps.deals.outcomeOf(sql, t);
        const decided = await decide.decideTransition(data, regulation, t);
        const written = await deps.deals.writeTransition(sql, t, decided);
        // Another attempt got there first (a worker that was presumed dead): roll back and read what it wrote.
        if (!written) throw new Error(`transition ${t.dealId}#${t.seq} was applied concurrently; retrying`);
        wrote = true;
        await tellQueued(sql, t, decided.assignment);
        log.info('transition', {
          dealId: t.dealId,
          seq: t.seq,
          event: t.facts.find((f) => f.type !== 'deal.started')?.type ?? t.facts[0]?.type ?? 'none',
          stage: t.deal.stage,
          status: t.deal.status,
          owner: decided.owner,
          tasks: decided.tasks.length,
          timers: decided.timers.length,
        });
        return { owner: decided.owner, createdTasks: decided.tasks, timers: decided.timers };
      });
      // Counted once committed: a retry that finds the seq applied is not a second transition.
      if (wrote) metrics.transitions.inc();
      return { ...outcome, at: clock().toISOString() };
    },

    /**
     * Reminders and escalations that came due together: tell the people, let
     * the rules reassign; each timer once only, in one transaction.
     */
    async fireTimers(input: { dealId: string; timerIds: string[] }): Promise<FireResult> {
      const now = clock();
      const result = await deps.sql.begin(async (tx) => {
        const sql = tx as unknown as Sql;
        const fired = await fireTimers(sql, input.timerIds, now);
        const deal = await lockDeal(sql, input.dealId);
        if (!deal) throw ApplicationFailure.nonRetryable(`deal ${input.dealId} not found`, 'DEAL_NOT_FOUND');
        let owner = deal.owner;
        const timers = fired.sort((a, b) => a.fireAt.localeCompare(b.fireAt) || a.id.localeCompare(b.id));
        for (const timer of timers) owner = await fireOne(sql, { ...deal, owner }, timer, now);
        return { timers, fired: timers.map((t) => t.id), owner };
      });
      // Lag as recorded (`lagMs` of the event): only timers this attempt fired, once committed.
      for (const t of result.timers) metrics.timerLag.observe({ kind: t.kind }, lagSeconds(now, t.fireAt));
      return { fired: result.fired, owner: result.owner };
    },

    /**
     * Runs a stage's plugin automation once per stage visit. A plugin that
     * throws is recorded as `automation.failed`; it cannot fail the deal.
     */
    async runAutomation(input: {
      dealId: string;
      visit: number;
      stage: string;
      run: string;
      params: Record<string, unknown>;
    }): Promise<{ ran: boolean; error?: string }> {
      const id = `auto:${input.dealId}:${input.visit}:${input.run}`;
      if (await eventExists(deps.sql, id)) return { ran: false };
      const deal = await deps.deals.getDeal(input.dealId);
      if (!deal) throw ApplicationFailure.nonRetryable(`deal ${input.dealId} not found`, 'DEAL_NOT_FOUND');
      const activity = deps.plugins?.activity(input.run);
      let result: Record<string, unknown> = {};
      let error: string | undefined;
      if (!activity) error = `no loaded plugin provides activity "${input.run}"`;
      else {
        try {
          result =
            (await activity({
              deal: { id: deal.id, stage: deal.stage, owner: deal.owner, client: deal.client, fields: deal.fields },
              params: input.params,
            })) ?? {};
        } catch (e) {
          error = `plugin activity "${input.run}" failed: ${e instanceof Error ? e.message : String(e)}`;
        }
      }
      // An automation's e-mail goes through the mail outbox, once per stage visit (its ids derive from `id`).
      const email = error ? undefined : automationEmail(result);
      if (email) {
        await queueAutomationEmail(createMessageRepo(deps.sql), {
          dealId: deal.id,
          key: id,
          source: `automation:${input.run}`,
          actor: `plugin:${input.run.split('.')[0]}`,
          email,
        });
      }
      await appendEvent(deps.sql, {
        id,
        dealId: deal.id,
        seq: deal.seq,
        type: error ? 'automation.failed' : 'automation.ran',
        actor: `plugin:${input.run.split('.')[0]}`,
        at: clock(),
        data: { run: input.run, stage: input.stage, visit: input.visit, result, ...(error ? { error } : {}) },
      });
      return error ? { ran: false, error } : { ran: true };
    },
  };

  /** A lead queued because every matching person is away or at the cap: the head hears of it, once per transition. */
  async function tellQueued(sql: Sql, t: DealTransition, assignment: DecisionRecord | undefined): Promise<void> {
    const told = assignment?.outcome.queued ? assignment.outcome.told : undefined;
    if (typeof told !== 'string' || told.startsWith('queue:')) return;
    await insertNotification(sql, {
      id: `${t.dealId}:${t.seq}:queued`,
      dealId: t.dealId,
      recipient: told,
      kind: 'escalation',
      taskId: null,
      title: `A lead waits in the queue: ${String(assignment!.outcome.reason)}`,
      data: { reason: 'capacity_queue', owner: assignment!.outcome.owner },
      at: new Date(t.at),
    });
  }

  async function fireOne(sql: Sql, deal: DealRow, timer: TimerRecord, now: Date): Promise<string> {
    const task = timer.taskId ? await taskById(sql, timer.taskId) : undefined;
    const regulation = await regulationOf(deal.regulationId, deal.regulationVersion);
    const { recipients, owner, reassignedTo, decisions, title, delegated } = await timerOutcome(
      decide,
      sqlDecisionData(sql),
      {
        regulation,
        version: deal.regulationVersion,
        deal: { id: deal.id, stage: deal.stage, owner: deal.owner, fields: deal.fields, client: deal.client },
        ...(task
          ? {
              task: {
                key: task.key,
                title: task.title,
                required: task.required,
                stage: task.stage,
                assignee: task.assignee,
                dueAt: task.dueAt,
              },
            }
          : {}),
        timer,
        now,
      },
    );
    if (reassignedTo) await reassignOpenWork(sql, deal.id, owner);
    for (const recipient of recipients) {
      await insertNotification(sql, {
        id: `${timer.id}:${recipient}`,
        dealId: deal.id,
        recipient,
        kind: timer.kind,
        taskId: timer.taskId,
        title,
        data: { timerId: timer.id, level: timer.level, reason: timer.reason, fireAt: timer.fireAt, owner },
        at: now,
      });
    }
    await insertDecisions(sql, deal.id, deal.seq, now.toISOString(), decisions);
    await appendEvent(sql, {
      id: `timer:${timer.id}`,
      dealId: deal.id,
      seq: deal.seq,
      type: timer.kind === 'reminder' ? 'reminder.sent' : 'escalation.raised',
      actor: 'reglament',
      at: now,
      data: {
        timerId: timer.id,
        recipients: [...recipients],
        level: timer.level,
        reason: timer.reason,
        lagMs: now.getTime() - Date.parse(timer.fireAt),
        ...(delegated.length > 0 ? { delegated } : {}),
      },
    });
    return owner;
  }
}
