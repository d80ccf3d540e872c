/**
 * A regulation being written, before it is published: validated as the
 * director types (every problem with its JSON pointer, line and column, the
 * same checks as publishing and `reglament validate`), drawn, and compared
 * with the published version. Also the JSON Schema an editor completes from,
 * with the facts, operators and plugins this server knows.
 *
 * @module
 */
import { parse } from 'yaml';
import { diffRegulations, formatChange } from '../regulation/diff.js';
import { DomainError, RegulationInvalidError } from '../regulation/errors.js';
import { toDot } from '../regulation/graph.js';
import type { RegulationIssue } from '../regulation/issues.js';
import { loadRegulation } from '../regulation/load.js';
import { regulationSchema } from '../regulation/schema.js';
import type { RegulationSource } from '../regulation/source.js';
import { renderSvg } from '../regulation/svg.js';
import type { Regulation } from '../regulation/types.js';
import { DECISION_KINDS } from '../rules/registry.js';
import { ruleSchema } from '../rules/schemas/rule.schema.js';
import type { AppContext } from './context.js';
import { unstorable } from './input.js';
import { regulationVersion, runScenario, type Scenario } from './regulations.js';

export interface DraftStage {
  key: string;
  title: string;
  final?: 'won' | 'lost';
  /** Its tasks' keys, in order. */
  tasks: string[];
  /** The plugin that put this stage in (absent for the regulation's own stages). */
  plugin?: string;
}

export interface DraftValidation {
  valid: boolean;
  /** The regulation's id and title as written (null when the text does not get that far). */
  id: string | null;
  title: string | null;
  problems: Array<{ pointer: string; line: number | null; column: number | null; message: string }>;
  /** The stages after composition with plugins (empty while the draft is invalid). */
  stages: DraftStage[];
  /** The calendar's time zone: what times of a dry run are told in. */
  timezone: string | null;
  /** The diagram as SVG (Graphviz), when the draft is valid and one was asked for. */
  svg: string | null;
}

/** The regulation a draft text makes, or REGULATION_INVALID listing every problem with its place. */
export function draftRegulation(ctx: AppContext, source: string): Regulation {
  const why = unstorable(source);
  if (why) throw new DomainError('VALIDATION_FAILED', `the regulation ${why}`);
  return loadRegulation(source, 'draft', { composer: ctx.plugins });
}

/** What the draft's own text names, read leniently: its id, title and stage keys, if it gets that far. */
function written(source: string): { id: string | null; title: string | null; stages: Set<string> } {
  try {
    const value = parse(source, { maxAliasCount: 100 }) as Partial<RegulationSource> | null;
    const text = (v: unknown) => (typeof v === 'string' ? v : null);
    const stages = Array.isArray(value?.stages) ? value.stages.map((s) => text(s?.key)).filter((k) => k !== null) : [];
    return { id: text(value?.id), title: text(value?.title), stages: new Set(stages) };
  } catch {
    return { id: null, title: null, stages: new Set() };
  }
}

/** Which loaded plugin adds a stage, by key. */
function pluginOfStage(ctx: AppContext, regulation: Regulation, key: string): string | undefined {
  for (const ref of regulation.plugins) {
    const id = ref.split('@')[0]!;
    if (ctx.plugins.plugins.get(id)?.stages?.some((s) => s.stage.key === key)) return id;
  }
  return undefined;
}

/** Validates a draft without publishing it: every problem at once, and the diagram when it is valid. */
export async function validateDraft(
  ctx: AppContext,
  source: string,
  options: { diagram?: boolean } = {},
): Promise<DraftValidation> {
  const own = written(source);
  try {
    const regulation = draftRegulation(ctx, source);
    const stages = regulation.stages.map((s): DraftStage => {
      const plugin = own.stages.has(s.key) ? undefined : pluginOfStage(ctx, regulation, s.key);
      return {
        key: s.key,
        title: s.title,
        ...(s.final ? { final: s.final } : {}),
        tasks: s.tasks.map((t) => t.key),
        ...(plugin ? { plugin } : {}),
      };
    });
    return {
      valid: true,
      id: regulation.id,
      title: regulation.title,
      problems: [],
      stages,
      timezone: regulation.calendar.timezone,
      svg: options.diagram === false ? null : await renderSvg(toDot(regulation)),
    };
  } catch (error) {
    if (!(error instanceof RegulationInvalidError)) throw error;
    return {
      valid: false,
      id: own.id,
      title: own.title,
      problems: error.issues.map((i: RegulationIssue) => ({
        pointer: i.pointer,
        line: i.line ?? null,
        column: i.column ?? null,
        message: i.message,
      })),
      stages: [],
      timezone: null,
      svg: null,
    };
  }
}

/** The same value with every object's keys in PostgreSQL jsonb's order (shorter first), as a stored regulation has them. */
function canonical<T>(value: T): T {
  if (Array.isArray(value)) return value.map(canonical) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    ) as T;
  return value;
}

/** What a draft changes against a published version (default: the newest). */
export async function draftDiff(ctx: AppContext, id: string, source: string, against?: number) {
  const published = await regulationVersion(ctx, id, against);
  const draft = draftRegulation(ctx, source);
  // Key order differs between a stored (jsonb) regulation and a fresh one; the diff compares JSON texts.
  const changes = diffRegulations(canonical(published.regulation), canonical(draft));
  return { id, from: published.version, changes, text: changes.map(formatChange) };
}

/**
 * The regulation's JSON Schema for an editor: the file's schema with each
 * kind of rule spelled out (the facts and operators this server's rules and
 * plugins offer) and the loaded plugins named, so completion and hover docs
 * know them.
 */
export function editorSchema(ctx: AppContext): Record<string, unknown> {
  const defs: Record<string, unknown> = {};
  const rules: Record<string, unknown> = {};
  for (const kind of DECISION_KINDS) {
    // Each kind's $defs hoisted to the root under its own names: facts differ by kind.
    const text = JSON.stringify(ruleSchema(kind, ctx.plugins.registry)).replace(
      /#\/\$defs\/(\w+)/g,
      (_, name: string) => `#/$defs/${kind}_${name}`,
    );
    const { $defs, ...rule } = JSON.parse(text) as { $defs: Record<string, unknown> };
    for (const [name, def] of Object.entries($defs)) defs[`${kind}_${name}`] = def;
    rules[kind] = { type: 'array', description: `${kind} rules (json-rules-engine)`, items: rule };
  }
  const loaded = [...ctx.plugins.plugins.values()].map((p) => ({
    const: p.manifest.id,
    description: `${p.manifest.description ?? p.manifest.id} (v${p.manifest.version})${
      p.stages?.length ? `; adds stages: ${p.stages.map((s) => s.stage.key).join(', ')}` : ''
    }`,
  }));
  const base = regulationSchema as unknown as { properties: Record<string, Record<string, unknown>> };
  const pluginItems = regulationSchema.properties.plugins.items;
  return {
    ...regulationSchema,
    properties: {
      ...base.properties,
      rules: { ...base.properties.rules, properties: rules },
      plugins: {
        ...base.properties.plugins,
        // A loaded plugin's id, or the { id, version } form.
        items: loaded.length ? { anyOf: [...loaded, pluginItems.oneOf[1]] } : pluginItems,
      },
    },
    $defs: defs,
  };
}

/** A dry run of a scenario on a draft (not yet published): nothing is written, no workflow starts. */
export async function simulateDraft(ctx: AppContext, source: string, scenario: Scenario) {
  return runScenario(ctx, draftRegulation(ctx, source), scenario, undefined);
}
