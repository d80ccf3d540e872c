/**
 * The one interface an industry plugin implements. A plugin is a TypeScript
 * module (a folder here or an npm package) whose default export is a
 * `ReglamentPlugin`, usually built with `definePlugin` from `./sdk.js`.
 *
 * @module
 */
// Type-only, as the architecture allows: the PBX adapter seam is the domain's vocabulary.
import type { PbxAdapter } from '../domain/pbx.js';
import type { RegulationSource, StageSource } from '../regulation/source.js';
import type { DecisionKind, FactProvider, OperatorFn } from '../rules/registry.js';

export interface PluginManifest {
  /** lower_snake_case, unique; regulations name plugins by it. */
  id: string;
  /** The plugin's own version, semver. */
  version: string;
  /** Range of the Reglament plugin API it works with, e.g. `^1.0.0`. */
  reglament: string;
  description?: string;
}

/**
 * Where a plugin puts a stage of its own:
 * - `before: S`: moves into S now enter the new stage, which leads on to S;
 * - `after: S`: S's forward moves now enter the new stage, which leads on where S went;
 * - `alongside: S`: a side stage listed after S, reached only through the plugin's own transitions.
 */
export type StageInsertion = ({ before: string } | { after: string } | { alongside: string }) & { stage: StageSource };

/** Context a plugin activity gets: the deal as the read model has it. */
export interface AutomationContext {
  deal: { id: string; stage: string; owner: string; client: Record<string, unknown>; fields: Record<string, unknown> };
  params: Record<string, unknown>;
}

/** A side effect run only as a Temporal activity, never in workflow code. Returns what to record. */
export type PluginActivity = (ctx: AutomationContext) => Promise<Record<string, unknown> | void>;

/** An analytics dimension: deals grouped by a dot path on the deal (`client.region`, `fields.budget`). */
export interface AnalyticsDimension {
  name: string;
  description: string;
  path: string;
}

/** An inbound integration event that starts a deal (a lead). */
export interface IntakeHandler {
  description: string;
  /** JSON Schema of the event payload. */
  schema: object;
  /** The deal to start; the regulation's assignment rules pick the owner unless one is named. */
  toDeal(payload: Record<string, unknown>): {
    regulationId: string;
    client: Record<string, unknown>;
    fields?: Record<string, unknown>;
  };
}

export interface ReglamentPlugin {
  manifest: PluginManifest;
  /** Stages the base regulation must have for this plugin to make sense. */
  requiresStages?: string[];
  /** Stages the plugin adds, each before, after or alongside a stage of the base regulation. */
  stages?: StageInsertion[];
  /** Deal fields the plugin adds (its stages may require them); a field the regulation already has is a conflict. */
  fields?: RegulationSource['fields'];
  /** Templates (e-mails, proposals, call scripts) added to the regulation's library. */
  templates?: RegulationSource['templates'];
  /** Rules by decision kind, appended to the regulation's; their names are prefixed with the plugin's id. */
  rules?: RegulationSource['rules'];
  /** Facts the rules may test; `provide` computes one from what is known about the deal, on the worker. */
  facts?: Array<{ name: string; description: string; kinds: DecisionKind[]; provide?: FactProvider }>;
  /** Operators the rules may use to compare a fact with a value. */
  operators?: Array<{ name: string; fn: OperatorFn }>;
  /** Side effects by action name; a stage runs one with `onEnter: [{ run: '<plugin id>.<action>' }]`. */
  activities?: Record<string, PluginActivity>;
  /** Ways to group deals in analytics. */
  analytics?: AnalyticsDimension[];
  /** Inbound event types (`POST /intake/<type>`) that start deals. */
  intake?: Record<string, IntakeHandler>;
  /** PBX adapters for vendors Reglament does not ship (`POST /telephony/pbx/<name>`, `REGLAMENT_PBX=<name>`); names are unique. */
  pbx?: PbxAdapter[];
}
