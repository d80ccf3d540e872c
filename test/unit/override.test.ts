/**
 * The pure parts of an audited override beyond a move: a skipped task's plan
 * (cancelled, with the override's facts), which checks a skip goes past, the
 * skip's refusals, and where a closed deal may be reopened.
 *
 * @module
 */
import { describe, expect, it } from 'vitest';
import type { DealContext } from '../../regulation/deal-state.js';
import { loadRegulation } from '../../regulation/load.js';
import { planTransition } from '../../workflows/driver/deal-driver.js';
import { checkSkipTask, reopenRefusal, skipOverrides } from '../../workflows/override.js';
import type { DealView } from '../../workflows/validators.js';
import { MINIMAL } from '../support/regulations.js';

const regulation = loadRegulation(MINIMAL);
const ctx = {
  dealId: 'd1',
  regulation,
  regulationVersion: 1,
  owner: 'anna',
  client: { name: 'Acme' },
  seq: 2,
  at: new Date('2026-03-06T15:00:00Z'),
  actor: 'boss',
};
const view = (tasks: DealContext['tasks'], closed = false): DealView => ({
  dealId: 'd1',
  regulation,
  stage: 'first',
  closed,
  context: { dealId: 'd1', fields: {}, visit: 1, tasks } as DealContext,
  can: () => true,
});

describe('overrides beyond a move', () => {
  it('should plan a skipped task as cancelled by override, with both facts and no stage change', () => {
    const skipped = { stage: 'first', visit: 1, task: 'call', reason: 'done by mail', guards: ['g'] };
    const plan = planTransition(
      ctx,
      [],
      { stage: 'first', fields: {}, fieldsChanged: {}, cause: { type: 'OVERRIDE' } },
      { skipped },
    );
    expect(plan.cancelTasks).toEqual(['d1:1:call']);
    expect(plan.completeTasks).toEqual([]);
    expect(plan.left).toEqual([]);
    expect(plan.facts).toEqual([
      {
        type: 'task.cancelled',
        data: {
          taskId: 'd1:1:call',
          stage: 'first',
          taskKey: 'call',
          reason: 'skipped by override',
          override: { reason: 'done by mail', actor: 'boss' },
        },
      },
      {
        type: 'deal.overridden',
        data: {
          fromStage: 'first',
          toStage: 'first',
          reason: 'done by mail',
          guards: ['g'],
          skippedTask: 'call',
          actor: 'boss',
        },
      },
    ]);
  });

  it('should name the exit check a skip goes past only for a required task', () => {
    expect(skipOverrides(view({ call: 'open', note: 'open' }), 'call')).toEqual(['required task "call" is not done']);
    expect(skipOverrides(view({ call: 'open', note: 'open' }), 'note')).toEqual([]);
  });

  it('should refuse a skip of an unknown or closed task, without a reason, or on a closed deal', () => {
    const args = { task: 'call', reason: 'why', actor: 'boss' };
    expect(() => checkSkipTask(view({ call: 'open' }), args)).not.toThrow();
    expect(() => checkSkipTask(view({ call: 'open' }), { ...args, task: 'meet' })).toThrow(/no task "meet"/);
    expect(() => checkSkipTask(view({ call: 'done' }), args)).toThrow(/already closed \(done\)/);
    expect(() => checkSkipTask(view({ call: 'open' }), { ...args, reason: ' ' })).toThrow(/needs a reason/);
    expect(() => checkSkipTask(view({ call: 'open' }, true), args)).toThrow(/closed/);
  });

  it('should reopen only at a known, non-final stage', () => {
    expect(reopenRefusal(regulation, 'first')).toBeNull();
    expect(reopenRefusal(regulation, 'lost')).toMatch(/final stage/);
    expect(reopenRefusal(regulation, 'nowhere')).toMatch(/no stage "nowhere"/);
  });
});
