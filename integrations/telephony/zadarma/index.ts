/**
 * Zadarma's PBX webhooks, from its public API documentation «Уведомления о
 * звонках в АТС» (https://zadarma.com/ru/support/api/#api_webhooks): the PBX
 * POSTs form fields with an `event`: `NOTIFY_START` (an incoming call
 * begins), `NOTIFY_INTERNAL` (an extension rings), `NOTIFY_ANSWER`,
 * `NOTIFY_END` (with `duration`, `disposition`, `is_recorded`),
 * `NOTIFY_OUT_START` / `NOTIFY_OUT_END` (outgoing) and `NOTIFY_RECORD` (a
 * recording is ready), all carrying the PBX's `pbx_call_id`. A new webhook
 * URL is checked with a GET carrying `zd_echo`, which must be echoed. The
 * originate API is `GET /v1/request/callback/?from=<extension>&to=<number>`,
 * signed with the account's key and secret.
 *
 * @module
 */
import { createHash, createHmac } from 'node:crypto';
import type { CallEvents, CallOutcome } from '../../../domain/call.js';
import type { PbxAdapter, PbxWebhook } from '../../../domain/pbx.js';

/** `disposition` of a finished call: `answered`, `busy`, or why nobody answered (`cancel`, `no answer`, `failed`…). */
const outcome = (disposition: string | undefined): CallOutcome =>
  disposition === 'answered' ? 'answered' : disposition === 'busy' ? 'busy' : 'missed';

const duration = (d: string | undefined) => {
  const n = Number(d);
  return Number.isInteger(n) && n >= 0 ? n : 0;
};

/** Zadarma's own time (`call_start`) has no zone: the time of receipt is used (docs/guides/telephony.md). */
export function parseZadarma(f: Record<string, string>): CallEvents {
  const callId = f.pbx_call_id;
  if (!callId) return [];
  const ext = f.internal ? { extension: f.internal } : {};
  switch (f.event) {
    case 'NOTIFY_START':
      return [{ type: 'call.started', callId, direction: 'in', from: f.caller_id ?? '', to: f.called_did ?? '' }];
    case 'NOTIFY_INTERNAL':
      return [
        { type: 'call.started', callId, direction: 'in', from: f.caller_id ?? '', to: f.called_did ?? '', ...ext },
      ];
    case 'NOTIFY_ANSWER':
      return [{ type: 'call.answered', callId, ...ext }];
    case 'NOTIFY_END':
      return [
        {
          type: 'call.finished',
          callId,
          status: outcome(f.disposition),
          durationSec: duration(f.duration),
          direction: 'in',
          from: f.caller_id ?? '',
          to: f.called_did ?? '',
          ...ext,
        },
      ];
    case 'NOTIFY_OUT_START':
      return [
        { type: 'call.started', callId, direction: 'out', from: f.internal ?? '', to: f.destination ?? '', ...ext },
      ];
    case 'NOTIFY_OUT_END':
      return [
        {
          type: 'call.finished',
          callId,
          status: outcome(f.disposition),
          durationSec: duration(f.duration),
          direction: 'out',
          from: f.internal ?? '',
          to: f.destination ?? '',
          ...ext,
        },
      ];
    case 'NOTIFY_RECORD':
      // The file is fetched through the API (`/v1/pbx/record/request/?call_id=…`): this names it.
      return f.call_id_with_rec
        ? [{ type: 'call.recorded', callId, recordingUrl: `zadarma:record/${f.call_id_with_rec}` }]
        : [];
    default:
      return [];
  }
}

/** Zadarma's request signature: base64 of the hex HMAC-SHA1 of method, sorted query and the query's MD5. */
export function zadarmaSignature(method: string, params: Record<string, string>, secret: string): string {
  const query = new URLSearchParams(Object.entries(params).sort(([a], [b]) => (a < b ? -1 : 1))).toString();
  const md5 = createHash('md5').update(query).digest('hex');
  const hex = createHmac('sha1', secret)
    .update(method + query + md5)
    .digest('hex');
  return Buffer.from(hex).toString('base64');
}

export const zadarma: PbxAdapter = {
  name: 'zadarma',
  documentation: 'https://zadarma.com/ru/support/api/#api_webhooks',
  parse: (webhook: PbxWebhook) => parseZadarma(webhook.fields),
  reply: (webhook) => webhook.query.zd_echo,
  originate(settings, extension, to) {
    const method = '/v1/request/callback/';
    const params = { from: extension, to: to.replace(/^\+/, '') };
    const query = new URLSearchParams(Object.entries(params).sort(([a], [b]) => (a < b ? -1 : 1))).toString();
    return {
      url: `${settings.baseUrl ?? 'https://api.zadarma.com'}${method}?${query}`,
      method: 'GET',
      headers: { authorization: `${settings.key}:${zadarmaSignature(method, params, settings.secret)}` },
    };
  },
};
