/**
 * The regulation lifecycle: publish a version (YAML or JSON, validated and
 * composed with its plugins), read versions, diff two of them, draw one, and
 * dry-run a scenario on it.
 *
 * @module
 */
import { DomainError } from '../regulation/errors.js';
import { diffRegulations, formatChange } from '../regulation/diff.js';
import { toDot, toMermaid } from '../regulation/graph.js';
import { loadRegulation, validateRegulation } from '../regulation/load.js';
import { renderSvg } from '../regulation/svg.js';
import type { Regulation } from '../regulation/types.js';
import { stringify } from 'yaml';
import { simulate, type Scenario } from '../simulation/simulator.js';

export type { Scenario };
import type { AppContext } from './context.js';
import { parseJson, unstorable } from './input.js';

/** A stored version, or REGULATION_NOT_FOUND naming what was asked for. */
export async function regulationVersion(ctx: AppContext, id: string, version?: number) {
  const found = await ctx.regulations.get(id, version);
  if (!found)
    throw new DomainError(
      'REGULATION_NOT_FOUND',
      `regulation "${id}"${version ? ` version ${version}` : ''} not found`,
    );
  return found;
}

export async function regulationVersions(ctx: AppContext, id: string) {
  const versions = await ctx.regulations.versions(id);
  if (versions.length === 0) throw new DomainError('REGULATION_NOT_FOUND', `regulation "${id}" not found`);
  return { id, versions };
}

/** Parses and validates a regulation sent as YAML or JSON; every problem is listed with its place. */
export function parseRegulation(ctx: AppContext, text: string, contentType: string): Regulation {
  const why = unstorable(text);
  if (why) throw new DomainError('VALIDATION_FAILED', `the regulation ${why}`);
  if (/yaml/.test(contentType)) return loadRegulation(text, 'request body', { composer: ctx.plugins });
  if (/json/.test(contentType)) {
    return validateRegulation(parseJson(text), { sourceName: 'request body', composer: ctx.plugins });
  }
  throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'send the regulation as application/yaml or application/json');
}

/**
 * Publishes a new version unless the newest has the same content; the audit
 * trail records who published what and why.
 */
export async function publishRegulation(
  ctx: AppContext,
  input: { id: string; text: string; contentType: string; comment?: string | undefined; actor: string },
) {
  const regulation = parseRegulation(ctx, input.text, input.contentType);
  if (regulation.id !== input.id) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `the regulation's id "${regulation.id}" does not match the URL's "${input.id}"`,
    );
  }
  const published = await ctx.regulations.publish(regulation, input.actor, input.text, input.comment);
  if (published.created) {
    await ctx.audit.record(input.actor, 'regulation.published', `regulation:${regulation.id}`, {
      version: published.version,
      comment: input.comment ?? null,
    });
  }
  return published;
}

/** What changed between two versions (default: the newest against the one before). */
export async function regulationDiff(ctx: AppContext, id: string, q: { from?: number; to?: number }) {
  const to = await regulationVersion(ctx, id, q.to);
  const from = await regulationVersion(ctx, id, q.from ?? Math.max(1, to.version - 1));
  const changes = diffRegulations(from.regulation, to.regulation);
  return { id, from: from.version, to: to.version, changes, text: changes.map(formatChange) };
}

export type GraphFormat = 'mermaid' | 'dot' | 'svg';

/** The regulation as a diagram in Mermaid, Graphviz DOT or SVG. */
export async function regulationGraph(ctx: AppContext, id: string, format: GraphFormat, version?: number) {
  const { regulation } = await regulationVersion(ctx, id, version);
  switch (format) {
    case 'mermaid':
      return toMermaid(regulation);
    case 'dot':
      return toDot(regulation);
    case 'svg':
      return renderSvg(toDot(regulation));
  }
}

/** A dry run of a scenario on a simulated clock: nothing is written, no workflow starts. */
export async function simulateRegulation(ctx: AppContext, id: string, scenario: Scenario, version?: number) {
  const found = await regulationVersion(ctx, id, version);
  return runScenario(ctx, found.regulation, scenario, found.version);
}

/** Runs a scenario on a regulation (published or a draft); a scenario that cannot run is the caller's mistake. */
export async function runScenario(ctx: AppContext, regulation: Regulation, scenario: Scenario, version?: number) {
  try {
    return await simulate(regulation, scenario, {
      registry: ctx.plugins.registry,
      ...(version !== undefined ? { version } : {}),
    });
  } catch (error) {
    if (error instanceof Error && !(error instanceof DomainError))
      throw new DomainError('VALIDATION_FAILED', `the scenario cannot run: ${error.message}`);
    throw error;
  }
}

/** The text a version was published as (YAML as written), or the stored regulation as YAML when it came as JSON. */
export async function regulationSource(ctx: AppContext, id: string, version?: number) {
  const found = await regulationVersion(ctx, id, version);
  const text = await ctx.regulations.source(id, found.version);
  return { version: found.version, text: text ?? stringify(found.regulation) };
}

/**
 * Publishes an older version's text again as the newest version: a revert is
 * a new version (history is never rewritten), with who asked and why.
 */
export async function revertRegulation(
  ctx: AppContext,
  input: { id: string; version: number; comment?: string | undefined; actor: string },
) {
  const old = await regulationVersion(ctx, input.id, input.version);
  const text = (await ctx.regulations.source(input.id, old.version)) ?? stringify(old.regulation);
  const published = await ctx.regulations.publish(
    old.regulation,
    input.actor,
    text,
    input.comment ?? `revert to version ${old.version}`,
  );
  if (published.created) {
    await ctx.audit.record(input.actor, 'regulation.published', `regulation:${input.id}`, {
      version: published.version,
      comment: input.comment ?? null,
      revertedTo: old.version,
    });
  }
  return published;
}
