/**
 * Plugins as people and directors see them (what is loaded, what failed), and
 * the funnel by a dimension, including those plugins contribute.
 *
 * @module
 */
import { DomainError } from '../regulation/errors.js';
import type { AppContext } from './context.js';

export function listPlugins(ctx: AppContext) {
  return {
    plugins: [...ctx.plugins.plugins.values()].map((p) => ({
      ...p.manifest,
      stages: (p.stages ?? []).map((s) => s.stage.key),
      activities: Object.keys(p.activities ?? {}),
      intake: Object.keys(p.intake ?? {}),
      facts: (p.facts ?? []).map((f) => f.name),
      analytics: (p.analytics ?? []).map((d) => d.name),
    })),
    failures: Object.fromEntries(ctx.plugins.failures),
  };
}

/** Deals by stage and status, grouped by a dimension: owner, region, or one a plugin contributes. */
export async function funnel(ctx: AppContext, q: { regulationId: string; dimension?: string }) {
  const dimensions = new Map<string, string>([
    ['owner', 'owner'],
    ['region', 'client.region'],
    ...ctx.plugins.dimensions().map((d) => [d.name, d.path] as [string, string]),
  ]);
  const path = q.dimension ? dimensions.get(q.dimension) : undefined;
  if (q.dimension && !path) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `unknown dimension "${q.dimension}"; known: ${[...dimensions.keys()].join(', ')}`,
    );
  }
  return {
    regulationId: q.regulationId,
    dimension: q.dimension ?? null,
    rows: await ctx.deals.funnel(q.regulationId, path),
  };
}
