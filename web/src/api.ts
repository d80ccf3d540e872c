/**
 * The page's one way to the API: the typed client of `client/` over the
 * session cookie, with the CSRF token on every change. Components never call
 * fetch; they use the hooks of `queries.ts`.
 */
import { createReglamentClient } from '../../client/index.js';

/** The session's CSRF token, from its readable cookie (set at sign-in). */
export function csrfToken(): string {
  const match = document.cookie.match(/(?:^|;\s*)reglament_csrf=([^;]*)/);
  return match ? decodeURIComponent(match[1]!) : '';
}

export const api = createReglamentClient({
  baseUrl: window.location.origin,
  fetch: (request: Request) => {
    const headers = new Headers(request.headers);
    if (request.method !== 'GET') headers.set('x-csrf-token', csrfToken());
    return fetch(new Request(request, { headers, credentials: 'same-origin' }));
  },
});

/** An API refusal: its status, code and the reasons the problem lists. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly reasons: string[],
    /** Seconds to wait before trying again, when the API throttled the request (429, `Retry-After`). */
    readonly retryAfter?: number,
  ) {
    super(reasons.join('; ') || code);
  }
}

/** The data of an answer, or an ApiError with the problem's reasons. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    const p = (result.error ?? {}) as {
      code?: string;
      detail?: string;
      title?: string;
      errors?: Array<{ message: string }>;
      reasons?: string[];
    };
    const reasons = [...(p.detail ? [p.detail] : []), ...(p.reasons ?? []), ...(p.errors ?? []).map((e) => e.message)];
    const retryAfter = Number(result.response.headers.get('retry-after') ?? NaN);
    throw new ApiError(
      result.response.status,
      p.code ?? String(result.response.status),
      reasons,
      Number.isFinite(retryAfter) ? retryAfter : undefined,
    );
  }
  return result.data;
}
