/**
 * People (managers, heads, directors, admins): one, the list, and what a
 * deactivation did. The request body is `managerSchema` of the managers route.
 *
 * @module
 */
import { component } from '../openapi.js';
import { dealFailures, listOf, nullableString, stringList } from './common.js';

export const managerRole = { enum: ['manager', 'head', 'director', 'admin'] } as const;

/** A person as stored (`ManagerRow`). */
export const managerSchema = component('Manager', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'role', 'department', 'office', 'region', 'timezone', 'skills', 'active', 'email'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    role: managerRole,
    department: nullableString,
    office: nullableString,
    region: nullableString,
    timezone: { type: 'string', description: 'IANA time zone, e.g. Europe/Moscow' },
    skills: stringList,
    active: { type: 'boolean' },
    email: nullableString,
  },
} as const);

/** `GET /managers` */
export const managerListSchema = listOf('managers', managerSchema);

/** The report of a deactivation job (`GET /jobs/:id`): the person's open deals, handed to the rules deal by deal. */
export const deactivationSchema = component('Deactivation', {
  type: 'object',
  additionalProperties: false,
  required: ['manager', 'active', 'reassigned', 'failed'],
  properties: {
    manager: { type: 'string' },
    active: { const: false },
    reassigned: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['dealId', 'owner'],
        properties: { dealId: { type: 'string' }, owner: { type: 'string' } },
      },
    },
    failed: dealFailures,
  },
} as const);
