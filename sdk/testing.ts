/**
 * `reglament/testing`: a plugin's test harness. It composes a regulation with
 * the plugin exactly as the host does (the same `PluginHost`, the same
 * validation), then walks deals through the same code as production on a
 * simulated clock (the simulator: the compiled machine, the workflow's
 * validators, the rules with the plugin's facts and operators). Nothing
 * needs a Temporal server or a database.
 *
 * @example
 * import { createHarness } from 'reglament/testing';
 * import plugin from '../src/index.js';
 *
 * const harness = await createHarness({ plugins: [plugin], regulation: 'b2b-basic' });
 * const walk = await harness.walk({
 *   start: '2026-11-23T09:00:00+03:00',
 *   deal: { client: { name: 'OOO Test' } },
 *   steps: [{ after: 'PT1H', complete: 'call_client' }, { event: 'QUALIFIED' }],
 * });
 * // walk.stages → ['cold_call', 'presentation']
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { check } from '../app/validate.js';
import { validateRegulation } from '../regulation/load.js';
import type { Regulation } from '../regulation/types.js';
import type { RegulationSource } from '../regulation/source.js';
import { renderTemplate } from '../rules/templates.js';
import { simulate, type Scenario, type ScenarioStep } from '../simulation/simulator.js';
import type { TimelineEntry } from '../domain/timeline.js';
import { PluginHost } from '../plugins/host.js';
import { BUILTIN_PLUGINS } from '../plugins/index.js';
import type { AutomationContext, ReglamentPlugin } from '../plugins/plugin.type.js';

export type { Regulation, Scenario, ScenarioStep, TimelineEntry };

/** A deal walked through the regulation: what happened, in order, and where it ended. */
export interface DealWalk {
  timeline: TimelineEntry[];
  /** Every stage the deal entered, in order. */
  stages: string[];
  /** Task keys created, in order. */
  tasks: string[];
  /** Reminders and escalations (timers that fired), with when and whom. */
  timers: TimelineEntry[];
  /** Templates the rules suggested on the way (ids). */
  templates: string[];
  /** Steps the regulation refused (a missing field, a task not done), with the reason. */
  rejected: TimelineEntry[];
  outcome: { stage: string; status: string; owner: string | null; at: string };
}

export interface HarnessOptions {
  /** The plugins under test, in the order a regulation would name them. */
  plugins: ReglamentPlugin[];
  /**
   * The base regulation: an example's name (`b2b-basic`, see `exampleRegulations()`),
   * YAML text, or a parsed source. The plugins under test are added to its `plugins` list.
   */
  regulation: string | RegulationSource;
  /** Load Reglament's bundled plugins too (the examples that name them need them). Default: true. */
  builtins?: boolean;
}

export interface PluginHarness {
  /** The composed, validated regulation the deals run on. */
  regulation: Regulation;
  host: PluginHost;
  walk(scenario: Scenario): Promise<DealWalk>;
  /** Runs a plugin activity (`plugin_id.action`) the way the worker does, on a deal you describe. */
  runActivity(
    name: string,
    deal: Partial<AutomationContext['deal']>,
    params?: Record<string, unknown>,
  ): Promise<Record<string, unknown> | void>;
  /** Turns an intake payload into the deal it starts, refusing what the handler's schema would refuse. */
  intake(
    type: string,
    payload: Record<string, unknown>,
  ): ReturnType<NonNullable<ReglamentPlugin['intake']>[string]['toDeal']>;
  /** Renders one of the composed regulation's templates with a deal's data. */
  render(templateId: string, data: Record<string, unknown>): { subject?: string; body: string };
}

/** The root of the installed package (or the checkout): where `examples/` lives. */
function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'examples', 'regulations')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/** The example regulations Reglament ships, by name (file name without `.yaml`). */
export function exampleRegulations(): Record<string, string> {
  const folder = path.join(packageRoot(), 'examples', 'regulations');
  return Object.fromEntries(
    readdirSync(folder)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => [f.replace(/\.yaml$/, ''), readFileSync(path.join(folder, f), 'utf8')]),
  );
}

function sourceOf(regulation: string | RegulationSource): RegulationSource {
  if (typeof regulation !== 'string') return structuredClone(regulation);
  const example = exampleRegulations()[regulation];
  return parse(example ?? regulation) as RegulationSource;
}

async function hostWith(plugins: ReglamentPlugin[], builtins: boolean): Promise<PluginHost> {
  const host = await PluginHost.load(builtins ? BUILTIN_PLUGINS : []);
  for (const plugin of plugins) {
    // A plugin under test replaces a bundled one of the same id (a new version of it).
    if (host.plugins.has(plugin.manifest.id)) host.plugins.delete(plugin.manifest.id);
    host.add(plugin);
  }
  return host;
}

/** Composes and validates; throws one error listing every problem, as `reglament validate` would. */
function composed(host: PluginHost, source: RegulationSource, plugins: ReglamentPlugin[]): Regulation {
  const named = [...(source.plugins ?? [])];
  for (const p of plugins) {
    if (!named.some((r) => (typeof r === 'string' ? r : r.id) === p.manifest.id)) named.push(p.manifest.id);
  }
  return validateRegulation({ ...source, plugins: named }, { composer: host });
}

export async function createHarness(options: HarnessOptions): Promise<PluginHarness> {
  const host = await hostWith(options.plugins, options.builtins ?? true);
  const regulation = composed(host, sourceOf(options.regulation), options.plugins);
  return {
    regulation,
    host,
    async walk(scenario) {
      const { timeline, outcome } = await simulate(regulation, scenario, { registry: host.registry });
      const of = (kind: TimelineEntry['kind']) => timeline.filter((e) => e.kind === kind);
      return {
        timeline,
        stages: of('stage.entered').map((e) => e.stage!),
        tasks: of('task.created').map((e) => e.task!),
        timers: timeline.filter((e) => e.kind === 'reminder' || e.kind === 'escalation'),
        templates: [...new Set(timeline.flatMap((e) => e.templates ?? []))],
        rejected: of('rejected'),
        outcome,
      };
    },
    async runActivity(name, deal, params = {}) {
      const activity = host.activity(name);
      if (!activity) throw new Error(`no plugin activity "${name}" (name it plugin_id.action)`);
      const full = { id: 'test-deal', stage: '', owner: 'queue:unassigned', client: {}, fields: {}, ...deal };
      return activity({ deal: full, params });
    },
    intake(type, payload) {
      const handler = host.intake(type);
      if (!handler) throw new Error(`no plugin intake "${type}"`);
      // The intake endpoint's own check: the same ajv settings and the same wording of each problem.
      return handler.toDeal(check<Record<string, unknown>>(handler.schema, payload, `intake "${type}" payload`));
    },
    render(templateId, data) {
      const template = regulation.templates.find((t) => t.id === templateId);
      if (!template) throw new Error(`no template "${templateId}" in regulation "${regulation.id}"`);
      return renderTemplate(template, data);
    },
  };
}

/** How a plugin composes with one example regulation. */
export interface ExampleCheck {
  example: string;
  ok: boolean;
  /** Whether the example names the plugin (else it only has the stages the plugin requires). */
  named: boolean;
  /** What the regulation refused, one line each; empty when ok. */
  problems: string[];
  stages: number;
}

/**
 * Composes the plugin with every example regulation it claims to support:
 * those that name it, and those that have every stage in its `requiresStages`.
 */
export async function checkExamples(plugin: ReglamentPlugin, only?: string[]): Promise<ExampleCheck[]> {
  const host = await hostWith([plugin], true);
  const examples = exampleRegulations();
  const names = (source: RegulationSource) =>
    (source.plugins ?? []).some((r) => (typeof r === 'string' ? r : r.id) === plugin.manifest.id);
  const claimed = (source: RegulationSource) =>
    names(source) || (plugin.requiresStages ?? []).every((key) => source.stages.some((s) => s.key === key));
  const results: ExampleCheck[] = [];
  for (const [example, text] of Object.entries(examples)) {
    const source = parse(text) as RegulationSource;
    if (only ? !only.includes(example) : !claimed(source)) continue;
    const named = names(source);
    try {
      const regulation = composed(host, source, [plugin]);
      results.push({ example, ok: true, named, problems: [], stages: regulation.stages.length });
    } catch (error) {
      const issues = (error as { issues?: Array<{ pointer: string; message: string }> }).issues;
      const problems = issues?.map((i) => `${i.pointer || '/'}: ${i.message}`) ?? [String(error)];
      results.push({ example, ok: false, named, problems, stages: source.stages.length });
    }
  }
  return results;
}
