/**
 * The append-only trail of mutations outside deals: users, keys, webhooks,
 * publishing, migrations (deal-level facts are in `events`).
 *
 * @module
 */
import type { Sql } from './db.js';

export interface AuditEntry {
  id: string;
  at: Date;
  actor: string;
  action: string;
  subject: string;
  data: Record<string, unknown>;
}

export function createAuditRepo(sql: Sql) {
  return {
    async record(actor: string, action: string, subject: string, data: object = {}): Promise<void> {
      await sql`insert into audit_log (actor, action, subject, data) values (${actor}, ${action}, ${subject}, ${sql.json(data as never)})`;
    },

    async list(limit = 500): Promise<AuditEntry[]> {
      // bigserial ids come back as strings; they are opaque to callers.
      return [
        ...(await sql`select id::text, at, actor, action, subject, data from audit_log order by id desc limit ${limit}`),
      ] as AuditEntry[];
    },
  };
}

export type AuditRepo = ReturnType<typeof createAuditRepo>;
