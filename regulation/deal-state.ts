/**
 * Pure rules of a deal's life that both the XState guards and the workflow's
 * Update validators use, so a rejection always says exactly why the machine
 * would refuse the move.
 *
 * @module
 */
import type { Regulation, StageDefinition } from './types.js';

export type TaskStatus = 'open' | 'done' | 'cancelled';
export type FieldValues = Record<string, string | number | boolean | null>;

export interface DealContext {
  dealId: string;
  fields: FieldValues;
  /** Incremented on each stage entry; task ids derive from it. */
  visit: number;
  /** Tasks of the current stage visit, by task key. */
  tasks: Record<string, TaskStatus>;
  /** Recurring tasks of the current stage visit, by task key (`workflows/deal-series.ts`); absent in older deals. */
  series?: Record<string, SeriesState>;
}

/** Where a recurring task's series stands: its anchor, the last occurrence opened, and when the next opens. */
export interface SeriesState {
  visit: number;
  anchor: string;
  opened: number;
  next: string | null;
}

export type DealEvent =
  | { type: 'TASK_COMPLETED'; taskKey: string; outcome?: string; fields?: FieldValues }
  | { type: 'FIELDS_UPDATED'; fields: FieldValues }
  | { type: string; fields?: FieldValues };

/** Why a deal may not leave its stage right now. */
export interface ExitBlockers {
  missingFields: string[];
  openTasks: string[];
}

export function stageOf(regulation: Regulation, key: string): StageDefinition {
  const stage = regulation.stages.find((s) => s.key === key);
  if (!stage) throw new Error(`stage "${key}" is not in regulation "${regulation.id}"`);
  return stage;
}

export function exitBlockers(
  stage: StageDefinition,
  fields: FieldValues,
  tasks: Record<string, TaskStatus>,
): ExitBlockers {
  return {
    missingFields: stage.requiredFields.filter(
      (f) => fields[f] === undefined || fields[f] === null || fields[f] === '',
    ),
    openTasks: stage.tasks.filter((t) => t.required && tasks[t.key] !== 'done').map((t) => t.key),
  };
}

export function isBlocked(b: ExitBlockers): boolean {
  return b.missingFields.length > 0 || b.openTasks.length > 0;
}

export function describeBlockers(stage: StageDefinition, b: ExitBlockers): string {
  const parts: string[] = [];
  if (b.missingFields.length)
    parts.push(`required field${b.missingFields.length > 1 ? 's' : ''} missing: ${b.missingFields.join(', ')}`);
  if (b.openTasks.length)
    parts.push(`required task${b.openTasks.length > 1 ? 's' : ''} not done: ${b.openTasks.join(', ')}`);
  return `the deal cannot leave stage "${stage.key}": ${parts.join('; ')}`;
}

/** Checks submitted field values against the regulation's field definitions. */
export function fieldProblems(regulation: Regulation, fields: FieldValues | undefined): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(fields ?? {})) {
    const def = regulation.fields[key];
    if (!def) {
      problems.push(`unknown field "${key}" (known: ${Object.keys(regulation.fields).join(', ') || 'none'})`);
      continue;
    }
    if (value === null) continue;
    const ok =
      def.type === 'integer'
        ? Number.isInteger(value)
        : def.type === 'number'
          ? typeof value === 'number' && Number.isFinite(value)
          : typeof value === def.type;
    if (!ok) problems.push(`field "${key}" must be ${def.type === 'integer' ? 'an integer' : 'a ' + def.type}`);
    else if (def.enum && !def.enum.includes(value as string | number))
      problems.push(`field "${key}" must be one of: ${def.enum.join(', ')}`);
  }
  return problems;
}

/** Deterministic task id: the same deal, visit and key always give the same id. */
export function taskId(dealId: string, visit: number, taskKey: string): string {
  return `${dealId}:${visit}:${taskKey}`;
}

export function parseTaskId(id: string): { dealId: string; visit: number; taskKey: string } | undefined {
  const m = /^(.+):(\d+):([a-z][a-z0-9_]*)$/.exec(id);
  return m ? { dealId: m[1]!, visit: Number(m[2]), taskKey: m[3]! } : undefined;
}
