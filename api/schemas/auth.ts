/**
 * Signing in to the web workspace: login, invitations, the signed-in person
 * and their language.
 *
 * @module
 */
import { component } from '../openapi.js';
import { managerRole } from './managers.js';
import { dateTime, nullableString } from './common.js';

/** Who is signed in, with their language and time zone (the page formats dates with them). */
export const meSchema = component('Me', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'role', 'department', 'timezone', 'locale'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    role: managerRole,
    department: nullableString,
    timezone: { type: 'string', description: 'IANA time zone, e.g. Europe/Moscow' },
    locale: { enum: ['ru', 'en'] },
  },
} as const);

/** `POST /auth/login` */
export const loginRequestSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['login', 'password'],
  properties: {
    login: { type: 'string', minLength: 1, maxLength: 200, description: 'the user id or e-mail' },
    password: { type: 'string', minLength: 1, maxLength: 1024 },
  },
} as const;

/** `POST /auth/login`: the session cookie is set; the CSRF token goes with every change. */
export const signedInSchema = component('SignedIn', {
  type: 'object',
  additionalProperties: false,
  required: ['user', 'csrfToken', 'expiresAt'],
  properties: {
    user: meSchema,
    csrfToken: { type: 'string', description: 'send it as `X-CSRF-Token` with every change made with the cookie' },
    expiresAt: dateTime,
  },
} as const);

/** `POST /auth/accept` */
export const acceptRequestSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['token', 'password'],
  properties: {
    token: { type: 'string', minLength: 1, maxLength: 200 },
    password: { type: 'string', minLength: 8, maxLength: 1024 },
  },
} as const;

export const acceptedSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['userId'],
  properties: { userId: { type: 'string' } },
} as const;

/** `POST /managers/:id/invitation` */
export const invitationSchema = component('Invitation', {
  type: 'object',
  additionalProperties: false,
  required: ['userId', 'token', 'url', 'expiresAt'],
  properties: {
    userId: { type: 'string' },
    token: { type: 'string', description: 'one-time; only its hash is stored' },
    url: { type: 'string', description: 'the workspace page that sets the password with this token' },
    expiresAt: dateTime,
  },
} as const);

/** `PUT /me/preferences` */
export const preferencesRequestSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['locale'],
  properties: { locale: { enum: ['ru', 'en'] } },
} as const;
