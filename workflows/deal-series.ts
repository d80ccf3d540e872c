/**
 * Recurring tasks inside a deal's workflow. For each task of the current
 * stage with `recur`, one durable timer waits for the next occurrence; when it
 * fires, the occurrence opens as a normal task (one transition, so it gets
 * its assignee, due time, reminders and escalation like any task) and the
 * timer for the one after is armed. Where a series stands lives in the
 * machine's context (`series`), so it rides continue-as-new with the rest of
 * the deal and the history of a year of contacts stays as bounded as any
 * deal's. Leaving the stage ends the series; a change of the pause field
 * moves the pending occurrence. Deterministic: instants come from the
 * workflow's clock and the pure `domain/recurrence.ts`.
 *
 * @module
 */
import { CancellationScope, isCancellation, sleep } from '@temporalio/workflow';
import { occurrenceAt, occurrenceKey } from '../domain/recurrence.js';
import type { DealMoveResult } from '../domain/transition.js';
import type { DealEffect } from '../regulation/compile.js';
import { stageOf, type DealContext, type FieldValues, type SeriesState } from '../regulation/deal-state.js';
import type { Regulation } from '../regulation/types.js';

/** What the series needs of a deal's run (`DealRun` implements it). */
export interface SeriesHost {
  readonly regulation: Regulation;
  readonly stage: string;
  readonly closed: boolean;
  readonly context: DealContext;
  patchContext(patch: Partial<DealContext>): void;
  commit(effects: DealEffect[], cause: string, actor: string, fieldsChanged: FieldValues): Promise<DealMoveResult>;
}

/** The actor recorded for an occurrence that opened by itself. */
export const RECURRENCE_ACTOR = 'system:recurrence';

const dateOf = (v: unknown): Date | null => {
  if (typeof v !== 'string' || v === '') return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t);
};

export class DealSeries {
  private readonly armed = new Map<string, CancellationScope>();

  constructor(private readonly run: SeriesHost) {}

  /** After every transition and on resume: the series of this stage visit, each with its next occurrence armed. */
  sync(): void {
    const { regulation, context } = this.run;
    const series: Record<string, SeriesState> = {};
    const wanted = new Map<string, { taskKey: string; n: number; at: number }>();
    if (!this.run.closed) {
      for (const task of stageOf(regulation, this.run.stage).tasks) {
        if (!task.recur) continue;
        const known = context.series?.[task.key];
        const s =
          known && known.visit === context.visit
            ? known
            : { visit: context.visit, anchor: new Date().toISOString(), opened: 0, next: null };
        const pause = task.recur.pause ? dateOf(context.fields[task.recur.pause]) : null;
        const at = occurrenceAt(task.recur, new Date(s.anchor), s.opened + 1, regulation.calendar, pause);
        series[task.key] = { ...s, next: at ? at.toISOString() : null };
        if (at)
          wanted.set(`${s.visit}:${task.key}:${s.opened + 1}@${at.getTime()}`, {
            taskKey: task.key,
            n: s.opened + 1,
            at: at.getTime(),
          });
      }
    }
    for (const [id, scope] of this.armed) {
      if (!wanted.has(id)) {
        scope.cancel();
        this.armed.delete(id);
      }
    }
    for (const [id, w] of wanted) if (!this.armed.has(id)) this.arm(id, w.taskKey, w.n, w.at);
    // Deals without recurring tasks keep a context without `series`.
    const changed = JSON.stringify(series) !== JSON.stringify(context.series ?? {});
    if (changed) this.run.patchContext({ series });
  }

  private arm(id: string, taskKey: string, n: number, at: number): void {
    const scope = new CancellationScope();
    this.armed.set(id, scope);
    scope
      .run(() => sleep(Math.max(1, at - Date.now())))
      .then(
        () => {
          this.armed.delete(id);
          return this.open(taskKey, n);
        },
        (error: unknown) => {
          if (!isCancellation(error)) throw error;
        },
      );
  }

  /** Opens occurrence n as a task; the previous one, still open, is cancelled as missed. */
  private async open(taskKey: string, n: number): Promise<void> {
    const { context, stage } = this.run;
    const s = context.series?.[taskKey];
    if (this.run.closed || !s || s.visit !== context.visit || s.opened !== n - 1) return;
    const prev = n > 1 ? occurrenceKey(taskKey, n - 1) : null;
    const skipped = prev && context.tasks[prev] === 'open' ? [prev] : [];
    this.run.patchContext({
      tasks: {
        ...context.tasks,
        ...Object.fromEntries(skipped.map((k) => [k, 'cancelled' as const])),
        [occurrenceKey(taskKey, n)]: 'open',
      },
      series: { ...context.series, [taskKey]: { ...s, opened: n, next: null } },
    });
    await this.run.commit(
      [{ type: 'occurrenceOpened', params: { stage, visit: s.visit, taskKey, n, skipped } }],
      'RECURRENCE',
      RECURRENCE_ACTOR,
      {},
    );
  }
}
