/**
 * Deal activities: the only place a deal's transitions reach PostgreSQL.
 *
 * @module
 */
import type { DealRepo } from '../storage/deals.repo.js';
import type { DealTransition } from '../workflows/driver/transition.js';

export function createDealActivities(deps: { deals: DealRepo }) {
  return {
    /** Writes one transition; idempotent by (deal, seq), so retries are safe. */
    async applyDealTransition(transition: DealTransition): Promise<{ applied: boolean }> {
      return { applied: await deps.deals.applyTransition(transition) };
    },
  };
}
