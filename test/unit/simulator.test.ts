import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadRegulation } from '../../regulation/load.js';
import { defaultRegistry } from '../../rules/registry.js';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { simulate, type Scenario } from '../../simulation/simulator.js';

const read = (p: string) => readFileSync(path.join(PROJECT_ROOT, p), 'utf8');
const regulation = loadRegulation(read('examples/regulations/b2b-rules.yaml'));
const scenario = parse(read('examples/scenarios/b2b-rules-slow-start.yaml')) as Scenario;
const line = (e: {
  at: string;
  kind: string;
  task?: string;
  stage?: string;
  who?: string[];
  level?: number | null;
  detail?: string;
}) =>
  `${e.at.slice(5, 16)} ${e.kind} ${e.task ?? e.stage ?? ''} ${(e.who ?? []).join(',')}${e.level ? ` L${e.level}` : ''}${e.detail && e.kind === 'escalation' ? ` ${e.detail}` : ''}`.trim();

describe('the simulator', () => {
  it('should run a scenario on the business calendar: assignment, dues, reminders, escalations, templates', async () => {
    const { timeline, outcome } = await simulate(regulation, scenario, { registry: defaultRegistry() });
    expect(timeline.map(line)).toEqual([
      '11-27T13:00 assigned  gleb',
      '11-27T13:00 stage.entered qualification',
      '11-27T13:00 task.created call_client gleb',
      '11-30T07:00 task.completed call_client',
      '11-30T07:05 stage.left qualification',
      '11-30T07:05 stage.entered proposal',
      '11-30T07:05 task.created send_proposal gleb',
      '12-01T06:35 reminder send_proposal gleb',
      '12-01T07:05 reminder send_proposal gleb',
      '12-01T08:05 escalation send_proposal olga L1',
      '12-01T11:05 escalation send_proposal ivan L2 reassigned to anna',
      '12-02T08:05 task.completed send_proposal',
      '12-03T08:05 escalation proposal olga L1',
      '12-03T08:05 stage.left proposal',
      '12-03T08:05 stage.entered won',
      '12-03T08:05 deal.closed won',
    ]);
    // Friday 16:00 + 4 working hours (09–18) = Monday 11:00 Moscow.
    expect(timeline[2]!.dueAt).toBe('2026-11-30T08:00:00.000Z');
    expect(timeline[6]!.templates).toEqual(['proposal_construction', 'proposal_standard']);
    expect(outcome).toMatchObject({ stage: 'won', status: 'won', owner: 'anna' });
  });

  it('should report a step the regulation refuses, as the API would, and go on', async () => {
    const { timeline, outcome } = await simulate(
      regulation,
      {
        ...scenario,
        steps: [
          { after: 'PT1H', event: 'QUALIFIED' },
          { after: 'PT1H', event: 'DISQUALIFIED' },
        ],
      },
      { registry: defaultRegistry() },
    );
    const refused = timeline.find((e) => e.kind === 'rejected');
    expect(refused?.detail).toBe(
      'EXIT_BLOCKED: the deal cannot leave stage "qualification": required field missing: decision_maker; required task not done: call_client',
    );
    expect(outcome).toMatchObject({ stage: 'lost', status: 'lost' });
    expect(timeline.filter((e) => e.kind === 'task.cancelled').map((e) => e.task)).toEqual(['call_client']);
  });

  it('should fall back to the queue when no manager is given, and stop the clock at "until"', async () => {
    const { timeline, outcome } = await simulate(
      regulation,
      { start: '2026-11-23T09:00:00+03:00', deal: { client: { name: 'X', region: 'kzn' } }, steps: [], until: 'PT3H' },
      { registry: defaultRegistry() },
    );
    expect(timeline[0]).toMatchObject({ kind: 'assigned', who: ['queue:sales-head'] });
    expect(timeline.filter((e) => e.kind === 'reminder' || e.kind === 'escalation')).toEqual([]); // due 13:00, reminder 12:30 > 12:00
    expect(outcome.status).toBe('active');
  });
});
