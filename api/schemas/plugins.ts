/**
 * Plugins: what is loaded (and what failed to load), and plugin intakes
 * (`POST /intake/:type` answers `pluginIntakeResultSchema` of `events.ts`).
 *
 * @module
 */
import { component } from '../openapi.js';
import { stringList } from './common.js';

export const pluginSchema = component('Plugin', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'version', 'reglament', 'stages', 'activities', 'intake', 'facts', 'analytics'],
  properties: {
    id: { type: 'string' },
    version: { type: 'string' },
    reglament: { type: 'string', description: 'the plugin API range it works with, e.g. ^1.0.0' },
    description: { type: 'string' },
    stages: { ...stringList, description: 'keys of the stages it contributes' },
    activities: stringList,
    intake: { ...stringList, description: 'event types it takes at POST /intake/{type}' },
    facts: stringList,
    analytics: { ...stringList, description: 'funnel dimensions it contributes' },
  },
} as const);

/** `GET /plugins` */
export const pluginListSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['plugins', 'failures'],
  properties: {
    plugins: { type: 'array', items: pluginSchema },
    failures: {
      type: 'object',
      description: 'plugins that failed to load (and are disabled), by id: why',
      additionalProperties: { type: 'string' },
    },
  },
} as const;

/** `POST /intake/:type` body: whatever the plugin's schema takes (it validates it). */
export const pluginIntakeRawBody = {
  'application/json': { schema: { type: 'object', description: "validated by the plugin's own schema" } },
} as const;
