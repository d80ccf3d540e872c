/**
 * Entry point of the workflow bundle: every workflow the worker runs.
 *
 * @module
 */
export { absenceWorkflow } from './absence.workflow.js';
export { bulkJobWorkflow } from './bulk.workflow.js';
export { clientComplaintWorkflow } from './client-complaint.workflow.js';
export { dealWorkflow } from './deal.workflow.js';
export { inboxWorkflow } from './inbox.workflow.js';
export { mailWorkflow } from './mail.workflow.js';
export { outboxWorkflow } from './outbox.workflow.js';
export { settlementImportWorkflow } from './import.workflow.js';
export { receivableWorkflow } from './receivable.workflow.js';
export { winModelWorkflow } from './win-model.workflow.js';
