/**
 * The deals list's data: `GET /deals` with the search and filters of the
 * page's URL, a page at a time by the API's keyset cursor ('more' asks for
 * the next page after the last one), and the CSV export's address for heads
 * and directors (the same filters; the browser downloads it with the session
 * cookie).
 *
 * @module
 */
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { components, operations } from '../../../client/index.js';
import { api, unwrap } from '../api.js';

export type Deal = components['schemas']['Deal'];
type Query = NonNullable<operations['getDeals']['parameters']['query']>;

/** The page's filter, as its URL keeps it (every value a string; absent is "any"). */
export interface DealFilter {
  q?: string | undefined;
  regulationId?: string | undefined;
  stage?: string | undefined;
  status?: Query['status'] | undefined;
  owner?: string | undefined;
  overdue?: 'true' | undefined;
  from?: string | undefined;
  to?: string | undefined;
  sort?: Query['sort'] | undefined;
}

export const PAGE_SIZE = 50;

/** The filter as the API's query: only what is set, dates as the start of that day in UTC. */
export function apiQuery(f: DealFilter): Query {
  const q: Query = {};
  for (const key of ['q', 'regulationId', 'stage', 'status', 'owner', 'overdue', 'sort'] as const)
    if (f[key]) (q as Record<string, string>)[key] = f[key]!.trim();
  if (f.from) q.from = new Date(`${f.from}T00:00:00Z`).toISOString();
  // "To" is inclusive on the page: up to the start of the next day.
  if (f.to) q.to = new Date(Date.parse(`${f.to}T00:00:00Z`) + 86_400_000).toISOString();
  return q;
}

export const useDeals = (filter: DealFilter) =>
  useInfiniteQuery({
    queryKey: ['deals', 'list', filter],
    initialPageParam: undefined as string | undefined,
    placeholderData: keepPreviousData,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/deals', {
          params: {
            query: { ...apiQuery(filter), limit: String(PAGE_SIZE), ...(pageParam ? { cursor: pageParam } : {}) },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** The CSV of every deal the filter matches (heads and directors). */
export function exportHref(filter: DealFilter): string {
  const params = new URLSearchParams(apiQuery(filter) as Record<string, string>);
  const s = params.toString();
  return `/deals/export${s ? `?${s}` : ''}`;
}
