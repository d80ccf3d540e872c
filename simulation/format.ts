/**
 * A timeline as a person reads it: local time of the regulation's office, one
 * line per happening.
 *
 * @module
 */
import type { TimelineEntry } from '../domain/timeline.js';

export function formatTimeline(
  entries: TimelineEntry[],
  timezone: string,
  paint: Partial<Record<'ok' | 'bad' | 'warn' | 'dim' | 'info', (s: string) => string>> = {},
): string[] {
  const p = (k: keyof typeof paint, s: string) => (paint[k] ? paint[k]!(s) : s);
  const fmt = new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    weekday: 'short',
    day: '2-digit',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  const when = (iso: string) => fmt.format(new Date(iso)).replace(',', '');
  return entries.map((e) => {
    const who = e.who?.length ? ` → ${e.who.join(', ')}` : '';
    let what: string;
    switch (e.kind) {
      case 'assigned':
        what = p('info', `assigned${who}`) + p('dim', e.detail ? `  (${e.detail})` : '');
        break;
      case 'stage.entered':
        what = p('ok', `▶ stage ${e.stage}`);
        break;
      case 'stage.left':
        what = p('dim', `  left ${e.stage}`);
        break;
      case 'task.created':
        what = `+ task ${e.task}${who}${e.dueAt ? `, due ${when(e.dueAt)}` : ''}${e.templates?.length ? p('dim', `  templates: ${e.templates.join(', ')}`) : ''}`;
        break;
      case 'task.completed':
        what = p('ok', `✓ task ${e.task}`) + p('dim', e.detail ? `  "${e.detail}"` : '');
        break;
      case 'task.cancelled':
        what = p('dim', `✗ task ${e.task} cancelled`);
        break;
      case 'task.retimed':
        what =
          `↻ task ${e.task} ${e.dueAt ? `due ${when(e.dueAt)}` : 'without a due'}` + p('dim', `  ${e.detail ?? ''}`);
        break;
      case 'reminder':
        what = p('warn', `⏰ reminder: ${e.task ?? e.stage}${who}`);
        break;
      case 'escalation':
        what =
          p(
            'bad',
            `⚠ escalation ${e.level} (${e.reason === 'stage_sla' ? `stage ${e.stage} over SLA` : `task ${e.task} overdue`})${who}`,
          ) + p('dim', e.detail ? `  ${e.detail}` : '');
        break;
      case 'deal.closed':
        what = p(e.detail === 'won' ? 'ok' : 'bad', `■ deal ${e.detail}`);
        break;
      case 'rejected':
        what = p('bad', `refused: ${e.detail}`);
        break;
    }
    return `${p('dim', when(e.at).padEnd(17))} ${what}`;
  });
}
