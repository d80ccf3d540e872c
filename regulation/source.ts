/**
 * The regulation as written (YAML or JSON), before normalisation: shorthand
 * transitions, optional lists and defaults not yet filled in.
 *
 * @module
 */
import { DEFAULT_CALENDAR, type BusinessCalendar } from '../rules/calendar.js';
import { normalizeNext, type NextSource } from './chain.js';
import type { RecurDefinition } from './recur.js';
import { DEFAULT_TASK_KINDS, LOSS_FIELDS } from './types.js';
import type {
  EscalationStep,
  FieldDefinition,
  FinalOutcome,
  Regulation,
  Responsibility,
  RuleDefinition,
  TemplateDefinition,
} from './types.js';

export interface TaskSource {
  key: string;
  title: string;
  /** A duration from the stage entry, or relative to a date field (`{ field, offset }`). */
  due?: string | { field: string; offset?: string };
  dueFrom?: string;
  required?: boolean;
  kind?: string;
  outcomes?: string[];
  completedBy?: string;
  recur?: RecurDefinition;
}

export interface StageSource {
  key: string;
  title: string;
  final?: FinalOutcome;
  requiredFields?: string[];
  advance?: string;
  sla?: string;
  onEnter?: Array<{ run: string; params?: Record<string, unknown> }>;
  tasks?: TaskSource[];
  on?: Record<string, string | { to: string; enforce?: boolean; title?: string }>;
  responsible?: Responsibility;
  requireLossReason?: boolean;
  next?: NextSource;
}

export interface RegulationSource {
  id: string;
  title: string;
  defaultOwner?: string;
  fields?: Record<string, Omit<FieldDefinition, 'title'> & { title?: string }>;
  stages: StageSource[];
  calendar?: Partial<BusinessCalendar>;
  escalation?: { chain: EscalationStep[] };
  assignment?: { fallback: string };
  rules?: Partial<Record<'assignment' | 'reminders' | 'escalation' | 'templates', RuleDefinition[]>>;
  templates?: Array<Omit<TemplateDefinition, 'stages' | 'language'> & { stages?: string[]; language?: string }>;
  plugins?: Array<string | { id: string; version?: string }>;
  taskKinds?: string[];
  lostReasons?: string[];
  competitors?: string[];
  /** Who takes which stage, by stage key: also for stages a plugin adds (wins over a stage's own `responsible`). */
  responsibility?: Record<string, Responsibility>;
  takes?: string[];
  /** Complaints from clients (app/client-complaints.ts): the working time to resolve one. */
  complaints?: { sla: string; match?: string[] };
}

/** The calendar a regulation gets when it names none: `DEFAULT_CALENDAR` of `rules/calendar.ts`. */
export const DEFAULT_CALENDAR_DEFINITION: BusinessCalendar = DEFAULT_CALENDAR;

export const DEFAULT_OWNER = 'queue:unassigned';

/** The loss fields a regulation with lost reasons or competitors gets, unless it declares them itself. */
function lossFields(source: RegulationSource): Regulation['fields'] {
  return {
    ...(source.lostReasons?.length
      ? { [LOSS_FIELDS.reason]: { type: 'string', title: 'Why the deal was lost', enum: [...source.lostReasons] } }
      : {}),
    ...(source.competitors?.length
      ? { [LOSS_FIELDS.competitor]: { type: 'string', title: 'Competitor', enum: [...source.competitors] } }
      : {}),
  };
}

/** Fills defaults and expands shorthands; the input must already be valid. */
export function normalize(source: RegulationSource, plugins: string[] = []): Regulation {
  return {
    id: source.id,
    title: source.title,
    defaultOwner: source.defaultOwner ?? DEFAULT_OWNER,
    fields: {
      ...lossFields(source),
      ...Object.fromEntries(Object.entries(source.fields ?? {}).map(([k, f]) => [k, { ...f, title: f.title ?? k }])),
    },
    stages: source.stages.map((s) => ({
      key: s.key,
      title: s.title,
      ...(s.final ? { final: s.final } : {}),
      ...(s.advance ? { advance: s.advance } : {}),
      ...(s.sla ? { sla: s.sla } : {}),
      onEnter: (s.onEnter ?? []).map((a) => ({ run: a.run, params: a.params ?? {} })),
      ...((source.responsibility?.[s.key] ?? s.responsible)
        ? { responsible: source.responsibility?.[s.key] ?? s.responsible! }
        : {}),
      ...(s.requireLossReason ? { requireLossReason: true } : {}),
      ...(s.next ? { next: normalizeNext(s.next) } : {}),
      requiredFields: s.requiredFields ?? [],
      tasks: (s.tasks ?? []).map((t) => ({
        key: t.key,
        title: t.title,
        ...(typeof t.due === 'string' ? { due: t.due } : {}),
        ...(t.dueFrom ? { dueFrom: t.dueFrom } : {}),
        // `due: { field, offset }` is a field-relative due: the field's date plus the offset.
        ...(t.due && typeof t.due === 'object' ? { dueFrom: t.due.field } : {}),
        ...(t.due && typeof t.due === 'object' && t.due.offset ? { dueOffset: t.due.offset } : {}),
        // An occurrence left undone must not hold the deal in its stage.
        required: t.recur ? false : (t.required ?? true),
        kind: t.kind ?? 'task',
        ...(t.outcomes ? { outcomes: t.outcomes } : {}),
        ...(t.completedBy ? { completedBy: t.completedBy } : {}),
        ...(t.recur ? { recur: t.recur } : {}),
      })),
      on: Object.fromEntries(
        Object.entries(s.on ?? {}).map(([event, t]) => [
          event,
          typeof t === 'string'
            ? { to: t, enforce: true }
            : { to: t.to, enforce: t.enforce ?? true, ...(t.title ? { title: t.title } : {}) },
        ]),
      ),
    })),
    calendar: { ...DEFAULT_CALENDAR_DEFINITION, ...source.calendar },
    escalation: { chain: source.escalation?.chain ?? [] },
    assignment: { fallback: source.assignment?.fallback ?? source.defaultOwner ?? DEFAULT_OWNER },
    rules: {
      assignment: source.rules?.assignment ?? [],
      reminders: source.rules?.reminders ?? [],
      escalation: source.rules?.escalation ?? [],
      templates: source.rules?.templates ?? [],
    },
    templates: (source.templates ?? []).map((t) => ({ ...t, stages: t.stages ?? [], language: t.language ?? 'ru' })),
    plugins,
    taskKinds: [...new Set([...DEFAULT_TASK_KINDS, ...(source.taskKinds ?? [])])],
    lostReasons: source.lostReasons ?? [],
    competitors: source.competitors ?? [],
    ...(source.takes ? { takes: source.takes } : {}),
    ...(source.complaints ? { complaints: source.complaints } : {}),
  };
}
