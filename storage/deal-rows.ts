/**
 * The deal read model's rows as the repositories return them (camelCase).
 *
 * @module
 */
import type { DealStatus, SuggestedTemplateRecord } from '../domain/transition.js';

export interface DealRow {
  id: string;
  regulationId: string;
  regulationVersion: number;
  stage: string;
  status: DealStatus;
  owner: string;
  client: Record<string, unknown>;
  fields: Record<string, unknown>;
  seq: number;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  /** The company the deal is with (null for deals started before companies). */
  companyId: string | null;
}

export interface TaskRow {
  id: string;
  dealId: string;
  stage: string;
  visit: number;
  key: string;
  title: string;
  required: boolean;
  assignee: string;
  status: 'open' | 'done' | 'cancelled';
  dueAt: Date | null;
  outcome: string | null;
  createdAt: Date;
  closedAt: Date | null;
  closedBy: string | null;
  templates: SuggestedTemplateRecord[];
  /** call, meeting, e-mail… (`task` when the regulation says nothing). */
  kind: string;
  /** The deal's client, in lists of tasks. */
  clientName?: string | null;
}

export interface EventRow {
  id: string;
  dealId: string;
  seq: number;
  ord: number;
  type: string;
  actor: string;
  at: Date;
  data: Record<string, unknown>;
}

export interface TaskQuery {
  assignee?: string;
  /** Only tasks of these people (what a manager or head may see). */
  assignees?: string[];
  status?: TaskRow['status'];
  dealId?: string;
  limit?: number;
}
