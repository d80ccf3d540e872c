/**
 * What an integration test file needs: a PostgreSQL client, a Temporal
 * client, a worker on a task queue of its own, and the API app bound to them.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Runtime, Worker, type RuntimeOptions } from '@temporalio/worker';
import { inject } from 'vitest';
import { createActivities } from '../../activities/index.js';
import { createApp } from '../../api/app.js';
import { issueToken } from '../../api/auth.js';
import { apiDeps } from '../../api/deps.js';
import { loadRegulation, validateRegulation } from '../../regulation/load.js';
import { parse } from 'yaml';
import { connect, migrate, type Sql } from '../../storage/db.js';
import { createDealRepo } from '../../storage/deals.repo.js';
import { createRegulationRepo } from '../../storage/regulations.repo.js';
import { createManagerRepo } from '../../storage/managers.repo.js';
import type { RulesRegistry } from '../../rules/registry.js';
import type { AccountingAdapter } from '../../integrations/accounting.js';
import { loadPlugins, type PluginHost } from '../../plugins/index.js';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { webhookPolicy } from '../../integrations/webhook-target.js';
import { requestIdClientInterceptors, requestIdWorkerInterceptors } from '../../runtime/request-id.interceptors.js';

import { buildDocument } from '../../api/document.js';
import { createReglamentClient, type ReglamentClient } from '../../client/index.js';
import { responseChecker, type ResponseCheck } from './response-check.js';

export { EXAMPLE } from './paths.js';

let checkResponse: ResponseCheck | undefined;
/**
 * Every response an integration test receives is checked against the OpenAPI
 * document: a route that answers what its contract does not say fails the test.
 */
export function contractCheck(): ResponseCheck {
  return (checkResponse ??= responseChecker(buildDocument()));
}

/** `app.request` that checks each answer against the contract. */
function checkedFetch(app: { request(r: Request): Response | Promise<Response> }) {
  return async (request: Request): Promise<Response> => {
    const res = await app.request(request);
    const text = await res.clone().text();
    const type = res.headers.get('content-type');
    const body = text && /json/.test(type ?? '') ? JSON.parse(text) : text || undefined;
    contractCheck()(request.method, request.url, res.status, body, type);
    return res;
  };
}
import { EXAMPLE } from './paths.js';

let runtimeInstalled = false;

/**
 * The test stack's webhook allow-list (REGLAMENT_WEBHOOK_ALLOW): the loopback
 * receivers of test/support/webhook.ts listen on 127.0.0.1, and nothing else
 * private is allowed, so the guard stays on for every other address.
 */
export const TEST_WEBHOOK_ALLOW = '127.0.0.1';

/** The director every test acts as unless it signs in as someone else. */
export const TEST_DIRECTOR = 'test-director';

export interface Harness {
  sql: Sql;
  client: Client;
  taskQueue: string;
  app: ReturnType<typeof createApp>;
  deals: ReturnType<typeof createDealRepo>;
  regulations: ReturnType<typeof createRegulationRepo>;
  managers: ReturnType<typeof createManagerRepo>;
  plugins: PluginHost;
  /** A signed token for a user of the test database. */
  token(userId: string): Promise<string>;
  /** The typed client (generated from the OpenAPI document) as the test director, straight into the app. */
  api: ReglamentClient;
  /** The typed client signed in as someone else. */
  apiAs(token: string): ReglamentClient;
  /** `app.request` as the test director. */
  request(url: string, init?: RequestInit): Response | Promise<Response>;
  directorToken: string;
  startWorker(options?: {
    registry?: RulesRegistry;
    accounting?: AccountingAdapter;
    /** The worker's webhook allow-list (default: the harness's). */
    webhookAllow?: string;
  }): Promise<Worker>;
  close(): Promise<void>;
}

export async function createHarness(
  options: {
    plugins?: PluginHost;
    historyLimit?: number;
    jobContinueEvery?: number;
    /** The API's and the worker's webhook allow-list (default TEST_WEBHOOK_ALLOW; '' allows nothing private). */
    webhookAllow?: string;
    /** A database of the file's own instead of the suite's (see `privateDatabase`). */
    databaseUrl?: string;
    /** The process's Temporal runtime (a logger to read, the SDK's metrics exporter): the first harness's wins. */
    runtime?: RuntimeOptions;
  } = {},
): Promise<Harness> {
  if (!runtimeInstalled) {
    Runtime.install({
      logger: {
        log() {},
        trace() {},
        debug() {},
        info() {},
        warn() {},
        error: (m: string) => console.error(m),
      } as never,
      ...options.runtime,
    });
    runtimeInstalled = true;
  }
  const sql = connect(options.databaseUrl ?? inject('databaseUrl'));
  const webhookAllow = options.webhookAllow ?? TEST_WEBHOOK_ALLOW;
  const connection = await Connection.connect({ address: inject('temporalAddress') });
  const namespace = inject('namespace');
  // As in `reglament start`: starts, updates and signals carry the request id to the activities.
  const client = new Client({ connection, namespace, interceptors: requestIdClientInterceptors() });
  const taskQueue = `test-${randomUUID()}`;
  const deals = createDealRepo(sql);
  const regulations = createRegulationRepo(sql);
  const running: Array<{ worker: Worker; done: Promise<void>; connection: NativeConnection }> = [];
  const plugins = options.plugins ?? (await loadPlugins());
  const secret = `test-secret-${randomUUID()}`;
  const managers = createManagerRepo(sql);
  if (!(await managers.get(TEST_DIRECTOR)))
    await managers.upsert({ id: TEST_DIRECTOR, name: 'Test director', role: 'director' });
  const directorToken = await issueToken(secret, TEST_DIRECTOR);
  const deps = apiDeps(sql, client, taskQueue, secret, {
    plugins,
    logError: (e) => console.error(e),
    ...(options.historyLimit ? { historyLimit: options.historyLimit } : {}),
    ...(options.jobContinueEvery ? { jobContinueEvery: options.jobContinueEvery } : {}),
    webhookPolicy: webhookPolicy(webhookAllow),
  });
  const app = createApp(deps);
  const typed = (token: string) =>
    createReglamentClient({ baseUrl: 'http://reglament.test', token, fetch: checkedFetch(app) });
  return {
    sql,
    client,
    taskQueue,
    app,
    api: typed(directorToken),
    apiAs: typed,
    deals,
    regulations,
    managers,
    plugins,
    token: (userId: string) => issueToken(secret, userId),
    request: (url: string, init: RequestInit = {}) =>
      app.request(url, {
        ...init,
        headers: { authorization: `Bearer ${directorToken}`, ...(init.headers as Record<string, string>) },
      }),
    directorToken,
    async startWorker(options = {}) {
      const nativeConnection = await NativeConnection.connect({ address: inject('temporalAddress') });
      const worker = await Worker.create({
        connection: nativeConnection,
        namespace,
        taskQueue,
        workflowBundle: { codePath: inject('workflowBundlePath') },
        interceptors: requestIdWorkerInterceptors(),
        activities: createActivities({
          sql,
          registry: options.registry ?? plugins.registry,
          plugins,
          app: deps,
          ...(options.accounting ? { accounting: options.accounting } : {}),
          webhookPolicy: webhookPolicy(options.webhookAllow ?? webhookAllow),
        }),
      });
      running.push({ worker, done: worker.run(), connection: nativeConnection });
      return worker;
    },
    async close() {
      for (const r of running) {
        if (r.worker.getState() === 'RUNNING') r.worker.shutdown();
        await r.done.catch(() => {});
        await r.connection.close();
      }
      await connection.close();
      await sql.end({ timeout: 5 });
    },
  };
}

/**
 * A database of its own on the suite's PostgreSQL, migrated: for a file whose
 * workers must not see (or drain) the rows of other files running beside it.
 */
export async function privateDatabase(name: string): Promise<string> {
  const url = new URL(inject('databaseUrl'));
  const admin = connect(url.href);
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  url.pathname = `/${name}`;
  const sql = connect(url.href);
  try {
    await migrate(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
  return url.href;
}

/** Publishes a regulation from YAML text (or the B2B example) and returns its id and version. */
export async function publish(h: Harness, text = readFileSync(EXAMPLE, 'utf8'), registry?: RulesRegistry) {
  const regulation = registry
    ? validateRegulation(parse(text), { registry })
    : loadRegulation(text, undefined, { composer: h.plugins });
  return h.regulations.publish(regulation, 'test', text);
}

/** Polls `GET /jobs/:id` until the job has ended; returns the job with its report. */
export async function waitForJob(h: Harness, jobId: string, timeoutMs = 60_000): Promise<Record<string, any>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await call(h, 'GET', `/jobs/${jobId}`);
    if (res.status !== 200) throw new Error(`GET /jobs/${jobId} answered ${res.status}: ${JSON.stringify(res.body)}`);
    if (res.body.status !== 'running') return res.body;
    if (Date.now() > deadline)
      throw new Error(`job ${jobId} still running after ${timeoutMs} ms: ${JSON.stringify(res.body)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** JSON request against the app, returning status and parsed body. */
export async function call<T = Record<string, any>>(
  h: Harness,
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T; contentType: string | null }> {
  const res = await h.app.request(url, {
    method,
    // As the test director unless the caller signs in otherwise (a token or an API key).
    headers: {
      'content-type': 'application/json',
      ...(headers.authorization || headers['x-api-key'] ? {} : { authorization: `Bearer ${h.directorToken}` }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await res.text();
  const contentType = res.headers.get('content-type');
  const parsed = text && /json/.test(contentType ?? '') ? JSON.parse(text) : text || undefined;
  contractCheck()(method, url, res.status, parsed, contentType);
  return { status: res.status, body: parsed as T, contentType };
}

/** Two managers, a head and a director in one department, in UTC: the team the fast-timer tests use. */
export async function putTeam(h: Harness, prefix: string, department: string) {
  for (const [id, role] of [
    [`${prefix}-m1`, 'manager'],
    [`${prefix}-m2`, 'manager'],
    [`${prefix}-head`, 'head'],
    [`${prefix}-dir`, 'director'],
  ] as const) {
    await call(h, 'PUT', `/managers/${id}`, { name: id, role, department, timezone: 'UTC' });
  }
}

/** Runs the `reglament` CLI (cli/bin.js) with extra environment, answering its exit code and output. */
export function reglament(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'cli/bin.js'), ...args], {
      env: { ...process.env, ...env, NO_COLOR: '1' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
  });
}
