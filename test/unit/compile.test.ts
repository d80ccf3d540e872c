import { initialTransition, transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { compileRegulation, effectsOf } from '../../regulation/compile.js';
import { loadRegulation } from '../../regulation/load.js';
import { MINIMAL } from '../support/regulations.js';

const regulation = loadRegulation(MINIMAL);
const machine = compileRegulation(regulation);
const start = () => initialTransition(machine, { dealId: 'd1', fields: {} });

describe('the compiled deal machine', () => {
  it('should enter the first stage with its tasks open', () => {
    const [s, actions] = start();
    expect(s.value).toBe('first');
    expect(s.context).toMatchObject({ visit: 1, tasks: { call: 'open', note: 'open' } });
    expect(effectsOf(actions)).toEqual([{ type: 'stageEntered', params: { stage: 'first', visit: 1 } }]);
  });

  it('should refuse to leave while a required field is missing or a required task open', () => {
    let [s] = start();
    expect(s.can({ type: 'NEXT' })).toBe(false);
    [s] = transition(machine, s, { type: 'TASK_COMPLETED', taskKey: 'call', outcome: 'ok' });
    expect(s.can({ type: 'NEXT' })).toBe(false); // budget still missing
    expect(s.can({ type: 'NEXT', fields: { budget: 10 } })).toBe(true);
    const [same, actions] = transition(machine, s, { type: 'NEXT' });
    expect(same.value).toBe('first');
    expect(effectsOf(actions)).toEqual([]);
  });

  it('should let an unenforced move through at any moment', () => {
    const [s0] = start();
    const [s, actions] = transition(machine, s0, { type: 'DROP' });
    expect(s.value).toBe('lost');
    expect(s.status).toBe('done');
    expect(effectsOf(actions)).toEqual([
      { type: 'stageLeft', params: { stage: 'first', visit: 1, openTasks: ['call', 'note'] } },
      { type: 'stageEntered', params: { stage: 'lost', visit: 2 } },
    ]);
  });

  it('should carry event fields into the context and report optional tasks left open', () => {
    let [s] = start();
    [s] = transition(machine, s, { type: 'TASK_COMPLETED', taskKey: 'call' });
    const [next, actions] = transition(machine, s, { type: 'NEXT', fields: { budget: 500 } });
    expect(next.value).toBe('second');
    expect(next.context).toMatchObject({ fields: { budget: 500 }, visit: 2, tasks: { meet: 'open' } });
    expect(effectsOf(actions)).toEqual([
      { type: 'stageLeft', params: { stage: 'first', visit: 1, openTasks: ['note'] } },
      { type: 'stageEntered', params: { stage: 'second', visit: 2 } },
    ]);
  });

  it('should advance by itself when the last required task is done', () => {
    let [s] = start();
    [s] = transition(machine, s, { type: 'TASK_COMPLETED', taskKey: 'call' });
    [s] = transition(machine, s, { type: 'NEXT', fields: { budget: 1 } });
    const [won, actions] = transition(machine, s, { type: 'TASK_COMPLETED', taskKey: 'meet', outcome: 'signed' });
    expect(won.value).toBe('won');
    expect(effectsOf(actions).map((e) => e.type)).toEqual(['taskCompleted', 'stageLeft', 'stageEntered']);
    expect(effectsOf(actions)[0]).toEqual({
      type: 'taskCompleted',
      params: { stage: 'second', visit: 2, taskKey: 'meet', outcome: 'signed' },
    });
  });

  it('should ignore completing a task twice or an unknown task', () => {
    let [s] = start();
    [s] = transition(machine, s, { type: 'TASK_COMPLETED', taskKey: 'call' });
    expect(s.can({ type: 'TASK_COMPLETED', taskKey: 'call' })).toBe(false);
    expect(s.can({ type: 'TASK_COMPLETED', taskKey: 'nope' })).toBe(false);
  });

  it('should be a pure function of its input: same events, same snapshots', () => {
    const run = () => {
      let [s] = start();
      for (const e of [
        { type: 'TASK_COMPLETED', taskKey: 'call' },
        { type: 'NEXT', fields: { budget: 3 } },
      ])
        [s] = transition(machine, s, e);
      return { value: s.value, context: s.context };
    };
    expect(run()).toEqual(run());
  });
});
