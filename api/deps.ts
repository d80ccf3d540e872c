import type { Client } from '@temporalio/client';
import { PluginHost } from '../plugins/host.js';
import type { Sql } from '../storage/db.js';
import { createDealRepo, type DealRepo } from '../storage/deals.repo.js';
import { createManagerRepo, type ManagerRepo } from '../storage/managers.repo.js';
import { createRegulationRepo, type RegulationRepo } from '../storage/regulations.repo.js';

export type Role = 'director' | 'head' | 'manager' | 'admin' | 'integration';

export interface Principal {
  id: string;
  role: Role;
  department: string | null;
}

export interface ApiDeps {
  temporal: Client;
  sql: Sql;
  /** Signs and checks people's tokens (HS256). */
  jwtSecret: string;
  taskQueue: string;
  deals: DealRepo;
  regulations: RegulationRepo;
  managers: ManagerRepo;
  /** Loaded plugins: regulation composition, intakes, analytics dimensions. */
  plugins: PluginHost;
  /** Deal workflows continue as new after this many history events (tests set it low). */
  historyLimit?: number;
  /** Where unexpected errors go; never to the caller. */
  logError?: (error: unknown) => void;
}

/** The API's dependencies over one PostgreSQL client. */
export function apiDeps(
  sql: Sql,
  temporal: Client,
  taskQueue: string,
  jwtSecret: string,
  extra: Partial<ApiDeps> = {},
): ApiDeps {
  return {
    temporal,
    sql,
    jwtSecret,
    taskQueue,
    deals: createDealRepo(sql),
    regulations: createRegulationRepo(sql),
    managers: createManagerRepo(sql),
    plugins: new PluginHost(),
    ...extra,
  };
}

export type AppEnv = { Variables: { actor: string; principal: Principal } };
