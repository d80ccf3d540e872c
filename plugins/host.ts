/**
 * Loads plugins and keeps them apart: a plugin that throws while loading, or
 * whose facts or operators clash with another's, is reported with its id and
 * left out; it cannot take the worker or the API down. The host gives the
 * rules registry with every plugin's facts and operators, composes
 * regulations, and finds plugin activities, intakes, analytics dimensions and
 * PBX adapters. A PBX adapter whose name is taken (by a built-in adapter the
 * host was told of, or by another plugin's) is a clash like a fact's.
 *
 * @module
 */
import semver from 'semver';
import type { PbxAdapter } from '../domain/pbx.js';
import type { RegulationIssue } from '../regulation/issues.js';
import type { RegulationSource } from '../regulation/source.js';
import { defaultRegistry, type RulesRegistry } from '../rules/registry.js';
import type { AnalyticsDimension, IntakeHandler, PluginActivity, ReglamentPlugin } from './plugin.type.js';
import { PLUGIN_API_VERSION } from './api-version.js';
import { composeRegulation } from './sdk.js';

export interface PluginSpec {
  id: string;
  /** The plugin, or a module whose default export is one. */
  load: () => unknown;
}

export type PluginReference = string | { id: string; version?: string };

export interface PluginHostOptions {
  /** Names of the PBX adapters the deployment ships (`integrations/telephony`): a plugin's adapter may not take one. */
  builtinPbx?: Iterable<string>;
}

export class PluginHost {
  readonly plugins = new Map<string, ReglamentPlugin>();
  readonly failures = new Map<string, string>();
  readonly registry: RulesRegistry = defaultRegistry();
  /** PBX adapters by name → the plugin that brought it. */
  private readonly pbx = new Map<string, { adapter: PbxAdapter; plugin: string }>();
  private readonly builtinPbx: ReadonlySet<string>;

  constructor(options: PluginHostOptions = {}) {
    this.builtinPbx = new Set(options.builtinPbx ?? []);
  }

  /** Loads each plugin on its own; failures are recorded, never thrown. */
  static async load(
    specs: PluginSpec[],
    log: (line: string) => void = () => {},
    options: PluginHostOptions = {},
  ): Promise<PluginHost> {
    const host = new PluginHost(options);
    for (const spec of specs) {
      try {
        host.add(pluginOf(await spec.load()));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        host.failures.set(spec.id, message);
        log(`plugin "${spec.id}" failed to load and is disabled: ${message}`);
      }
    }
    return host;
  }

  /** Adds a plugin: its facts and operators go into the registry, or nothing of it does. */
  add(plugin: ReglamentPlugin): void {
    const id = plugin?.manifest?.id;
    if (!id) throw new Error('not a Reglament plugin: no manifest.id');
    if (this.plugins.has(id)) throw new Error(`plugin "${id}" is loaded twice`);
    const range = plugin.manifest.reglament;
    // Refused at load, not only when a regulation names it: the operator sees it at start.
    if (typeof range !== 'string' || !semver.validRange(range) || !semver.satisfies(PLUGIN_API_VERSION, range)) {
      throw new Error(
        `plugin "${id}" ${plugin.manifest.version} needs Reglament plugin API ${String(range)}; this Reglament offers ${PLUGIN_API_VERSION}`,
      );
    }
    const staged = defaultRegistry();
    for (const f of plugin.facts ?? []) staged.addFact(f.name, { description: f.description, kinds: f.kinds }); // clash check first
    for (const o of plugin.operators ?? []) staged.addOperator(o.name, o.fn);
    const adapters = this.checkPbx(id, plugin.pbx);
    for (const f of plugin.facts ?? []) {
      const provide = f.provide;
      this.registry.addFact(
        f.name,
        { description: `${f.description} (plugin ${id})`, kinds: f.kinds },
        provide
          ? async (known) => {
              try {
                return await provide(known);
              } catch (error) {
                throw new Error(`plugin "${id}": ${error instanceof Error ? error.message : String(error)}`, {
                  cause: error,
                });
              }
            }
          : undefined,
      );
    }
    for (const o of plugin.operators ?? []) this.registry.addOperator(o.name, o.fn);
    for (const adapter of adapters) this.pbx.set(adapter.name, { adapter, plugin: id });
    this.plugins.set(id, plugin);
  }

  /** A plugin's PBX adapters, refused (before anything of the plugin is added) when malformed or a name is taken. */
  private checkPbx(id: string, adapters: PbxAdapter[] | undefined): PbxAdapter[] {
    if (adapters === undefined) return [];
    if (!Array.isArray(adapters)) throw new Error(`plugin "${id}": pbx must be a list of adapters`);
    const names = new Set<string>();
    for (const [i, a] of adapters.entries()) {
      // The name is a URL path segment and an environment value: keep it plain.
      if (typeof a?.name !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(a.name) || typeof a.parse !== 'function')
        throw new Error(`plugin "${id}": pbx[${i}] needs a name of a-z, 0-9 and "-" and a parse function`);
      const taken = this.builtinPbx.has(a.name)
        ? 'a built-in adapter'
        : this.pbx.has(a.name)
          ? `plugin "${this.pbx.get(a.name)!.plugin}"`
          : names.has(a.name)
            ? 'another of its own adapters'
            : undefined;
      if (taken) throw new Error(`plugin "${id}": the PBX adapter name "${a.name}" is taken by ${taken}`);
      names.add(a.name);
    }
    return adapters;
  }

  /** The plugins a regulation names, in its order, or the reasons they cannot be used. */
  resolve(refs: PluginReference[]): { plugins: ReglamentPlugin[]; issues: RegulationIssue[] } {
    const plugins: ReglamentPlugin[] = [];
    const issues: RegulationIssue[] = [];
    refs.forEach((ref, i) => {
      const id = typeof ref === 'string' ? ref : ref.id;
      const plugin = this.plugins.get(id);
      if (!plugin) {
        const failure = this.failures.get(id);
        issues.push({
          pointer: `/plugins/${i}`,
          message: failure
            ? `plugin "${id}" failed to load: ${failure}`
            : `unknown plugin "${id}" (loaded: ${[...this.plugins.keys()].join(', ') || 'none'})`,
        });
        return;
      }
      const wanted = typeof ref === 'string' ? undefined : ref.version;
      if (wanted && !semver.satisfies(plugin.manifest.version, wanted)) {
        issues.push({
          pointer: `/plugins/${i}/version`,
          message: `the regulation needs plugin "${id}" ${wanted}; loaded is ${plugin.manifest.version}`,
        });
        return;
      }
      plugins.push(plugin);
    });
    return { plugins, issues };
  }

  compose(source: RegulationSource & { plugins?: PluginReference[] }): {
    source: RegulationSource;
    issues: RegulationIssue[];
  } {
    const { plugins, issues } = this.resolve(source.plugins ?? []);
    const composed = composeRegulation(source, plugins);
    return { source: composed.source, issues: [...issues, ...composed.issues] };
  }

  versions(refs: PluginReference[]): string[] {
    return refs.map((r) => {
      const id = typeof r === 'string' ? r : r.id;
      return `${id}@${this.plugins.get(id)?.manifest.version ?? '?'}`;
    });
  }

  /** `plugin_id.action` → the plugin's activity. */
  activity(name: string): PluginActivity | undefined {
    const [id, action] = name.split('.', 2);
    const activities = this.plugins.get(id!)?.activities;
    // Own entries only: "constructor" or "toString" are no plugin's activities.
    return action && activities && Object.hasOwn(activities, action) ? activities[action] : undefined;
  }

  intake(type: string): (IntakeHandler & { plugin: string }) | undefined {
    for (const [id, p] of this.plugins) {
      const handler = p.intake && Object.hasOwn(p.intake, type) ? p.intake[type] : undefined;
      if (handler) return { ...handler, plugin: id };
    }
    return undefined;
  }

  /** A plugin's PBX adapter by name, and the plugin's id. */
  pbxAdapter(name: string): { adapter: PbxAdapter; plugin: string } | undefined {
    return this.pbx.get(name);
  }

  /** The names of the plugins' PBX adapters. */
  pbxNames(): string[] {
    return [...this.pbx.keys()];
  }

  dimensions(): Array<AnalyticsDimension & { plugin: string }> {
    return [...this.plugins].flatMap(([id, p]) => (p.analytics ?? []).map((d) => ({ ...d, plugin: id })));
  }
}

function pluginOf(loaded: unknown): ReglamentPlugin {
  const candidate =
    loaded && typeof loaded === 'object' && !('manifest' in loaded)
      ? (loaded as { default?: unknown }).default
      : loaded;
  const manifest = (candidate as { manifest?: { id?: unknown; version?: unknown; reglament?: unknown } } | undefined)
    ?.manifest;
  if (
    !manifest ||
    typeof manifest.id !== 'string' ||
    typeof manifest.version !== 'string' ||
    typeof manifest.reglament !== 'string'
  ) {
    throw new Error(
      'the module does not export a Reglament plugin (a default export with manifest.id, version and reglament)',
    );
  }
  return candidate as ReglamentPlugin;
}
