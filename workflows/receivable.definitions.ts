/**
 * Messages of an instalment's watch (`receivable.workflow.ts`), shared by the
 * workflow and the use cases that start and wake it.
 *
 * @module
 */
import { defineSignal } from '@temporalio/workflow';

/** A settlement marked the instalment paid, or its terms changed: read it again now. */
export const receivableChangedSignal = defineSignal('receivableChanged');

export interface ReceivableWorkflowInput {
  dealId: string;
  invoiceNumber: string;
}

/** One watch per instalment: its id is what makes setting the terms again start no second one. */
export const receivableWorkflowId = (dealId: string, invoiceNumber: string) => `receivable:${dealId}:${invoiceNumber}`;
