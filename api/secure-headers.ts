/**
 * Security headers on every answer (JSON, problem+json, the web workspace's
 * page and assets, the API reference, diagrams), from Hono's maintained
 * `secureHeaders` middleware:
 *
 * - `Content-Security-Policy`: an API answer may load nothing and be framed
 *   by no one (`API_CSP`). A route that answers a page or an image sets its
 *   own before the middleware runs, which keeps it (`WEB_PAGE_CSP`,
 *   `docsPageCsp`, `SVG_CSP`); each forbids framing too.
 * - `X-Frame-Options: DENY`, `X-Content-Type-Options: nosniff`,
 *   `Referrer-Policy: no-referrer` (nothing here needs a referrer), and Hono's
 *   other defaults (COOP, Origin-Agent-Cluster, X-XSS-Protection: 0, …).
 * - `Strict-Transport-Security` only on an answer that went out over https:
 *   the request's URL is https, or, with `REGLAMENT_TRUST_PROXY=on` (a TLS
 *   proxy in front that sets it), `X-Forwarded-Proto: https`. Over plain http
 *   the header means nothing, and a client could forge the forwarded one
 *   when no proxy stands in front.
 *
 * @example
 * app.use('*', secureHeaders());
 * // a route with a page of its own:
 * c.header('content-security-policy', WEB_PAGE_CSP);
 *
 * @module
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { secureHeaders as honoSecureHeaders } from 'hono/secure-headers';

/** An API answer is data: it loads nothing, runs nothing and is shown in no frame. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The web workspace (web/dist): its own module scripts and styles only. Inline
 * styles stay allowed (React's `style` props, CodeMirror); `data:` images are
 * the icons the CSS embeds. No inline script, so markup inserted into the page
 * (the diagram's SVG) cannot run any.
 */
export const WEB_PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** A diagram as SVG opened on its own: its styles render, nothing in it runs or loads. */
export const SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

/**
 * The API reference page (Swagger UI from swagger-ui-dist): its own scripts
 * and the one inline script that starts it, allowed by its hash; Swagger UI's
 * inline styles and `data:` images.
 */
export function docsPageCsp(inlineScript: string): string {
  const hash = createHash('sha256').update(inlineScript).digest('base64');
  return (
    `default-src 'self'; script-src 'self' 'sha256-${hash}'; style-src 'self' 'unsafe-inline'; ` +
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
  );
}

/** A year: the browser keeps to https for that long after an https answer. */
const HSTS = 'max-age=31536000';

export interface SecureHeaderOptions {
  /** Believe `X-Forwarded-Proto` (default: `REGLAMENT_TRUST_PROXY=on`). */
  trustProxy?: boolean;
}

export function secureHeaders(options: SecureHeaderOptions = {}): MiddlewareHandler {
  const trustProxy = options.trustProxy ?? process.env.REGLAMENT_TRUST_PROXY === 'on';
  const headers = honoSecureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'none'"],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    // Set below, and only over https.
    strictTransportSecurity: false,
    // A message's open pixel is loaded by mail programs on other sites: same-origin would block it.
    crossOriginResourcePolicy: false,
    // A route's own CSP (a page, a diagram) is kept; the API's is the default.
    overwrite: false,
  });
  return async (c, next) => {
    await headers(c, next);
    const forwarded = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
    if (new URL(c.req.url).protocol === 'https:' || (trustProxy && forwarded === 'https'))
      c.res.headers.set('strict-transport-security', HSTS);
  };
}
