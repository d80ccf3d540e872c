/**
 * Response (and request) schemas of every route, one module per resource.
 *
 * @module
 */
export * from './analytics.js';
export * from './common.js';
export * from './companies.js';
export * from './deals.js';
export * from './day.js';
export * from './events.js';
export * from './health.js';
export * from './jobs.js';
export * from './keys.js';
export * from './managers.js';
export * from './migrations.js';
export * from './notifications.js';
export * from './plugins.js';
export * from './regulations.js';
export * from './regulation-drafts.js';
export * from './tasks.js';
export * from './webhooks.js';
export * from './requests.js';
export * from './participation.js';
export * from './messages.js';
export * from './people.js';
export * from './client-base.js';
