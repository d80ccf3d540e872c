/**
 * Who is calling. People present a signed token (JWT, HS256) whose subject is
 * their user id; the user must exist and be active at this moment, so
 * deactivating someone ends their access at once. Integrations present an API
 * key (`X-Api-Key: <id>.<secret>`, stored hashed).
 *
 * @module
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { sign, verify } from 'hono/jwt';
import { DomainError } from '../regulation/errors.js';
import type { Sql } from '../storage/db.js';
import type { ManagerRepo } from '../storage/managers.repo.js';
import type { AppEnv, Principal } from './deps.js';

export async function issueToken(secret: string, userId: string, ttlSeconds = 8 * 3600): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return sign({ sub: userId, iat: now, exp: now + ttlSeconds }, secret, 'HS256');
}

const hash = (secret: string) => createHash('sha256').update(secret).digest();

/** Creates an integration key; the secret is shown once and only its hash is kept. */
export async function createApiKey(sql: Sql, name: string, by: string): Promise<{ id: string; key: string }> {
  const id = `key_${randomBytes(6).toString('hex')}`;
  const secret = randomBytes(24).toString('base64url');
  await sql`insert into api_keys (id, name, secret_hash, created_by) values (${id}, ${name}, ${hash(secret).toString('hex')}, ${by})`;
  return { id, key: `${id}.${secret}` };
}

export function authenticate(deps: { secret: string; sql: Sql; managers: ManagerRepo }): MiddlewareHandler<AppEnv> {
  const unauthenticated = (why: string) => new DomainError('UNAUTHENTICATED', why);
  return async (c, next) => {
    const bearer = c.req.header('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1];
    const apiKey = c.req.header('x-api-key');
    let principal: Principal;
    if (bearer) {
      let sub: unknown;
      try {
        sub = (await verify(bearer, deps.secret, 'HS256')).sub;
      } catch {
        throw unauthenticated('the token is invalid or expired');
      }
      const user = typeof sub === 'string' ? await deps.managers.get(sub) : undefined;
      if (!user || !user.active) throw unauthenticated('the user is unknown or deactivated');
      principal = { id: user.id, role: user.role, department: user.department };
    } else if (apiKey) {
      const [id, secret] = apiKey.split('.', 2);
      const [row] = id && secret ? await deps.sql`select name, secret_hash, active from api_keys where id = ${id}` : [];
      const ok = row?.active && timingSafeEqual(Buffer.from(row.secret_hash as string, 'hex'), hash(secret!));
      if (!ok) throw unauthenticated('the API key is invalid or revoked');
      principal = { id: `integration:${row!.name as string}`, role: 'integration', department: null };
    } else {
      throw unauthenticated('sign in: send "Authorization: Bearer <token>" or, for integrations, "X-Api-Key"');
    }
    c.set('principal', principal);
    c.set('actor', principal.id);
    await next();
  };
}
