/**
 * Checks a schema-valid regulation source for mistakes a JSON Schema cannot
 * express: references to stages and fields that do not exist, duplicates,
 * dead ends and stages no deal can ever reach.
 *
 * @module
 */
import { parse as parseDuration } from 'tinyduration';
import { checkChain } from './chain.js';
import { checkRecur } from './recur.js';
import type { RegulationIssue } from './issues.js';
import { pointerOf } from './issues.js';
import { COMPLETING_EVENTS, DEFAULT_TASK_KINDS, LOSS_FIELDS, RESERVED_EVENTS } from './types.js';
import type { RegulationSource, StageSource } from './source.js';

export function checkSemantics(source: RegulationSource): RegulationIssue[] {
  const issues: RegulationIssue[] = [];
  const add = (path: Array<string | number>, message: string) => issues.push({ pointer: pointerOf(path), message });

  const stageIndex = new Map<string, number>();
  source.stages.forEach((stage, i) => {
    if (stageIndex.has(stage.key)) {
      add(
        ['stages', i, 'key'],
        `duplicate stage key "${stage.key}" (first used by stage #${stageIndex.get(stage.key)! + 1})`,
      );
    } else stageIndex.set(stage.key, i);
  });
  const known = (k: string) => stageIndex.has(k);
  const stageList = [...stageIndex.keys()].join(', ');
  const declaredFields = new Set([
    ...Object.keys(source.fields ?? {}),
    ...(source.lostReasons?.length ? [LOSS_FIELDS.reason] : []),
    ...(source.competitors?.length ? [LOSS_FIELDS.competitor] : []),
  ]);
  const kinds = new Set<string>([...DEFAULT_TASK_KINDS, ...(source.taskKinds ?? [])]);

  source.stages.forEach((stage, i) => {
    const at = (...rest: Array<string | number>) => ['stages', i, ...rest];
    const taskKeys = new Set<string>();
    (stage.tasks ?? []).forEach((task, j) => {
      if (taskKeys.has(task.key))
        add(at('tasks', j, 'key'), `duplicate task key "${task.key}" in stage "${stage.key}"`);
      taskKeys.add(task.key);
      if (typeof task.due === 'string') checkDuration(task.due, at('tasks', j, 'due'), add);
      if (typeof task.due === 'object' && !declaredFields.has(task.due.field)) {
        add(
          at('tasks', j, 'due', 'field'),
          `the due follows field "${task.due.field}", which the regulation does not declare in fields`,
        );
      }
      if (task.kind !== undefined && !kinds.has(task.kind)) {
        add(
          at('tasks', j, 'kind'),
          `unknown task kind "${task.kind}" (kinds: ${[...kinds].join(', ')}; add it to taskKinds)`,
        );
      }
      if (task.completedBy !== undefined) {
        const outcome = COMPLETING_EVENTS[task.completedBy];
        if (outcome === undefined) {
          add(
            at('tasks', j, 'completedBy'),
            `no integration completes a task with "${task.completedBy}" (events: ${Object.keys(COMPLETING_EVENTS).join(', ')})`,
          );
        } else if (task.outcomes && !task.outcomes.includes(outcome)) {
          add(at('tasks', j, 'outcomes'), `${task.completedBy} completes the task as "${outcome}": add it to outcomes`);
        }
      }
    });
    if (stage.requireLossReason && !source.lostReasons?.length) {
      add(
        at('requireLossReason'),
        'a stage that requires a lost reason needs the list: add lostReasons (e.g. [price, competitor])',
      );
    }
    if (stage.final && stage.responsible !== undefined) {
      add(at('responsible'), `final stage "${stage.key}" ends the deal: nobody takes it`);
    }
    (stage.requiredFields ?? []).forEach((field, j) => {
      if (!declaredFields.has(field)) {
        add(at('requiredFields', j), `unknown field "${field}": declare it under "fields" first`);
      }
    });
    for (const [event, target] of Object.entries(stage.on ?? {})) {
      const to = typeof target === 'string' ? target : target.to;
      const path = typeof target === 'string' ? at('on', event) : at('on', event, 'to');
      if ((RESERVED_EVENTS as readonly string[]).includes(event)) {
        add(at('on', event), `event name "${event}" is reserved by the engine`);
      }
      if (!known(to)) add(path, `unknown target stage "${to}" (stages: ${stageList})`);
    }
    if (stage.advance !== undefined && !known(stage.advance)) {
      add(at('advance'), `unknown target stage "${stage.advance}" (stages: ${stageList})`);
    }
    if (stage.final) {
      for (const prop of ['tasks', 'on', 'advance', 'requiredFields'] as const) {
        if (isPresent(stage[prop])) add(at(prop), `final stage "${stage.key}" ends the deal: it cannot have "${prop}"`);
      }
    } else if (Object.keys(stage.on ?? {}).length === 0 && stage.advance === undefined) {
      add(at(), `stage "${stage.key}" is a dead end: give it transitions ("on" or "advance") or mark it final`);
    }
  });

  for (const stage of Object.keys(source.responsibility ?? {})) {
    if (!known(stage)) add(['responsibility', stage], `unknown stage "${stage}" (stages: ${stageList})`);
  }

  if (!source.stages.some((s) => s.final)) {
    add(['stages'], 'no final stage: mark at least one stage "final: won" or "final: lost"');
  }
  const first = source.stages[0];
  if (first?.final) add(['stages', 0, 'final'], 'the first stage is where deals start; it cannot be final');

  checkCalendarAndTemplates(source, known, add);

  for (const i of unreachable(source.stages, stageIndex)) {
    add(['stages', i], `stage "${source.stages[i]!.key}" is unreachable: no transition leads to it`);
  }
  issues.push(...checkChain(source), ...checkRecur(source));
  return issues;
}

function checkCalendarAndTemplates(
  source: RegulationSource,
  knownStage: (k: string) => boolean,
  add: (p: Array<string | number>, m: string) => void,
) {
  const cal = source.calendar;
  if (cal?.timezone !== undefined && !isTimeZone(cal.timezone))
    add(['calendar', 'timezone'], `unknown time zone "${cal.timezone}" (use an IANA name such as Europe/Moscow)`);
  if (cal?.start !== undefined && cal.end !== undefined && cal.start >= cal.end)
    add(['calendar', 'end'], `working day ends (${cal.end}) before it starts (${cal.start})`);
  if (source.stages.some((s) => s.sla) && !source.escalation?.chain.length) {
    const i = source.stages.findIndex((s) => s.sla);
    add(
      ['stages', i, 'sla'],
      'a stage SLA needs an escalation chain: add escalation.chain (e.g. [{ to: head, after: PT0S }])',
    );
  }
  const templateIds = new Set<string>();
  (source.templates ?? []).forEach((t, i) => {
    if (templateIds.has(t.id)) add(['templates', i, 'id'], `duplicate template id "${t.id}"`);
    templateIds.add(t.id);
    (t.stages ?? []).forEach((stage, j) => {
      if (!knownStage(stage)) add(['templates', i, 'stages', j], `unknown stage "${stage}"`);
    });
  });
  (source.rules?.templates ?? []).forEach((rule, i) => {
    const ids = (rule.event?.params as { templateIds?: unknown } | undefined)?.templateIds;
    if (!Array.isArray(ids)) return;
    ids.forEach((id, j) => {
      if (!templateIds.has(String(id)))
        add(['rules', 'templates', i, 'event', 'params', 'templateIds', j], `unknown template "${String(id)}"`);
    });
  });
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function isPresent(value: unknown): boolean {
  if (value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object' && value !== null) return Object.keys(value).length > 0;
  return true;
}

function checkDuration(due: string, path: Array<string | number>, add: (p: Array<string | number>, m: string) => void) {
  try {
    const d = parseDuration(due);
    const total =
      (d.years ?? 0) +
      (d.months ?? 0) +
      (d.weeks ?? 0) +
      (d.days ?? 0) +
      (d.hours ?? 0) +
      (d.minutes ?? 0) +
      (d.seconds ?? 0);
    if (total <= 0) add(path, `due "${due}" must be longer than zero`);
  } catch {
    add(path, `due "${due}" is not an ISO 8601 duration (e.g. PT4H, P2D, P1DT12H)`);
  }
}

function unreachable(stages: StageSource[], index: Map<string, number>): number[] {
  const seen = new Set<number>([0]);
  const queue = [0];
  while (queue.length > 0) {
    const stage = stages[queue.shift()!]!;
    const targets = Object.values(stage.on ?? {}).map((t) => (typeof t === 'string' ? t : t.to));
    if (stage.advance) targets.push(stage.advance);
    for (const t of targets) {
      const i = index.get(t);
      if (i !== undefined && !seen.has(i)) {
        seen.add(i);
        queue.push(i);
      }
    }
  }
  // Only the first stage with a given key counts; duplicates are reported elsewhere.
  return stages.map((_, i) => i).filter((i) => !seen.has(i) && index.get(stages[i]!.key) === i);
}
