/**
 * Scheduling decisions for the tasks of a stage visit: due times in the
 * assignee's working hours and time zone, suggested templates, reminders
 * chosen by the rules, and the escalation chain for overdue tasks and stage
 * SLAs.
 *
 * @module
 */
import type { Regulation } from '../regulation/types.js';
import { addWorkingDuration, offsetMs } from '../rules/calendar.js';
import { suggestTemplates, type TemplateCriteria } from '../rules/templates.js';
import { recipientOf, type DecisionData } from './decision-data.js';
import type { PlannedTask, TaskRecord, TimerRecord } from './transition.js';
import { failed, type DealFacts, type DecisionRecord, type RuleRunner } from './rule-runner.js';

export function createScheduler({ run, calendarFor }: RuleRunner) {
  return {
    /** Due times, templates, reminders and escalations for the tasks of a stage visit. */
    async planTasks(
      data: DecisionData,
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
      const manager = await data.manager(owner);
      const calendar = calendarFor(regulation, manager);
      const tasks: TaskRecord[] = [];
      const timers: TimerRecord[] = [];
      const records: DecisionRecord[] = [];
      const fallback = regulation.assignment.fallback;
      for (const task of input.tasks) {
        const definition = regulation.stages.find((st) => st.key === task.stage)?.tasks.find((t) => t.key === task.key);
        const agreed = fieldDue(definition, input.facts.fields);
        const dueAt = agreed ?? (task.due ? addWorkingDuration(at, task.due, calendar) : null);
        const taskFacts = {
          ...input.facts,
          task: {
            key: task.key,
            title: task.title,
            required: task.required,
            stage: task.stage,
            due: task.due,
            kind: task.kind,
          },
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
              const recipient = await recipientOf(data, to, owner, fallback, {
                id: input.facts.deal.id,
                fields: input.facts.fields,
              });
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
            recipient: await recipientOf(data, step.to, owner, fallback, {
              id: input.facts.deal.id,
              fields: input.facts.fields,
            }),
            fireAt: addWorkingDuration(dueAt, step.after, calendar).toISOString(),
          });
        }
      }
      return { tasks, timers, records };
    },

    /** Escalation timers for a stage visit with an SLA. */
    async planStageSla(
      data: DecisionData,
      input: {
        regulation: Regulation;
        dealId: string;
        stage: string;
        visit: number;
        owner: string;
        at: Date;
        fields: Record<string, unknown>;
      },
    ): Promise<TimerRecord[]> {
      const stage = input.regulation.stages.find((s) => s.key === input.stage);
      if (!stage?.sla) return [];
      const manager = await data.manager(input.owner);
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
          recipient: await recipientOf(data, step.to, input.owner, input.regulation.assignment.fallback, {
            id: input.dealId,
            fields: input.fields,
          }),
          fireAt: addWorkingDuration(slaAt, step.after, calendar).toISOString(),
        });
      }
      return timers;
    },
  };
}

/** The due a task takes from a date field (`dueFrom`, shifted by `dueOffset`); none while the field is empty. */
export function fieldDue(
  definition: { dueFrom?: string; dueOffset?: string } | undefined,
  fields: Record<string, unknown>,
): Date | undefined {
  const date = definition?.dueFrom ? dateField(fields[definition.dueFrom]) : undefined;
  if (!date || !definition?.dueOffset) return date;
  return new Date(date.getTime() + offsetMs(definition.dueOffset));
}

/** A field holding a date or date-time (an agreed call-back), as an instant. */
function dateField(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t);
}
