/**
 * What workflows may ask of activities, as types only. Workflows proxy this
 * contract; the worker's activities implement it (`activities/index.ts` is
 * checked against it), so workflow code never imports the activities' module
 * and the folders stay free of import circles.
 *
 * @module
 */
import type { DealTransition, TransitionOutcome } from './transition.js';

export interface FireResult {
  /** The timers that fired now; others were already fired or cancelled. */
  fired: string[];
  owner: string;
}

export interface DealActivities {
  /** Writes one transition with the rules' decisions; a repeated seq returns what was decided the first time. */
  applyDealTransition(t: DealTransition): Promise<TransitionOutcome>;
  /** Reminders and escalations that came due together, each fired once. */
  fireTimers(input: { dealId: string; timerIds: string[] }): Promise<FireResult>;
  /** A stage's plugin automation, once per stage visit. */
  runAutomation(input: {
    dealId: string;
    visit: number;
    stage: string;
    run: string;
    params: Record<string, unknown>;
  }): Promise<{ ran: boolean; error?: string }>;
}

export interface OutboxActivities {
  deliverWebhooks(input: { limit: number }): Promise<{ attempted: number; delivered: number }>;
}

export interface ImportActivities {
  importSettlements(): Promise<{ taken: number; applied: number; repeated: number; refused: number }>;
}

export interface InboxActivities {
  /** Applies stored integration events whose time has come, each once in effect. */
  applyPendingEvents(input: {
    limit: number;
  }): Promise<{ claimed: number; applied: number; pending: number; refused: number }>;
}

export type Activities = DealActivities & OutboxActivities & ImportActivities & InboxActivities;
