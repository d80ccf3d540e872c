/**
 * Signing in to the web workspace, public (mounted at `/auth`): sign in with
 * a password, which sets the session cookie (HttpOnly, SameSite=Strict,
 * Secure unless the host is local), sign out, and accept an invitation. Who
 * is signed in is `/me` (`me.routes.ts`); inviting a person is
 * `POST /managers/:id/invitation` (`managers.routes.ts`).
 *
 * @module
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { acceptInvitation, me, signIn, signOut } from '../../app/auth.js';
import { CSRF_COOKIE, SESSION_COOKIE } from '../auth.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { doc } from '../openapi.js';
import { acceptedSchema, acceptRequestSchema, loginRequestSchema, signedInSchema } from '../schemas/auth.js';

const tags = ['auth'];

/** Cookies are Secure everywhere but on the local machine, where the page is plain http. */
function isLocal(c: Context): boolean {
  const host = new URL(c.req.url).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host.endsWith('.localhost');
}

export function authRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();

  app.post(
    '/login',
    doc({
      summary: 'Sign in with a password: sets the session cookie',
      description:
        'The cookie is HttpOnly and SameSite=Strict; every change made with it also needs the returned ' +
        '`csrfToken` as `X-CSRF-Token` (it is also in the readable `reglament_csrf` cookie).',
      tags,
      security: [],
      body: loginRequestSchema,
      responses: {
        200: {
          description: 'signed in',
          schema: signedInSchema,
          headers: { 'Set-Cookie': 'reglament_session (HttpOnly) and reglament_csrf' },
        },
      },
      errors: [
        { status: 401, description: 'the user or the password is wrong, or the user is deactivated' },
        { status: 429, description: 'too many failed sign-ins for this login or address: see `Retry-After`' },
      ],
    }),
    async (c) => {
      const { login, password } = c.get('body');
      const session = await signIn(deps, login, password);
      const options = { path: '/', sameSite: 'Strict', secure: !isLocal(c), expires: session.expiresAt } as const;
      setCookie(c, SESSION_COOKIE, session.id, { ...options, httpOnly: true });
      setCookie(c, CSRF_COOKIE, session.csrfToken, options);
      return c.json({
        user: await me(deps, session.userId),
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt.toISOString(),
      });
    },
  );

  app.post(
    '/logout',
    doc({
      summary: 'Sign out: ends the session and clears its cookies',
      tags,
      security: [],
      responses: { 204: { description: 'signed out' } },
    }),
    async (c) => {
      const sessionId = getCookie(c, SESSION_COOKIE);
      if (sessionId) await signOut(deps, sessionId);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      deleteCookie(c, CSRF_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );

  app.post(
    '/accept',
    doc({
      summary: 'Set one’s password with a one-time invitation',
      tags,
      security: [],
      body: acceptRequestSchema,
      responses: { 200: { description: 'the password is set; sign in with it', schema: acceptedSchema } },
      errors: [{ status: 401, description: 'the invitation is unknown, used or expired' }],
    }),
    async (c) => {
      const { token, password } = c.get('body');
      return c.json({ userId: await acceptInvitation(deps, token, password) });
    },
  );

  return app;
}
