import { describe, expect, it } from 'vitest';
import { addDuration } from '../../regulation/duration.js';
import { loadRegulation } from '../../regulation/load.js';
import { planTransition, START_CAUSE } from '../../workflows/driver/deal-driver.js';
import { MINIMAL } from '../support/regulations.js';

const regulation = loadRegulation(MINIMAL);
const ctx = {
  dealId: 'd1',
  regulation,
  regulationVersion: 3,
  owner: 'anna',
  client: { name: 'Acme' },
  seq: 1,
  at: new Date('2026-03-06T15:00:00Z'),
  actor: 'api',
};

describe('the deal driver', () => {
  it('should plan the first stage’s tasks with ids from deal, visit and key, and their due durations', () => {
    const plan = planTransition(ctx, [{ type: 'stageEntered', params: { stage: 'first', visit: 1 } }], {
      stage: 'first',
      fields: {},
      fieldsChanged: {},
      cause: { type: START_CAUSE },
    });
    expect(plan.createTasks).toEqual([
      {
        id: 'd1:1:call',
        stage: 'first',
        visit: 1,
        key: 'call',
        title: 'Call',
        required: true,
        due: 'PT4H',
        kind: 'task',
      },
      {
        id: 'd1:1:note',
        stage: 'first',
        visit: 1,
        key: 'note',
        title: 'Note',
        required: false,
        due: null,
        kind: 'task',
      },
    ]);
    expect(plan.entered).toEqual([{ stage: 'first', visit: 1 }]);
    expect(plan.reassign).toBe(false);
    expect(plan.facts.map((f) => f.type)).toEqual(['deal.started', 'stage.entered']);
    expect(plan.deal).toMatchObject({ regulationId: 'mini', regulationVersion: 3, status: 'active', stage: 'first' });
  });

  it('should cancel tasks left open and close the deal on a final stage', () => {
    const plan = planTransition(
      { ...ctx, seq: 4 },
      [
        { type: 'stageLeft', params: { stage: 'first', visit: 1, openTasks: ['note'] } },
        { type: 'stageEntered', params: { stage: 'lost', visit: 2 } },
      ],
      { stage: 'lost', fields: {}, fieldsChanged: {}, cause: { type: 'DROP' } },
    );
    expect(plan.cancelTasks).toEqual(['d1:1:note']);
    expect(plan.left).toEqual([{ stage: 'first', visit: 1 }]);
    expect(plan.createTasks).toEqual([]);
    expect(plan.deal.status).toBe('lost');
    expect(plan.facts.map((f) => f.type)).toEqual(['task.cancelled', 'stage.left', 'stage.entered', 'deal.closed']);
  });

  it('should record a reassignment with the previous owner', () => {
    const plan = planTransition(
      ctx,
      [],
      { stage: 'first', fields: {}, fieldsChanged: {}, cause: { type: 'REASSIGN' } },
      { reassign: true },
    );
    expect(plan.reassign).toBe(true);
    expect(plan.facts).toEqual([{ type: 'deal.reassigned', data: { previousOwner: 'anna' } }]);
  });

  it('should add ISO 8601 durations on the calendar', () => {
    expect(addDuration(new Date('2026-01-31T10:00:00Z'), 'P1M').toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(addDuration(new Date('2028-02-29T10:00:00Z'), 'P1Y').toISOString()).toBe('2029-02-28T10:00:00.000Z');
    expect(addDuration(new Date('2026-11-30T10:00:00Z'), 'P3M').toISOString()).toBe('2027-02-28T10:00:00.000Z');
    expect(addDuration(new Date('2026-03-06T15:00:00Z'), 'P1DT2H30M').toISOString()).toBe('2026-03-07T17:30:00.000Z');
    expect(addDuration(new Date('2026-03-06T15:00:00Z'), 'P2W').toISOString()).toBe('2026-03-20T15:00:00.000Z');
  });
});
