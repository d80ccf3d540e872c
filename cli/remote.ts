/**
 * The CLI's way to the running API: the typed client generated from the
 * OpenAPI document, signed in with REGLAMENT_TOKEN or a local token, and a
 * problem+json answer turned into a readable error.
 *
 * @module
 */
import { createReglamentClient, type ReglamentClient } from '../client/index.js';
import { loadConfig } from '../runtime/config.js';

export const apiOption = [
  '--api <url>',
  'Reglament API',
  process.env.REGLAMENT_API ?? 'http://127.0.0.1:3000',
] as const;

/** REGLAMENT_TOKEN, or a token for the local user REGLAMENT_USER (default "director") signed with this machine's secret. */
async function bearer(): Promise<string> {
  if (process.env.REGLAMENT_TOKEN) return process.env.REGLAMENT_TOKEN;
  const { issueToken } = await import('../api/auth.js');
  const { jwtSecret } = await import('../runtime/secret.js');
  return issueToken(jwtSecret(loadConfig()), process.env.REGLAMENT_USER ?? 'director', 600);
}

export async function remote(baseUrl: string): Promise<ReglamentClient> {
  const client = createReglamentClient({
    baseUrl,
    token: await bearer(),
    fetch: (request) =>
      fetch(request).catch((error: unknown) => {
        throw new Error(
          `cannot reach the API at ${baseUrl} (${(error as Error).message}); start it with npm start or pass --api`,
        );
      }),
  });
  return client;
}

interface Problem {
  detail?: string;
  errors?: Array<{ pointer: string; message: string; line?: number }>;
}

/** The answer's data, or an error with the problem's detail and each pointer (and YAML line). */
export function answer<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error === undefined && result.data !== undefined) return result.data;
  const p = (result.error ?? {}) as Problem;
  throw new Error(
    `${p.detail ?? result.response.statusText}${(p.errors ?? [])
      .map((e) => `\n  ${e.line ? `line ${e.line}  ` : ''}${e.pointer}  ${e.message}`)
      .join('')}`,
  );
}
