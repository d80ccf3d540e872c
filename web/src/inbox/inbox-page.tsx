/** My open tasks: overdue first, then by due time; today / this week / by kind; counts. */
import { useState } from 'react';
import { useI18n } from '../i18n/index.js';
import { Link } from '../ui/link.js';
import { useMe } from '../auth/queries.js';
import { useTasks, type Task } from './queries.js';

type Period = 'all' | 'today' | 'week';

/** The end of today or of this week (Sunday), in the browser's clock. */
function periodEnd(period: Period, now: Date): number {
  if (period === 'all') return Infinity;
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  if (period === 'week') end.setDate(end.getDate() + ((7 - end.getDay()) % 7));
  return end.getTime();
}

export function byUrgency(tasks: Task[], now: number): Task[] {
  const due = (t: Task) => (t.dueAt ? Date.parse(t.dueAt) : Infinity);
  return [...tasks].sort((a, b) => {
    const overdue = Number(due(b) < now) - Number(due(a) < now);
    return overdue || due(a) - due(b);
  });
}

export function InboxPage() {
  const { t, dateTime, kind: kindName } = useI18n();
  const me = useMe();
  const tasks = useTasks();
  const [period, setPeriod] = useState<Period>('all');
  const [kind, setKind] = useState('');
  const now = Date.now();
  const mine = (tasks.data ?? []).filter((task) => task.assignee === me.data?.id);
  const kinds = [...new Set(mine.map((task) => task.kind))].sort();
  const end = periodEnd(period, new Date(now));
  const shown = byUrgency(
    mine.filter(
      (task) =>
        (!kind || task.kind === kind) && (end === Infinity || (task.dueAt !== null && Date.parse(task.dueAt) <= end)),
    ),
    now,
  );
  const overdue = mine.filter((task) => task.dueAt && Date.parse(task.dueAt) < now).length;

  return (
    <section aria-labelledby="inbox-title">
      <h1 id="inbox-title">{t('inbox.title')}</h1>
      <p className="muted">{t('inbox.counts', { open: mine.length, overdue })}</p>
      <div className="row card" role="group" aria-label={t('inbox.filters')}>
        {(['all', 'today', 'week'] as const).map((p) => (
          <button key={p} type="button" className="secondary" aria-pressed={period === p} onClick={() => setPeriod(p)}>
            {t(`inbox.${p}`)}
          </button>
        ))}
        <label htmlFor="kind" className="visually-hidden">
          {t('inbox.kind')}
        </label>
        <select id="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="">
            {t('inbox.kind')}: {t('inbox.anyKind')}
          </option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t('inbox.kind')}: {kindName(k)}
            </option>
          ))}
        </select>
      </div>
      {tasks.isLoading && <p>{t('common.loading')}</p>}
      {tasks.data && shown.length === 0 && <p>{t('inbox.empty')}</p>}
      <ul className="list" aria-label={t('inbox.title')}>
        {shown.map((task) => {
          const late = task.dueAt !== null && Date.parse(task.dueAt) < now;
          return (
            <li key={task.id} className="card">
              <div className="row">
                <Link to={`/deal/${encodeURIComponent(task.dealId)}`}>{task.title}</Link>
                <span className="badge">{kindName(task.kind)}</span>
                {late && <span className="badge danger">{t('inbox.overdue')}</span>}
              </div>
              <div className="muted">
                {task.dueAt ? t('inbox.due', { due: dateTime(task.dueAt) }) : t('inbox.noDue')} ·{' '}
                {t('inbox.deal', { id: task.clientName ?? task.dealId })}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
