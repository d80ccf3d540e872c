import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { addWorkingDuration } from '../../rules/calendar.js';
import { DEFAULT_CALENDAR_DEFINITION } from '../../regulation/source.js';
import { call, createHarness, publish, type Harness } from '../support/harness.js';

const REG = readFileSync(path.join(PROJECT_ROOT, 'examples/regulations/b2b-rules.yaml'), 'utf8').replace(
  'id: b2b_rules',
  'id: tpl_rules',
);

describe('templates and the business calendar in a running deal', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await publish(h, REG);
    await h.startWorker();
    await call(h, 'PUT', '/managers/tc-east', {
      name: 'Vera East',
      role: 'manager',
      department: 'tc',
      region: 'tc-khv',
      timezone: 'Asia/Vladivostok',
    });
  });
  afterAll(() => h?.close());

  it('should suggest the construction proposal first, rendered with the deal’s data', async () => {
    const deal = (
      await call(h, 'POST', '/deals', {
        regulationId: 'tpl_rules',
        owner: 'tc-east',
        client: { name: 'OOO Reforma', industry: 'construction' },
      })
    ).body;
    await call(h, 'POST', `/tasks/${deal.id}:1:call_client/complete`, {
      fields: { decision_maker: 'Ivan Petrov', budget: 12_000_000 },
    });
    const moved = await call(h, 'POST', `/deals/${deal.id}/events`, { type: 'QUALIFIED' });
    const [task] = moved.body.createdTasks;
    expect(task.templates.map((t: { id: string }) => t.id)).toEqual(['proposal_construction', 'proposal_standard']);
    expect(task.templates[0].subject).toBe('OOO Reforma: supply schedule and prices for your site');
    expect(task.templates[0].body).toContain('Dear Ivan Petrov,');
    expect(task.templates[0].body).toContain('within the budget of 12000000 RUB.');
    expect(task.templates[0].body).toContain('Vera East');
    // Stored on the task, readable from a manager's inbox.
    const stored = (await call(h, 'GET', `/tasks/${task.id}`)).body;
    expect(stored.templates).toEqual(task.templates);
    const decision = (
      (await call(h, 'GET', `/deals/${deal.id}/decisions`)).body.decisions as Array<Record<string, any>>
    ).find((d) => d.kind === 'templates' && d.subject === task.id);
    expect(decision).toMatchObject({
      rule: 'construction_proposal',
      outcome: { templates: ['proposal_construction', 'proposal_standard'] },
    });
  });

  it('should count due times in the assignee’s working hours and time zone', async () => {
    const deal = (
      await call(h, 'POST', '/deals', { regulationId: 'tpl_rules', owner: 'tc-east', client: { name: 'Far East Ltd' } })
    ).body;
    const [task] = deal.tasks;
    const createdAt = new Date(task.createdAt);
    const vladivostok = {
      ...DEFAULT_CALENDAR_DEFINITION,
      holidays: ['2026-12-31', '2027-01-01', '2027-01-02', '2027-01-07'],
      timezone: 'Asia/Vladivostok',
    };
    expect(task.dueAt).toBe(addWorkingDuration(createdAt, 'PT4H', vladivostok).toISOString());
    expect(Date.parse(task.dueAt) - createdAt.getTime()).toBeGreaterThanOrEqual(4 * 3_600_000);
    // The reminder 30 minutes before due is scheduled from that due time.
    const timers = (await call(h, 'GET', `/deals/${deal.id}/timers`)).body.timers as Array<Record<string, any>>;
    const before = timers.find((t) => t.id === `${task.id}:remind:-PT30M:assignee`);
    expect(Date.parse(before!.fireAt)).toBe(Date.parse(task.dueAt) - 30 * 60_000);
  });
});
