/**
 * Regulation versions: immutable rows keyed by (id, version). Publishing the
 * same content twice returns the existing version.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import type { Regulation, RegulationVersion } from '../regulation/types.js';
import type { Sql } from './db.js';

export function regulationHash(regulation: Regulation): string {
  return createHash('sha256').update(canonicalJson(regulation)).digest('hex').slice(0, 16);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => JSON.stringify(k) + ':' + canonicalJson(v)).join(',')}}`;
  }
  return JSON.stringify(value);
}

export interface PublishedVersion extends RegulationVersion {
  created: boolean;
  publishedAt: Date;
  publishedBy: string;
}

export function createRegulationRepo(sql: Sql) {
  return {
    async publish(regulation: Regulation, by: string, sourceText?: string): Promise<PublishedVersion> {
      const hash = regulationHash(regulation);
      return sql.begin(async (tx) => {
        await tx`select pg_advisory_xact_lock(hashtext(${'regulation:' + regulation.id}))`;
        const [same] = await tx<{ version: number; published_at: Date; published_by: string }[]>`
          select version, published_at, published_by from regulations where id = ${regulation.id} and hash = ${hash}`;
        if (same) {
          return {
            regulation,
            version: same.version,
            hash,
            created: false,
            publishedAt: same.published_at,
            publishedBy: same.published_by,
          };
        }
        const [row] = await tx<{ version: number; published_at: Date }[]>`
          insert into regulations (id, version, hash, title, body, source_text, published_by)
          select ${regulation.id}, coalesce(max(version), 0) + 1, ${hash}, ${regulation.title},
                 ${tx.json(regulation as never)}, ${sourceText ?? null}, ${by}
          from regulations where id = ${regulation.id}
          returning version, published_at`;
        return {
          regulation,
          version: row!.version,
          hash,
          created: true,
          publishedAt: row!.published_at,
          publishedBy: by,
        };
      });
    },

    /** The given version, or the newest one when `version` is omitted. */
    async get(id: string, version?: number): Promise<RegulationVersion | undefined> {
      const [row] = version
        ? await sql<{ body: Regulation; version: number; hash: string }[]>`
            select body, version, hash from regulations where id = ${id} and version = ${version}`
        : await sql<{ body: Regulation; version: number; hash: string }[]>`
            select body, version, hash from regulations where id = ${id} order by version desc limit 1`;
      return row ? { regulation: row.body, version: row.version, hash: row.hash } : undefined;
    },

    async list(): Promise<Array<{ id: string; title: string; version: number; publishedAt: Date }>> {
      const rows = await sql<{ id: string; title: string; version: number; published_at: Date }[]>`
        select distinct on (id) id, title, version, published_at from regulations order by id, version desc`;
      return rows.map((r) => ({ id: r.id, title: r.title, version: r.version, publishedAt: r.published_at }));
    },
  };
}

export type RegulationRepo = ReturnType<typeof createRegulationRepo>;
