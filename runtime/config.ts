/**
 * Runtime configuration: `temporal.yaml` plus environment overrides.
 *
 * | variable                   | effect                                                          |
 * | -------------------------- | --------------------------------------------------------------- |
 * | TEMPORAL_ADDRESS           | use this Temporal cluster instead of the embedded dev server    |
 * | TEMPORAL_NAMESPACE         | namespace on that cluster                                       |
 * | DATABASE_URL               | use this PostgreSQL instead of the embedded one                 |
 * | REGLAMENT_DATA_DIR         | where embedded servers keep their files (default `.data`)       |
 * | PORT                       | API port (default 3000)                                         |
 * | REGLAMENT_TEMPORAL_PORT    | the dev server's gRPC port (default `devServer.port`, 7233)     |
 * | REGLAMENT_TEMPORAL_UI_PORT | the dev server's web UI port (default `devServer.uiPort`, 8233) |
 * | REGLAMENT_POSTGRES_PORT    | the embedded PostgreSQL's port (default 54329)                  |
 *
 * Metrics (`REGLAMENT_METRICS_*`, `REGLAMENT_TEMPORAL_METRICS`) are read
 * by runtime/metrics-server.ts; every variable is in docs/DEPLOYMENT.md.
 * Request budgets (`REGLAMENT_LOGIN_FAILURES`, …, defaults in
 * `app/rate-limits.ts`) and the signing secrets are in docs/SECURITY.md.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { RateLimits } from '../app/rate-limits.js';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface TemporalSettings {
  namespace: string;
  taskQueue: string;
  searchAttributes: Record<string, 'Keyword' | 'Text' | 'Int' | 'Double' | 'Bool' | 'Datetime' | 'KeywordList'>;
  devServer: { cliVersion: string; ip: string; port: number; uiPort: number; dbFile: string; logLevel: string };
}

export interface RuntimeConfig {
  temporal: TemporalSettings & { address?: string };
  databaseUrl?: string;
  dataDir: string;
  apiPort: number;
  /** Port of the embedded PostgreSQL (when DATABASE_URL is unset). */
  postgresPort: number;
  /** Request budgets set in the environment; the rest keep `DEFAULT_RATE_LIMITS`. */
  rateLimits: Partial<RateLimits>;
}

export const DEFAULT_POSTGRES_PORT = 54329;

/** A TCP port number from the environment variable `name`, or undefined when unset. */
export function portFromEnv(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const text = env[name];
  if (text === undefined || text === '') return undefined;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${name}=${text} is not a TCP port number`);
  return port;
}

/** A whole number (0 or more) from the environment variable `name`, or undefined when unset. */
function countFromEnv(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const text = env[name];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name}=${text} is not a whole number`);
  return value;
}

/** The budgets whose environment variable is set (docs/SECURITY.md lists them with their defaults). */
function rateLimitsFromEnv(env: NodeJS.ProcessEnv): Partial<RateLimits> {
  const limits: Record<keyof RateLimits, number | undefined> = {
    loginFailures: countFromEnv(env, 'REGLAMENT_LOGIN_FAILURES'),
    loginBlockSeconds: countFromEnv(env, 'REGLAMENT_LOGIN_BLOCK_SECONDS'),
    loginBlockMaxSeconds: countFromEnv(env, 'REGLAMENT_LOGIN_BLOCK_MAX'),
    loginFailuresPerIp: countFromEnv(env, 'REGLAMENT_LOGIN_FAILURES_PER_IP'),
    loginIpWindowSeconds: countFromEnv(env, 'REGLAMENT_LOGIN_IP_WINDOW'),
    apiKeyPerMinute: countFromEnv(env, 'REGLAMENT_API_KEY_PER_MINUTE'),
    intakePerMinute: countFromEnv(env, 'REGLAMENT_INTAKE_PER_MINUTE'),
    analyticsPerMinute: countFromEnv(env, 'REGLAMENT_ANALYTICS_PER_MINUTE'),
    proxyHops: countFromEnv(env, 'REGLAMENT_TRUST_PROXY_HOPS'),
  };
  return Object.fromEntries(Object.entries(limits).filter(([, v]) => v !== undefined));
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const file = parse(readFileSync(path.join(PROJECT_ROOT, 'temporal.yaml'), 'utf8')) as TemporalSettings;
  const port = portFromEnv(env, 'REGLAMENT_TEMPORAL_PORT');
  const uiPort = portFromEnv(env, 'REGLAMENT_TEMPORAL_UI_PORT');
  return {
    temporal: {
      ...file,
      devServer: {
        ...file.devServer,
        ...(port !== undefined ? { port } : {}),
        ...(uiPort !== undefined ? { uiPort } : {}),
      },
      namespace: env.TEMPORAL_NAMESPACE ?? file.namespace,
      ...(env.TEMPORAL_ADDRESS ? { address: env.TEMPORAL_ADDRESS } : {}),
    },
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    dataDir: path.resolve(PROJECT_ROOT, env.REGLAMENT_DATA_DIR ?? '.data'),
    apiPort: Number(env.PORT ?? 3000),
    postgresPort: portFromEnv(env, 'REGLAMENT_POSTGRES_PORT') ?? DEFAULT_POSTGRES_PORT,
    rateLimits: rateLimitsFromEnv(env),
  };
}
