/**
 * The plugin SDK: `definePlugin` for authors, and `composeRegulation`, which
 * merges a base regulation with the plugins it names into one regulation
 * source that then goes through the ordinary validation. Conflicts are
 * refused with the plugins named.
 *
 * @example
 * export default definePlugin({
 *   manifest: { id: 'windows', version: '1.0.0', reglament: '^1.0.0' },
 *   stages: [{ before: 'proposal', stage: { key: 'measurement', title: 'Measurement visit', tasks: [...] } }],
 * });
 *
 * @module
 */
import semver from 'semver';
import type { RegulationIssue } from '../regulation/issues.js';
import type { RegulationSource, StageSource } from '../regulation/source.js';
import type { ReglamentPlugin } from './plugin.type.js';

import { PLUGIN_API_VERSION } from './api-version.js';

export { PLUGIN_API_VERSION };

/**
 * Types a plugin and returns it unchanged: the identity, there for the
 * checks and completions an editor gives on the object literal.
 *
 * @example
 * export default definePlugin({ manifest: { id: 'tiles', version: '0.1.0', reglament: '^1.0.0' } });
 */
export function definePlugin(plugin: ReglamentPlugin): ReglamentPlugin {
  return plugin;
}

const targetsOf = (s: StageSource) => [
  ...Object.values(s.on ?? {}).map((t) => (typeof t === 'string' ? t : t.to)),
  ...(s.advance ? [s.advance] : []),
];

/** The forward moves of a stage: `advance` and enforced events, not "lost"-style escapes. */
function forwardTargets(s: StageSource): string[] {
  const fromOn = Object.values(s.on ?? {})
    .filter((t) => typeof t === 'string' || t.enforce !== false)
    .map((t) => (typeof t === 'string' ? t : t.to));
  return [...new Set([...(s.advance ? [s.advance] : []), ...fromOn])];
}

function retarget(s: StageSource, from: string, to: string, forwardOnly: boolean): StageSource {
  const on = Object.fromEntries(
    Object.entries(s.on ?? {}).map(([event, t]) => {
      const target = typeof t === 'string' ? t : t.to;
      const forward = typeof t === 'string' || t.enforce !== false;
      if (target !== from || (forwardOnly && !forward)) return [event, t];
      return [event, typeof t === 'string' ? to : { ...t, to }];
    }),
  );
  return { ...s, ...(s.on ? { on } : {}), ...(s.advance === from ? { advance: to } : {}) };
}

export interface Composition {
  source: RegulationSource;
  issues: RegulationIssue[];
}

/**
 * Applies the plugins to the base regulation, in order.
 * - `before: S`: every move into S now enters the plugin's stage, which leads on to S.
 * - `after: S`: S's forward moves now enter the plugin's stage, which leads on where S went.
 * - `alongside: S`: a side stage, listed after S, reached only through the plugin's transitions.
 * One plugin may insert several stages at one place (in its order); two plugins may not.
 */
export function composeRegulation(base: RegulationSource, plugins: ReglamentPlugin[]): Composition {
  const issues: RegulationIssue[] = [];
  const add = (message: string, pointer = '/plugins') => issues.push({ pointer, message });
  let stages = [...base.stages];
  const fields = { ...base.fields };
  const templates = [...(base.templates ?? [])];
  const rules: NonNullable<RegulationSource['rules']> = { ...base.rules };
  const anchors = new Map<string, string>();

  for (const plugin of plugins) {
    const id = plugin.manifest.id;
    if (
      !semver.validRange(plugin.manifest.reglament) ||
      !semver.satisfies(PLUGIN_API_VERSION, plugin.manifest.reglament)
    ) {
      add(
        `plugin "${id}" ${plugin.manifest.version} needs Reglament plugin API ${plugin.manifest.reglament}; this is ${PLUGIN_API_VERSION}`,
      );
      continue;
    }
    const has = (key: string) => stages.some((s) => s.key === key);
    for (const key of plugin.requiresStages ?? []) {
      if (!has(key)) add(`plugin "${id}" requires stage "${key}", which the regulation does not have`);
    }
    for (const insertion of plugin.stages ?? []) {
      const side = 'before' in insertion ? 'before' : 'after' in insertion ? 'after' : 'alongside';
      const anchor =
        'before' in insertion ? insertion.before : 'after' in insertion ? insertion.after : insertion.alongside;
      const stage = insertion.stage;
      const place = `${side} stage "${anchor}"`;
      if (!has(anchor)) {
        add(`plugin "${id}" inserts stage "${stage.key}" ${place}, which the regulation does not have`);
        continue;
      }
      if (has(stage.key)) {
        add(`plugin "${id}" adds stage "${stage.key}", which the regulation already has`);
        continue;
      }
      const other = side === 'alongside' ? undefined : anchors.get(`${side}:${anchor}`);
      if (other && other !== id) {
        add(`plugins "${other}" and "${id}" both insert a stage ${place}; use one of them or insert elsewhere`);
        continue;
      }
      anchors.set(`${side}:${anchor}`, id);
      const index = stages.findIndex((s) => s.key === anchor);
      if (side === 'alongside') {
        stages.splice(index + 1, 0, stage);
      } else if (side === 'before') {
        const leadsOn = targetsOf(stage).length > 0 ? stage : { ...stage, advance: anchor };
        stages = stages.map((s) => retarget(s, anchor, stage.key, false));
        stages.splice(index, 0, leadsOn);
      } else {
        const anchorStage = stages[index]!;
        const onward = forwardTargets(anchorStage);
        if (targetsOf(stage).length === 0 && onward.length !== 1) {
          add(
            `plugin "${id}" inserts stage "${stage.key}" after "${anchor}", which moves on to ${onward.length} stages; give "${stage.key}" its own transitions`,
          );
          continue;
        }
        const leadsOn = targetsOf(stage).length > 0 ? stage : { ...stage, advance: onward[0]! };
        let rerouted = anchorStage;
        for (const target of onward) rerouted = retarget(rerouted, target, stage.key, true);
        stages[index] = rerouted;
        stages.splice(index + 1, 0, leadsOn);
      }
    }
    for (const [key, field] of Object.entries(plugin.fields ?? {})) {
      if (fields[key]) add(`plugin "${id}" adds field "${key}", which the regulation already has`);
      else fields[key] = field;
    }
    for (const t of plugin.templates ?? []) {
      if (templates.some((x) => x.id === t.id))
        add(`plugin "${id}" adds template "${t.id}", which the regulation already has`);
      else templates.push(t);
    }
    for (const [kind, list] of Object.entries(plugin.rules ?? {}) as Array<
      [keyof typeof rules, NonNullable<typeof rules.assignment>]
    >) {
      rules[kind] = [...(rules[kind] ?? []), ...list.map((r) => ({ ...r, name: `${id}:${r.name ?? kind}` }))];
    }
  }
  const { plugins: _plugins, ...rest } = base as RegulationSource & { plugins?: unknown };
  return { source: { ...rest, stages, fields, templates, rules }, issues };
}
