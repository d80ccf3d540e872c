/**
 * A typed client of the Reglament API (openapi-fetch over the generated
 * `schema.ts`): paths, parameters, bodies and responses are checked by the
 * compiler against the OpenAPI document.
 *
 * @example
 * const api = createReglamentClient({ baseUrl: 'http://127.0.0.1:3000', token });
 * const { data, error } = await api.GET('/deals/{id}', { params: { path: { id } } });
 *
 * // In tests, straight into the Hono app, no server:
 * const api = createReglamentClient({ baseUrl: 'http://localhost', token, fetch: (req) => app.request(req) });
 *
 * @module
 */
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './schema.js';

export type { components, operations, paths } from './schema.js';

export interface ReglamentClientOptions {
  /** e.g. `http://127.0.0.1:3000`. */
  baseUrl: string;
  /** A person's JWT, sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** An integration key `<id>.<secret>`, sent as `X-Api-Key`. */
  apiKey?: string;
  /** Defaults to the global fetch; tests pass `(req) => app.request(req)`. */
  fetch?: (request: Request) => Response | Promise<Response>;
  /** More headers for every request. */
  headers?: Record<string, string>;
}

export type ReglamentClient<P extends {} = paths> = Client<P>;

/** `P` defaults to the Reglament API's paths; another app's generated paths may be given. */
export function createReglamentClient<P extends {} = paths>(options: ReglamentClientOptions): ReglamentClient<P> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.apiKey) headers['x-api-key'] = options.apiKey;
  const fetch = options.fetch;
  return createClient<P>({
    baseUrl: options.baseUrl,
    headers,
    ...(fetch ? { fetch: async (request: Request) => fetch(request) } : {}),
  });
}
