/**
 * A deal transition as the read model must record it: the new deal state,
 * the tasks to create, complete or cancel, and the audit facts. The driver
 * builds it from the machine's effects; one idempotent activity writes it.
 *
 * @module
 */
import type { FieldValues } from '../../regulation/deal-state.js';

export type DealStatus = 'active' | 'won' | 'lost';

export interface TaskRecord {
  id: string;
  stage: string;
  visit: number;
  key: string;
  title: string;
  required: boolean;
  assignee: string;
  dueAt: string | null;
}

export interface AuditFact {
  type: 'deal.started' | 'stage.entered' | 'stage.left' | 'task.completed' | 'task.cancelled' | 'fields.updated' | 'deal.closed';
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
    owner: string;
    client: Record<string, unknown>;
    stage: string;
    status: DealStatus;
    fields: FieldValues;
  };
  createTasks: TaskRecord[];
  completeTasks: Array<{ id: string; outcome: string | null }>;
  cancelTasks: string[];
  facts: AuditFact[];
}

/** What a manager's action returns: where the deal is now and what is new. */
export interface DealMoveResult {
  dealId: string;
  stage: string;
  status: DealStatus;
  createdTasks: TaskRecord[];
}
