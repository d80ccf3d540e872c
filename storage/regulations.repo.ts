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
    /**
     * Stores a new immutable version unless the newest one has the same
     * content (then that one is returned). Reverting to older content makes a
     * new version, so the newest is always what was published last.
     */
    async publish(
      regulation: Regulation,
      by: string,
      sourceText?: string,
      comment?: string,
    ): Promise<PublishedVersion> {
      const hash = regulationHash(regulation);
      return sql.begin(async (tx) => {
        await tx`select pg_advisory_xact_lock(hashtext(${'regulation:' + regulation.id}))`;
        const [latest] = await tx<{ version: number; hash: string; publishedAt: Date; publishedBy: string }[]>`
          select version, hash, published_at, published_by from regulations
          where id = ${regulation.id} order by version desc limit 1`;
        if (latest?.hash === hash) {
          return {
            regulation,
            version: latest.version,
            hash,
            created: false,
            publishedAt: latest.publishedAt,
            publishedBy: latest.publishedBy,
          };
        }
        const version = (latest?.version ?? 0) + 1;
        const [row] = await tx<{ publishedAt: Date }[]>`
          insert into regulations (id, version, hash, title, body, source_text, published_by, comment)
          values (${regulation.id}, ${version}, ${hash}, ${regulation.title}, ${tx.json(regulation as never)},
                  ${sourceText ?? null}, ${by}, ${comment ?? null})
          returning published_at`;
        return { regulation, version, hash, created: true, publishedAt: row!.publishedAt, publishedBy: by };
      });
    },

    async versions(id: string): Promise<
      Array<{
        version: number;
        hash: string;
        title: string;
        publishedAt: Date;
        publishedBy: string;
        comment: string | null;
      }>
    > {
      const rows =
        await sql`select version, hash, title, published_at, published_by, comment from regulations where id = ${id} order by version`;
      return rows.map((r) => ({
        version: r.version as number,
        hash: r.hash as string,
        title: r.title as string,
        publishedAt: r.publishedAt as Date,
        publishedBy: r.publishedBy as string,
        comment: (r.comment as string | null) ?? null,
      }));
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

    async list(): Promise<
      Array<{ id: string; title: string; version: number; publishedAt: Date; publishedBy: string }>
    > {
      const rows = await sql<{ id: string; title: string; version: number; publishedAt: Date; publishedBy: string }[]>`
        select distinct on (id) id, title, version, published_at, published_by from regulations order by id, version desc`;
      return rows.map((r) => ({
        id: r.id,
        title: r.title,
        version: r.version,
        publishedAt: r.publishedAt,
        publishedBy: r.publishedBy,
      }));
    },

    /** The text a version was published as, or null (published as JSON, or before texts were kept). */
    async source(id: string, version: number): Promise<string | null> {
      const [row] = await sql<{ sourceText: string | null }[]>`
        select source_text from regulations where id = ${id} and version = ${version}`;
      return row?.sourceText ?? null;
    },
  };
}

export type RegulationRepo = ReturnType<typeof createRegulationRepo>;
