/**
 * The administration's data: people (list, save, invite, deactivate), API
 * keys, webhooks with their deliveries, plugins. TanStack Query over the typed
 * client; one hook per query key, the components pass what happens after.
 *
 * @module
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components, paths } from '../../../../client/index.js';
import { api, unwrap } from '../../api.js';

export type Person = components['schemas']['Manager'];
export type PersonBody = paths['/managers/{id}']['put']['requestBody']['content']['application/json'];

interface After<T = unknown, V = void> {
  onSuccess?: (data: T, variables: V) => void;
}

export const usePeople = () =>
  useQuery({ queryKey: ['managers'], queryFn: async () => unwrap(await api.GET('/managers')).managers });

export function useRefreshPeople() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['managers'] });
}

export const useInvite = () =>
  useMutation({
    mutationFn: async (p: Person) => ({
      ...unwrap(await api.POST('/managers/{id}/invitation', { params: { path: { id: p.id } } })),
      name: p.name,
    }),
  });

export const useDeactivate = () =>
  useMutation({
    mutationFn: async (p: Person) =>
      unwrap(await api.POST('/managers/{id}/deactivate', { params: { path: { id: p.id } } })),
  });

export const useSavePerson = () =>
  useMutation({
    mutationFn: async (v: { id: string; body: PersonBody }) =>
      unwrap(await api.PUT('/managers/{id}', { params: { path: { id: v.id } }, body: v.body })),
  });

export const useApiKeys = () =>
  useQuery({ queryKey: ['api-keys'], queryFn: async () => unwrap(await api.GET('/api-keys')).keys });

export function useCreateKey(after: After<unknown, string> = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (name: string) => unwrap(await api.POST('/api-keys', { body: { name } })),
    onSuccess: (data, name) => {
      after.onSuccess?.(data, name);
      void client.invalidateQueries({ queryKey: ['api-keys'] });
    },
  });
}

export function useRevokeKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      const r = await api.DELETE('/api-keys/{id}', { params: { path: { id } } });
      if (!r.response.ok) unwrap(r);
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['api-keys'] }),
  });
}

export const useWebhooks = () =>
  useQuery({ queryKey: ['webhooks'], queryFn: async () => unwrap(await api.GET('/webhooks')).webhooks });

export function useCreateWebhook(after: After<unknown, string> = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (url: string) => unwrap(await api.POST('/webhooks', { body: { url } })),
    onSuccess: (data, url) => {
      after.onSuccess?.(data, url);
      void client.invalidateQueries({ queryKey: ['webhooks'] });
    },
  });
}

export function useDeleteWebhook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      const r = await api.DELETE('/webhooks/{id}', { params: { path: { id } } });
      if (!r.response.ok) unwrap(r);
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['webhooks'] }),
  });
}

export const useDeliveries = (id: string | undefined) =>
  useQuery({
    queryKey: ['webhooks', id, 'deliveries'],
    enabled: !!id,
    queryFn: async () =>
      unwrap(await api.GET('/webhooks/{id}/deliveries', { params: { path: { id: id! } } })).deliveries,
  });

export const usePlugins = () =>
  useQuery({ queryKey: ['plugins'], queryFn: async () => unwrap(await api.GET('/plugins')) });
