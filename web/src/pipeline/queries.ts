/**
 * The pipeline board's data: the board of a regulation as the API gives it
 * (`GET /boards/{id}`), the moves of a deal (the same check as the deal card's,
 * read before a drop), and moving a deal. The board is read again on any
 * live notification (shell/live.ts) and every 15 s, so a card moves when
 * someone else moves the deal.
 *
 * @module
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { components } from '../../../client/index.js';
import { api, unwrap } from '../api.js';

export type Board = components['schemas']['Board'];
export type BoardCard = components['schemas']['BoardCard'];
export type DealMove = components['schemas']['DealMove'];

export interface BoardFilter {
  scope?: 'mine' | 'department' | 'all' | undefined;
  owner?: string | undefined;
  overdue?: boolean | undefined;
}

export const useBoard = (regulationId: string | undefined, filter: BoardFilter) =>
  useQuery({
    queryKey: ['board', regulationId, filter],
    enabled: !!regulationId,
    refetchInterval: 15_000,
    queryFn: async () =>
      unwrap(
        await api.GET('/boards/{regulationId}', {
          params: {
            path: { regulationId: regulationId! },
            query: {
              ...(filter.scope ? { scope: filter.scope } : {}),
              ...(filter.owner ? { owner: filter.owner } : {}),
              ...(filter.overdue ? { overdue: 'true' as const } : {}),
            },
          },
        }),
      ),
  });

const movesQuery = (id: string) => ({
  queryKey: ['deal', id, 'moves'],
  staleTime: 10_000,
  queryFn: async () => unwrap(await api.GET('/deals/{id}/moves', { params: { path: { id } } })).moves,
});

export const useCardMoves = (id: string, enabled: boolean) => useQuery({ ...movesQuery(id), enabled });

/** Read a deal's moves ahead (on hover or focus), so a drag has them before it starts. */
export const prefetchMoves = (client: QueryClient, id: string) => client.prefetchQuery(movesQuery(id));
export const cachedMoves = (client: QueryClient, id: string) =>
  client.getQueryData<DealMove[]>(movesQuery(id).queryKey);
export const fetchMoves = (client: QueryClient, id: string) => client.fetchQuery(movesQuery(id));

export function useMoveDeal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (v: { dealId: string; event: string }) =>
      unwrap(await api.POST('/deals/{id}/events', { params: { path: { id: v.dealId } }, body: { type: v.event } })),
    onSettled: () =>
      Promise.all(['board', 'deal', 'tasks'].map((key) => client.invalidateQueries({ queryKey: [key] }))),
  });
}
