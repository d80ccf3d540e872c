/**
 * Where Prometheus scrapes a process: `GET /metrics` on a port of its own
 * (`REGLAMENT_METRICS_PORT`), never on the API's port. Every role serves it,
 * since the worker half records transitions and timer lag and has no API;
 * it listens on loopback unless `REGLAMENT_METRICS_HOST` says otherwise, and
 * with `REGLAMENT_METRICS_TOKEN` it answers only `Authorization: Bearer
 * <token>`. Unset port: no metrics server at all.
 *
 * The Temporal SDK's own worker metrics (`temporal_*`: task slots, poll
 * latencies, sticky cache) come from the SDK's Prometheus exporter, a Rust
 * server the runtime starts on `REGLAMENT_TEMPORAL_METRICS`; it has
 * no authentication, so it is a loopback or pod-network address.
 *
 * @example
 * const settings = metricsSettings();
 * Runtime.install({ logger, telemetryOptions: temporalTelemetry(settings) });
 * const server = settings.port ? await startMetricsServer({ ...settings, port: settings.port, sql }) : undefined;
 *
 * @module
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RuntimeOptions } from '@temporalio/worker';
import { collectProcessMetrics, registry, watchBacklog } from '../app/metrics.js';
import { createBacklogRepo } from '../storage/backlog.repo.js';
import type { Sql } from '../storage/db.js';
import { portFromEnv } from './config.js';

export interface MetricsSettings {
  /** Port of this process's `/metrics`; undefined: not served. */
  port?: number;
  /** Interface it listens on (default loopback). */
  host: string;
  /** When set, scrapes must send it as a bearer token. */
  token?: string;
  /** `host:port` for the Temporal SDK's Prometheus exporter; undefined: off. */
  temporalAddress?: string;
}

export function metricsSettings(env: NodeJS.ProcessEnv = process.env): MetricsSettings {
  const port = portFromEnv(env, 'REGLAMENT_METRICS_PORT');
  return {
    ...(port !== undefined ? { port } : {}),
    host: env.REGLAMENT_METRICS_HOST || '127.0.0.1',
    ...(env.REGLAMENT_METRICS_TOKEN ? { token: env.REGLAMENT_METRICS_TOKEN } : {}),
    ...(env.REGLAMENT_TEMPORAL_METRICS ? { temporalAddress: env.REGLAMENT_TEMPORAL_METRICS } : {}),
  };
}

/**
 * `Runtime.install`'s telemetry: the SDK's exporter on `temporalAddress`,
 * durations in seconds like ours. Undefined leaves the SDK's defaults.
 */
export function temporalTelemetry(
  settings: Pick<MetricsSettings, 'temporalAddress'>,
): RuntimeOptions['telemetryOptions'] {
  if (!settings.temporalAddress) return undefined;
  return {
    metrics: { prometheus: { bindAddress: settings.temporalAddress, useSecondsForDurations: true } },
  };
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Constant-time: how much of a guess matched must not show in the time to refuse it. */
function authorised(req: IncomingMessage, token: string | undefined): boolean {
  if (!token) return true;
  const m = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
  return !!m && timingSafeEqual(digest(m[1]!), digest(token));
}

function answer(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

/**
 * Serves the process's registry at `GET /metrics`; the backlog gauges read
 * `sql` at each scrape. Resolves once listening.
 */
export async function startMetricsServer(options: {
  port: number;
  host: string;
  token?: string;
  sql: Sql;
}): Promise<{ url: string; close(): Promise<void> }> {
  collectProcessMetrics();
  const backlog = createBacklogRepo(options.sql);
  watchBacklog(() => backlog.read());
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/metrics') return answer(res, 404, 'not found: metrics are at /metrics\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') return answer(res, 405, 'GET only\n', { allow: 'GET, HEAD' });
    if (!authorised(req, options.token)) {
      return answer(res, 401, 'a bearer token is required\n', { 'www-authenticate': 'Bearer realm="metrics"' });
    }
    registry.metrics().then(
      (text) => answer(res, 200, req.method === 'HEAD' ? '' : text, { 'content-type': registry.contentType }),
      (error: unknown) => answer(res, 500, `metrics failed: ${error instanceof Error ? error.message : error}\n`),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // a scraper's kept-alive connection must not hold the shutdown
      }),
  };
}
