/**
 * A body larger than the limit is refused before it is read whole, whatever
 * the route, without making every request pay for a web stream.
 *
 * Hono's `bodyLimit` reads `c.req.raw.body` first: on @hono/node-server that
 * builds a full `Request` (a `ReadableStream` and an `AbortController`) for
 * every request, GETs included, and loses the server's fast path that reads a
 * JSON body straight from the socket. Here a request that states its
 * `Content-Length` is judged by that header alone (Node's HTTP parser ends a
 * body at its stated length, so it cannot bring more), a read without a
 * length has no body to limit, and only a change whose size is not stated
 * (chunked, or a `Request` made in process) is counted as it streams, by
 * Hono's own middleware.
 *
 * @module
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function limitBody(maxBytes: number, onError: (c: Context) => Response): MiddlewareHandler {
  const counted = bodyLimit({ maxSize: maxBytes, onError });
  return async (c, next) => {
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined)
      return Number(length) > maxBytes ? onError(c) : next();
    if (length === undefined && READS.has(c.req.method)) return next();
    return counted(c, next);
  };
}
