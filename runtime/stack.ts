/**
 * Brings up what Reglament needs: a Temporal server (the dev server unless
 * TEMPORAL_ADDRESS is set) and PostgreSQL (embedded unless DATABASE_URL is
 * set), migrated. Each part reports its progress through `log`.
 *
 * @module
 */
import path from 'node:path';
import { connect, migrate, type Sql } from '../storage/db.js';
import type { RuntimeConfig } from './config.js';
import { isPortOpen } from './ports.js';
import { ensureSearchAttributes } from './search-attributes.js';
import { startEmbeddedPostgres } from './postgres.js';
import { ensureTemporalCli } from './temporal-cli.js';
import { startDevServer } from './temporal-server.js';

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
  try {
    let temporalAddress = config.temporal.address;
    let temporalUiUrl: string | undefined;
    if (!temporalAddress) {
      const port = options.temporalPort ?? config.temporal.devServer.port;
      if (await isPortOpen(port))
        throw new Error(`port ${port} is taken: stop what runs there, or set TEMPORAL_ADDRESS to use it`);
      const cli = await ensureTemporalCli(config.temporal.devServer.cliVersion, log);
      log(`starting the Temporal dev server on ${config.temporal.devServer.ip}:${port}`);
      const server = await startDevServer({
        cli,
        settings: config.temporal,
        dbFile: path.join(config.dataDir, config.temporal.devServer.dbFile),
        port,
        ...(options.uiPort ? { uiPort: options.uiPort } : {}),
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
      const port = options.postgresPort ?? 54329;
      log(`starting the embedded PostgreSQL on 127.0.0.1:${port}`);
      const db = await startEmbeddedPostgres({ dir: path.join(config.dataDir, 'postgres'), port, log });
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
