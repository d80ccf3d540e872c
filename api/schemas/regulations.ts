/**
 * Regulations: the list, one version, the versions, a diff between two, a dry
 * run, the diagram, and publishing. Plus the request schemas the routes still
 * declare inline (simulation body, queries).
 *
 * @module
 */
import { regulationSchema } from '../../regulation/schema.js';
import { component } from '../openapi.js';
import { anyValue, dateTime, listOf, nullableString, positiveIntegerString, stringList } from './common.js';
import { dealStatus, timelineEntrySchema } from './deals.js';

/** The regulation file as a director writes it (YAML or JSON): the body of `PUT /regulations/:id`. */
export const regulationSourceSchema = component('RegulationSource', regulationSchema);

/** `GET /regulations` */
export const regulationSummarySchema = component('RegulationSummary', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'version', 'publishedAt', 'publishedBy'],
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    version: { type: 'integer', minimum: 1, description: 'the newest version' },
    publishedAt: dateTime,
    publishedBy: { type: 'string', description: 'who published the newest version' },
  },
} as const);
export const regulationListSchema = listOf('regulations', regulationSummarySchema);

/** A regulation after validation and normalisation, as stored and as a deal pins it. */
export const storedRegulationSchema = component('Regulation', {
  type: 'object',
  additionalProperties: true,
  required: ['id', 'title', 'stages'],
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    defaultOwner: { type: 'string' },
    fields: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['title', 'type'],
        properties: {
          title: { type: 'string' },
          type: { enum: ['string', 'number', 'integer', 'boolean'] },
          enum: { type: 'array', items: { type: ['string', 'number'] } },
          summary: { type: 'boolean', description: 'shown on the deal’s card on the pipeline board' },
        },
      },
    },
    stages: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: true,
        required: ['key', 'title', 'tasks', 'on'],
        properties: {
          key: { type: 'string' },
          title: { type: 'string' },
          tasks: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: true,
              required: ['key', 'title', 'required'],
              properties: {
                key: { type: 'string' },
                title: { type: 'string' },
                due: { type: 'string' },
                dueFrom: { type: 'string' },
                dueOffset: { type: 'string' },
                required: { type: 'boolean' },
              },
            },
          },
          requiredFields: stringList,
          on: {
            type: 'object',
            additionalProperties: {
              type: 'object',
              required: ['to'],
              properties: { to: { type: 'string' }, enforce: { type: 'boolean' }, title: { type: 'string' } },
            },
          },
          advance: { type: 'string' },
          final: { enum: ['won', 'lost'] },
          sla: { type: 'string' },
          onEnter: { type: 'array', items: { type: 'object' } },
        },
      },
    },
    calendar: { type: 'object' },
    escalation: { type: 'object' },
    assignment: { type: 'object' },
    rules: { type: 'object' },
    templates: { type: 'array', items: { type: 'object' } },
    plugins: { ...stringList, description: 'plugins composed in, as id@version' },
  },
} as const);

/** `GET /regulations/:id`: one version (the newest unless `?version=N`). */
export const regulationVersionSchema = component('RegulationVersion', {
  type: 'object',
  additionalProperties: false,
  required: ['regulation', 'version', 'hash'],
  properties: {
    regulation: storedRegulationSchema,
    version: { type: 'integer', minimum: 1 },
    hash: { type: 'string', description: 'content hash of the normalised regulation' },
  },
} as const);

/** `PUT /regulations/:id`: 201 with a new version, 200 when the newest version already has this content. */
export const publishedVersionSchema = component('PublishedVersion', {
  type: 'object',
  additionalProperties: false,
  required: ['regulation', 'version', 'hash', 'created', 'publishedAt', 'publishedBy'],
  properties: {
    regulation: storedRegulationSchema,
    version: { type: 'integer', minimum: 1 },
    hash: { type: 'string' },
    created: { type: 'boolean', description: 'false: the content was already the newest version' },
    publishedAt: dateTime,
    publishedBy: { type: 'string' },
  },
} as const);

/** `GET /regulations/:id/versions` */
export const regulationVersionsSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'versions'],
  properties: {
    id: { type: 'string' },
    versions: {
      type: 'array',
      items: component('RegulationVersionInfo', {
        type: 'object',
        additionalProperties: false,
        required: ['version', 'hash', 'title', 'publishedAt', 'publishedBy', 'comment'],
        properties: {
          version: { type: 'integer', minimum: 1 },
          hash: { type: 'string' },
          title: { type: 'string' },
          publishedAt: dateTime,
          publishedBy: { type: 'string' },
          comment: nullableString,
        },
      } as const),
    },
  },
} as const;

/** One difference between two versions (`Change` of regulation/diff.ts). */
export const regulationChangeSchema = component('RegulationChange', {
  type: 'object',
  additionalProperties: false,
  required: ['change', 'what'],
  properties: {
    change: { enum: ['added', 'removed', 'changed'] },
    what: { type: 'string', description: 'where, e.g. `stage proposal › task send_proposal › due`' },
    before: anyValue,
    after: anyValue,
  },
} as const);

/** `GET /regulations/:id/diff` */
export const regulationDiffSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'from', 'to', 'changes', 'text'],
  properties: {
    id: { type: 'string' },
    from: { type: 'integer', minimum: 1 },
    to: { type: 'integer', minimum: 1 },
    changes: { type: 'array', items: regulationChangeSchema },
    text: { ...stringList, description: 'each change in words' },
  },
} as const;

/** `POST /regulations/:id/simulate`: the dry run's timeline and where the deal ends. */
export const simulationSchema = component('Simulation', {
  type: 'object',
  additionalProperties: false,
  required: ['timeline', 'outcome'],
  properties: {
    timeline: { type: 'array', items: timelineEntrySchema },
    outcome: {
      type: 'object',
      additionalProperties: false,
      required: ['stage', 'status', 'owner', 'at'],
      properties: { stage: { type: 'string' }, status: dealStatus, owner: nullableString, at: dateTime },
    },
  },
} as const);

const scenarioStep = {
  type: 'object',
  properties: {
    after: { type: 'string', description: 'ISO 8601 duration after the previous step' },
    complete: { type: 'string', description: 'a task key to complete' },
    event: { type: 'string', description: 'an event to send' },
    wait: { const: true },
    outcome: { type: 'string' },
    fields: { type: 'object' },
  },
} as const;

/** `POST /regulations/:id/simulate` body. */
export const simulateRequestSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['scenario'],
  properties: {
    version: { type: 'integer', minimum: 1, description: 'default: the newest version' },
    source: {
      type: 'string',
      maxLength: 512 * 1024,
      description: 'a draft (YAML) to run instead of a published version: the studio tries before publishing',
    },
    scenario: {
      type: 'object',
      required: ['start', 'deal', 'steps'],
      properties: {
        regulation: { type: 'string' },
        start: { type: 'string', description: 'when the lead arrives, ISO 8601 with offset' },
        until: { type: 'string' },
        managers: {
          type: 'array',
          items: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
        },
        deal: { type: 'object', required: ['client'], properties: { client: { type: 'object' } } },
        steps: { type: 'array', items: scenarioStep },
      },
    },
  },
} as const;

/** `GET /regulations/:id` query. */
export const regulationVersionQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: { version: { ...positiveIntegerString, description: 'default: the newest version' } },
} as const;

/** `GET /regulations/:id/diff` query. */
export const regulationDiffQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    from: { ...positiveIntegerString, description: 'default: the version before `to`' },
    to: { ...positiveIntegerString, description: 'default: the newest version' },
  },
} as const;

/** `GET /regulations/:id/graph` query. */
export const regulationGraphQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    version: { ...positiveIntegerString, description: 'default: the newest version' },
    format: { enum: ['mermaid', 'dot', 'svg'], description: 'default: mermaid' },
  },
} as const;

/** `PUT /regulations/:id` query (the comment may come as the X-Change-Comment header instead). */
export const publishQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: { comment: { type: 'string', description: 'why this version, in the director’s words' } },
} as const;

/** `GET /regulations/:id/graph` responses by content type. */
export const regulationGraphContent = {
  'text/plain': { schema: { type: 'string', description: 'Mermaid (format=mermaid) or Graphviz DOT (format=dot)' } },
  'image/svg+xml': { schema: { type: 'string', description: 'format=svg' } },
} as const;

/** `PUT /regulations/:id` request bodies by content type (the handler parses and validates them). */
export const publishRawBody = {
  'application/yaml': { schema: regulationSourceSchema },
  'application/json': { schema: regulationSourceSchema },
} as const;
