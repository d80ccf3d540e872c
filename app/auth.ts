/**
 * Signing in to the web workspace: passwords (scrypt from `node:crypto`) set
 * through a one-time invitation, sessions for the browser's cookie, and each
 * person's language. A session is only as good as its person: a deactivated
 * person's session stops working at once (`AuthRepo.session`).
 *
 * @example
 * const { token } = await invite(ctx, 'm1', 'director');
 * await acceptInvitation(ctx, token, 'correct horse battery staple');
 * const session = await signIn(ctx, 'm1', 'correct horse battery staple'); // { id, csrfToken, user }
 *
 * @module
 */
import { createHash, randomBytes, scrypt, timingSafeEqual, type BinaryLike, type ScryptOptions } from 'node:crypto';
import { DomainError } from '../regulation/errors.js';
import type { ManagerRow } from '../storage/managers.repo.js';
import type { AppContext } from './context.js';

export const LOCALES = ['ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Sessions last a working day and a half; invitations a week. */
export const SESSION_TTL_MS = 12 * 3600 * 1000;
const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;
/**
 * scrypt at N=2^17, r=8 (128 MiB and some 0.2-0.5 s of one core per hash):
 * costly to guess at, and signing in is rare. The parameters travel with each
 * hash; an older hash is re-made with these at its person's next sign-in.
 */
export const SCRYPT = { N: 2 ** 17, r: 8, p: 1, keylen: 32 };
/** scrypt needs 128·N·r bytes (and a little more); Node's default ceiling is 32 MiB. */
const maxmemFor = (N: number, r: number) => 2 * 128 * N * r;

const scryptAsync = (password: BinaryLike, salt: BinaryLike, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(password, salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key))),
  );

/** `scrypt$N$r$p$salt$key` (base64url): the parameters travel with the hash, so they may grow later. */
export async function hashPassword(password: string, params: typeof SCRYPT = SCRYPT): Promise<string> {
  const salt = randomBytes(16);
  const { N, r, p, keylen } = params;
  const key = await scryptAsync(password.normalize('NFC'), salt, keylen, { N, r, p, maxmem: maxmemFor(N, r) });
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scryptAsync(password.normalize('NFC'), Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: maxmemFor(Number(n), Number(r)),
  });
  return timingSafeEqual(actual, expected);
}

/** Whether a stored hash was made with other parameters than today's. */
export function needsRehash(stored: string): boolean {
  const [scheme, n, r, p] = stored.split('$');
  return scheme !== 'scrypt' || Number(n) !== SCRYPT.N || Number(r) !== SCRYPT.r || Number(p) !== SCRYPT.p;
}

/**
 * A hash of a password nobody knows, made once with today's parameters: an
 * unknown login, a person without a password or a deactivated one is checked
 * against it, so a refusal takes as long whether the login exists or not.
 */
let dummyHash: Promise<string> | undefined;
const dummy = () => (dummyHash ??= hashPassword(randomBytes(32).toString('base64url')));

export const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');
const secretToken = () => randomBytes(32).toString('base64url');

function checkPassword(password: string): void {
  if (password.length < 8)
    throw new DomainError('VALIDATION_FAILED', 'the password is shorter than 8 characters', {
      details: { errors: [{ pointer: '/password', message: 'at least 8 characters' }] },
    });
}

/** A one-time link for a person to set their password (audited); only its hash is stored. */
export async function invite(
  ctx: AppContext,
  userId: string,
  actor: string,
): Promise<{ token: string; expiresAt: Date }> {
  const person = await ctx.managers.get(userId);
  if (!person) throw new DomainError('NOT_FOUND', `manager "${userId}" not found`);
  if (!person.active) throw new DomainError('CONFLICT', `manager "${userId}" is deactivated`);
  const token = secretToken();
  const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
  await ctx.auth.createInvitation(sha256(token), userId, actor, expiresAt);
  await ctx.audit.record(actor, 'user.invited', `user:${userId}`, { expiresAt });
  return { token, expiresAt };
}

/** Sets the password of the invitation's person; the invitation is spent, whatever follows. */
export async function acceptInvitation(ctx: AppContext, token: string, password: string): Promise<string> {
  checkPassword(password);
  const userId = await ctx.auth.takeInvitation(sha256(token));
  if (!userId) throw new DomainError('UNAUTHENTICATED', 'the invitation is unknown, used or expired');
  await setPassword(ctx, userId, password, userId);
  return userId;
}

/** Sets a person's password directly (the CLI's `reglament password`), audited. */
export async function setPassword(ctx: AppContext, userId: string, password: string, actor: string): Promise<void> {
  checkPassword(password);
  if (!(await ctx.managers.get(userId))) throw new DomainError('NOT_FOUND', `manager "${userId}" not found`);
  await ctx.auth.setPassword(userId, await hashPassword(password));
  await ctx.audit.record(actor, 'user.password_set', `user:${userId}`);
}

export interface Session {
  /** The cookie's value; only its hash is stored. */
  id: string;
  /** Sent back by the page as `X-CSRF-Token` on every change. */
  csrfToken: string;
  expiresAt: Date;
  userId: string;
}

/** A session for the person whose id or e-mail and password match; one answer for every failure. */
export async function signIn(ctx: AppContext, login: string, password: string): Promise<Session> {
  const refused = new DomainError('UNAUTHENTICATED', 'the user or the password is wrong, or the user is deactivated');
  const userId = await ctx.auth.userIdByLogin(login);
  const stored = userId ? await ctx.auth.passwordHash(userId) : undefined;
  const hash = stored?.hash ?? undefined;
  // At least one scrypt at today's parameters whether or not the login exists, has a
  // password or a hash not yet re-made: the time a refusal takes says nothing of the login.
  const matches = await verifyPassword(password, hash ?? (await dummy()));
  const old = hash !== undefined && needsRehash(hash);
  if (old && !matches) await verifyPassword(password, await dummy());
  if (!userId || !hash || !stored?.active || !matches) throw refused;
  if (old) await ctx.auth.setPassword(userId, await hashPassword(password));
  const session: Session = {
    id: secretToken(),
    csrfToken: secretToken(),
    expiresAt: new Date(Date.now() + SESSION_TTL_MS),
    userId,
  };
  await ctx.auth.createSession(sha256(session.id), userId, session.csrfToken, session.expiresAt);
  return session;
}

export async function signOut(ctx: AppContext, sessionId: string): Promise<void> {
  await ctx.auth.deleteSession(sha256(sessionId));
}

/** The session's person and CSRF token, while both are valid. */
export async function sessionOf(ctx: AppContext, sessionId: string) {
  return ctx.auth.session(sha256(sessionId));
}

export interface Me extends Pick<ManagerRow, 'id' | 'name' | 'role' | 'department' | 'timezone'> {
  locale: Locale;
}

export async function me(ctx: AppContext, userId: string): Promise<Me> {
  const person = await ctx.managers.get(userId);
  if (!person) throw new DomainError('NOT_FOUND', `manager "${userId}" not found`);
  const locale = (await ctx.auth.locale(userId)) === 'en' ? 'en' : 'ru';
  const { id, name, role, department, timezone } = person;
  return { id, name, role, department, timezone, locale };
}

export async function setLocale(ctx: AppContext, userId: string, locale: Locale): Promise<Me> {
  await ctx.auth.setLocale(userId, locale);
  return me(ctx, userId);
}
