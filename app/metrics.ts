/**
 * The process's Prometheus metrics (prom-client): one registry per process,
 * because what a request, a transition or a firing timer records must reach
 * the one `/metrics` this process serves, whichever role it runs. The API
 * records requests, the activities transitions and timer lag; the queues'
 * backlog and the worker's load are read when scraped. docs/OPERATIONS.md
 * lists every metric.
 *
 * @example
 * metrics.transitions.inc();
 * watchBacklog(() => createBacklogRepo(sql).read());
 * const text = await registry.metrics();
 *
 * @module
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Backlog } from '../storage/backlog.repo.js';

export const registry = new Registry();

const QUEUES = ['inbox', 'webhooks', 'mail'] as const;

/** Seconds: from a cheap read to a slow report export. */
const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Seconds late: a timer is due to the millisecond; a second late is noticeable, a minute an incident. */
const LAG_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

/** A scrape reads the database once, even though three gauges ask. */
const BACKLOG_CACHE_MS = 1_000;
let readBacklog: (() => Promise<Backlog>) | undefined;
let lastRead: { at: number; backlog: Promise<Backlog> } | undefined;

function backlogNow(): Promise<Backlog> | undefined {
  if (!readBacklog) return undefined;
  if (!lastRead || Date.now() - lastRead.at > BACKLOG_CACHE_MS) {
    lastRead = { at: Date.now(), backlog: readBacklog() };
  }
  return lastRead.backlog;
}

/**
 * Sets a gauge from the database, or leaves it empty when it does not answer:
 * a scrape must still answer, the other metrics are worth having while
 * PostgreSQL is away (`reglament_backlog_read_ok` says so).
 */
async function collectBacklog(set: (b: Backlog) => void, gauge: Gauge<string>): Promise<void> {
  gauge.reset();
  const pending = backlogNow();
  if (!pending) return;
  try {
    set(await pending);
  } catch {
    // absent rather than stale or zero
  }
}

interface WorkerLoad {
  numInFlightWorkflowActivations: number;
  numInFlightNonLocalActivities: number;
  numInFlightLocalActivities: number;
  numCachedWorkflows: number;
}
const workers = new Set<{ getStatus(): WorkerLoad }>();

export const metrics = {
  httpRequests: new Counter({
    name: 'reglament_http_requests_total',
    help: 'HTTP requests answered, by route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  }),
  httpDuration: new Histogram({
    name: 'reglament_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: HTTP_BUCKETS,
    registers: [registry],
  }),
  transitions: new Counter({
    name: 'reglament_transitions_total',
    help: 'Deal transitions written (each once, however often its activity is retried)',
    registers: [registry],
  }),
  timerLag: new Histogram({
    name: 'reglament_timer_lag_seconds',
    help: 'How late a reminder or escalation fired: when it was recorded minus when it was due',
    labelNames: ['kind'] as const,
    buckets: LAG_BUCKETS,
    registers: [registry],
  }),
  backlogItems: new Gauge({
    name: 'reglament_backlog_items',
    help: 'Items waiting in a durable queue (inbox: intake events not yet applied; webhooks, mail: deliveries)',
    labelNames: ['queue'] as const,
    registers: [registry],
    async collect() {
      await collectBacklog((b) => QUEUES.forEach((q) => this.set({ queue: q }, b[q].items)), this);
    },
  }),
  backlogAge: new Gauge({
    name: 'reglament_backlog_oldest_age_seconds',
    help: 'Age of the oldest item waiting in a durable queue (0 when it is empty)',
    labelNames: ['queue'] as const,
    registers: [registry],
    async collect() {
      await collectBacklog((b) => QUEUES.forEach((q) => this.set({ queue: q }, b[q].oldestAgeSeconds)), this);
    },
  }),
  deadLetters: new Gauge({
    name: 'reglament_dead_letters',
    help: 'Work given up: intake events that could not be taken, webhook deliveries out of attempts',
    labelNames: ['queue'] as const,
    registers: [registry],
    async collect() {
      await collectBacklog((b) => {
        this.set({ queue: 'intake' }, b.deadLetters.intake);
        this.set({ queue: 'webhooks' }, b.deadLetters.webhooks);
      }, this);
    },
  }),
  backlogReadOk: new Gauge({
    name: 'reglament_backlog_read_ok',
    help: '1 when this scrape read the queues from PostgreSQL, 0 when it could not',
    registers: [registry],
    // Its own collect, awaiting the same read: a registry collects its metrics concurrently.
    async collect() {
      const pending = backlogNow();
      if (!pending) return this.reset();
      this.set(
        await pending.then(
          () => 1,
          () => 0,
        ),
      );
    },
  }),
  workerInFlight: new Gauge({
    name: 'reglament_worker_in_flight',
    help: "Tasks this process's Temporal workers are running now, by kind",
    labelNames: ['kind'] as const,
    registers: [registry],
    collect() {
      this.reset();
      if (workers.size === 0) return;
      const sum = (f: (s: WorkerLoad) => number) => [...workers].reduce((n, w) => n + f(w.getStatus()), 0);
      this.set(
        { kind: 'workflow_activation' },
        sum((s) => s.numInFlightWorkflowActivations),
      );
      this.set(
        { kind: 'activity' },
        sum((s) => s.numInFlightNonLocalActivities),
      );
      this.set(
        { kind: 'local_activity' },
        sum((s) => s.numInFlightLocalActivities),
      );
    },
  }),
  cachedWorkflows: new Gauge({
    name: 'reglament_worker_cached_workflows',
    help: "Workflow executions held in this process's workers' caches",
    registers: [registry],
    collect() {
      this.reset();
      if (workers.size > 0) this.set([...workers].reduce((n, w) => n + w.getStatus().numCachedWorkflows, 0));
    },
  }),
};

/** The backlog gauges read through `read` at scrape time; the last call wins (one database per process). */
export function watchBacklog(read: () => Promise<Backlog>): void {
  readBacklog = read;
  lastRead = undefined;
}

/** A worker whose in-flight tasks and cache the worker gauges report until it is `unwatch`ed. */
export function watchWorker(worker: { getStatus(): WorkerLoad }): () => void {
  workers.add(worker);
  return () => workers.delete(worker);
}

let defaults = false;
/** Node's own metrics (CPU, memory, event-loop lag, GC) under their usual names; once per process. */
export function collectProcessMetrics(): void {
  if (defaults) return;
  defaults = true;
  collectDefaultMetrics({ register: registry });
}

/** One answered request, as the request middleware sees it. */
export function observeRequest(r: { method: string; route: string; status: number; seconds: number }): void {
  metrics.httpRequests.inc({ method: r.method, route: r.route, status: String(r.status) });
  metrics.httpDuration.observe({ method: r.method, route: r.route }, r.seconds);
}
