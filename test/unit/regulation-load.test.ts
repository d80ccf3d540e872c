import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RegulationInvalidError } from '../../regulation/errors.js';
import type { RegulationIssue } from '../../regulation/issues.js';
import { loadRegulation, MAX_REGULATION_CHARS, validateRegulation } from '../../regulation/load.js';
import { EXAMPLE } from '../support/paths.js';
import { aliasBomb, MINIMAL } from '../support/regulations.js';

function issuesOf(text: string): RegulationIssue[] {
  try {
    loadRegulation(text, 'test.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(RegulationInvalidError);
    return (error as RegulationInvalidError).issues;
  }
  throw new Error('expected the regulation to be refused');
}

describe('loading a regulation', () => {
  it('should load the shipped example and fill defaults', () => {
    const r = loadRegulation(readFileSync(EXAMPLE, 'utf8'));
    expect(r.id).toBe('b2b_basic');
    expect(r.stages.map((s) => s.key)).toEqual([
      'cold_call',
      'presentation',
      'proposal',
      'follow_up',
      'invoice',
      'won',
      'lost',
    ]);
    const cold = r.stages[0]!;
    expect(cold.on.QUALIFIED).toEqual({ to: 'presentation', enforce: true, title: 'Квалифицирован' });
    expect(cold.on.DISQUALIFIED).toEqual({ to: 'lost', enforce: false, title: 'Не целевой' });
    expect(cold.tasks.find((t) => t.key === 'log_call')?.required).toBe(false);
    expect(cold.tasks.find((t) => t.key === 'call_client')?.required).toBe(true);
  });

  it('should accept the same regulation as JSON', () => {
    const r = loadRegulation(MINIMAL);
    expect(validateRegulation(JSON.parse(JSON.stringify({ ...r, defaultOwner: undefined })))).toMatchObject({
      id: 'mini',
    });
  });

  it('should report an unknown target stage with pointer and line', () => {
    const issues = issuesOf(MINIMAL.replace('NEXT: second', 'NEXT: secnd'));
    expect(issues[0]).toMatchObject({ pointer: '/stages/0/on/NEXT', line: 14, column: 7 });
    expect(issues[0]!.message).toBe('unknown target stage "secnd" (stages: first, second, won, lost)');
    // The typo also leaves "second" (and "won" behind it) unreachable, which is reported too.
    expect(issues.slice(1).map((i) => i.pointer)).toEqual(['/stages/1', '/stages/2']);
  });

  it('should report a duplicate task key', () => {
    const issues = issuesOf(MINIMAL.replace('{ key: note, title: Note', '{ key: call, title: Note'));
    expect(issues).toEqual([
      expect.objectContaining({
        pointer: '/stages/0/tasks/1/key',
        line: 11,
        message: 'duplicate task key "call" in stage "first"',
      }),
    ]);
  });

  it('should report a duplicate stage key', () => {
    const issues = issuesOf(
      MINIMAL.replace('{ key: lost, title: Lost, final: lost }', '{ key: won, title: Lost, final: lost }').replace(
        /to: lost/g,
        'to: won',
      ),
    );
    expect(issues.map((i) => i.pointer)).toEqual(['/stages/3/key']);
    expect(issues[0]!.message).toMatch(/duplicate stage key "won"/);
  });

  it('should report an unreachable stage', () => {
    const issues = issuesOf(MINIMAL.replace('NEXT: second', 'NEXT: won'));
    expect(issues).toEqual([
      expect.objectContaining({
        pointer: '/stages/1',
        message: 'stage "second" is unreachable: no transition leads to it',
      }),
    ]);
    expect(issues[0]!.line).toBe(16);
  });

  it('should report a regulation with no final stage', () => {
    const text = `
id: nofinal
title: No final
stages:
  - { key: a, title: A, on: { GO: b } }
  - { key: b, title: B, on: { BACK: a } }
`;
    expect(issuesOf(text)).toEqual([
      expect.objectContaining({ pointer: '/stages', message: expect.stringMatching(/no final stage/) }),
    ]);
  });

  it('should report a bad duration in the director’s terms', () => {
    const issues = issuesOf(MINIMAL.replace('due: PT4H', 'due: 4 hours'));
    expect(issues).toEqual([
      expect.objectContaining({
        pointer: '/stages/0/tasks/0/due',
        line: 10,
        message: expect.stringMatching(/ISO 8601 duration/),
      }),
    ]);
  });

  it('should refuse a zero duration', () => {
    expect(issuesOf(MINIMAL.replace('due: PT4H', 'due: PT0H'))[0]?.message).toMatch(/longer than zero/);
  });

  it('should report a required field that is not declared', () => {
    const issues = issuesOf(MINIMAL.replace('requiredFields: [budget]', 'requiredFields: [budget, decision_maker]'));
    expect(issues).toEqual([
      expect.objectContaining({
        pointer: '/stages/0/requiredFields/1',
        message: expect.stringMatching(/unknown field "decision_maker"/),
      }),
    ]);
  });

  it('should report a dead-end stage and a final stage with tasks', () => {
    const text = MINIMAL.replace('    advance: won\n    on:\n      DROP: { to: lost, enforce: false }\n', '').replace(
      '{ key: won, title: Won, final: won }',
      '{ key: won, title: Won, final: won, tasks: [{ key: x, title: X }] }',
    );
    const messages = issuesOf(text).map((i) => `${i.pointer} ${i.message}`);
    expect(messages).toContain(
      '/stages/1 stage "second" is a dead end: give it transitions ("on" or "advance") or mark it final',
    );
    expect(messages).toContain('/stages/2/tasks final stage "won" ends the deal: it cannot have "tasks"');
  });

  it('should list every schema error at once, readable', () => {
    const text = `
id: Bad-Id
stages:
  - key: a
    colour: red
    on: { go: b, NEXT: 42 }
`;
    const issues = issuesOf(text);
    const byPointer = Object.fromEntries(issues.map((i) => [i.pointer, i]));
    expect(byPointer['/id']?.message).toMatch(/lower_snake_case/);
    expect(byPointer['/title']?.message).toBe('"title" is required');
    expect(byPointer['/stages/0/title']?.message).toBe('"title" is required');
    expect(byPointer['/stages/0/colour']).toMatchObject({ message: 'unknown property "colour"', line: 5, column: 5 });
    expect(byPointer['/stages/0/on/go']?.message).toMatch(/SCREAMING_CASE/);
    expect(byPointer['/stages/0/on/NEXT']?.message).toMatch(/target stage key, or an object/);
  });

  it('should report YAML syntax errors with their line', () => {
    const issues = issuesOf('id: x\ntitle: [unclosed\nstages: []\n');
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]!.line).toBeGreaterThanOrEqual(2);
    expect(issues[0]!.message).not.toMatch(/at line/); // the position is in line/column already
  });

  it('should refuse an event name the engine reserves', () => {
    expect(issuesOf(MINIMAL.replace('NEXT: second', 'TASK_COMPLETED: second'))[0]?.message).toMatch(/reserved/);
  });

  it('should refuse a final first stage', () => {
    const text = `
id: f
title: F
stages:
  - { key: won, title: Won, final: won }
`;
    expect(issuesOf(text)).toEqual([
      expect.objectContaining({ pointer: '/stages/0/final', message: expect.stringMatching(/cannot be final/) }),
    ]);
  });

  it('should refuse a YAML alias bomb with the reason', () => {
    const issues = issuesOf(`${MINIMAL}\n${aliasBomb()}\n`);
    expect(issues).toEqual([expect.objectContaining({ message: expect.stringMatching(/aliases .* expand too far/) })]);
  });

  it('should refuse a regulation too long to be one before parsing it', () => {
    const issues = issuesOf(`${MINIMAL}
# ${'x'.repeat(MAX_REGULATION_CHARS)}\n`);
    expect(issues).toEqual([expect.objectContaining({ message: expect.stringMatching(/characters long; at most/) })]);
  });

  it('should know task kinds, hand-overs and lost reasons, and fill the loss fields', () => {
    const r = loadRegulation(
      `id: domain_words
title: Domain words
taskKinds: [measurement]
lostReasons: [price, competitor]
competitors: [Rival]
responsibility: { intro: { department: info } }
stages:
  - key: intro
    title: Intro
    tasks: [{ key: visit, title: Visit, kind: measurement, outcomes: [held, cancelled] }]
    on: { GO: close, LOSE: { to: lost, enforce: false } }
  - key: close
    title: Close
    responsible: { department: sales, strategy: round_robin }
    on: { WIN: won, LOSE: { to: lost, enforce: false } }
  - { key: won, title: Won, final: won }
  - { key: lost, title: Lost, final: lost, requireLossReason: true }
`,
      'domain.yaml',
    );
    expect(r.taskKinds).toEqual(['task', 'call', 'meeting', 'email', 'document', 'visit', 'measurement']);
    expect(r.stages[0]!.tasks[0]).toMatchObject({ kind: 'measurement', outcomes: ['held', 'cancelled'] });
    expect(r.stages[0]!.responsible).toEqual({ department: 'info' });
    expect(r.stages[1]!.responsible).toEqual({ department: 'sales', strategy: 'round_robin' });
    expect(r.fields.lost_reason).toMatchObject({ type: 'string', enum: ['price', 'competitor'] });
    expect(r.fields.competitor).toMatchObject({ type: 'string', enum: ['Rival'] });
  });

  it('should report an unknown task kind, a loss stage without reasons and a hand-over of an unknown stage, with lines', () => {
    const issues = issuesOf(`id: bad_domain
title: Bad
responsibility: { nowhere: keep }
stages:
  - key: intro
    title: Intro
    tasks: [{ key: visit, title: Visit, kind: seance }]
    on: { LOSE: { to: lost, enforce: false } }
  - { key: lost, title: Lost, final: lost, requireLossReason: true }
`);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          pointer: '/stages/0/tasks/0/kind',
          line: 7,
          message: expect.stringMatching(/unknown task kind "seance"/),
        }),
        expect.objectContaining({
          pointer: '/stages/1/requireLossReason',
          message: expect.stringMatching(/lostReasons/),
        }),
        expect.objectContaining({
          pointer: '/responsibility/nowhere',
          line: 3,
          message: expect.stringMatching(/unknown stage "nowhere"/),
        }),
      ]),
    );
  });

  it('should keep completedBy on a task and report an event no integration sends or an outcome list without its outcome', () => {
    const r = loadRegulation(
      `id: answer
title: Answer
stages:
  - key: wait
    title: Wait
    tasks: [{ key: wait_reply, title: Wait for the answer, completedBy: EMAIL_REPLIED }]
    on: { EMAIL_REPLIED: { to: won, enforce: false } }
  - { key: won, title: Won, final: won }
`,
      'answer.yaml',
    );
    expect(r.stages[0]!.tasks[0]).toMatchObject({ key: 'wait_reply', completedBy: 'EMAIL_REPLIED' });
    const issues = issuesOf(`id: bad_answer
title: Bad
stages:
  - key: wait
    title: Wait
    tasks:
      - { key: a, title: A, completedBy: CALL_MADE }
      - { key: b, title: B, completedBy: EMAIL_REPLIED, outcomes: [answered] }
    advance: won
  - { key: won, title: Won, final: won }
`);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          pointer: '/stages/0/tasks/0/completedBy',
          message: expect.stringMatching(/CALL_MADE/),
        }),
        expect.objectContaining({
          pointer: '/stages/0/tasks/1/outcomes',
          message: expect.stringMatching(/"replied"/),
        }),
      ]),
    );
  });
});
