/**
 * The regulation model: what a sales director writes, after validation and
 * normalisation. Pure types, shared by the compiler, the workflow and the API.
 *
 * @module
 */

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
  required: boolean;
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
}

export interface Regulation {
  id: string;
  title: string;
  /** Queue that owns a deal when nobody is named at start. */
  defaultOwner: string;
  fields: Record<string, FieldDefinition>;
  stages: StageDefinition[];
}

/** A regulation as stored: pinned by its version and content hash. */
export interface RegulationVersion {
  regulation: Regulation;
  version: number;
  hash: string;
}

/** Events the engine raises itself; a regulation may not declare them. */
export const RESERVED_EVENTS = ['TASK_COMPLETED', 'FIELDS_UPDATED'] as const;
