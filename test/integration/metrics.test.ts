/**
 * `/metrics` after real traffic through the API and a real worker: requests
 * counted by route pattern and status and timed, transitions counted, a
 * reminder's lag observed, the queues' backlog read from PostgreSQL; served
 * only on the metrics port and only with its token. The Temporal SDK's own
 * exporter answers on its port.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchWorker } from '../../app/metrics.js';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { startMetricsServer, temporalTelemetry } from '../../runtime/metrics-server.js';
import { freePort } from '../../runtime/ports.js';
import { call, createHarness, publish, putTeam, type Harness } from '../support/harness.js';
import { eventually } from '../support/eventually.js';
import { parseMetrics, valueOf, type Sample } from '../support/prometheus.js';
import { webhookReceiver } from '../support/webhook.js';

const FAST = readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/regulations/fast-timers.yaml'), 'utf8');
const TOKEN = 'scrape-secret-1';

describe('metrics', () => {
  let h: Harness;
  let metrics: Awaited<ReturnType<typeof startMetricsServer>>;
  let hook: Awaited<ReturnType<typeof webhookReceiver>>;
  let sdkMetricsUrl: string;

  const scrape = async (): Promise<Sample[]> => {
    const res = await fetch(metrics.url, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return parseMetrics(await res.text());
  };

  beforeAll(async () => {
    const sdkAddress = `127.0.0.1:${await freePort()}`;
    sdkMetricsUrl = `http://${sdkAddress}/metrics`;
    h = await createHarness({ runtime: { telemetryOptions: temporalTelemetry({ temporalAddress: sdkAddress })! } });
    await publish(h);
    await publish(h, FAST);
    await putTeam(h, 'mx', 'mx');
    // As `createDealWorker` does for `reglament start`: the worker gauges report it.
    watchWorker(await h.startWorker());
    metrics = await startMetricsServer({ port: await freePort(), host: '127.0.0.1', token: TOKEN, sql: h.sql });
    hook = await webhookReceiver();
  });
  afterAll(async () => {
    hook?.close();
    await metrics?.close();
    await h?.close();
  });

  it('should count and time requests by route and status, and count the transitions they made', async () => {
    const before = await scrape();
    // The first scrape already knows the read succeeded (its gauges are collected side by side).
    expect(valueOf(before, 'reglament_backlog_read_ok')).toBe(1);
    const dealsCreated = { method: 'POST', route: '/deals', status: '201' };
    const tasksDone = { method: 'POST', route: '/tasks/:id/complete', status: '200' };
    const webhooksMade = { method: 'POST', route: '/webhooks', status: '201' };

    expect((await call(h, 'POST', '/webhooks', { url: hook.url })).status).toBe(201);
    const deal = (await call(h, 'POST', '/deals', { regulationId: 'b2b_basic', owner: 'gleb', client: { name: 'Mx' } }))
      .body;
    expect(deal.id).toEqual(expect.any(String));
    const done = await call(h, 'POST', `/tasks/${deal.id}:1:call_client/complete`, {
      outcome: 'ok',
      fields: { decision_maker: 'Smirnov' },
    });
    expect(done.status).toBe(200);

    const after = await scrape();
    const grew = (name: string, labels: Record<string, string>) =>
      (valueOf(after, name, labels) ?? 0) - (valueOf(before, name, labels) ?? 0);
    expect(grew('reglament_http_requests_total', dealsCreated)).toBe(1);
    expect(grew('reglament_http_requests_total', tasksDone)).toBe(1);
    expect(grew('reglament_http_requests_total', webhooksMade)).toBe(1);
    // The route pattern, never the raw path with a deal's id in it.
    expect(after.some((s) => s.labels.route?.includes(deal.id))).toBe(false);
    const { method, route } = dealsCreated;
    expect(grew('reglament_http_request_duration_seconds_count', { method, route })).toBe(1);
    expect(valueOf(after, 'reglament_http_request_duration_seconds_sum', { method, route })).toBeGreaterThan(0);
    expect(
      valueOf(after, 'reglament_http_request_duration_seconds_bucket', { method, route, le: '+Inf' }),
    ).toBeGreaterThanOrEqual(1);
    // The start wrote transition 1, the completion transition 2 (at least: other deals may move meanwhile).
    expect(grew('reglament_transitions_total', {})).toBeGreaterThanOrEqual(2);
  });

  it('should read every queue’s backlog and the dead letters from PostgreSQL at each scrape', async () => {
    const samples = await scrape();
    expect(valueOf(samples, 'reglament_backlog_read_ok')).toBe(1);
    for (const queue of ['inbox', 'webhooks', 'mail']) {
      expect(valueOf(samples, 'reglament_backlog_items', { queue })).toBeGreaterThanOrEqual(0);
      expect(valueOf(samples, 'reglament_backlog_oldest_age_seconds', { queue })).toBeGreaterThanOrEqual(0);
    }
    for (const queue of ['intake', 'webhooks']) {
      expect(valueOf(samples, 'reglament_dead_letters', { queue })).toBeGreaterThanOrEqual(0);
    }
    // The deal walked above is still open, so its workflow is in the worker's cache.
    expect(valueOf(samples, 'reglament_worker_cached_workflows')).toBeGreaterThanOrEqual(1);
    for (const kind of ['workflow_activation', 'activity', 'local_activity']) {
      expect(valueOf(samples, 'reglament_worker_in_flight', { kind })).toBeGreaterThanOrEqual(0);
    }
    expect(valueOf(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
  });

  it('should observe how late a reminder fired', async () => {
    const kind = { kind: 'reminder' };
    const first = await scrape();
    const before = valueOf(first, 'reglament_timer_lag_seconds_count', kind) ?? 0;
    const sumBefore = valueOf(first, 'reglament_timer_lag_seconds_sum', kind) ?? 0;
    const deal = (
      await call(h, 'POST', '/deals', { regulationId: 'fast_timers', owner: 'mx-m1', client: { name: 'L' } })
    ).body;
    expect(deal.id).toEqual(expect.any(String));
    // The fast regulation's first reminder is due a second after the start.
    const samples = await eventually('a reminder observed', async () => {
      const now = await scrape();
      return (valueOf(now, 'reglament_timer_lag_seconds_count', kind) ?? 0) > before ? now : undefined;
    });
    const fired = valueOf(samples, 'reglament_timer_lag_seconds_count', kind)! - before;
    const lag = valueOf(samples, 'reglament_timer_lag_seconds_sum', kind)! - sumBefore;
    // Reminders fire within a second of their due instant (reminders-escalation.test.ts); 5 s is a wide margin.
    expect(lag / fired).toBeGreaterThanOrEqual(0);
    expect(lag / fired).toBeLessThan(5);
  });

  it('should refuse /metrics without the token, and not serve it on the API port', async () => {
    expect((await fetch(metrics.url)).status).toBe(401);
    expect((await fetch(metrics.url, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await fetch(metrics.url.replace('/metrics', '/'))).status).toBe(404);
    // The API's own port knows no /metrics, signed in or not (no sub-app is mounted at that prefix).
    expect((await h.app.request('/metrics')).status).toBe(404);
    expect((await h.request('/metrics')).status).toBe(404);
  });

  it('should serve the Temporal SDK’s worker metrics on their own port', async () => {
    const text = await eventually('temporal_ metrics', async () => {
      const res = await fetch(sdkMetricsUrl).catch(() => undefined);
      const body = res?.ok ? await res.text() : '';
      return /^temporal_\w+/m.test(body) ? body : undefined;
    });
    expect(text).toMatch(/^temporal_worker_task_slots_available\{/m);
  });
});
