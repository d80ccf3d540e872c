/**
 * The regulation model: what a sales director writes, after validation and
 * normalisation. Pure types, shared by the compiler, the workflow and the API.
 *
 * @module
 */
import type { BusinessCalendar } from '../rules/calendar.js';
import type { RuleDefinition, TemplateDefinition } from '../rules/types.js';

export type { BusinessCalendar, RuleDefinition, TemplateDefinition };

/** How a deal ends when it reaches a final stage. */
export type FinalOutcome = 'won' | 'lost';

/** A field the regulation collects on a deal (budget, decision maker...). */
export interface FieldDefinition {
  title: string;
  type: 'string' | 'number' | 'integer' | 'boolean';
  enum?: Array<string | number>;
}

/** A task a manager must (or may) do while a deal is in a stage. */
export interface TaskDefinition {
  key: string;
  title: string;
  /** ISO 8601 duration from the moment the stage is entered, e.g. `PT4H`. */
  due?: string;
  /** A date field whose value is the due time; wins over `due` when filled. */
  dueFrom?: string;
  required: boolean;
}

/** A plugin activity run when a deal enters a stage. */
export interface AutomationDefinition {
  /** `plugin_id.activity`. */
  run: string;
  params: Record<string, unknown>;
}

/** Where an event moves the deal, and whether the stage's exit checks apply. */
export interface TransitionDefinition {
  to: string;
  /**
   * When true (the default) the deal may leave only with every required field
   * filled and every required task done. `false` suits moves such as "lost"
   * that are allowed at any moment.
   */
  enforce: boolean;
}

export interface StageDefinition {
  key: string;
  title: string;
  tasks: TaskDefinition[];
  /** Fields that must hold a value before the deal may leave the stage. */
  requiredFields: string[];
  /** Events a manager or an integration may send in this stage. */
  on: Record<string, TransitionDefinition>;
  /** Stage the deal moves to by itself once the exit checks pass. */
  advance?: string;
  /** Set on final stages only. */
  final?: FinalOutcome;
  /** Working time a deal may stay here before it escalates, ISO 8601. */
  sla?: string;
  onEnter: AutomationDefinition[];
}

export interface RuleSet {
  assignment: RuleDefinition[];
  reminders: RuleDefinition[];
  escalation: RuleDefinition[];
  templates: RuleDefinition[];
}

/** `field:<name>`: the person a deal field names (e.g. the info department agent who handed the lead over). */
export type Recipient = 'assignee' | 'head' | 'director' | `field:${string}`;

export interface EscalationStep {
  to: Recipient;
  /** Working time after the task's due time (or the stage's SLA) when this level fires. */
  after: string;
}

export interface Regulation {
  id: string;
  title: string;
  /** Queue that owns a deal when nobody is named at start. */
  defaultOwner: string;
  fields: Record<string, FieldDefinition>;
  stages: StageDefinition[];
  /** Default office calendar; a manager's own time zone overrides its zone. */
  calendar: BusinessCalendar;
  escalation: { chain: EscalationStep[] };
  /** Who owns a deal when no assignment rule matches. */
  assignment: { fallback: string };
  rules: RuleSet;
  templates: TemplateDefinition[];
  /** Plugins composed into this regulation (`id@version`). */
  plugins: string[];
}

/** A regulation as stored: pinned by its version and content hash. */
export interface RegulationVersion {
  regulation: Regulation;
  version: number;
  hash: string;
}

/** Events the engine raises itself; a regulation may not declare them. */
export const RESERVED_EVENTS = ['TASK_COMPLETED', 'FIELDS_UPDATED'] as const;
