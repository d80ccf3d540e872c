/**
 * The seam every PBX adapter fits: it reads one webhook of its vendor's
 * format and says which call events (`domain/call.ts`) it reports; where the
 * vendor has an originate ("call back") API, it builds the request that asks
 * the PBX to connect a manager's extension to a client. An adapter owns
 * nothing else: no database, no rules, no network of its own (the app sends
 * what it builds). A third vendor is a new folder here registered in
 * `PBX_ADAPTERS`, or a plugin calling `registerPbxAdapter` (docs/guides/telephony.md).
 *
 * @module
 */
import type { CallEvents, OriginateRequest } from '../../domain/call.js';
import { mangoOffice } from './mango/index.js';
import { zadarma } from './zadarma/index.js';

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

export interface PbxAdapter {
  /** The path segment: `/telephony/pbx/<name>`. */
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

/** The adapters shipped, by name. */
export const PBX_ADAPTERS = new Map<string, PbxAdapter>([
  [mangoOffice.name, mangoOffice],
  [zadarma.name, zadarma],
]);

/** Adds a vendor's adapter (a plugin's); a name taken already is refused. */
export function registerPbxAdapter(adapter: PbxAdapter): void {
  if (PBX_ADAPTERS.has(adapter.name)) throw new Error(`a PBX adapter named "${adapter.name}" is registered already`);
  PBX_ADAPTERS.set(adapter.name, adapter);
}
