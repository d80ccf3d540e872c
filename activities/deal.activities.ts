/**
 * Deal activities: the only place a deal's transitions and timers reach
 * PostgreSQL. Each runs in one transaction and is idempotent, so a retried
 * activity or a restarted worker neither loses nor doubles anything.
 *
 * @module
 */
import { ApplicationFailure } from '@temporalio/activity';
import type { Regulation } from '../regulation/types.js';
import { defaultRegistry, type RulesRegistry } from '../rules/registry.js';
import type { Sql } from '../storage/db.js';
import { insertDecisions, timerRecord, type DealRepo } from '../storage/deals.repo.js';
import type { RegulationRepo } from '../storage/regulations.repo.js';
import type { DealTransition, TimerRecord, TransitionOutcome } from '../workflows/driver/transition.js';
import type { PluginActivity } from '../plugins/plugin.type.js';
import { createDecisionMaker, timerOutcome } from './decide.js';
import { sqlDecisionData } from './decision-data.js';

export interface DealActivityDeps {
  sql: Sql;
  /** Plugin activities run by `onEnter` automations. */
  plugins?: { activity(name: string): PluginActivity | undefined };
  deals: DealRepo;
  regulations: RegulationRepo;
  registry?: RulesRegistry;
  clock?: () => Date;
}

export interface FireResult {
  /** The timers that fired now; others were already fired or cancelled. */
  fired: string[];
  owner: string;
}

export function createDealActivities(deps: DealActivityDeps) {
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
      return deps.sql.begin(async (tx) => {
        const sql = tx as unknown as Sql;
        const data = sqlDecisionData(sql);
        if ((await deps.deals.appliedSeq(sql, t.dealId)) >= t.seq) return deps.deals.outcomeOf(sql, t);
        const decided = await decide.decideTransition(data, regulation, t);
        const written = await deps.deals.writeTransition(sql, t, decided);
        // Another attempt got there first (a worker that was presumed dead): roll back and read what it wrote.
        if (!written) throw new Error(`transition ${t.dealId}#${t.seq} was applied concurrently; retrying`);
        return { owner: decided.owner, createdTasks: decided.tasks, timers: decided.timers };
      });
    },

    /**
     * Reminders and escalations that came due together: tell the people, let
     * the rules reassign; each timer once only, in one transaction.
     */
    async fireTimers(input: { dealId: string; timerIds: string[] }): Promise<FireResult> {
      return deps.sql.begin(async (tx) => {
        const sql = tx as unknown as Sql;
        const now = clock();
        const rows = await sql`update timers set status = 'fired', fired_at = ${now}
                               where id = any(${input.timerIds}) and status = 'scheduled' returning *`;
        const [deal] = await sql`select * from deals where id = ${input.dealId} for update`;
        if (!deal) throw ApplicationFailure.nonRetryable(`deal ${input.dealId} not found`, 'DEAL_NOT_FOUND');
        let owner = deal.owner as string;
        const timers = rows
          .map(timerRecord)
          .sort((a, b) => a.fireAt.localeCompare(b.fireAt) || a.id.localeCompare(b.id));
        for (const timer of timers) owner = await fireOne(sql, { ...deal, owner }, timer, now);
        return { fired: timers.map((t) => t.id), owner };
      });
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
      const [done] = await deps.sql`select data from events where id = ${id}`;
      if (done) return { ran: false };
      const [deal] = await deps.sql`select * from deals where id = ${input.dealId}`;
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
      await deps.sql`insert into events (id, deal_id, seq, ord, type, actor, at, data)
                     values (${id}, ${deal.id}, ${deal.seq}, 0, ${error ? 'automation.failed' : 'automation.ran'}, ${`plugin:${input.run.split('.')[0]}`},
                             ${clock()}, ${deps.sql.json({ run: input.run, stage: input.stage, visit: input.visit, result, ...(error ? { error } : {}) } as never)})
                     on conflict (id) do nothing`;
      return error ? { ran: false, error } : { ran: true };
    },
  };

  async function fireOne(sql: Sql, deal: Record<string, any>, timer: TimerRecord, now: Date): Promise<string> {
    const [task] = timer.taskId ? await sql`select * from tasks where id = ${timer.taskId}` : [];
    const regulation = await regulationOf(deal.regulation_id as string, deal.regulation_version as number);
    const { recipients, owner, reassignedTo, decisions, title } = await timerOutcome(decide, sqlDecisionData(sql), {
      regulation,
      version: deal.regulation_version as number,
      deal: { id: deal.id, stage: deal.stage, owner: deal.owner, fields: deal.fields, client: deal.client },
      ...(task
        ? {
            task: {
              key: task.key,
              title: task.title,
              required: task.required,
              stage: task.stage,
              assignee: task.assignee,
              dueAt: task.due_at,
            },
          }
        : {}),
      timer,
      now,
    });
    if (reassignedTo) {
      await sql`update deals set owner = ${owner} where id = ${deal.id}`;
      await sql`update tasks set assignee = ${owner} where deal_id = ${deal.id} and status = 'open'`;
    }
    for (const recipient of recipients) {
      await sql`insert into notifications (id, deal_id, recipient, kind, task_id, title, data, created_at)
                    values (${`${timer.id}:${recipient}`}, ${deal.id}, ${recipient}, ${timer.kind}, ${timer.taskId}, ${title},
                            ${sql.json({ timerId: timer.id, level: timer.level, reason: timer.reason, fireAt: timer.fireAt, owner } as never)}, ${now})
                    on conflict (id) do nothing`;
    }
    await insertDecisions(sql, deal.id as string, deal.seq as number, now.toISOString(), decisions);
    await sql`insert into events (id, deal_id, seq, ord, type, actor, at, data)
                  values (${`timer:${timer.id}`}, ${deal.id}, ${deal.seq}, 0, ${timer.kind === 'reminder' ? 'reminder.sent' : 'escalation.raised'}, 'reglament',
                          ${now}, ${sql.json({ timerId: timer.id, recipients: [...recipients], level: timer.level, reason: timer.reason, lagMs: now.getTime() - Date.parse(timer.fireAt) } as never)})
                  on conflict (id) do nothing`;
    return owner;
  }
}
