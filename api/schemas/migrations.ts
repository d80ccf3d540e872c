/**
 * Migrating running deals between regulation versions: the request, the dry
 * run's plan, the report of an applied migration, one deal's move.
 *
 * @module
 */
import { component } from '../openapi.js';
import { dealFailures, stringList } from './common.js';

/** `POST /regulations/:id/migrations[/plan]` body. */
export const migrationRequestSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['from', 'to', 'stageMap'],
  properties: {
    from: { type: 'integer', minimum: 1 },
    to: { type: 'integer', minimum: 1 },
    stageMap: {
      type: 'object',
      description: 'old stage → new stage',
      additionalProperties: { type: 'string', minLength: 1 },
    },
  },
} as const;

/** `POST /regulations/:id/migrations/deals/:dealId` body: one deal, optionally within a migration. */
export const dealMigrationRequestSchema = {
  ...migrationRequestSchema,
  properties: { ...migrationRequestSchema.properties, migrationId: { type: 'string' } },
} as const;

const planProperties = {
  regulationId: { type: 'string' },
  from: { type: 'integer', minimum: 1 },
  to: { type: 'integer', minimum: 1 },
  moves: {
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['dealId', 'owner', 'fromStage', 'toStage', 'cancelTasks', 'createTasks'],
      properties: {
        dealId: { type: 'string' },
        client: { type: 'string', description: 'the client’s name' },
        owner: { type: 'string' },
        fromStage: { type: 'string' },
        toStage: { type: 'string' },
        cancelTasks: { ...stringList, description: 'titles of the open tasks that would be cancelled' },
        createTasks: { ...stringList, description: 'titles of the tasks the new stage creates' },
      },
    },
  },
  unmapped: {
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['dealId', 'stage', 'reason'],
      properties: {
        dealId: { type: 'string' },
        client: { type: 'string', description: 'the client’s name' },
        stage: { type: 'string' },
        reason: { type: 'string' },
      },
    },
  },
} as const;
const planRequired = ['regulationId', 'from', 'to', 'moves', 'unmapped'] as const;

/** `POST /regulations/:id/migrations/plan`: the dry run, nothing written. */
export const migrationPlanSchema = component('MigrationPlan', {
  type: 'object',
  additionalProperties: false,
  required: planRequired,
  properties: planProperties,
} as const);

/** The report of a migration job (`GET /jobs/:id`): what moved, what failed, what was left (`unmapped`). */
export const migrationReportSchema = component('MigrationReport', {
  type: 'object',
  additionalProperties: false,
  required: ['migrationId', ...planRequired, 'migrated', 'failed'],
  properties: {
    migrationId: { type: 'string' },
    ...planProperties,
    migrated: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['dealId', 'stage'],
        properties: { dealId: { type: 'string' }, stage: { type: 'string' } },
      },
    },
    failed: dealFailures,
  },
} as const);
