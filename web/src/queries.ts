/** Data for the pages: TanStack Query over the typed client (`api.ts`). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './api.js';
import type { components } from '../../client/index.js';

export type Task = components['schemas']['Task'];
export type DealCard = components['schemas']['DealCard'];
export type Me = components['schemas']['Me'];
export type FieldValues = Record<string, string | number | boolean | null>;
export type DealMove = components['schemas']['DealMove'];
export type Decision = components['schemas']['Decision'];
export type TimelineEntry = components['schemas']['TimelineEntry'];
export type Company = components['schemas']['Company'];
export type StartDeal = components['schemas']['StartDeal'];

export const useMe = () =>
  useQuery({ queryKey: ['me'], queryFn: async () => unwrap(await api.GET('/me')), retry: false });

export const useTasks = (query: { dealId?: string } = {}) =>
  useQuery({
    queryKey: ['tasks', query],
    queryFn: async () =>
      unwrap(await api.GET('/tasks', { params: { query: { status: 'open', limit: '500', ...query } } })).tasks,
  });

export const useDeal = (id: string) =>
  useQuery({
    queryKey: ['deal', id],
    queryFn: async () => unwrap(await api.GET('/deals/{id}', { params: { path: { id } } })),
  });

export const useRegulation = (id: string | undefined, version: number | undefined) =>
  useQuery({
    queryKey: ['regulation', id, version],
    enabled: !!id,
    staleTime: Infinity,
    queryFn: async () =>
      unwrap(
        await api.GET('/regulations/{id}', { params: { path: { id: id! }, query: { version: String(version) } } }),
      ),
  });

export const useTimeline = (id: string) =>
  useQuery({
    queryKey: ['deal', id, 'timeline'],
    queryFn: async () => unwrap(await api.GET('/deals/{id}/timeline', { params: { path: { id } } })).timeline,
  });

export const useDecisions = (id: string) =>
  useQuery({
    queryKey: ['deal', id, 'decisions'],
    queryFn: async () => unwrap(await api.GET('/deals/{id}/decisions', { params: { path: { id } } })).decisions,
  });

export const useMoves = (id: string) =>
  useQuery({
    queryKey: ['deal', id, 'moves'],
    queryFn: async () => unwrap(await api.GET('/deals/{id}/moves', { params: { path: { id } } })).moves,
  });

export const useDealTemplates = (id: string) =>
  useQuery({
    queryKey: ['deal', id, 'templates'],
    queryFn: async () => unwrap(await api.GET('/deals/{id}/templates', { params: { path: { id } } })).templates,
  });

export const useRegulations = () =>
  useQuery({ queryKey: ['regulations'], queryFn: async () => unwrap(await api.GET('/regulations')).regulations });

/** Companies whose name (or INN) matches what is typed; nothing asked for fewer than two characters. */
export const useCompanySearch = (q: string) =>
  useQuery({
    queryKey: ['companies', q],
    enabled: q.trim().length >= 2,
    staleTime: 30_000,
    queryFn: async () =>
      unwrap(await api.GET('/companies', { params: { query: { q: q.trim(), limit: '8' } } })).companies,
  });

/** Everyone (heads, directors and admins may list people; a manager may not, so asks nothing). */
export const useManagers = (enabled = true) =>
  useQuery({
    queryKey: ['managers'],
    enabled,
    staleTime: 60_000,
    queryFn: async () => unwrap(await api.GET('/managers')).managers,
  });

/** After any change, what may have changed is read again. */
function useRefresh() {
  const client = useQueryClient();
  return () =>
    Promise.all([client.invalidateQueries({ queryKey: ['deal'] }), client.invalidateQueries({ queryKey: ['tasks'] })]);
}

export function useCompleteTask() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (v: { id: string; outcome?: string; fields?: FieldValues }) =>
      unwrap(
        await api.POST('/tasks/{id}/complete', {
          params: { path: { id: v.id } },
          body: { ...(v.outcome ? { outcome: v.outcome } : {}), ...(v.fields ? { fields: v.fields } : {}) },
        }),
      ),
    onSettled: refresh,
  });
}

export function useDealEvent(dealId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (v: { type: string; fields?: FieldValues }) =>
      unwrap(await api.POST('/deals/{id}/events', { params: { path: { id: dealId } }, body: v })),
    onSettled: refresh,
  });
}

export function useStartDeal() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (body: StartDeal) => unwrap(await api.POST('/deals', { body })),
    onSettled: refresh,
  });
}

export function useReassign() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (dealId: string) =>
      unwrap(await api.POST('/deals/{id}/reassign', { params: { path: { id: dealId } } })),
    onSettled: refresh,
  });
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: { login: string; password: string }) => unwrap(await api.POST('/auth/login', { body })),
    onSuccess: (data) => client.setQueryData(['me'], data.user),
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await api.POST('/auth/logout');
    },
    onSuccess: () => client.clear(),
  });
}

export function useAccept() {
  return useMutation({
    mutationFn: async (body: { token: string; password: string }) => unwrap(await api.POST('/auth/accept', { body })),
  });
}

export function useSetLocale() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (locale: 'ru' | 'en') => unwrap(await api.PUT('/me/preferences', { body: { locale } })),
    onSuccess: (data) => client.setQueryData(['me'], data),
  });
}
