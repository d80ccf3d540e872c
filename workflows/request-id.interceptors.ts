/**
 * Workflow interceptors (bundled with the workflow code through
 * `workflowInterceptorModules`) that carry a request id from the start,
 * update or signal that brought it to the activities that work runs, and
 * into the workflow's own log lines.
 *
 * Each handler runs inside an AsyncLocalStorage context holding the id from
 * its headers, so a deal serving two updates at once still tags each write
 * with its own request: the write queue chains promises, and a promise
 * continuation keeps the context it was queued in. A reminder that fires
 * later carries the id of the request that scheduled it (its cause); a run
 * continued as new starts without one.
 *
 * Deterministic: the id comes only from history (headers), and headers on
 * activity commands are not part of replay's command matching.
 *
 * @module
 */
import { defaultPayloadConverter, type Headers } from '@temporalio/common';
import { AsyncLocalStorage, type WorkflowInterceptors } from '@temporalio/workflow';
import { REQUEST_ID_HEADER } from './request-id.js';

function requestIdOf(headers: Headers): string | undefined {
  const payload = headers[REQUEST_ID_HEADER];
  if (!payload) return undefined;
  const value: unknown = defaultPayloadConverter.fromPayload(payload);
  return typeof value === 'string' ? value : undefined;
}

export function interceptors(): WorkflowInterceptors {
  // One store per workflow execution: nothing is shared between workflows in a reused V8 context.
  const current = new AsyncLocalStorage<string>();
  const within = <T>(headers: Headers, work: () => T): T => {
    const id = requestIdOf(headers);
    return id ? current.run(id, work) : work();
  };
  const carried = <I extends { readonly headers: Headers }>(input: I): I => {
    const id = current.getStore();
    if (!id || input.headers[REQUEST_ID_HEADER]) return input;
    return { ...input, headers: { ...input.headers, [REQUEST_ID_HEADER]: defaultPayloadConverter.toPayload(id) } };
  };
  return {
    inbound: [
      {
        execute: (input, next) => within(input.headers, () => next(input)),
        handleUpdate: (input, next) => within(input.headers, () => next(input)),
        handleSignal: (input, next) => within(input.headers, () => next(input)),
      },
    ],
    outbound: [
      {
        scheduleActivity: (input, next) => next(carried(input)),
        scheduleLocalActivity: (input, next) => next(carried(input)),
        getLogAttributes: (input, next) => {
          const id = current.getStore();
          return next(id ? { ...input, requestId: id } : input);
        },
      },
    ],
  };
}
