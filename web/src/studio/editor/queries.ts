/** The studio's data: TanStack Query over the typed client (`../api.ts`). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api.js';
import type { components } from '../../../../client/index.js';

export type DraftValidation = components['schemas']['DraftValidation'];
export type Simulation = components['schemas']['Simulation'];
export type TimelineEntry = components['schemas']['TimelineEntry'];
export type MigrationPlan = components['schemas']['MigrationPlan'];
export type Job = components['schemas']['Job'];
export type Scenario = {
  start: string;
  until?: string;
  managers?: Array<{ id: string; [k: string]: unknown }>;
  deal: { client: Record<string, unknown>; [k: string]: unknown };
  steps: Array<Record<string, unknown>>;
};

export const useRegulations = () =>
  useQuery({
    queryKey: ['studio', 'regulations'],
    queryFn: async () => unwrap(await api.GET('/regulations')).regulations,
  });

export const useSchema = () =>
  useQuery({
    queryKey: ['studio', 'schema'],
    staleTime: Infinity,
    queryFn: async () => unwrap(await api.GET('/regulations/schema')) as Record<string, unknown>,
  });

export const useSource = (id: string | undefined, version?: number) =>
  useQuery({
    queryKey: ['studio', 'source', id, version],
    enabled: !!id,
    staleTime: Infinity,
    queryFn: async () =>
      unwrap(
        await api.GET('/regulations/{id}/source', {
          params: { path: { id: id! }, query: version ? { version: String(version) } : {} },
        }),
      ),
  });

export const useVersions = (id: string | undefined) =>
  useQuery({
    queryKey: ['studio', 'versions', id],
    enabled: !!id,
    queryFn: async () =>
      unwrap(await api.GET('/regulations/{id}/versions', { params: { path: { id: id! } } })).versions,
  });

/** One published version (its stages, for the stage mapping of a migration). */
export const useVersion = (id: string | undefined, version: number | undefined) =>
  useQuery({
    queryKey: ['studio', 'version', id, version],
    enabled: !!id && !!version,
    staleTime: Infinity,
    queryFn: async () =>
      unwrap(
        await api.GET('/regulations/{id}', { params: { path: { id: id! }, query: { version: String(version) } } }),
      ),
  });

export async function validateDraft(source: string, signal?: AbortSignal): Promise<DraftValidation> {
  return unwrap(await api.POST('/regulations/validate', { body: { source }, ...(signal ? { signal } : {}) }));
}

/** What the draft changes against the newest published version; undefined when nothing is published yet. */
export const useDraftDiff = (id: string | undefined, source: string, enabled: boolean) =>
  useQuery({
    queryKey: ['studio', 'diff', id, source],
    enabled: enabled && !!id,
    retry: false,
    queryFn: async () => {
      const res = await api.POST('/regulations/{id}/diff', { params: { path: { id: id! } }, body: { source } });
      if (res.response.status === 404) return null;
      return unwrap(res);
    },
  });

export function useSimulate() {
  return useMutation({
    mutationFn: async (v: { id: string; source: string; scenario: Scenario }) =>
      unwrap(
        await api.POST('/regulations/{id}/simulate', {
          params: { path: { id: v.id } },
          body: { source: v.source, scenario: v.scenario },
        }),
      ),
  });
}

/**
 * After publishing, the list, the history and the diff are read again; after
 * a revert also the text (the editor then opens the reverted version).
 */
function useRefreshRegulations(texts = false) {
  const client = useQueryClient();
  return () =>
    Promise.all(
      ['regulations', 'versions', 'diff', ...(texts ? ['source'] : [])].map((what) =>
        client.invalidateQueries({ queryKey: ['studio', what] }),
      ),
    );
}

export function usePublish() {
  const refresh = useRefreshRegulations();
  return useMutation({
    mutationFn: async (v: { id: string; source: string; comment: string }) => {
      const res = await api.PUT('/regulations/{id}', {
        params: { path: { id: v.id }, query: v.comment ? { comment: v.comment } : {} },
        // The YAML as written: the API reports problems at its lines and keeps the text.
        body: v.source as never,
        bodySerializer: (body: unknown) => body as string,
        headers: { 'content-type': 'application/yaml' },
      });
      return { ...unwrap(res), status: res.response.status };
    },
    onSuccess: refresh,
  });
}

export function useRevert() {
  const refresh = useRefreshRegulations(true);
  return useMutation({
    mutationFn: async (v: { id: string; version: number; comment?: string }) =>
      unwrap(
        await api.POST('/regulations/{id}/revert', {
          params: { path: { id: v.id } },
          body: { version: v.version, ...(v.comment ? { comment: v.comment } : {}) },
        }),
      ),
    onSuccess: refresh,
  });
}

export function usePlanMigration() {
  return useMutation({
    mutationFn: async (v: { id: string; from: number; to: number; stageMap: Record<string, string> }) =>
      unwrap(
        await api.POST('/regulations/{id}/migrations/plan', {
          params: { path: { id: v.id } },
          body: { from: v.from, to: v.to, stageMap: v.stageMap },
        }),
      ),
  });
}

export function useStartMigration() {
  return useMutation({
    mutationFn: async (v: { id: string; from: number; to: number; stageMap: Record<string, string> }) =>
      unwrap(
        await api.POST('/regulations/{id}/migrations', {
          params: { path: { id: v.id } },
          body: { from: v.from, to: v.to, stageMap: v.stageMap },
        }),
      ),
  });
}

/** A bulk job, polled while it runs. */
export const useJob = (id: string | undefined) =>
  useQuery({
    queryKey: ['studio', 'job', id],
    enabled: !!id,
    queryFn: async () => unwrap(await api.GET('/jobs/{id}', { params: { path: { id: id! } } })),
    refetchInterval: (q) => (q.state.data?.status === 'running' || !q.state.data ? 500 : false),
  });
