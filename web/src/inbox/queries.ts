/**
 * A person's open tasks.
 * TanStack Query over the typed client (`../api.ts`); one hook per query key.
 *
 * @module
 */
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api.js';
import type { components } from '../../../client/index.js';

export type Task = components['schemas']['Task'];

export const useTasks = (query: { dealId?: string } = {}) =>
  useQuery({
    queryKey: ['tasks', query],
    queryFn: async () =>
      unwrap(await api.GET('/tasks', { params: { query: { status: 'open', limit: '500', ...query } } })).tasks,
  });
