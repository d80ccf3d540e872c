/**
 * Builds every activity from its dependencies; workflows import only the type.
 *
 * @example
 * const worker = await Worker.create({ activities: createActivities({ deals }), ... });
 *
 * @module
 */
import type { DealRepo } from '../storage/deals.repo.js';
import { createDealActivities } from './deal.activities.js';

export interface ActivityDeps {
  deals: DealRepo;
}

export function createActivities(deps: ActivityDeps) {
  return { ...createDealActivities(deps) };
}

export type Activities = ReturnType<typeof createActivities>;
