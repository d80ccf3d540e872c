/**
 * A deal: its card, regulation, timeline, decisions, moves, templates; starting one, completing its tasks, moving it.
 * TanStack Query over the typed client (`../api.ts`); one hook per query key.
 *
 * @module
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api.js';
import type { components } from '../../../client/index.js';

export type DealCard = components['schemas']['DealCard'];
export type FieldValues = Record<string, string | number | boolean | null>;
export type DealMove = components['schemas']['DealMove'];
export type Decision = components['schemas']['Decision'];
export type TimelineEntry = components['schemas']['TimelineEntry'];
export type Company = components['schemas']['Company'];
export type StartDeal = components['schemas']['StartDeal'];

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

/** After any change, what may have changed is read again. */
export function useRefresh() {
  const client = useQueryClient();
  return () => Promise.all(['deal', 'tasks', 'board'].map((key) => client.invalidateQueries({ queryKey: [key] })));
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

/** The client's numbers as `tel:` links, and whether the PBX can place a call (click-to-call). */
export const useDealNumbers = (id: string) =>
  useQuery({
    queryKey: ['deal', id, 'numbers'],
    queryFn: async () => unwrap(await api.GET('/telephony/deals/{id}/numbers', { params: { path: { id } } })),
  });

/** Asks the PBX to ring one's own extension, then connect it to the client's number. */
export const useCallClient = (id: string) =>
  useMutation({
    mutationFn: async (phone: string) =>
      unwrap(await api.POST('/telephony/deals/{id}/call', { params: { path: { id } }, body: { phone } })),
  });
