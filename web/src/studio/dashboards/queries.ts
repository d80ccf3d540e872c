/**
 * The dashboards' state and data: filters and view options live in the URL's
 * query string (read from `location.search`, written with `replaceState`),
 * so a view can be shared; the analytics come through the typed client with
 * TanStack Query, and each has a CSV link the session cookie opens.
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { components } from '../../../../client/index.js';
import { api, unwrap } from '../../api.js';

/** The filters every analytics endpoint takes, by their query names. */
export const FILTERS = [
  'from',
  'to',
  'regulationId',
  'version',
  'stage',
  'department',
  'manager',
  'region',
  'industry',
  'companyId',
] as const;
export type FilterName = (typeof FILTERS)[number];
export type Filters = Partial<Record<FilterName, string>>;

/** View options that are the page's, not the API's filters. */
export const OPTIONS = ['versions', 'cohort', 'group', 'kind', 'drill', 'deal'] as const;
export type OptionName = (typeof OPTIONS)[number];
export type Params = Partial<Record<FilterName | OptionName, string>>;

const read = (): Params => {
  const q = new URLSearchParams(window.location.search);
  const out: Params = {};
  for (const name of [...FILTERS, ...OPTIONS]) {
    const v = q.get(name);
    if (v) out[name] = v;
  }
  return out;
};

/** The query string of these params (empty ones left out), with its `?`. */
export function queryString(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The URL's params as state; setting them rewrites the URL (no new history entry). */
export function useParams(): [Params, (next: Params) => void] {
  const [params, setParams] = useState<Params>(read);
  useEffect(() => {
    const update = () => setParams(read());
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  const set = useCallback((next: Params) => {
    window.history.replaceState(null, '', `${window.location.pathname}${queryString(next)}`);
    setParams(next);
  }, []);
  return [params, set];
}

export const filtersOf = (p: Params): Filters =>
  Object.fromEntries(FILTERS.filter((f) => p[f]).map((f) => [f, p[f]])) as Filters;

/** The link that downloads this analytics result as CSV (the session cookie signs it). */
export const csvHref = (path: string, query: Record<string, string | undefined>) =>
  `${path}${queryString({ ...query, format: 'csv' })}`;

export type StageFunnel = components['schemas']['StageFunnel'];
export type StageTime = components['schemas']['StageTime'];
export type Compliance = components['schemas']['Compliance'];
export type ManagerStats = components['schemas']['ManagerStats'];
export type WinProbability = components['schemas']['WinProbability'];
export type Task = components['schemas']['Task'];
export type Deal = components['schemas']['Deal'];
export type Manager = components['schemas']['Manager'];

const useAnalytics = <T>(path: string, query: Record<string, string | undefined>) =>
  useQuery({
    queryKey: ['analytics', path, query],
    queryFn: async (): Promise<T> =>
      unwrap(
        // The paths share one filter schema; the typed client knows each, the page calls them by name.
        await (
          api.GET as unknown as (p: string, o: object) => Promise<{ data?: T; error?: unknown; response: Response }>
        )(path, { params: { query: Object.fromEntries(Object.entries(query).filter(([, v]) => v)) } }),
      ),
  });

export const useStageFunnel = (q: Record<string, string | undefined>) =>
  useAnalytics<StageFunnel>('/analytics/stages', q);
export const useStageTime = (q: Filters) => useAnalytics<StageTime>('/analytics/time', q);
export const useCompliance = (q: Record<string, string | undefined>) =>
  useAnalytics<Compliance>('/analytics/compliance', q);
export const useManagerStats = (q: Filters) => useAnalytics<ManagerStats>('/analytics/managers', q);
export const useRefusals = (q: Filters) => useAnalytics<components['schemas']['Refusals']>('/analytics/refusals', q);
export const useRegions = (q: Filters) =>
  useAnalytics<components['schemas']['RegionConversion']>('/analytics/regions', q);
export const useWinProbability = (q: Filters) => useAnalytics<WinProbability>('/analytics/win-probability', q);

export const useCompetitors = () =>
  useQuery({
    queryKey: ['competitors'],
    queryFn: async () => unwrap(await api.GET('/competitors')).competitors,
  });

export const useRegulations = () =>
  useQuery({
    queryKey: ['regulations'],
    staleTime: 60_000,
    queryFn: async () => unwrap(await api.GET('/regulations')).regulations,
  });

export const useRegulationStages = (id: string | undefined) =>
  useQuery({
    queryKey: ['regulation', id, 'stages'],
    enabled: !!id,
    staleTime: 60_000,
    queryFn: async () =>
      unwrap(await api.GET('/regulations/{id}', { params: { path: { id: id! } } })).regulation.stages.map((s) => ({
        key: s.key,
        final: s.final,
      })),
  });

export const usePeople = () =>
  useQuery({
    queryKey: ['managers'],
    staleTime: 30_000,
    queryFn: async () => unwrap(await api.GET('/managers')).managers,
  });

export const useCompanies = () =>
  useQuery({
    queryKey: ['companies'],
    staleTime: 60_000,
    queryFn: async () => unwrap(await api.GET('/companies', { params: { query: { limit: '9999' } } })).companies,
  });

/** Tasks one may see, all statuses or one, for a drill-down (filtered further on the page). */
export const useTaskList = (query: { assignee?: string; status?: 'open' | 'done' | 'cancelled' }, enabled: boolean) =>
  useQuery({
    queryKey: ['tasks', 'drill', query],
    enabled,
    queryFn: async () => unwrap(await api.GET('/tasks', { params: { query: { ...query, limit: '9999' } } })).tasks,
  });

/** Deals one may see, for a drill-down that needs their regulation, version or company. */
export const useDealList = (enabled: boolean) =>
  useQuery({
    queryKey: ['deals', 'drill'],
    enabled,
    queryFn: async () => unwrap(await api.GET('/deals', { params: { query: { limit: '9999' } } })).deals,
  });
