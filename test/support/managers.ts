import type { ManagerFacts } from '../../rules/assignment.js';

/** A manager with defaults; override what the test cares about. */
export function manager(id: string, over: Partial<ManagerFacts> = {}): ManagerFacts {
  return {
    id,
    name: id,
    role: 'manager',
    department: 'sales',
    office: 'spb',
    region: 'spb',
    timezone: 'Europe/Moscow',
    skills: [],
    active: true,
    openTasks: 0,
    openDeals: 0,
    ...over,
  };
}
