import { describe, expect, it } from 'vitest';
import { RegulationInvalidError } from '../../regulation/errors.js';
import { loadRegulation } from '../../regulation/load.js';
import { defaultRegistry } from '../../rules/registry.js';
import { MINIMAL } from '../support/regulations.js';

const withRules = (rules: string) => `${MINIMAL}rules:\n${rules}`;

function problems(text: string) {
  try {
    loadRegulation(text);
  } catch (error) {
    expect(error).toBeInstanceOf(RegulationInvalidError);
    return (error as RegulationInvalidError).issues.map((i) => ({
      pointer: i.pointer,
      message: i.message,
      line: i.line,
    }));
  }
  throw new Error('expected the rules to be refused');
}

describe('rules in a regulation', () => {
  it('should accept well-formed rules of each decision', () => {
    const r = loadRegulation(
      withRules(`  assignment:
    - name: spb_leads
      priority: 10
      conditions: { all: [ { fact: client, path: region, operator: equal, value: spb } ] }
      event: { type: assign, params: { strategy: least_loaded, region: spb } }
  reminders:
    - conditions: { any: [ { fact: task, path: required, operator: equal, value: true }, { not: { fact: stage, operator: equal, value: won } } ] }
      event: { type: remind, params: { offsets: [-PT30M, PT0S], to: assignee } }
  escalation:
    - conditions: { all: [ { fact: escalation, path: level, operator: greaterThanInclusive, value: 2 } ] }
      event: { type: escalate, params: { reassign: { strategy: least_loaded } } }
  templates:
    - conditions: { all: [ { fact: client, path: industry, operator: startsWith, value: constr } ] }
      event: { type: suggest_templates, params: { kind: proposal, limit: 2 } }
`),
    );
    expect(r.rules.assignment[0]?.name).toBe('spb_leads');
    expect(r.rules.reminders).toHaveLength(1);
  });

  it('should refuse an unknown fact, naming the facts the decision offers', () => {
    const issues = problems(
      withRules(`  assignment:
    - conditions: { all: [ { fact: weather, operator: equal, value: sunny } ] }
      event: { type: assign, params: { strategy: round_robin } }
`),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        pointer: '/rules/assignment/0/conditions/all/0/fact',
        message: expect.stringMatching(/^unknown fact; this decision offers: deal, client/),
      }),
    ]);
    expect(issues[0]!.line).toBe(27);
  });

  it('should refuse a fact that this decision does not offer', () => {
    // "task" exists, but an assignment is decided before any task.
    const issues = problems(
      withRules(`  assignment:
    - conditions: { all: [ { fact: task, path: key, operator: equal, value: call } ] }
      event: { type: assign, params: { strategy: round_robin } }
`),
    );
    expect(issues.map((i) => i.pointer)).toEqual(['/rules/assignment/0/conditions/all/0/fact']);
  });

  it('should refuse an unknown operator and a JSONPath path', () => {
    const issues = problems(
      withRules(`  reminders:
    - conditions: { all: [ { fact: task, path: "$.key", operator: looksLike, value: call } ] }
      event: { type: remind, params: { offsets: [PT0S] } }
`),
    );
    const byPointer = Object.fromEntries(issues.map((i) => [i.pointer, i.message]));
    expect(byPointer['/rules/reminders/0/conditions/all/0/operator']).toMatch(
      /^unknown operator; known: equal, .*startsWith/,
    );
    expect(byPointer['/rules/reminders/0/conditions/all/0/path']).toMatch(/plain dot path/);
  });

  it('should refuse a rule without an event, or with another decision’s event', () => {
    const issues = problems(
      withRules(`  templates:
    - conditions: { all: [ { fact: stage, operator: equal, value: first } ] }
    - conditions: { all: [ { fact: stage, operator: equal, value: first } ] }
      event: { type: assign, params: { strategy: round_robin } }
`),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pointer: '/rules/templates/0/event', message: '"event" is required' }),
        expect.objectContaining({ pointer: '/rules/templates/1/event/type', message: 'must be "suggest_templates"' }),
      ]),
    );
  });

  it('should refuse bad event parameters: unknown strategy, unsigned nonsense offsets', () => {
    const issues = problems(
      withRules(`  assignment:
    - conditions: { all: [ { fact: stage, operator: equal, value: first } ] }
      event: { type: assign, params: { strategy: coin_toss } }
  reminders:
    - conditions: { all: [ { fact: stage, operator: equal, value: first } ] }
      event: { type: remind, params: { offsets: [30 minutes before] } }
`),
    );
    const byPointer = Object.fromEntries(issues.map((i) => [i.pointer, i.message]));
    expect(byPointer['/rules/assignment/0/event/params/strategy']).toMatch(/must be one of: round_robin, least_loaded/);
    expect(byPointer['/rules/reminders/0/event/params/offsets/0']).toMatch(/signed ISO 8601 duration/);
  });

  it('should refuse an empty or ambiguous condition block', () => {
    const issues = problems(
      withRules(`  assignment:
    - conditions: {}
      event: { type: assign, params: { strategy: round_robin } }
`),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        pointer: '/rules/assignment/0/conditions',
        message: 'needs exactly one of "all", "any" or "not"',
      }),
    ]);
  });

  it('should let a registry extend facts and operators, and refuse clashes', () => {
    const registry = defaultRegistry().addFact('counterparty', {
      description: 'bank counterparty',
      kinds: ['assignment'],
    });
    expect(registry.factsFor('assignment')).toContain('counterparty');
    expect(registry.factsFor('reminders')).not.toContain('counterparty');
    expect(() => registry.addOperator('equal', () => true)).toThrow(/already registered/);
    expect(() => registry.addFact('deal', { description: '', kinds: [] })).toThrow(/already registered/);
  });
});

describe('calendar, escalation and templates in a regulation', () => {
  it('should refuse an unknown time zone, an inverted working day and an SLA without a chain', () => {
    const text =
      MINIMAL.replace('    advance: won\n', '    advance: won\n    sla: PT8H\n') +
      'calendar: { timezone: Asia/Khabarovskk, start: "18:00", end: "09:00" }\n';
    const messages = problems(text).map((i) => `${i.pointer} ${i.message}`);
    expect(messages).toContain(
      '/calendar/timezone unknown time zone "Asia/Khabarovskk" (use an IANA name such as Europe/Moscow)',
    );
    expect(messages).toContain('/calendar/end working day ends (09:00) before it starts (18:00)');
    expect(messages).toContain(
      '/stages/1/sla a stage SLA needs an escalation chain: add escalation.chain (e.g. [{ to: head, after: PT0S }])',
    );
  });

  it('should refuse duplicate templates, templates of unknown stages and rules naming unknown templates', () => {
    const text = `${MINIMAL}templates:
  - { id: kp, kind: proposal, title: KP, stages: [second], body: "Hello {{client.name}}" }
  - { id: kp, kind: email, title: Again, stages: [third], body: "x" }
rules:
  templates:
    - conditions: { all: [ { fact: stage, operator: equal, value: second } ] }
      event: { type: suggest_templates, params: { templateIds: [kp, kp_missing] } }
`;
    const messages = problems(text).map((i) => `${i.pointer} ${i.message}`);
    expect(messages).toEqual([
      '/templates/1/id duplicate template id "kp"',
      '/templates/1/stages/0 unknown stage "third"',
      '/rules/templates/0/event/params/templateIds/1 unknown template "kp_missing"',
    ]);
  });
});
