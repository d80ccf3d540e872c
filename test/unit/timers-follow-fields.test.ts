import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RegulationInvalidError } from '../../regulation/errors.js';
import { loadRegulation } from '../../regulation/load.js';
import { defaultRegistry } from '../../rules/registry.js';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { simulate } from '../../simulation/simulator.js';
import { tasksToRetime } from '../../workflows/driver/retime.js';

const TEXT = readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/regulations/follow-field.yaml'), 'utf8');
const regulation = loadRegulation(TEXT);

function problems(text: string): string[] {
  try {
    loadRegulation(text);
    return [];
  } catch (e) {
    if (e instanceof RegulationInvalidError) return e.issues.map((i) => `${i.pointer}: ${i.message}`);
    throw e;
  }
}

describe('a due that follows a deal field', () => {
  it('should normalise `due: { field, offset }` to the field and its offset', () => {
    expect(regulation.stages[0]!.tasks[0]).toMatchObject({
      key: 'call_back',
      dueFrom: 'need_expected_at',
      dueOffset: '-PT1H',
    });
    expect(regulation.stages[0]!.tasks[0]!.due).toBeUndefined();
  });

  it('should refuse a due that follows an undeclared field, or a malformed offset, naming where', () => {
    expect(problems(TEXT.replace('due: { field: need_expected_at', 'due: { field: need_at'))).toEqual([
      '/stages/0/tasks/0/due/field: the due follows field "need_at", which the regulation does not declare in fields',
    ]);
    const bad = problems(TEXT.replace('offset: -PT1H', 'offset: an hour before'));
    expect(bad).toEqual([expect.stringMatching(/^\/stages\/0\/tasks\/0\/due: is not an ISO 8601 duration.*offset/)]);
  });

  it('should retime only the open tasks of the current visit whose field changed', () => {
    const context = { visit: 3, tasks: { call_back: 'open' as const } };
    expect(tasksToRetime('d1', regulation, 'future_need', context, { need_expected_at: '2027-03-01' })).toEqual([
      expect.objectContaining({ id: 'd1:3:call_back', key: 'call_back', stage: 'future_need', visit: 3, kind: 'call' }),
    ]);
    expect(tasksToRetime('d1', regulation, 'future_need', context, {})).toEqual([]);
    expect(
      tasksToRetime(
        'd1',
        regulation,
        'future_need',
        { visit: 3, tasks: { call_back: 'done' } },
        { need_expected_at: null },
      ),
    ).toEqual([]);
  });

  it('should move the call-back and its timers in a simulation when the date is edited, and cancel them when it is cleared', async () => {
    const { timeline } = await simulate(
      regulation,
      {
        start: '2026-12-01T09:00:00Z',
        managers: [{ id: 'rita' }],
        deal: { client: { name: 'Stroy' }, owner: 'rita', fields: { need_expected_at: '2027-03-01T10:00:00Z' } },
        steps: [
          { after: 'PT1H', event: 'FIELDS_UPDATED', fields: { need_expected_at: '2026-12-02T10:00:00Z' } },
          { after: 'PT1H', event: 'FIELDS_UPDATED', fields: { need_expected_at: '2026-12-03T10:00:00Z' } },
        ],
      },
      { registry: defaultRegistry() },
    );
    const line = (e: { at: string; kind: string; task?: string; dueAt?: string | null }) =>
      `${e.at.slice(5, 19)} ${e.kind} ${e.task ?? ''} ${e.dueAt ? e.dueAt.slice(5, 19) : ''}`.trim();
    expect(timeline.filter((e) => e.task === 'call_back').map(line)).toEqual([
      '12-01T09:00:00 task.created call_back 03-01T09:00:00',
      '12-01T10:00:00 task.retimed call_back 12-02T09:00:00',
      '12-01T11:00:00 task.retimed call_back 12-03T09:00:00',
      // Fired at the last date only: a second before the due, a second after.
      '12-03T08:59:59 reminder call_back',
      '12-03T09:00:01 escalation call_back',
    ]);

    const cleared = await simulate(
      regulation,
      {
        start: '2026-12-01T09:00:00Z',
        managers: [{ id: 'rita' }],
        deal: { client: { name: 'Stroy' }, owner: 'rita', fields: { need_expected_at: '2026-12-02T10:00:00Z' } },
        steps: [{ after: 'PT1H', event: 'FIELDS_UPDATED', fields: { need_expected_at: null } }],
      },
      { registry: defaultRegistry() },
    );
    const retimed = cleared.timeline.filter((e) => e.task === 'call_back');
    expect(retimed.map((e) => e.kind)).toEqual(['task.created', 'task.retimed']);
    expect(retimed[1]).toMatchObject({ dueAt: null, detail: expect.stringMatching(/need_expected_at cleared/) });
  });
});
