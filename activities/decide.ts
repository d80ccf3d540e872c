/**
 * The rules' decisions for one deal, made inside the activity's transaction:
 * who owns the deal, when each task is due (business calendar of the
 * assignee's time zone), which reminders and escalations to schedule, and
 * which templates to suggest. Each decision is returned with what it saw, to
 * be stored in `decisions`; a decision whose rules or fact providers fail
 * falls back and records the error, so a deal never stalls on a broken rule.
 *
 * @module
 */
import type { Regulation, RuleDefinition } from '../regulation/types.js';
import { chooseManager, type AssignParams, type ManagerFacts } from '../rules/assignment.js';
import { addWorkingDuration, offsetMs, type BusinessCalendar } from '../rules/calendar.js';
import { createDecider, type Decider } from '../rules/engine.js';
import type { DecisionKind, RulesRegistry } from '../rules/registry.js';
import { suggestTemplates, type TemplateCriteria } from '../rules/templates.js';
import type { Sql } from '../storage/db.js';
import { managerFacts, resolveRecipient } from '../storage/managers.repo.js';
import type { PlannedTask, TaskRecord, TimerRecord } from '../workflows/driver/transition.js';

export interface DecisionRecord {
  kind: DecisionKind;
  subject: string | null;
  rule: string | null;
  outcome: Record<string, unknown>;
  facts: Record<string, unknown>;
  alternatives: unknown[];
  trace: unknown[];
  error: string | null;
}

export interface DealFacts {
  deal: { id: string; stage: string; owner: string | null; fields: Record<string, unknown>; regulationId: string };
  client: Record<string, unknown>;
  fields: Record<string, unknown>;
  stage: string;
  regulation: string;
  now: { iso: string; hour: number; weekday: number };
}

export function dealFacts(
  d: {
    id: string;
    stage: string;
    owner: string | null;
    fields: Record<string, unknown>;
    client: Record<string, unknown>;
    regulationId: string;
  },
  at: Date,
): DealFacts {
  return {
    deal: { id: d.id, stage: d.stage, owner: d.owner, fields: d.fields, regulationId: d.regulationId },
    client: d.client,
    fields: d.fields,
    stage: d.stage,
    regulation: d.regulationId,
    now: { iso: at.toISOString(), hour: at.getUTCHours(), weekday: ((at.getUTCDay() + 6) % 7) + 1 },
  };
}

/** The client's identity across deals: tax number, then e-mail, then name. */
export function clientKey(client: Record<string, unknown>): string {
  return String(client.inn ?? client.email ?? client.name ?? '');
}

export function createDecisionMaker(registry: RulesRegistry) {
  const deciders = new Map<string, Decider<unknown>>();
  const deciderFor = <P>(regulation: Regulation, version: number, kind: DecisionKind): Decider<P> => {
    const key = `${regulation.id}@${version}:${kind}`;
    let d = deciders.get(key);
    if (!d) {
      d = createDecider(regulation.rules[kind] as RuleDefinition[], registry);
      deciders.set(key, d);
    }
    return d as Decider<P>;
  };

  /** Runs one decision's rules over its facts plus the registry's provided facts. */
  async function run<P>(regulation: Regulation, version: number, kind: DecisionKind, facts: Record<string, unknown>) {
    const all = { ...facts, ...(await registry.provideFacts(kind, facts)) };
    return { facts: all, decision: await deciderFor<P>(regulation, version, kind)(all) };
  }

  const calendarFor = (regulation: Regulation, manager: ManagerFacts | undefined): BusinessCalendar => ({
    ...regulation.calendar,
    timezone: manager?.timezone ?? regulation.calendar.timezone,
  });

  return {
    /** Picks the deal's owner; falls back to the regulation's queue when no rule or manager fits. */
    async assign(
      tx: Sql,
      input: {
        regulation: Regulation;
        version: number;
        facts: DealFacts;
        at: Date;
        strategyOverride?: AssignParams;
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
                fired: { rule: 'escalation reassignment', priority: 0, params: input.strategyOverride },
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
        const managers = (await managerFacts(tx)).filter((m) => m.id !== input.exclude);
        const scope = `${regulation.id}:${decision.fired.rule}`;
        const [cursor] = await tx`select last_manager from assignment_cursors where scope = ${scope}`;
        const clientOwner = await stickyOwner(tx, facts);
        const choice = chooseManager(decision.fired.params, managers, {
          now: input.at,
          calendar: calendarFor(regulation, undefined),
          ...(clientOwner ? { clientOwner } : {}),
          ...(typeof facts.client.region === 'string' ? { clientRegion: facts.client.region } : {}),
          ...(typeof facts.client.industry === 'string' ? { clientIndustry: facts.client.industry } : {}),
          ...(cursor ? { lastAssigned: cursor.last_manager as string } : {}),
        });
        const owner = choice.managerId ?? fallback;
        if (choice.managerId && choice.strategy === 'round_robin') {
          await tx`insert into assignment_cursors (scope, last_manager) values (${scope}, ${owner})
                   on conflict (scope) do update set last_manager = excluded.last_manager`;
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

    /** Due times, templates, reminders and escalations for the tasks of a stage visit. */
    async planTasks(
      tx: Sql,
      input: {
        regulation: Regulation;
        version: number;
        facts: DealFacts;
        owner: string;
        at: Date;
        tasks: PlannedTask[];
      },
    ): Promise<{ tasks: TaskRecord[]; timers: TimerRecord[]; records: DecisionRecord[] }> {
      const { regulation, owner, at } = input;
      const manager = (await managerFacts(tx)).find((m) => m.id === owner);
      const calendar = calendarFor(regulation, manager);
      const tasks: TaskRecord[] = [];
      const timers: TimerRecord[] = [];
      const records: DecisionRecord[] = [];
      const fallback = regulation.assignment.fallback;
      for (const task of input.tasks) {
        const dueAt = task.due ? addWorkingDuration(at, task.due, calendar) : null;
        const taskFacts = {
          ...input.facts,
          task: { key: task.key, title: task.title, required: task.required, stage: task.stage, due: task.due },
        } as Record<string, unknown>;
        let templates: TaskRecord['templates'] = [];
        try {
          const { facts, decision } = await run<TemplateCriteria>(regulation, input.version, 'templates', taskFacts);
          if (decision.matches.length > 0) {
            const data = {
              client: input.facts.client,
              fields: input.facts.fields,
              deal: input.facts.deal,
              task: taskFacts.task,
              manager: { id: owner, name: manager?.name ?? owner },
            };
            templates = suggestTemplates(
              regulation.templates,
              decision.matches.map((m) => m.params),
              { stage: task.stage, data },
            ).map(({ score: _score, ...t }) => t);
            records.push({
              kind: 'templates',
              subject: task.id,
              rule: decision.fired!.rule,
              outcome: { templates: templates.map((t) => t.id) },
              facts,
              alternatives: [],
              trace: decision.trace,
              error: null,
            });
          }
        } catch (error) {
          records.push(failed('templates', task.id, taskFacts, error, { templates: [] }));
        }
        tasks.push({ ...task, assignee: owner, dueAt: dueAt?.toISOString() ?? null, templates });
        if (!dueAt) continue;

        try {
          const { facts, decision } = await run<{ offsets: string[]; to?: 'assignee' | 'head' | 'director' }>(
            regulation,
            input.version,
            'reminders',
            taskFacts,
          );
          const planned: string[] = [];
          for (const m of decision.matches) {
            for (const offset of m.params.offsets) {
              const fireAt = new Date(dueAt.getTime() + offsetMs(offset));
              const to = m.params.to ?? 'assignee';
              const id = `${task.id}:remind:${offset}:${to}`;
              if (fireAt.getTime() <= at.getTime() || timers.some((t) => t.id === id)) continue;
              const recipient = await resolveRecipient(tx, to, owner, fallback);
              timers.push({
                id,
                kind: 'reminder',
                reason: 'task_due',
                taskId: task.id,
                visit: task.visit,
                level: null,
                recipient,
                fireAt: fireAt.toISOString(),
              });
              planned.push(`${offset} → ${recipient}`);
            }
          }
          if (decision.matches.length > 0) {
            records.push({
              kind: 'reminders',
              subject: task.id,
              rule: decision.fired!.rule,
              outcome: { dueAt: dueAt.toISOString(), reminders: planned },
              facts,
              alternatives: [],
              trace: decision.trace,
              error: null,
            });
          }
        } catch (error) {
          records.push(failed('reminders', task.id, taskFacts, error, { reminders: [] }));
        }

        for (const [i, step] of regulation.escalation.chain.entries()) {
          timers.push({
            id: `${task.id}:escalate:${i + 1}`,
            kind: 'escalation',
            reason: 'task_overdue',
            taskId: task.id,
            visit: task.visit,
            level: i + 1,
            recipient: await resolveRecipient(tx, step.to, owner, fallback),
            fireAt: addWorkingDuration(dueAt, step.after, calendar).toISOString(),
          });
        }
      }
      return { tasks, timers, records };
    },

    /** Escalation timers for a stage visit with an SLA. */
    async planStageSla(
      tx: Sql,
      input: { regulation: Regulation; dealId: string; stage: string; visit: number; owner: string; at: Date },
    ): Promise<TimerRecord[]> {
      const stage = input.regulation.stages.find((s) => s.key === input.stage);
      if (!stage?.sla) return [];
      const manager = (await managerFacts(tx)).find((m) => m.id === input.owner);
      const calendar = calendarFor(input.regulation, manager);
      const slaAt = addWorkingDuration(input.at, stage.sla, calendar);
      const timers: TimerRecord[] = [];
      for (const [i, step] of input.regulation.escalation.chain.entries()) {
        timers.push({
          id: `${input.dealId}:${input.visit}:sla:${i + 1}`,
          kind: 'escalation',
          reason: 'stage_sla',
          taskId: null,
          visit: input.visit,
          level: i + 1,
          recipient: await resolveRecipient(tx, step.to, input.owner, input.regulation.assignment.fallback),
          fireAt: addWorkingDuration(slaAt, step.after, calendar).toISOString(),
        });
      }
      return timers;
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
  };
}

async function stickyOwner(tx: Sql, facts: DealFacts): Promise<string | undefined> {
  const key = clientKey(facts.client);
  if (!key) return undefined;
  const [row] = await tx`
    select owner from deals
    where id <> ${facts.deal.id} and coalesce(client->>'inn', client->>'email', client->>'name') = ${key}
    order by created_at desc limit 1`;
  return row?.owner as string | undefined;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

function failed(
  kind: DecisionKind,
  subject: string | null,
  facts: unknown,
  error: unknown,
  outcome: Record<string, unknown>,
): DecisionRecord {
  return {
    kind,
    subject,
    rule: null,
    outcome: { ...outcome, reason: 'the rules failed: fallback' },
    facts: (facts ?? {}) as Record<string, unknown>,
    alternatives: [],
    trace: [],
    error: message(error),
  };
}

export type DecisionMaker = ReturnType<typeof createDecisionMaker>;
