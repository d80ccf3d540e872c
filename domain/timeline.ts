/**
 * A deal's life as a timeline: the same shape whether it comes from a
 * simulation or from the read model of a real deal, so the two can be
 * compared line by line.
 *
 * @module
 */

export type TimelineKind =
  | 'assigned'
  | 'stage.entered'
  | 'stage.left'
  | 'task.created'
  | 'task.completed'
  | 'task.cancelled'
  | 'task.retimed'
  | 'reminder'
  | 'escalation'
  | 'deal.closed'
  | 'rejected';

export interface TimelineEntry {
  at: string;
  kind: TimelineKind;
  stage?: string;
  task?: string;
  /** Who: the owner assigned, the assignee of a task, the people reminded or escalated to. */
  who?: string[];
  dueAt?: string | null;
  level?: number | null;
  reason?: string;
  templates?: string[];
  detail?: string;
}

const ORDER: Record<TimelineKind, number> = {
  rejected: 0,
  'task.completed': 1,
  'task.cancelled': 2,
  'stage.left': 3,
  assigned: 4,
  'stage.entered': 5,
  'task.created': 6,
  'task.retimed': 7,
  reminder: 8,
  escalation: 9,
  'deal.closed': 10,
};

/** Chronological, and within one instant in the order things happen in a transition. */
export function sortTimeline(entries: TimelineEntry[]): TimelineEntry[] {
  return [...entries].sort(
    (a, b) => a.at.localeCompare(b.at) || ORDER[a.kind] - ORDER[b.kind] || (a.task ?? '').localeCompare(b.task ?? ''),
  );
}
