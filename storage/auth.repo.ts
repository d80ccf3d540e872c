/**
 * Sign-in data: password hashes, one-time invitations and browser sessions.
 * Only hashes of invitation tokens and session ids are stored; a session
 * counts only while its person is active.
 *
 * @module
 */
import type { Sql } from './db.js';

export interface SessionRow {
  userId: string;
  csrfToken: string;
}

export function createAuthRepo(sql: Sql) {
  return {
    async passwordHash(userId: string): Promise<{ hash: string | null; active: boolean } | undefined> {
      const [row] = await sql`select password_hash, active from managers where id = ${userId}`;
      return row ? { hash: (row.passwordHash as string | null) ?? null, active: row.active as boolean } : undefined;
    },

    async userIdByLogin(login: string): Promise<string | undefined> {
      const [row] = await sql`select id from managers where id = ${login} or lower(email) = lower(${login})
                              order by (id = ${login}) desc limit 1`;
      return row?.id as string | undefined;
    },

    async setPassword(userId: string, hash: string): Promise<void> {
      await sql`update managers set password_hash = ${hash}, updated_at = now() where id = ${userId}`;
    },

    async createInvitation(tokenHash: string, userId: string, createdBy: string, expiresAt: Date): Promise<void> {
      await sql`insert into invitations (token_hash, user_id, created_by, expires_at)
                values (${tokenHash}, ${userId}, ${createdBy}, ${expiresAt})`;
    },

    /** Marks the invitation used and names its person, once; undefined when unknown, used or expired. */
    async takeInvitation(tokenHash: string): Promise<string | undefined> {
      const [row] = await sql`update invitations set used_at = now()
                              where token_hash = ${tokenHash} and used_at is null and expires_at > now()
                              returning user_id`;
      return row?.userId as string | undefined;
    },

    async createSession(idHash: string, userId: string, csrfToken: string, expiresAt: Date): Promise<void> {
      await sql`insert into sessions (id_hash, user_id, csrf_token, expires_at)
                values (${idHash}, ${userId}, ${csrfToken}, ${expiresAt})`;
    },

    /** The session's person, only while the session is unexpired and the person active. */
    async session(idHash: string): Promise<SessionRow | undefined> {
      const [row] = await sql`select s.user_id, s.csrf_token from sessions s join managers m on m.id = s.user_id
                              where s.id_hash = ${idHash} and s.expires_at > now() and m.active`;
      return row as SessionRow | undefined;
    },

    async deleteSession(idHash: string): Promise<void> {
      await sql`delete from sessions where id_hash = ${idHash}`;
    },

    async locale(userId: string): Promise<string | undefined> {
      const [row] = await sql`select locale from managers where id = ${userId}`;
      return row?.locale as string | undefined;
    },

    async setLocale(userId: string, locale: string): Promise<void> {
      await sql`update managers set locale = ${locale}, updated_at = now() where id = ${userId}`;
    },
  };
}

export type AuthRepo = ReturnType<typeof createAuthRepo>;
