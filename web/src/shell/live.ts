/**
 * New tasks, reminders and escalations, live, over the API's event stream
 * (it takes the session cookie): each one is shown and refreshes the data it
 * may change, the pipeline board and the notification bell included (a card moves when someone else
 * moves the deal).
 *
 * @module
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

export interface LiveNote {
  kind: string;
  title: string;
}

export function useLiveNotifications(enabled: boolean) {
  const client = useQueryClient();
  const [note, setNote] = useState<LiveNote | undefined>();
  useEffect(() => {
    if (!enabled) return;
    const source = new EventSource('/me/stream', { withCredentials: true });
    const onNote = (e: MessageEvent<string>) => {
      const n = JSON.parse(e.data) as LiveNote;
      setNote({ kind: e.type, title: n.title });
      for (const key of ['tasks', 'deal', 'board', 'notifications']) void client.invalidateQueries({ queryKey: [key] });
    };
    for (const kind of ['task', 'reminder', 'escalation', 'complaint', 'message.bounced'])
      source.addEventListener(kind, onNote);
    return () => source.close();
  }, [enabled, client]);
  return [note, () => setNote(undefined)] as const;
}
