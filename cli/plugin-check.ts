/**
 * `reglament plugin check <path>`: loads a plugin the way the host does
 * (beside the bundled plugins, so clashes of facts and operators show), checks
 * its manifest range against this plugin API, and composes it with every
 * example regulation it claims (those that name it or have the stages it
 * requires), reporting what it adds to each and every problem the validation
 * finds: conflicts, missing stages, unknown facts.
 *
 * @module
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import semver from 'semver';
import { builtinPbxNames } from '../app/telephony.js';
import { PLUGIN_API_VERSION } from '../plugins/api-version.js';
import { PluginHost } from '../plugins/host.js';
import { BUILTIN_PLUGINS } from '../plugins/index.js';
import type { ReglamentPlugin } from '../plugins/plugin.type.js';
import { checkExamples, type ExampleCheck } from '../sdk/testing.js';

export interface PluginReport {
  plugin?: { id: string; version: string; reglament: string };
  /** Problems that stop the plugin from loading at all: no plugin exported, a clash, a range that excludes us. */
  problems: string[];
  /** What the plugin adds to any regulation that names it. */
  adds: string[];
  examples: ExampleCheck[];
  ok: boolean;
}

/** What a plugin brings, one line per kind of extension point. */
export function additionsOf(plugin: ReglamentPlugin): string[] {
  const lines: string[] = [];
  for (const s of plugin.stages ?? []) {
    const [side, anchor] =
      'before' in s ? ['before', s.before] : 'after' in s ? ['after', s.after] : ['alongside', s.alongside];
    lines.push(
      `stage "${s.stage.key}" ${side} "${anchor}" (${(s.stage.tasks ?? []).map((t) => t.key).join(', ') || 'no tasks'})`,
    );
  }
  const list = (label: string, names: string[]) => names.length && lines.push(`${label}: ${names.join(', ')}`);
  list('fields', Object.keys(plugin.fields ?? {}));
  list(
    'templates',
    (plugin.templates ?? []).map((t) => t.id),
  );
  for (const [kind, rules] of Object.entries(plugin.rules ?? {}))
    list(
      `${kind} rules`,
      (rules ?? []).map((r) => r.name ?? kind),
    );
  list(
    'facts',
    (plugin.facts ?? []).map((f) => f.name),
  );
  list(
    'operators',
    (plugin.operators ?? []).map((o) => o.name),
  );
  list(
    'activities',
    Object.keys(plugin.activities ?? {}).map((a) => `${plugin.manifest.id}.${a}`),
  );
  list('intakes', Object.keys(plugin.intake ?? {}));
  list(
    'PBX adapters',
    (plugin.pbx ?? []).map((a) => a.name),
  );
  list(
    'analytics dimensions',
    (plugin.analytics ?? []).map((d) => d.name),
  );
  return lines;
}

export async function checkPlugin(file: string): Promise<PluginReport> {
  const href = pathToFileURL(path.resolve(file)).href;
  // As `reglament start` loads it: a PBX adapter taking a built-in one's name is reported here, before publishing.
  const host = await PluginHost.load([...BUILTIN_PLUGINS, { id: file, load: () => import(href) }], undefined, {
    builtinPbx: builtinPbxNames(),
  });
  const failure = host.failures.get(file);
  if (failure) return { problems: [failure], adds: [], examples: [], ok: false };
  // The one the bundled ones did not bring (a new version of a bundled plugin replaces it).
  const loaded = (await import(href)) as { default?: ReglamentPlugin; manifest?: unknown };
  const plugin = (loaded.manifest ? loaded : loaded.default) as ReglamentPlugin;
  const { id, version, reglament } = plugin.manifest;
  const problems: string[] = [];
  if (!semver.validRange(reglament)) problems.push(`manifest.reglament "${reglament}" is not a semver range`);
  else if (!semver.satisfies(PLUGIN_API_VERSION, reglament))
    problems.push(
      `manifest.reglament "${reglament}" does not include this Reglament's plugin API ${PLUGIN_API_VERSION}`,
    );
  const examples = problems.length ? [] : await checkExamples(plugin);
  // A clash in an example that does not name the plugin is worth knowing, not a failure.
  const ok = problems.length === 0 && examples.every((e) => e.ok || !e.named);
  return { plugin: { id, version, reglament }, problems, adds: additionsOf(plugin), examples, ok };
}
