/**
 * The HTTP API in a process of its own, so a test can kill it with SIGKILL.
 * Configured by environment: TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TASK_QUEUE,
 * DATABASE_URL, PORT, REGLAMENT_JWT_SECRET, and optionally INTAKE_LEASE_MS.
 * Prints "ready" once listening.
 */
import { serve } from '@hono/node-server';
import { Client, Connection } from '@temporalio/client';
import { createApp } from '../../api/app.js';
import { apiDeps } from '../../api/deps.js';
import { builtinPbxNames } from '../../app/telephony.js';
import { loadPlugins } from '../../plugins/index.js';
import { connect } from '../../storage/db.js';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const sql = connect(env('DATABASE_URL'));
const plugins = await loadPlugins(undefined, undefined, { builtinPbx: builtinPbxNames() });
// Lazy: the API starts (and answers 503) even while Temporal is down.
const connection = Connection.lazy({ address: env('TEMPORAL_ADDRESS') });
const temporal = new Client({ connection, namespace: env('TEMPORAL_NAMESPACE') });
const lease = Number(process.env.INTAKE_LEASE_MS ?? 0);
const app = createApp(
  apiDeps(sql, temporal, env('TASK_QUEUE'), env('REGLAMENT_JWT_SECRET'), {
    plugins,
    intakeTimeoutMs: 2_000,
    ...(lease ? { intakeLeaseMs: lease } : {}),
    logError: () => {},
  }),
);
serve({ fetch: app.fetch, port: Number(env('PORT')), hostname: '127.0.0.1' }, () => console.log('ready'));
