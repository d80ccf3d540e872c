/**
 * The rules' decisions for one deal, made inside an activity's transaction:
 * who owns the deal (assignment rules and strategies, sticky owner, fallback
 * queue), the scheduling of its tasks, and what an escalation does. Each
 * decision comes with what it saw, to be stored in `decisions`.
 *
 * @module
 */
import type { Regulation, Responsibility } from '../regulation/types.js';
import { chooseManager, type AssignParams } from '../rules/assignment.js';
import type { RulesRegistry } from '../rules/registry.js';
import { recipientOf, type DecisionData } from './decision-data.js';
import type { DealTransition, TimerRecord } from './transition.js';
import {
  clientKey,
  createRuleRunner,
  dealFacts,
  failed,
  message,
  type DealFacts,
  type DecisionRecord,
} from './rule-runner.js';
import { decideRetime } from './retime.js';
import { createScheduler } from './schedule.js';
import { delegate } from './stand-in.js';

export { dealFacts, type DecisionRecord } from './rule-runner.js';

export function createDecisionMaker(registry: RulesRegistry) {
  const runner = createRuleRunner(registry);
  const { run, calendarFor } = runner;
  const scheduler = createScheduler(runner);

  const maker = {
    /** Picks the deal's owner; falls back to the regulation's queue when no rule or manager fits. */
    async assign(
      data: DecisionData,
      input: {
        regulation: Regulation;
        version: number;
        facts: DealFacts;
        at: Date;
        strategyOverride?: AssignParams;
        /** What the decision record names as its rule when the strategy is given (default: escalation reassignment). */
        ruleName?: string;
        exclude?: string;
      },
    ): Promise<{ owner: string; record: DecisionRecord }> {
      const { regulation, facts } = input;
      const fallback = regulation.assignment.fallback;
      try {
        const { facts: seen, decision } = input.strategyOverride
          ? {
              facts: facts as unknown as Record<string, unknown>,
              decision: {
                fired: {
                  rule: input.ruleName ?? 'escalation reassignment',
                  priority: 0,
                  params: input.strategyOverride,
                },
                trace: [],
              },
            }
          : await run<AssignParams>(
              regulation,
              input.version,
              'assignment',
              facts as unknown as Record<string, unknown>,
            );
        if (!decision.fired) {
          return {
            owner: fallback,
            record: {
              kind: 'assignment',
              subject: null,
              rule: null,
              outcome: { owner: fallback, reason: 'no rule matched: fallback' },
              facts: seen,
              alternatives: [],
              trace: decision.trace,
              error: null,
            },
          };
        }
        const managers = (await data.managers()).filter((m) => m.id !== input.exclude);
        const scope = `${regulation.id}:${decision.fired.rule}`;
        const cursor = await data.cursor(scope);
        const clientOwner = await data.clientOwner(facts.deal.id, clientKey(facts.client));
        const choice = chooseManager(decision.fired.params, managers, {
          now: input.at,
          calendar: calendarFor(regulation, undefined),
          ...(clientOwner ? { clientOwner } : {}),
          ...(typeof facts.client.region === 'string' ? { clientRegion: facts.client.region } : {}),
          ...(typeof facts.client.industry === 'string' ? { clientIndustry: facts.client.industry } : {}),
          ...(cursor ? { lastAssigned: cursor } : {}),
        });
        const owner = choice.managerId ?? fallback;
        // A lead queued because everyone is full is the head's to hear about.
        const told = choice.queuedFrom
          ? await data.recipient('head', choice.queuedFrom, fallback, { id: facts.deal.id, fields: facts.fields })
          : undefined;
        if (choice.managerId && choice.strategy === 'round_robin') {
          await data.setCursor(scope, owner);
        }
        return {
          owner,
          record: {
            kind: 'assignment',
            subject: null,
            rule: decision.fired.rule,
            outcome: {
              owner,
              strategy: choice.strategy,
              reason: choice.managerId ? choice.reason : `${choice.reason}: fallback`,
              candidates: choice.candidates,
              onShift: choice.onShift,
              ...(choice.region ? { region: choice.region } : {}),
              ...(choice.skill ? { skill: choice.skill } : {}),
              ...(choice.skipped ? { skipped: choice.skipped } : {}),
              ...(choice.queued ? { queued: true, told } : {}),
            },
            facts: { ...seen, clientOwner: clientOwner ?? null, managersConsidered: managers.length },
            alternatives: choice.alternatives,
            trace: decision.trace,
            error: null,
          },
        };
      } catch (error) {
        return { owner: fallback, record: failed('assignment', null, facts, error, { owner: fallback }) };
      }
    },

    /** The escalation rules' say on a firing escalation: whom else to tell, whether to reassign. */
    async escalate(regulation: Regulation, version: number, facts: Record<string, unknown>) {
      try {
        const { facts: seen, decision } = await run<{
          reassign?: AssignParams;
          notify?: Array<'assignee' | 'head' | 'director'>;
        }>(regulation, version, 'escalation', facts);
        return {
          params: decision.fired?.params ?? {},
          rule: decision.fired?.rule ?? null,
          facts: seen,
          trace: decision.trace,
          error: null as string | null,
        };
      } catch (error) {
        return { params: {}, rule: null, facts, trace: [], error: message(error) };
      }
    },
    ...scheduler,

    /**
     * Everything the rules decide for one transition: the owner (when none is
     * set, or on reassignment), the new tasks' due times, templates and
     * reminders, and the stage SLAs' escalations. The transition activity
     * writes the result; the simulator only tells it, so the two cannot differ.
     */
    async decideTransition(data: DecisionData, regulation: Regulation, t: DealTransition) {
      const version = t.deal.regulationVersion;
      const at = new Date(t.at);
      const facts = {
        ...dealFacts({ id: t.dealId, ...t.deal, regulationId: regulation.id }, at),
        participants: await data.participants(t.dealId),
      };
      const decisions: DecisionRecord[] = [];
      let owner = t.deal.owner;
      let assignment: DecisionRecord | undefined;
      let handover: Handover | undefined;
      // At the start an owner named by whoever started the deal stays; later stages hand over.
      const responsible = t.seq === 1 && owner !== null ? undefined : responsibilityOf(regulation, t.entered);
      if (responsible) {
        const chosen = await maker.takeOver(data, { regulation, version, facts, at, owner, ...responsible });
        if (owner !== null && chosen.owner !== owner && !owner.startsWith('queue:')) {
          handover = { from: owner, to: chosen.owner, stage: responsible.stage };
          data.addParticipant(t.dealId, owner);
        }
        owner = chosen.owner;
        assignment = chosen.record;
        decisions.push(chosen.record);
      } else if (owner === null || t.reassign) {
        const chosen = await maker.assign(data, {
          regulation,
          version,
          facts,
          at,
          ...(t.reassign && owner ? { exclude: owner } : {}),
        });
        owner = chosen.owner;
        assignment = chosen.record;
        decisions.push(chosen.record);
      }
      const planned = await scheduler.planTasks(data, {
        regulation,
        version,
        facts: { ...facts, deal: { ...facts.deal, owner } },
        owner,
        at,
        tasks: t.createTasks,
      });
      decisions.push(...planned.records);
      // Open tasks whose due follows a field this transition changed (domain/retime.ts).
      const retimed = t.retimeTasks?.length
        ? await decideRetime(scheduler, data, {
            regulation,
            version,
            facts: { ...facts, deal: { ...facts.deal, owner } },
            owner,
            at,
            tasks: t.retimeTasks,
          })
        : undefined;
      if (retimed) decisions.push(...retimed.records);
      const timers: TimerRecord[] = [...planned.timers, ...(retimed?.timers ?? [])];
      for (const e of t.entered) {
        timers.push(
          ...(await scheduler.planStageSla(data, {
            regulation,
            dealId: t.dealId,
            stage: e.stage,
            visit: e.visit,
            owner,
            at,
            fields: t.deal.fields,
          })),
        );
      }
      // A closed deal schedules nothing.
      return {
        owner,
        tasks: planned.tasks,
        timers: t.deal.status === 'active' ? timers : [],
        decisions,
        ...(assignment ? { assignment } : {}),
        ...(handover ? { handover } : {}),
        ...(retimed ? { retimed } : {}),
      };
    },

    /**
     * Who takes the deal as it enters a stage that says so: the assignment
     * rules again, a department (least loaded there unless a strategy is
     * named), or the owner's head or a director. Recorded like any assignment.
     */
    async takeOver(
      data: DecisionData,
      input: {
        regulation: Regulation;
        version: number;
        facts: DealFacts;
        at: Date;
        owner: string | null;
        stage: string;
        responsibility: Exclude<Responsibility, 'keep'>;
      },
    ): Promise<{ owner: string; record: DecisionRecord }> {
      const { responsibility: r, regulation } = input;
      const ruleName = `stage ${input.stage} responsibility`;
      if (r === 'rules') return maker.assign(data, input);
      const fallback = regulation.assignment.fallback;
      if (r.role) {
        const from = input.owner ?? fallback;
        const owner = await data.recipient(r.role, from, fallback, {
          id: input.facts.deal.id,
          fields: input.facts.fields,
        });
        return {
          owner,
          record: {
            kind: 'assignment',
            subject: null,
            rule: ruleName,
            outcome: { owner, reason: `the ${r.role} of ${from}` },
            facts: input.facts as unknown as Record<string, unknown>,
            alternatives: [],
            trace: [],
            error: null,
          },
        };
      }
      return maker.assign(data, {
        ...input,
        ruleName,
        strategyOverride: {
          strategy: r.strategy ?? 'least_loaded',
          ...(r.department ? { department: r.department } : {}),
          ...(r.skill ? { skill: r.skill } : {}),
          ...(r.region ? { region: r.region } : {}),
        },
      });
    },
  };
  return maker;
}

/** A deal handed over on entering a stage: the previous owner stays on it as a participant. */
export interface Handover {
  from: string;
  to: string;
  stage: string;
}

/** The last stage entered that names who takes the deal (`keep` names nobody new). */
function responsibilityOf(
  regulation: Regulation,
  entered: DealTransition['entered'],
): { stage: string; responsibility: Exclude<Responsibility, 'keep'> } | undefined {
  for (const e of [...entered].reverse()) {
    const responsibility = regulation.stages.find((s) => s.key === e.stage)?.responsible;
    if (responsibility && responsibility !== 'keep') return { stage: e.stage, responsibility };
  }
  return undefined;
}

/** A deal as a firing timer sees it. */
export interface TimerDeal {
  id: string;
  stage: string;
  owner: string;
  fields: Record<string, unknown>;
  client: Record<string, unknown>;
}

export interface TimerTask {
  key: string;
  title: string;
  required: boolean;
  stage: string;
  assignee: string;
  /** A Date from the read model, an ISO string from a planned task. */
  dueAt: Date | string | null;
}

/**
 * What a reminder or escalation does when it fires: who is told, whether the
 * escalation rules reassign the deal, and the decisions to record. Shared by
 * the worker (which then writes) and the simulator (which only reports).
 */
export async function timerOutcome(
  decide: DecisionMaker,
  data: DecisionData,
  input: { regulation: Regulation; version: number; deal: TimerDeal; task?: TimerTask; timer: TimerRecord; now: Date },
): Promise<{
  recipients: string[];
  owner: string;
  reassignedTo?: string;
  decisions: DecisionRecord[];
  title: string;
  /** Recipients away at firing time, and to whom their part went instead, in words. */
  delegated: string[];
}> {
  const { regulation, deal, task, timer, now } = input;
  const subject = task ? `task "${task.title}"` : `stage "${deal.stage}"`;
  let recipients = new Set([timer.recipient]);
  const delegated: string[] = [];
  const decisions: DecisionRecord[] = [];
  let owner = deal.owner;
  let reassignedTo: string | undefined;
  if (timer.kind === 'escalation') {
    const dueAt = task?.dueAt ? new Date(task.dueAt).getTime() : Date.parse(timer.fireAt);
    const overdueMinutes = Math.round((now.getTime() - dueAt) / 60_000);
    const facts = {
      ...dealFacts({ ...deal, regulationId: regulation.id }, now),
      ...(task ? { task: { key: task.key, title: task.title, required: task.required, stage: task.stage } } : {}),
      escalation: { reason: timer.reason, level: timer.level, overdueMinutes },
    };
    const verdict = await decide.escalate(regulation, input.version, facts);
    for (const to of verdict.params.notify ?? []) {
      recipients.add(await recipientOf(data, to, task?.assignee ?? owner, regulation.assignment.fallback, deal));
    }
    if (verdict.params.reassign) {
      const chosen = await decide.assign(data, {
        regulation,
        version: input.version,
        facts,
        at: now,
        strategyOverride: verdict.params.reassign,
        exclude: owner,
      });
      if (chosen.owner !== owner) owner = reassignedTo = chosen.owner;
      decisions.push({ ...chosen.record, subject: timer.id });
    }
    const away = await delegate(data, recipients, regulation.assignment.fallback, deal, now);
    delegated.push(...away.delegated);
    recipients = away.recipients;
    decisions.push({
      kind: 'escalation',
      subject: timer.id,
      rule: verdict.rule,
      outcome: {
        level: timer.level,
        reason: timer.reason,
        notified: [...recipients],
        reassignedTo: reassignedTo ?? null,
        ...(delegated.length > 0 ? { delegated } : {}),
      },
      facts: verdict.facts,
      alternatives: [],
      trace: verdict.trace,
      error: verdict.error,
    });
  }
  const title =
    timer.kind === 'reminder'
      ? `Reminder: ${subject} is due ${task?.dueAt ? new Date(task.dueAt).toISOString() : ''}`.trim()
      : `Escalation level ${timer.level}: ${subject} ${timer.reason === 'stage_sla' ? 'exceeded its SLA' : 'is overdue'}`;
  if (timer.kind === 'reminder') {
    const away = await delegate(data, recipients, regulation.assignment.fallback, deal, now);
    delegated.push(...away.delegated);
    recipients = away.recipients;
  }
  return { recipients: [...recipients], owner, ...(reassignedTo ? { reassignedTo } : {}), decisions, title, delegated };
}

export type DecisionMaker = ReturnType<typeof createDecisionMaker>;
