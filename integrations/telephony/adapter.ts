/**
 * The PBX adapters Reglament ships. Each fits the seam in `domain/pbx.ts`: it
 * reads one webhook of its vendor's format and says which call events
 * (`domain/call.ts`) it reports; where the vendor has an originate ("call
 * back") API, it builds the request that asks the PBX to connect a manager's
 * extension to a client. A third vendor comes as a plugin's `pbx` adapter
 * (docs/guides/plugin-developer.md); `app/telephony.ts` looks among both.
 *
 * @module
 */
import type { PbxAdapter } from '../../domain/pbx.js';
import { mangoOffice } from './mango/index.js';
import { zadarma } from './zadarma/index.js';

export type { PbxAdapter, PbxSettings, PbxWebhook } from '../../domain/pbx.js';

/** The adapters shipped, by name. */
export const PBX_ADAPTERS: ReadonlyMap<string, PbxAdapter> = new Map<string, PbxAdapter>([
  [mangoOffice.name, mangoOffice],
  [zadarma.name, zadarma],
]);
