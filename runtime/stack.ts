/**
 * Brings up what Reglament needs: a Temporal server (the dev server unless
 * TEMPORAL_ADDRESS is set) and PostgreSQL (embedded unless DATABASE_URL is
 * set), migrated. Each part reports its progress through `log`.
 *
 * The embedded servers end with the process that starts them, even when it
 * is killed; they are recorded in `<dataDir>/run/` while they run, and what an
 * earlier start left running with the same data directory is recognised and
 * ended first (leftovers.ts). A port held by anything else stops the start
 * with the port, the process holding it, and the variable to move to another.
 *
 * @module
 */
import path from 'node:path';
import { connect, migrate, type Sql } from '../storage/db.js';
import type { RuntimeConfig } from './config.js';
import { clearLeftovers, recordFile } from './leftovers.js';
import { ensurePortFree } from './ports.js';
import { ensureSearchAttributes } from './search-attributes.js';
import { POSTGRES_STOP_LADDER, startEmbeddedPostgres } from './postgres.js';
import { ensureTemporalCli } from './temporal-cli.js';
import { DEV_SERVER_STOP_LADDER, startDevServer } from './temporal-server.js';

export interface Stack {
  temporalAddress: string;
  temporalUiUrl?: string;
  databaseUrl: string;
  sql: Sql;
  stop(): Promise<void>;
}

export async function startStack(
  config: RuntimeConfig,
  options: { log: (line: string) => void; temporalPort?: number; uiPort?: number; postgresPort?: number },
): Promise<Stack> {
  const { log } = options;
  const stops: Array<() => Promise<void>> = [];
  const embeddedTemporal = !config.temporal.address;
  const embeddedPostgres = !config.databaseUrl;
  const port = options.temporalPort ?? config.temporal.devServer.port;
  const uiPort = options.uiPort ?? config.temporal.devServer.uiPort;
  const postgresPort = options.postgresPort ?? config.postgresPort;
  const temporalRecord = recordFile(config.dataDir, 'temporal');
  const postgresRecord = recordFile(config.dataDir, 'postgres');
  // What an earlier start with this data directory left running is ended first (both at once);
  await clearLeftovers(
    [
      ...(embeddedTemporal ? [{ file: temporalRecord, ladder: DEV_SERVER_STOP_LADDER }] : []),
      ...(embeddedPostgres ? [{ file: postgresRecord, ladder: POSTGRES_STOP_LADDER }] : []),
    ],
    { log },
  );
  // any port still taken then belongs to something else: say so before starting anything.
  if (embeddedTemporal) {
    await ensurePortFree(port, {
      what: 'Temporal dev server',
      env: 'REGLAMENT_TEMPORAL_PORT',
      alternative: 'set TEMPORAL_ADDRESS to use the Temporal server that runs there',
    });
    await ensurePortFree(uiPort, { what: 'Temporal web UI', env: 'REGLAMENT_TEMPORAL_UI_PORT' });
  }
  if (embeddedPostgres) {
    await ensurePortFree(postgresPort, {
      what: 'embedded PostgreSQL',
      env: 'REGLAMENT_POSTGRES_PORT',
      alternative: 'set DATABASE_URL to use a PostgreSQL of your own',
    });
  }
  try {
    let temporalAddress = config.temporal.address;
    let temporalUiUrl: string | undefined;
    if (!temporalAddress) {
      const cli = await ensureTemporalCli(config.temporal.devServer.cliVersion, log);
      log(`starting the Temporal dev server on ${config.temporal.devServer.ip}:${port}`);
      const server = await startDevServer({
        cli,
        settings: config.temporal,
        dbFile: path.join(config.dataDir, config.temporal.devServer.dbFile),
        port,
        uiPort,
        recordFile: temporalRecord,
      });
      stops.push(() => server.stop());
      temporalAddress = server.address;
      temporalUiUrl = server.uiUrl;
    } else {
      log(`using the Temporal cluster at ${temporalAddress}`);
    }
    const added = await ensureSearchAttributes(temporalAddress, config.temporal);
    if (added.length > 0) log(`registered search attributes: ${added.join(', ')}`);
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      log(`starting the embedded PostgreSQL on 127.0.0.1:${postgresPort}`);
      const db = await startEmbeddedPostgres({
        dir: path.join(config.dataDir, 'postgres'),
        port: postgresPort,
        log,
        recordFile: postgresRecord,
      });
      stops.push(() => db.stop());
      databaseUrl = db.url;
    } else {
      log('using the PostgreSQL at DATABASE_URL');
    }
    const sql = connect(databaseUrl);
    stops.push(() => sql.end({ timeout: 5 }));
    await migrate(sql, (line) => log(`applying ${line}`));
    return {
      temporalAddress,
      ...(temporalUiUrl ? { temporalUiUrl } : {}),
      databaseUrl,
      sql,
      stop: () => stopAll(stops),
    };
  } catch (error) {
    await stopAll(stops);
    throw error;
  }
}

async function stopAll(stops: Array<() => Promise<void>>) {
  for (const stop of stops.reverse()) await stop().catch(() => {});
}
