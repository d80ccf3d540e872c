/**
 * Durable timers for a deal: each reminder or escalation is a Temporal timer
 * in its own cancellation scope, keyed by the timer id the activity decided,
 * with an absolute fire time. Completing a task or leaving a stage cancels
 * its timers; closing the deal cancels all.
 *
 * @module
 */
import { CancellationScope, isCancellation, sleep } from '@temporalio/workflow';
import type { TimerRecord } from '../domain/transition.js';

export class DealTimers {
  private readonly scopes = new Map<string, { scope: CancellationScope; timer: TimerRecord }>();

  constructor(private readonly onFire: (timer: TimerRecord) => Promise<void>) {}

  /** `now`: the instant the timers are counted from (epoch ms); the workflow's clock unless a later one is known. */
  schedule(timers: TimerRecord[], now = Date.now()): void {
    for (const timer of timers) {
      if (this.scopes.has(timer.id)) continue;
      const scope = new CancellationScope();
      this.scopes.set(timer.id, { scope, timer });
      scope
        .run(() => sleep(Math.max(1, Date.parse(timer.fireAt) - now)))
        .then(
          () => {
            this.scopes.delete(timer.id);
            return this.onFire(timer);
          },
          (error: unknown) => {
            if (!isCancellation(error)) throw error;
          },
        );
    }
  }

  /** Cancels timers of closed tasks and of stage visits left. */
  cancel(match: { taskIds?: readonly string[]; visits?: readonly number[]; all?: boolean }): void {
    for (const [id, { scope, timer }] of this.scopes) {
      const hit =
        match.all ||
        (timer.taskId !== null && match.taskIds?.includes(timer.taskId)) ||
        (timer.reason === 'stage_sla' && match.visits?.includes(timer.visit));
      if (hit) {
        scope.cancel();
        this.scopes.delete(id);
      }
    }
  }

  ids(): string[] {
    return [...this.scopes.keys()];
  }

  /** Timers still to fire, to carry into the next run. */
  pending(): TimerRecord[] {
    return [...this.scopes.values()].map((s) => s.timer);
  }
}
