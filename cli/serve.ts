/**
 * `reglament start`: the whole product in one process on embedded defaults:
 * Temporal dev server, PostgreSQL, worker and HTTP API. On a cluster
 * (`TEMPORAL_ADDRESS`, `DATABASE_URL`), `--role api` or `--role worker` runs
 * one half, so API processes and workers scale apart (docs/DEPLOYMENT.md).
 *
 * @module
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { Client, Connection } from '@temporalio/client';
import { Runtime } from '@temporalio/worker';
import { createApp } from '../api/app.js';
import { invite } from '../app/auth.js';
import { builtinPbxNames } from '../app/telephony.js';
import { fileDropAdapter } from '../integrations/accounting.js';
import { loadPlugins } from '../plugins/index.js';
import { ensureSettlementSchedule, ensureWinModelSchedule } from '../runtime/schedules.js';
import { loadRegulation } from '../regulation/load.js';
import { PROJECT_ROOT, loadConfig } from '../runtime/config.js';
import { followLaunchers } from '../runtime/lifeline.js';
import { startStack } from '../runtime/stack.js';
import { bundleWorkflows, createDealWorker } from '../runtime/worker.js';
import { issueToken } from '../api/auth.js';
import { apiDeps } from '../api/deps.js';
import { jwtSecret, previousJwtSecret } from '../runtime/secret.js';
import { createManagerRepo } from '../storage/managers.repo.js';
import { INBOX_WORKFLOW_ID, MAIL_WORKFLOW_ID, OUTBOX_WORKFLOW_ID } from '../workflows/definitions.js';
import { startCatchAll } from '../runtime/catch-all.js';
import { createRegulationRepo } from '../storage/regulations.repo.js';
import { createLogger, temporalLogger } from '../runtime/logger.js';
import { metricsSettings, startMetricsServer, temporalTelemetry } from '../runtime/metrics-server.js';
import { requestIdClientInterceptors } from '../runtime/request-id.interceptors.js';
import { c, step } from './output.js';

export const EXAMPLES_DIR = path.join(PROJECT_ROOT, 'examples', 'regulations');

/** Which halves a process runs: both (the default), only the HTTP API, or only the Temporal worker. */
export type Role = 'all' | 'api' | 'worker';

export async function startReglament(options: { port?: number; examples?: boolean; role?: Role }) {
  const role = options.role ?? 'all';
  const serving = role !== 'worker';
  const working = role !== 'api';
  // Requests, transitions and failures as log lines (REGLAMENT_LOG_LEVEL; the SDK's by REGLAMENT_TEMPORAL_LOG_LEVEL).
  const log = createLogger();
  // Prometheus: our /metrics on REGLAMENT_METRICS_PORT, the SDK's exporter on REGLAMENT_TEMPORAL_METRICS.
  const metrics = metricsSettings();
  const telemetryOptions = temporalTelemetry(metrics);
  Runtime.install({
    logger: temporalLogger(log, (process.env.REGLAMENT_TEMPORAL_LOG_LEVEL as 'WARN') ?? 'INFO'),
    ...(telemetryOptions ? { telemetryOptions } : {}),
  });
  // npm or tsx in front of this process killed, even by SIGKILL: stop as on Ctrl+C (before that, just exit).
  let onLauncherGone: () => void = () => process.exit(1);
  followLaunchers((launcher) => {
    step(c.warn(`${launcher.command} (pid ${launcher.pid}) has ended: stopping`));
    onLauncherGone();
  });
  const config = loadConfig();
  const stack = await startStack(config, { log: step });
  // A plugin's PBX adapter may not take a built-in one's name: refused here, at start, like a fact clash.
  const plugins = await loadPlugins((line) => step(c.warn(line)), undefined, { builtinPbx: builtinPbxNames() });
  step(
    `plugins: ${[...plugins.plugins.values()].map((p) => `${p.manifest.id}@${p.manifest.version}`).join(', ') || 'none'}`,
  );
  const regulations = createRegulationRepo(stack.sql);
  if (options.examples !== false) {
    for (const file of readdirSync(EXAMPLES_DIR)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()) {
      const text = readFileSync(path.join(EXAMPLES_DIR, file), 'utf8');
      const regulation = loadRegulation(text, file, { composer: plugins });
      // An example seeds a regulation once; later versions are the director's, not overwritten here.
      const current = await regulations.get(regulation.id);
      if (current) {
        step(`regulation ${c.bold(regulation.id)} version ${current.version} ${c.dim('(kept)')}`);
        continue;
      }
      const published = await regulations.publish(regulation, 'reglament start', text, `example ${file}`);
      step(`regulation ${c.bold(regulation.id)} version ${published.version} ${c.ok('published')}`);
    }
  }
  // --- Mail (e-mail to clients): without SMTP_URL, a local catch-all SMTP server keeps what is sent
  // (GET /mail/catch-all), so nothing needs a mail server. The mail activities read SMTP_URL when they send.
  const catchAll = process.env.SMTP_URL ? undefined : await startCatchAll(stack.sql, { onError: (e) => log.error(e) });
  if (catchAll) {
    process.env.SMTP_URL = catchAll.url;
    step(`mail goes to the local catch-all ${catchAll.url} ${c.dim('(GET /mail/catch-all; set SMTP_URL to send)')}`);
  }
  // --- end of mail
  if (working) step('bundling workflow code');
  const bundle = working ? await bundleWorkflows() : undefined;
  const connection = await Connection.connect({ address: stack.temporalAddress });
  // Starts, updates and signals carry the id of the request they serve (X-Request-Id) to the activities' logs.
  const temporal = new Client({
    connection,
    namespace: config.temporal.namespace,
    interceptors: requestIdClientInterceptors(),
  });
  // Settlements from accounting arrive as files in a drop folder, pulled by a schedule.
  const dropDir = process.env.REGLAMENT_ACCOUNTING_DROP ?? path.join(config.dataDir, 'accounting', 'inbox');
  const dealWorker = working
    ? await createDealWorker({
        address: stack.temporalAddress,
        namespace: config.temporal.namespace,
        taskQueue: config.temporal.taskQueue,
        sql: stack.sql,
        bundle,
        plugins,
        temporal,
        accounting: fileDropAdapter(dropDir),
      })
    : undefined;
  const running = dealWorker?.worker.run();
  if (dealWorker) step(`worker polling ${c.bold(config.temporal.taskQueue)}`);
  const every = process.env.REGLAMENT_ACCOUNTING_EVERY ?? '5 minutes';
  if (await ensureSettlementSchedule(temporal, { taskQueue: config.temporal.taskQueue, every })) {
    step(`accounting import scheduled every ${every} from ${dropDir}`);
  }
  const winEvery = process.env.REGLAMENT_WIN_MODEL_EVERY ?? '1 hour';
  if (await ensureWinModelSchedule(temporal, { taskQueue: config.temporal.taskQueue, every: winEvery })) {
    step(`win model refitted every ${winEvery}`);
  }
  const secret = jwtSecret(config);
  const managers = createManagerRepo(stack.sql);
  // A first director and admin, so a newcomer can sign in; existing people are left as they are.
  for (const [id, name, role] of [
    ['director', 'Sales director', 'director'],
    ['admin', 'Administrator', 'admin'],
  ] as const) {
    if (!(await managers.get(id))) await managers.upsert({ id, name, role });
  }
  const token = await issueToken(secret, 'director', 30 * 24 * 3600);
  // The outbox and inbox drainers run once per namespace; starting them again finds the running ones.
  for (const [workflow, workflowId] of [
    ['outboxWorkflow', OUTBOX_WORKFLOW_ID],
    ['inboxWorkflow', INBOX_WORKFLOW_ID],
    ['mailWorkflow', MAIL_WORKFLOW_ID],
  ] as const) {
    await temporal.workflow
      .start(workflow, {
        workflowId,
        taskQueue: config.temporal.taskQueue,
        args: [{}],
        workflowIdConflictPolicy: 'USE_EXISTING',
      })
      .catch((error: unknown) => step(c.warn(`${workflow} not started: ${(error as Error).message}`)));
  }
  const maxBodyBytes = Number(process.env.REGLAMENT_BODY_LIMIT ?? 0) || undefined;
  const previousSecret = previousJwtSecret();
  const deps = apiDeps(stack.sql, temporal, config.temporal.taskQueue, secret, {
    plugins,
    log,
    rateLimits: config.rateLimits,
    ...(previousSecret ? { jwtPreviousSecret: previousSecret } : {}),
    ...(maxBodyBytes ? { maxBodyBytes } : {}),
  });
  const app = createApp(deps);
  const port = options.port ?? config.apiPort;
  // Until the director has a password, each start prints a fresh one-time link to set it.
  const invitation = (await deps.auth.passwordHash('director'))?.hash
    ? undefined
    : await invite(deps, 'director', 'system');
  // Loopback by default; REGLAMENT_HOST=0.0.0.0 in a container, behind its port mapping.
  const hostname = process.env.REGLAMENT_HOST || '127.0.0.1';
  const server = serving ? serve({ fetch: app.fetch, port, hostname }) : undefined;
  const metricsServer = metrics.port
    ? await startMetricsServer({
        port: metrics.port,
        host: metrics.host,
        sql: stack.sql,
        ...(metrics.token ? { token: metrics.token } : {}),
      })
    : undefined;

  console.log('');
  console.log(`${c.ok('Reglament is running')}`);
  if (role !== 'all')
    console.log(`  Role           ${c.bold(role === 'api' ? 'API only (no worker)' : 'worker only (no API)')}`);
  if (serving) console.log(`  API            ${c.info(`http://127.0.0.1:${port}`)}`);
  if (serving) console.log(`  Workspace      ${c.info(`http://127.0.0.1:${port}/`)}`);
  if (invitation)
    console.log(`  Set password   ${c.info(`http://127.0.0.1:${port}/accept?token=${invitation.token}`)}   (director)`);
  console.log(`  TOKEN          ${c.dim(token)}`);
  console.log(`                 (user "director", 30 days; npx reglament token <user> makes others)`);
  console.log(`  Try            curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:${port}/regulations`);
  if (stack.temporalUiUrl)
    console.log(`  Temporal UI    ${c.info(stack.temporalUiUrl)}   (namespace ${config.temporal.namespace})`);
  else console.log(`  Temporal       ${stack.temporalAddress}   (namespace ${config.temporal.namespace})`);
  console.log(`  PostgreSQL     ${c.dim(stack.databaseUrl.replace(/:[^:@/]+@/, ':***@'))}`);
  if (metricsServer)
    console.log(`  Metrics        ${c.info(metricsServer.url)}${metrics.token ? '   (bearer token)' : ''}`);
  if (metrics.temporalAddress) console.log(`  SDK metrics    ${c.info(`http://${metrics.temporalAddress}/metrics`)}`);
  console.log(`  Press Ctrl+C to stop.`);

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    step('stopping');
    server?.close();
    dealWorker?.worker.shutdown();
    await running?.catch(() => {});
    await metricsServer?.close();
    await dealWorker?.connection.close();
    await catchAll?.stop();
    await connection.close();
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  onLauncherGone = () => void shutdown();
  return { port, shutdown };
}
