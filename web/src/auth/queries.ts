/**
 * The session: who is signed in, signing in and out, accepting an invitation, the language.
 * TanStack Query over the typed client (`../api.ts`); one hook per query key.
 *
 * @module
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api.js';
import type { components } from '../../../client/index.js';

export type Me = components['schemas']['Me'];

export const useMe = () =>
  useQuery({ queryKey: ['me'], queryFn: async () => unwrap(await api.GET('/me')), retry: false });

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
