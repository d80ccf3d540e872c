/**
 * The team: its people (heads, directors and admins may list them) and handing a deal to another.
 * TanStack Query over the typed client (`../api.ts`); one hook per query key.
 *
 * @module
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api.js';
import { useRefresh } from '../deal/queries.js';

/** Everyone (heads, directors and admins may list people; a manager may not, so asks nothing). */
export const useManagers = (enabled = true) =>
  useQuery({
    queryKey: ['managers'],
    enabled,
    staleTime: 60_000,
    queryFn: async () => unwrap(await api.GET('/managers')).managers,
  });

export function useReassign() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (dealId: string) =>
      unwrap(await api.POST('/deals/{id}/reassign', { params: { path: { id: dealId } } })),
    onSettled: refresh,
  });
}
