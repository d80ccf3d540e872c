/**
 * A call as the call API takes it, whichever PBX reported it: three events
 * (started, answered, finished) keyed by the PBX's own call id. Adapters for
 * PBX webhook formats (`integrations/telephony/<vendor>/`, or a plugin's `pbx`)
 * translate to this shape and nothing else; the use case (`app/calls.ts`)
 * does the rest. Types only: the plugin SDK shares them.
 *
 * @module
 */

/** `in`: the client called; `out`: a manager dialled out. */
export type CallDirection = 'in' | 'out';
/** How a finished call went; anything a vendor reports besides answered and busy is `missed`. */
export type CallOutcome = 'answered' | 'missed' | 'busy';

interface CallEventBase {
  /** The PBX's id of the call: a webhook retried twice is one call. */
  callId: string;
  /** When the PBX says it happened (ISO 8601); the time of receipt when it does not. */
  at?: string;
}

/** The PBX began a call (it rings, or a manager dials). */
export interface CallStarted extends CallEventBase {
  type: 'call.started';
  direction: CallDirection;
  /** The numbers as the PBX writes them; outside numbers become E.164. */
  from: string;
  to: string;
  /** The internal line (extension) that rings or dials. */
  extension?: string;
}

/** Someone picked up: `extension` when the PBX says whose line. */
export interface CallAnswered extends CallEventBase {
  type: 'call.answered';
  extension?: string;
}

/** The call ended: how, how long it was talked, and its recording when the PBX has one then. */
export interface CallFinished extends CallEventBase {
  type: 'call.finished';
  status: CallOutcome;
  durationSec?: number;
  recordingUrl?: string;
  /** Repeated from the start, for PBXs that send one summary only (or send it first). */
  direction?: CallDirection;
  from?: string;
  to?: string;
  extension?: string;
}

/** A recording that becomes available after the call finished (PBXs that store it later). */
export interface CallRecorded extends CallEventBase {
  type: 'call.recorded';
  recordingUrl: string;
}

/** One thing a PBX reports about a call. */
export type CallEvent = CallStarted | CallAnswered | CallFinished | CallRecorded;

/** What a PBX adapter turns a webhook into: the call events it reports (none for an event of no interest). */
export type CallEvents = CallEvent[];

/** The request a PBX's originate API needs to connect an extension to a client (built by an adapter, sent by the app). */
export interface OriginateRequest {
  url: string;
  method: 'POST' | 'GET';
  headers: Record<string, string>;
  body?: string;
}
