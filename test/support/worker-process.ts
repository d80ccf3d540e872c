/**
 * A deal worker in a process of its own, so a test can kill it with SIGKILL.
 * Configured by environment: TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TASK_QUEUE,
 * DATABASE_URL, WORKFLOW_BUNDLE. Prints "ready" once polling.
 */
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { createAppContext } from '../../app/context.js';
import { createActivities } from '../../activities/index.js';
import { connect } from '../../storage/db.js';
import { loadPlugins } from '../../plugins/index.js';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

// Retried activities during an injected outage are expected: only errors reach the test's output.
Runtime.install({ logger: new DefaultLogger('ERROR') });
const sql = connect(env('DATABASE_URL'));
const plugins = await loadPlugins();
const connection = await NativeConnection.connect({ address: env('TEMPORAL_ADDRESS') });
const worker = await Worker.create({
  connection,
  namespace: env('TEMPORAL_NAMESPACE'),
  taskQueue: env('TASK_QUEUE'),
  workflowBundle: { codePath: env('WORKFLOW_BUNDLE') },
  activities: createActivities({
    sql,
    registry: plugins.registry,
    plugins,
    // The inbox drainer's activity acts through the use cases, as the worker of `npm start` does.
    app: createAppContext(
      sql,
      new Client({
        connection: Connection.lazy({ address: env('TEMPORAL_ADDRESS') }),
        namespace: env('TEMPORAL_NAMESPACE'),
      }),
      env('TASK_QUEUE'),
      { plugins },
    ),
  }),
});
const running = worker.run();
console.log('ready');
await running;
