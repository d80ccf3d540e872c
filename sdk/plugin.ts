/**
 * `reglament/plugin`: everything a plugin needs, and nothing else of
 * Reglament. A plugin is a module whose default export is the value of
 * `definePlugin(...)`; the host composes it into every regulation that names
 * it (`plugins: [my_plugin]`).
 *
 * What is public here follows semver as {@link PLUGIN_API_VERSION}: a plugin
 * states the range it was written for in `manifest.reglament`, and the host
 * refuses it with a clear message when this build is outside that range.
 *
 * @example
 * import { definePlugin } from 'reglament/plugin';
 *
 * export default definePlugin({
 *   manifest: { id: 'tiles', version: '0.1.0', reglament: '^1.0.0' },
 *   stages: [{ before: 'proposal', stage: { key: 'sample', title: 'Show samples', tasks: [] } }],
 * });
 *
 * @module
 */

export type {
  AnalyticsDimension,
  AutomationContext,
  IntakeHandler,
  PluginActivity,
  PluginManifest,
  ReglamentPlugin,
  StageInsertion,
} from '../plugins/plugin.type.js';
export type {
  CallAnswered,
  CallDirection,
  CallEvent,
  CallEvents,
  CallFinished,
  CallOutcome,
  CallRecorded,
  CallStarted,
  OriginateRequest,
} from '../domain/call.js';
export type { PbxAdapter, PbxSettings, PbxWebhook } from '../domain/pbx.js';
export type { RegulationSource, StageSource, TaskSource } from '../regulation/source.js';
export type {
  EscalationStep,
  FieldDefinition,
  Responsibility,
  RuleDefinition,
  TemplateDefinition,
} from '../regulation/types.js';
export type { DecisionKind, FactProvider, OperatorFn } from '../rules/registry.js';
export { PLUGIN_API_VERSION } from '../plugins/api-version.js';
export { renderTemplate } from '../rules/templates.js';

export { definePlugin } from '../plugins/sdk.js';
