/**
 * The regulation model: what a sales director writes, after validation and
 * normalisation. Pure types, shared by the compiler, the workflow and the API.
 *
 * @module
 */
import type { BusinessCalendar } from '../rules/calendar.js';
import type { RuleDefinition, TemplateDefinition } from '../rules/types.js';
import type { RecurDefinition } from './recur.js';

export type { BusinessCalendar, RuleDefinition, TemplateDefinition };

/** How a deal ends when it reaches a final stage. */
export type FinalOutcome = 'won' | 'lost';

/** A field the regulation collects on a deal (budget, decision maker...). */
export interface FieldDefinition {
  title: string;
  type: 'string' | 'number' | 'integer' | 'boolean';
  enum?: Array<string | number>;
  /** Shown on the deal's card on the pipeline board (an amount, a product…). */
  summary?: boolean;
}

/** A task a manager must (or may) do while a deal is in a stage. */
export interface TaskDefinition {
  key: string;
  title: string;
  /** ISO 8601 duration from the moment the stage is entered, e.g. `PT4H`. */
  due?: string;
  /** A date field whose value is the due time; wins over `due` when filled. */
  dueFrom?: string;
  /** Added to the `dueFrom` field's date (`-P1D`: a day before); the due moves when the field is edited. */
  dueOffset?: string;
  required: boolean;
  /** What kind of work it is (call, meeting, e-mail, document, visit, task…): what compliance counts. */
  kind: string;
  /** The outcomes a manager may report, when the director wants a closed list (held, cancelled, moved). */
  outcomes?: string[];
  /** An integration event (e.g. `EMAIL_REPLIED`) that completes the task while it is open in its stage. */
  completedBy?: string;
  /** The task recurs while its stage lasts, one occurrence per period (`recur.ts`); never blocks leaving. */
  recur?: RecurDefinition;
}

/**
 * Who takes a deal when it enters a stage: the owner so far (`keep`), the
 * regulation's assignment rules (`rules`), or a department (and how to choose
 * in it), or the owner's head or a director. Entering hands the deal's open
 * work over; the previous owner stays on the deal as a participant.
 */
export type Responsibility =
  | 'keep'
  | 'rules'
  | {
      department?: string;
      role?: 'head' | 'director';
      strategy?: 'least_loaded' | 'round_robin' | 'by_region' | 'by_expertise';
      skill?: string;
      region?: string;
    };

/** A regulation a final stage starts for the same company; `reasons`: only for a loss told with one of them (see `chain.ts`). */
export interface NextRegulation {
  regulation: string;
  reasons?: string[];
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
  /** The move in words, for people (`Квалифицирован`); the event code when absent. */
  title?: string;
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
  /** Who takes the deal on entering (hand-over between departments); absent: the owner stays. */
  responsible?: Responsibility;
  /** Entering needs a lost reason (and the competitor, when the reason is `competitor`). */
  requireLossReason?: boolean;
  /** Final stages only: the regulation a deal ending here starts for the same company (see `chain.ts`). */
  next?: NextRegulation[];
}

export interface RuleSet {
  assignment: RuleDefinition[];
  reminders: RuleDefinition[];
  escalation: RuleDefinition[];
  templates: RuleDefinition[];
}

/**
 * `field:<name>`: the person a deal field names; `participant_head`: the head
 * of the person who handed the deal over (e.g. the info department's head).
 */
export type Recipient = 'assignee' | 'head' | 'director' | 'participant_head' | `field:${string}`;

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
  /** Kinds of tasks: the defaults and those the regulation adds. */
  taskKinds: string[];
  /** Why deals are lost: the closed list a loss is told with (`lost_reason` field). */
  lostReasons: string[];
  /** Competitors a lost deal may name (`competitor` field). */
  competitors: string[];
  /** Fields this regulation takes from the deal that started it (a chained regulation). */
  takes?: string[];
  /** Complaints from clients: the working time to resolve one (default `PT8H`, a working day); `match`: words that make an e-mail reply one. */
  complaints?: { sla: string; match?: string[] };
}

/** The kinds every regulation knows; a regulation may add its own (`taskKinds`). */
/** Integration events that may complete a task (`completedBy:`), with the outcome the task gets. */
export const COMPLETING_EVENTS: Record<string, string> = { EMAIL_REPLIED: 'replied', INVOICE_PAID: 'paid' };

export const DEFAULT_TASK_KINDS = ['task', 'call', 'meeting', 'email', 'document', 'visit'] as const;

/** The fields a loss is told with, declared by the regulation when it lists lost reasons or competitors. */
export const LOSS_FIELDS = { reason: 'lost_reason', competitor: 'competitor' } as const;

/** A regulation as stored: pinned by its version and content hash. */
export interface RegulationVersion {
  regulation: Regulation;
  version: number;
  hash: string;
}

/** Events the engine raises itself; a regulation may not declare them. */
export const RESERVED_EVENTS = ['TASK_COMPLETED', 'FIELDS_UPDATED'] as const;
