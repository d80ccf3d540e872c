/**
 * The calendar's data: one's meetings, calls and visits between two instants
 * (`GET /calendar`, with the person's time zone), and one's iCalendar feed:
 * whether it is on, making it (its secret URL is answered once), revoking it.
 *
 * @module
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../client/index.js';
import { api, unwrap } from '../api.js';

export type CalendarItem = components['schemas']['CalendarItem'];

export const useCalendar = (from: Date, to: Date) =>
  useQuery({
    queryKey: ['tasks', 'calendar', from.toISOString(), to.toISOString()],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(await api.GET('/calendar', { params: { query: { from: from.toISOString(), to: to.toISOString() } } })),
  });

export const useFeed = () =>
  useQuery({ queryKey: ['calendar-feed'], queryFn: async () => unwrap(await api.GET('/me/calendar-feed')) });

export function useMakeFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/me/calendar-feed')),
    onSettled: () => client.invalidateQueries({ queryKey: ['calendar-feed'] }),
  });
}

export function useRevokeFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const res = await api.DELETE('/me/calendar-feed');
      if (!res.response.ok) unwrap(res as never);
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['calendar-feed'] }),
  });
}
