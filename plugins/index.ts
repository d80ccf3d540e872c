/**
 * The plugins Reglament ships, plus any npm packages named in
 * REGLAMENT_PLUGINS (comma-separated module names whose default export is a
 * plugin).
 *
 * @module
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PluginHost, type PluginHostOptions, type PluginSpec } from './host.js';

export const BUILTIN_PLUGINS: PluginSpec[] = [
  { id: 'windows', load: () => import('./windows/index.js') },
  { id: 'construction', load: () => import('./construction/index.js') },
  { id: 'b2b_wholesale', load: () => import('./b2b-wholesale/index.js') },
  { id: 'bank_cross_sell', load: () => import('./bank-cross-sell/index.js') },
];

export function pluginSpecs(env: NodeJS.ProcessEnv = process.env): PluginSpec[] {
  const extra = (env.REGLAMENT_PLUGINS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    // A path (./plugins/x/index.ts) is a plugin in development; anything else an npm package.
    .map((name) => ({
      id: name,
      load: () => import(/^[./]/.test(name) ? pathToFileURL(path.resolve(name)).href : name),
    }));
  return [...BUILTIN_PLUGINS, ...extra];
}

/**
 * REGLAMENT_PLUGINS with more plugins added (`reglament start --plugin`): paths
 * made absolute, so the worker and the API find them whatever their working
 * directory; package names kept as they are.
 */
export function addedPlugins(current: string | undefined, added: string[]): string | undefined {
  const extra = added.map((p) => (/^[./]/.test(p) ? path.resolve(p) : p));
  return [current, ...extra].filter(Boolean).join(',') || undefined;
}

export function loadPlugins(
  log?: (line: string) => void,
  env?: NodeJS.ProcessEnv,
  options?: PluginHostOptions,
): Promise<PluginHost> {
  return PluginHost.load(pluginSpecs(env), log, options);
}

export { PluginHost };
