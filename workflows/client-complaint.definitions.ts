/**
 * Messages of a client complaint's watch (`client-complaint.workflow.ts`),
 * shared by the workflow and the use cases that start and wake it.
 *
 * @module
 */
import { defineSignal } from '@temporalio/workflow';

/** The complaint was resolved: read it again now (which ends the watch and its pending escalation). */
export const complaintChangedSignal = defineSignal('complaintChanged');

export const complaintWorkflowId = (complaintId: string) => `client-complaint:${complaintId}`;
