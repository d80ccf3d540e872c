import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegulation } from '../../regulation/load.js';
import { defaultRegistry } from '../../rules/registry.js';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { simulate, type Scenario } from '../../simulation/simulator.js';

const regulation = loadRegulation(
  readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/regulations/people-rules.yaml'), 'utf8'),
);

describe('the simulator with people-aware rules', () => {
  const scenario = (managers: Scenario['managers'], owner?: string): Scenario => ({
    start: '2026-12-08T10:00:00Z',
    managers,
    deal: { client: { name: 'Sim Ltd', region: 'pv' }, ...(owner ? { owner } : {}) },
    steps: [{ wait: true }],
  });

  it('should skip the absent, respect the cap and send reminders to the deputy, as the worker does', async () => {
    const { timeline } = await simulate(
      regulation,
      scenario([
        {
          id: 'olga',
          name: 'Olga',
          department: 'pv',
          absences: [{ kind: 'vacation', from: '2026-12-07', until: '2026-12-14', deputy: 'ivan' }],
        },
        { id: 'anna', department: 'pv', openDeals: 2, capacity: { openDeals: 2 } },
        { id: 'ivan', department: 'pv', openTasks: 5 },
      ]),
      { registry: defaultRegistry() },
    );
    const assigned = timeline.find((e) => e.kind === 'assigned')!;
    expect(assigned.who).toEqual(['ivan']);
    expect(assigned.detail).toContain('Olga is on vacation until 14.12');
    expect(assigned.detail).toContain('anna has 2 open deals (cap 2)');
  });

  it('should tell a reminder of an absent owner going to their deputy', async () => {
    const { timeline } = await simulate(
      regulation,
      scenario(
        [
          {
            id: 'olga',
            name: 'Olga',
            department: 'pv',
            absences: [{ kind: 'sick_leave', from: '2026-12-08', until: '2026-12-09', deputy: 'ivan' }],
          },
          { id: 'ivan', department: 'pv' },
        ],
        'olga',
      ),
      { registry: defaultRegistry() },
    );
    const reminder = timeline.find((e) => e.kind === 'reminder')!;
    expect(reminder.who).toEqual(['ivan']);
    expect(reminder.detail).toBe('Olga is on sick leave until 09.12; to the deputy ivan');
  });
});
