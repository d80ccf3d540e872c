/**
 * Recurring tasks in the regulation text: a task with `recur` opens one
 * occurrence per period (`every: P3M`, or an RRULE `rule`) while its stage
 * lasts, each a normal task (reminders, escalation, outcomes, compliance);
 * `pause` names a date field ("do not disturb until") that moves an
 * occurrence falling before it. The instants come from `domain/recurrence.ts`.
 *
 * @example
 * // tasks: - { key: contact, title: Плановый звонок, kind: call, due: P2D, recur: { every: P3M, pause: dnd_until } }
 *
 * @module
 */
import * as rrulePkg from 'rrule';
import type { RegulationIssue } from './issues.js';
import { pointerOf } from './issues.js';

// Node loads rrule's CommonJS build (named exports under `default`), bundlers its ES module build.
type RRulePackage = typeof rrulePkg;
const { RRule } = (
  'RRule' in rrulePkg ? rrulePkg : (rrulePkg as unknown as { default: RRulePackage }).default
) as RRulePackage;

/** How a task recurs: one of `every` (ISO 8601 period) or `rule` (RRULE), optionally ending after `times`. */
export interface RecurrenceSpec {
  every?: string;
  rule?: string;
  /** The first occurrence after the series starts (default: one `every` period; with `rule`: its first date). */
  first?: string;
  /** How many occurrences at most; absent: until the stage is left. */
  times?: number;
}

/** A task's `recur`: when it recurs, and the field that pauses it. */
export interface RecurDefinition extends RecurrenceSpec {
  /** A date field: no occurrence opens before its value. */
  pause?: string;
}

const duration = {
  type: 'string',
  // Also what lets the reference (regulation/reference.ts) show a valid sample for `first`.
  description: 'ISO 8601 period, e.g. P3M',
  pattern: '^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$',
};

export const recurSchema = {
  type: 'object',
  additionalProperties: false,
  description:
    'the task recurs while the stage lasts: every (ISO 8601 period, e.g. P3M) or rule (RRULE, e.g. FREQ=MONTHLY;BYMONTH=1,4,7,10;BYDAY=1MO); first: the first occurrence after the stage entry; times: how many at most; pause: a date field before whose value nothing opens',
  properties: {
    every: duration,
    rule: { type: 'string', minLength: 1, maxLength: 500 },
    first: duration,
    times: { type: 'integer', minimum: 1 },
    pause: { type: 'string', pattern: '^[a-z][a-z0-9_]*$' },
  },
} as const;

interface Source {
  fields?: Record<string, unknown>;
  stages: Array<{ tasks?: Array<{ recur?: RecurDefinition }> }>;
}

/** Exactly one of every/rule, a rule that parses, a pause field the regulation declares. */
export function checkRecur(source: Source): RegulationIssue[] {
  const issues: RegulationIssue[] = [];
  source.stages.forEach((stage, i) =>
    (stage.tasks ?? []).forEach((task, j) => {
      const r = task.recur;
      if (!r) return;
      const at = (k: string) => pointerOf(['stages', i, 'tasks', j, 'recur', k]);
      if (!r.every === !r.rule)
        issues.push({ pointer: at('every'), message: 'a recurring task needs exactly one of every and rule' });
      if (r.rule) {
        try {
          RRule.parseString(r.rule);
          if (!/FREQ=/.test(r.rule)) throw new Error('no FREQ');
        } catch {
          issues.push({ pointer: at('rule'), message: `"${r.rule}" is not an RRULE (e.g. FREQ=MONTHLY;BYDAY=1MO)` });
        }
      }
      if (r.pause && !(r.pause in (source.fields ?? {})))
        issues.push({ pointer: at('pause'), message: `pause names "${r.pause}", which is not among the fields` });
    }),
  );
  return issues;
}

/** The task definition behind a task key: the task itself, or the recurring task an occurrence (`contact_3`) belongs to. */
export function taskDefinitionOf<T extends { key: string; recur?: RecurDefinition }>(
  tasks: readonly T[],
  taskKey: string,
): T | undefined {
  const own = tasks.find((t) => t.key === taskKey);
  if (own) return own;
  const base = /^(.+)_\d+$/.exec(taskKey)?.[1];
  return tasks.find((t) => t.recur && t.key === base);
}
