/**
 * The Node side of request-id propagation (the workflow side is
 * `workflows/request-id.interceptors.ts`): a Temporal client interceptor
 * that puts the id of the request being served into the headers of every
 * workflow start, update and signal, and activity interceptors that read it
 * back, so an activity's log lines (and anything it logs or calls through a
 * client inside) carry `requestId`.
 *
 * @example
 * const client = new Client({ connection, interceptors: requestIdClientInterceptors() });
 * await Worker.create({ ..., interceptors: requestIdWorkerInterceptors() });
 *
 * @module
 */
import type { ClientInterceptors, WorkflowClientInterceptor } from '@temporalio/client';
import { defaultPayloadConverter, type Headers } from '@temporalio/common';
import type { ActivityInterceptorsFactory, WorkerInterceptors } from '@temporalio/worker';
import { currentRequestId, withRequestId } from '../app/request-context.js';
import { REQUEST_ID_HEADER } from '../workflows/request-id.js';

function requestIdOf(headers: Headers): string | undefined {
  const payload = headers[REQUEST_ID_HEADER];
  if (!payload) return undefined;
  const value: unknown = defaultPayloadConverter.fromPayload(payload);
  return typeof value === 'string' ? value : undefined;
}

/** `headers` plus the current request's id, when there is one and they do not carry one already. */
function withCurrentId(headers: Headers): Headers {
  const id = currentRequestId();
  if (!id || headers[REQUEST_ID_HEADER]) return headers;
  return { ...headers, [REQUEST_ID_HEADER]: defaultPayloadConverter.toPayload(id) };
}

const workflowCalls: WorkflowClientInterceptor = {
  startWithDetails: (input, next) => next({ ...input, headers: withCurrentId(input.headers) }),
  startUpdate: (input, next) => next({ ...input, headers: withCurrentId(input.headers) }),
  startUpdateWithStart: (input, next) =>
    next({
      ...input,
      workflowStartHeaders: withCurrentId(input.workflowStartHeaders),
      updateHeaders: withCurrentId(input.updateHeaders),
    }),
  signal: (input, next) => next({ ...input, headers: withCurrentId(input.headers) }),
  signalWithStart: (input, next) => next({ ...input, headers: withCurrentId(input.headers) }),
};

/** For `new Client({ interceptors })`: starts, updates and signals carry the request id. */
export function requestIdClientInterceptors(): ClientInterceptors {
  return { workflow: [workflowCalls] };
}

/**
 * Per activity execution: the id from its headers is the request context
 * while it runs, and an attribute of every line it logs through Temporal's
 * `log` (the SDK's own lines about it too, once execution has begun).
 */
const activityInterceptors: ActivityInterceptorsFactory = () => {
  let requestId: string | undefined;
  return {
    inbound: {
      execute: (input, next) => {
        requestId = requestIdOf(input.headers);
        return requestId ? withRequestId(requestId, () => next(input)) : next(input);
      },
    },
    outbound: {
      getLogAttributes: (attributes, next) => next(requestId ? { ...attributes, requestId } : attributes),
    },
  };
};

/** For `Worker.create({ interceptors })`; the workflow half goes into the bundle (`bundleWorkflows`). */
export function requestIdWorkerInterceptors(): WorkerInterceptors {
  return { activity: [activityInterceptors] };
}
