/**
 * Bulk jobs (a migration of running deals, a deactivation's reassignments):
 * what starting one answers, and the job with its progress and report.
 *
 * @module
 */
import { component } from '../openapi.js';
import { dateTime, nullableDateTime, nullableString, openObject } from './common.js';
import { deactivationSchema } from './managers.js';
import { migrationReportSchema } from './migrations.js';

/** `POST /regulations/:id/migrations`, `POST /managers/:id/deactivate`: the job is started, nothing waited for. */
export const jobStartedSchema = component('JobStarted', {
  type: 'object',
  additionalProperties: false,
  required: ['jobId', 'status', 'total'],
  properties: {
    jobId: { type: 'string', description: 'follow it with GET /jobs/{id}' },
    status: { const: 'running' },
    total: { type: 'integer', minimum: 0, description: 'deals the job is to act on, as counted when it started' },
  },
} as const);

/** `GET /jobs/:id`: progress, and the report once the job has ended. */
export const jobSchema = component('Job', {
  type: 'object',
  additionalProperties: false,
  required: [
    'id',
    'kind',
    'subject',
    'requestedBy',
    'params',
    'status',
    'total',
    'done',
    'failed',
    'createdAt',
    'finishedAt',
    'error',
    'report',
  ],
  properties: {
    id: { type: 'string' },
    kind: { enum: ['migration', 'deactivation'] },
    subject: { type: 'string', description: 'regulation:<id> or user:<id>' },
    requestedBy: { type: 'string' },
    params: { ...openObject, description: 'the request: a migration’s versions and stage map, or the person' },
    status: {
      enum: ['running', 'done', 'failed'],
      description: 'running until the report is stored (done), or the job could not go on (failed, with error)',
    },
    total: { type: 'integer', minimum: 0, description: 'deals to act on' },
    done: { type: 'integer', minimum: 0, description: 'deals migrated, or reassigned' },
    failed: { type: 'integer', minimum: 0, description: 'deals that could not be acted on (listed in the report)' },
    createdAt: dateTime,
    finishedAt: nullableDateTime,
    error: { ...nullableString, description: 'why a failed job could not go on' },
    report: {
      description: 'null while running; a MigrationReport for a migration, a Deactivation for a deactivation',
      anyOf: [migrationReportSchema, deactivationSchema, { type: 'null' }],
    },
  },
} as const);
