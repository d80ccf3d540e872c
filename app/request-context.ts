/**
 * The request a piece of work is done for. The HTTP API opens a context per
 * request; everything awaited inside it (use cases, Temporal client calls,
 * log lines) can ask which request it serves, without the id being passed
 * through every signature. Activities open one too, from the id the workflow
 * carried in their headers, so a deal's writes log the request that caused
 * them.
 *
 * @example
 * await withRequestId('abc-123', () => startDeal(ctx, input));
 * currentRequestId(); // 'abc-123' inside, undefined outside
 *
 * @module
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const storage = new AsyncLocalStorage<{ requestId: string }>();

/** Runs `work` (and all it awaits) as done for request `requestId`. */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId }, work);
}

/** The id of the request the caller's work serves, if any. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/**
 * A pino `mixin`: every line logged inside a request carries its id, even
 * from code that was handed the process's logger rather than a child.
 */
export function requestIdMixin(): { requestId?: string } {
  const requestId = currentRequestId();
  return requestId ? { requestId } : {};
}
