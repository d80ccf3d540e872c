/**
 * The regulation as written (YAML or JSON), before normalisation: shorthand
 * transitions, optional lists and defaults not yet filled in.
 *
 * @module
 */
import type { FieldDefinition, FinalOutcome, Regulation } from './types.js';

export interface TaskSource {
  key: string;
  title: string;
  due?: string;
  required?: boolean;
}

export interface StageSource {
  key: string;
  title: string;
  final?: FinalOutcome;
  requiredFields?: string[];
  advance?: string;
  tasks?: TaskSource[];
  on?: Record<string, string | { to: string; enforce?: boolean }>;
}

export interface RegulationSource {
  id: string;
  title: string;
  defaultOwner?: string;
  fields?: Record<string, Omit<FieldDefinition, 'title'> & { title?: string }>;
  stages: StageSource[];
}

export const DEFAULT_OWNER = 'queue:unassigned';

/** Fills defaults and expands shorthands; the input must already be valid. */
export function normalize(source: RegulationSource): Regulation {
  return {
    id: source.id,
    title: source.title,
    defaultOwner: source.defaultOwner ?? DEFAULT_OWNER,
    fields: Object.fromEntries(
      Object.entries(source.fields ?? {}).map(([k, f]) => [k, { ...f, title: f.title ?? k }]),
    ),
    stages: source.stages.map((s) => ({
      key: s.key,
      title: s.title,
      ...(s.final ? { final: s.final } : {}),
      ...(s.advance ? { advance: s.advance } : {}),
      requiredFields: s.requiredFields ?? [],
      tasks: (s.tasks ?? []).map((t) => ({
        key: t.key,
        title: t.title,
        ...(t.due ? { due: t.due } : {}),
        required: t.required ?? true,
      })),
      on: Object.fromEntries(
        Object.entries(s.on ?? {}).map(([event, t]) => [
          event,
          typeof t === 'string' ? { to: t, enforce: true } : { to: t.to, enforce: t.enforce ?? true },
        ]),
      ),
    })),
  };
}
