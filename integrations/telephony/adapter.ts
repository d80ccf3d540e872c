/**
 * The seam every PBX adapter fits: it reads one webhook of its vendor's
 * format and says which call events (`domain/call.ts`) it reports; where the
 * vendor has an originate ("call back") API, it builds the request that asks
 * the PBX to connect a manager's extension to a client. An adapter owns
 * nothing else: no database, no rules, no network of its own (the app sends
 * what it builds). A third vendor is a new folder here registered in
 * `PBX_ADAPTERS` or `registerPbxAdapter` at start-up (docs/guides/telephony.md).
 *
 * @module
 */
import { mangoOffice } from './mango/index.js';
import type { PbxAdapter } from './types.js';
import { zadarma } from './zadarma/index.js';

export type { PbxAdapter, PbxSettings, PbxWebhook } from './types.js';

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
