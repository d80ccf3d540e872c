/**
 * Mango Office's Virtual PBX (ВАТС) webhooks, from its public API
 * description «API Виртуальной АТС MANGO OFFICE» (https://www.mango-office.ru/support/integratsiya/api/api_vpbx/):
 * the PBX POSTs form fields `vpbx_api_key`, `sign` and `json` to the
 * integration's URL plus `/events/call` (each state of a call leg:
 * `Appeared`, `Connected`, `Disconnected`), `/events/summary` (one per call,
 * when it ended: direction, times, `entry_result`) and `/events/recording`.
 * A call is identified across transfers by its `entry_id`. The originate
 * command is `POST /vpbx/commands/callback` with the same signed form.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import type { CallDirection, CallEvent, CallEvents } from '../../../domain/call.js';
import type { PbxAdapter, PbxWebhook } from '../../../domain/pbx.js';

interface Party {
  extension?: string;
  number?: string;
  line_number?: string;
}
interface MangoEvent {
  entry_id?: string;
  call_id?: string;
  timestamp?: number;
  call_state?: string;
  location?: string;
  from?: Party;
  to?: Party;
  call_direction?: number;
  create_time?: number;
  talk_time?: number;
  end_time?: number;
  entry_result?: number;
  line_number?: string;
  recording_id?: string;
  recording_state?: string;
}

const iso = (unixSeconds: number | undefined) =>
  typeof unixSeconds === 'number' && unixSeconds > 0 ? new Date(unixSeconds * 1000).toISOString() : undefined;

/** Mango writes SIP addresses for some parties (`sip:101@vpbx…`): the user part is the line. */
const number = (p: Party | undefined) => p?.number?.replace(/^sip:([^@]+)@.*$/, '$1');

const at = (t: number | undefined) => (iso(t) ? { at: iso(t)! } : {});

/** A leg that starts at a manager's extension is an outgoing call. */
const directionOf = (e: MangoEvent): CallDirection =>
  e.call_direction === 2 || (e.call_direction === undefined && e.from?.extension) ? 'out' : 'in';

function fromCall(e: MangoEvent): CallEvent[] {
  if (!e.entry_id) return [];
  const direction = directionOf(e);
  const extension = direction === 'out' ? e.from?.extension : e.to?.extension;
  if (e.call_state === 'Appeared') {
    return [
      {
        type: 'call.started',
        callId: e.entry_id,
        direction,
        from: number(e.from) ?? '',
        to: (direction === 'in' ? e.to?.line_number : undefined) ?? number(e.to) ?? '',
        ...(extension ? { extension } : {}),
        ...at(e.timestamp),
      },
    ];
  }
  if (e.call_state === 'Connected')
    return [{ type: 'call.answered', callId: e.entry_id, ...(extension ? { extension } : {}), ...at(e.timestamp) }];
  return []; // Disconnected and OnHold: the summary says how the call ended.
}

function fromSummary(e: MangoEvent): CallEvent[] {
  if (!e.entry_id || e.call_direction === 0) return []; // an internal call between two extensions
  const direction = directionOf(e);
  const answered = e.entry_result === 1 && (e.talk_time ?? 0) > 0;
  const extension = direction === 'out' ? e.from?.extension : e.to?.extension;
  return [
    {
      type: 'call.finished',
      callId: e.entry_id,
      status: answered ? 'answered' : 'missed',
      durationSec: answered && e.end_time ? Math.max(0, e.end_time - e.talk_time!) : 0,
      direction,
      from: number(e.from) ?? '',
      to: (direction === 'in' ? (e.line_number ?? e.to?.line_number) : undefined) ?? number(e.to) ?? '',
      ...(extension ? { extension } : {}),
      ...at(e.end_time),
    },
  ];
}

function fromRecording(e: MangoEvent): CallEvent[] {
  if (!e.entry_id || !e.recording_id || e.recording_state !== 'Completed') return [];
  // Mango hands the file out through its API (`queries/recording/post`), not a public link: this names it.
  return [
    {
      type: 'call.recorded',
      callId: e.entry_id,
      recordingUrl: `mango-office:recording/${e.recording_id}`,
      ...at(e.timestamp),
    },
  ];
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export const mangoOffice: PbxAdapter = {
  name: 'mango-office',
  documentation: 'https://www.mango-office.ru/support/integratsiya/api/api_vpbx/',
  parse(webhook: PbxWebhook): CallEvents {
    let e: MangoEvent;
    try {
      e = JSON.parse(webhook.fields.json ?? '') as MangoEvent;
    } catch {
      return [];
    }
    if (e === null || typeof e !== 'object') return [];
    if (webhook.path.endsWith('/events/call')) return fromCall(e);
    if (webhook.path.endsWith('/events/summary')) return fromSummary(e);
    if (webhook.path.endsWith('/events/recording')) return fromRecording(e);
    return [];
  },
  originate(settings, extension, to, commandId) {
    const json = JSON.stringify({ command_id: commandId, from: { extension }, to_number: to.replace(/^\+/, '') });
    const form = new URLSearchParams({
      vpbx_api_key: settings.key,
      sign: sha256(settings.key + json + settings.secret),
      json,
    });
    return {
      url: `${settings.baseUrl ?? 'https://app.mango-office.ru'}/vpbx/commands/callback`,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    };
  },
};
