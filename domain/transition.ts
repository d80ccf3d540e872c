/**
 * A deal transition as the read model must record it: the new deal state,
 * the tasks to create, complete or cancel, and the audit facts. The driver
 * builds it from the machine's effects; one idempotent activity writes it,
 * making the rules' decisions (owner, due times, reminders, escalations,
 * templates) in the same transaction, and returns what it decided.
 *
 * @module
 */
import type { FieldValues } from '../regulation/deal-state.js';

export type DealStatus = 'active' | 'won' | 'lost';

/** A task as the workflow plans it; the activity decides assignee and due time. */
export interface PlannedTask {
  id: string;
  stage: string;
  visit: number;
  key: string;
  title: string;
  required: boolean;
  /** ISO 8601 duration in working time from the stage entry. */
  due: string | null;
  /** call, meeting, e-mail… (`task` for snapshots from before task kinds). */
  kind: string;
}

export interface SuggestedTemplateRecord {
  id: string;
  kind: string;
  title: string;
  subject?: string;
  body: string;
}

/** A task as created: planned, plus what the rules decided. */
export interface TaskRecord extends PlannedTask {
  assignee: string;
  dueAt: string | null;
  templates: SuggestedTemplateRecord[];
}

export interface TimerRecord {
  id: string;
  kind: 'reminder' | 'escalation';
  reason: 'task_due' | 'task_overdue' | 'stage_sla';
  taskId: string | null;
  visit: number;
  level: number | null;
  recipient: string;
  fireAt: string;
}

export interface AuditFact {
  type:
    | 'deal.started'
    | 'deal.reassigned'
    | 'deal.migrated'
    | 'deal.overridden'
    | 'stage.entered'
    | 'stage.left'
    | 'task.completed'
    | 'task.cancelled'
    | 'task.recurred'
    | 'task.retimed'
    | 'fields.updated'
    | 'deal.closed';
  data: Record<string, unknown>;
}

export interface DealTransition {
  dealId: string;
  /** Position in the deal's workflow; the read model applies each seq once. */
  seq: number;
  at: string;
  actor: string;
  deal: {
    regulationId: string;
    regulationVersion: number;
    /** null: the assignment rules decide. */
    owner: string | null;
    client: Record<string, unknown>;
    stage: string;
    status: DealStatus;
    fields: FieldValues;
  };
  /** Decide the owner again (after deactivation or escalation) and hand over open tasks. */
  reassign: boolean;
  createTasks: PlannedTask[];
  completeTasks: Array<{ id: string; outcome: string | null }>;
  cancelTasks: string[];
  /** Stage visits entered and left, for SLA timers. */
  entered: Array<{ stage: string; visit: number }>;
  left: Array<{ stage: string; visit: number }>;
  facts: AuditFact[];
  /**
   * Open tasks whose due follows a field this transition changed: their due,
   * reminders and escalations are decided again (none when the field was
   * cleared). Absent in transitions recorded before timers followed fields.
   */
  retimeTasks?: PlannedTask[];
}

/** What the activity decided and wrote. */
export interface TransitionOutcome {
  owner: string;
  createdTasks: TaskRecord[];
  timers: TimerRecord[];
  /**
   * When the write ended, by the worker's clock. The workflow counts its
   * timers from it: the workflow's own clock stands at the start of the
   * workflow task, behind by the write's duration, and a timer counted from
   * it would fire that much after its instant. Absent in results recorded
   * before it existed; those replay counting from the workflow's clock.
   */
  at?: string;
}

/** What a manager's action returns: where the deal is now and what is new. */
export interface DealMoveResult {
  dealId: string;
  stage: string;
  status: DealStatus;
  owner: string;
  createdTasks: TaskRecord[];
}
