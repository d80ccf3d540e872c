/**
 * The audit trail of mutations outside deals: who created or deactivated a
 * user, issued or revoked a key, registered a webhook, published a
 * regulation or migrated deals. Append-only.
 *
 * @module
 */
import type { Context } from 'hono';
import type { ApiDeps, AppEnv } from './deps.js';

export async function audit(
  deps: Pick<ApiDeps, 'sql'>,
  c: Context<AppEnv>,
  action: string,
  subject: string,
  data: object = {},
) {
  await deps.sql`insert into audit_log (actor, action, subject, data) values (${c.get('actor')}, ${action}, ${subject}, ${deps.sql.json(data as never)})`;
}
