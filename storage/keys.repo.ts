/**
 * Integration keys, stored as a hash of their secret.
 *
 * @module
 */
import type { Sql } from './db.js';

export interface ApiKeyRow {
  id: string;
  name: string;
  secretHash: string;
  active: boolean;
}

/** A key as listed (never its secret or hash). */
export interface ApiKeySummary {
  id: string;
  name: string;
  active: boolean;
  createdBy: string;
  createdAt: Date;
}

export function createKeyRepo(sql: Sql) {
  return {
    /** Every key, newest first. */
    async list(): Promise<ApiKeySummary[]> {
      return [
        ...(await sql`select id, name, active, created_by, created_at from api_keys order by created_at desc, id`),
      ] as ApiKeySummary[];
    },

    async create(key: { id: string; name: string; secretHash: string; createdBy: string }): Promise<void> {
      await sql`insert into api_keys (id, name, secret_hash, created_by) values (${key.id}, ${key.name}, ${key.secretHash}, ${key.createdBy})`;
    },

    /** Whether a key with this id existed (revoking twice is not an error). */
    async revoke(id: string): Promise<boolean> {
      return (await sql`update api_keys set active = false where id = ${id}`).count > 0;
    },

    async find(id: string): Promise<ApiKeyRow | undefined> {
      const [row] = await sql`select id, name, secret_hash, active from api_keys where id = ${id}`;
      return row as ApiKeyRow | undefined;
    },
  };
}

export type KeyRepo = ReturnType<typeof createKeyRepo>;
