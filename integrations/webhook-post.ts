/**
 * One webhook delivery over HTTP(S), guarded against server-side request
 * forgery: the host's addresses are checked as the socket connects (see
 * `guardedLookup`), an IP host before connecting, and redirects are never
 * followed (a 3xx is a failed delivery) so a receiver cannot bounce the post
 * to an address the check would refuse. Node's `http` is used rather than
 * `fetch`, whose connection lookup cannot be replaced without undici's Agent.
 *
 * @example
 * const { status, error } = await postWebhook(url, { headers, body, policy: webhookPolicy() });
 *
 * @module
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { guardedLookup, refusal, WebhookRefusedError, type WebhookPolicy } from './webhook-target.js';

export interface WebhookAnswer {
  /** The receiver's HTTP status, null when none came. */
  status: number | null;
  /** Why the delivery failed, null when it succeeded (2xx). */
  error: string | null;
}

export async function postWebhook(
  url: string,
  options: { headers: Record<string, string>; body: string; policy: WebhookPolicy; timeoutMs?: number },
): Promise<WebhookAnswer> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return { status: null, error: `refused: ${url} is not a URL` };
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:')
    return { status: null, error: `refused: ${target.protocol} is not http or https` };
  const host = target.hostname.replace(/^\[|\]$/g, '');
  // An IP host is connected to without a lookup: judge it here.
  const literal = isIP(host) ? refusal(host, host, options.policy) : undefined;
  if (literal) return { status: null, error: `refused: ${literal}` };
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  try {
    const res = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = send(target, {
        method: 'POST',
        headers: { ...options.headers, 'content-length': String(Buffer.byteLength(options.body)) },
        lookup: guardedLookup(options.policy),
        // A fresh connection each time: a kept-alive socket would skip the lookup, and so the check.
        agent: false,
        signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
      });
      req.once('response', resolve);
      req.once('error', reject);
      req.end(options.body);
    });
    // The answer's body is not read: drain it so the socket closes.
    res.resume();
    const status = res.statusCode ?? null;
    if (status !== null && status >= 300 && status < 400)
      return {
        status,
        error: `HTTP ${status}: webhooks do not follow redirects${res.headers.location ? ` (to ${res.headers.location})` : ''}`,
      };
    return { status, error: status !== null && status >= 200 && status < 300 ? null : `HTTP ${status}` };
  } catch (e) {
    if (e instanceof WebhookRefusedError) return { status: null, error: `refused: ${e.message}` };
    return { status: null, error: e instanceof Error ? e.message || e.name : String(e) };
  }
}
