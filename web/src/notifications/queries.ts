/**
 * The notification bell's data: one's escalations, reminders, complaints and
 * bounced messages (`GET /notifications/bell`, unread first, with the unread
 * count), and marking one or all of them read. The live stream
 * (shell/live.ts) invalidates the `notifications` key, so the bell follows
 * without polling.
 *
 * @module
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../client/index.js';
import { api, unwrap } from '../api.js';

export type Notification = components['schemas']['Notification'];

/** The newest 30 are what a bell can show; older ones stay on the API's pages. */
export const useBell = (enabled: boolean) =>
  useQuery({
    queryKey: ['notifications', 'bell'],
    enabled,
    queryFn: async () => unwrap(await api.GET('/notifications/bell', { params: { query: { limit: '30' } } })),
  });

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    /** One notification by its id, or every one (no id): marking again changes nothing on the server. */
    mutationFn: async (id?: string) =>
      id
        ? unwrap(await api.POST('/notifications/{id}/read', { params: { path: { id } } }))
        : unwrap(await api.POST('/notifications/read', { body: {} })),
    onSettled: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
