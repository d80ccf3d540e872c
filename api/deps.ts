import type { Client } from '@temporalio/client';
import type { DealRepo } from '../storage/deals.repo.js';
import type { RegulationRepo } from '../storage/regulations.repo.js';

export interface ApiDeps {
  temporal: Client;
  taskQueue: string;
  deals: DealRepo;
  regulations: RegulationRepo;
  /** Where unexpected errors go; never to the caller. */
  logError?: (error: unknown) => void;
}

export type AppEnv = { Variables: { actor: string } };
