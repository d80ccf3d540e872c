/**
 * The PBX adapter seam: what a webhook is, what a deployment configures,
 * what an adapter does. Types only, like `call.ts`, so the plugin SDK may
 * import them (`plugins/` → `domain/` is allowed for `import type` alone) and
 * a plugin can ship a third vendor's adapter; the built-in adapters live in
 * `integrations/telephony/`, the lookup over both in `app/telephony.ts`.
 *
 * @module
 */
import type { CallEvents, OriginateRequest } from './call.js';

/** A webhook as it came: the path after `/telephony/pbx/<vendor>`, its query, and its form fields or JSON. */
export interface PbxWebhook {
  path: string;
  query: Record<string, string>;
  fields: Record<string, string>;
  json?: unknown;
}

/** What the deployment configured for its PBX (`REGLAMENT_PBX_*`): the vendor's API key and secret. */
export interface PbxSettings {
  vendor: string;
  key: string;
  secret: string;
  /** The vendor API's base URL (default: the vendor's public one; tests point it at a loopback receiver). */
  baseUrl?: string;
}

/** One vendor's webhook format (and originate API): pure translation, no I/O. */
export interface PbxAdapter {
  /** The path segment, `/telephony/pbx/<name>`, and `REGLAMENT_PBX`'s value; unique among built-in and plugin adapters. */
  readonly name: string;
  /** The public documentation the format is written from. */
  readonly documentation: string;
  /** The call events a webhook reports (an empty list: nothing about calls). */
  parse(webhook: PbxWebhook): CallEvents;
  /** A reply some vendors need instead of `200 OK` (Zadarma's `zd_echo` check of a new webhook URL). */
  reply?(webhook: PbxWebhook): string | undefined;
  /** The request asking the PBX to ring `extension`, then connect it to `number` (E.164). */
  originate?(settings: PbxSettings, extension: string, number: string, commandId: string): OriginateRequest;
}
