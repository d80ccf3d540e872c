/**
 * Runtime configuration: `temporal.yaml` plus environment overrides.
 *
 * | variable            | effect                                                      |
 * | ------------------- | ----------------------------------------------------------- |
 * | TEMPORAL_ADDRESS    | use this Temporal cluster instead of the embedded dev server |
 * | TEMPORAL_NAMESPACE  | namespace on that cluster                                   |
 * | DATABASE_URL        | use this PostgreSQL instead of the embedded one             |
 * | REGLAMENT_DATA_DIR  | where embedded servers keep their files (default `.data`)    |
 * | PORT                | API port (default 3000)                                     |
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

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
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const file = parse(readFileSync(path.join(PROJECT_ROOT, 'temporal.yaml'), 'utf8')) as TemporalSettings;
  return {
    temporal: {
      ...file,
      namespace: env.TEMPORAL_NAMESPACE ?? file.namespace,
      ...(env.TEMPORAL_ADDRESS ? { address: env.TEMPORAL_ADDRESS } : {}),
    },
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    dataDir: path.resolve(PROJECT_ROOT, env.REGLAMENT_DATA_DIR ?? '.data'),
    apiPort: Number(env.PORT ?? 3000),
  };
}
