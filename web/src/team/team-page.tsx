/** The head's board: the team's load (open and overdue tasks per person) and handing a deal to the rules again. */
import { useState } from 'react';
import { useI18n } from '../i18n/index.js';
import { Link } from '../ui/link.js';
import { useTasks } from '../inbox/queries.js';
import { useManagers, useReassign } from './queries.js';

export function BoardPage() {
  const { t, number } = useI18n();
  const managers = useManagers();
  const tasks = useTasks();
  const reassign = useReassign();
  const [done, setDone] = useState<{ id: string; owner: string }>();
  const now = Date.now();
  const open = tasks.data ?? [];
  const deals = [...new Map(open.map((task) => [task.dealId, task])).values()];
  if (managers.isError) return <p role="alert">{t('common.error', { message: managers.error.message })}</p>;
  return (
    <section aria-labelledby="board-title">
      <h1 id="board-title">{t('board.title')}</h1>
      <div className="scroll" tabIndex={0} role="region" aria-labelledby="board-title">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('board.person')}</th>
              <th scope="col">{t('board.open')}</th>
              <th scope="col">{t('board.overdue')}</th>
            </tr>
          </thead>
          <tbody>
            {(managers.data ?? [])
              .filter((m) => m.active && m.role !== 'admin')
              .map((m) => {
                const mine = open.filter((task) => task.assignee === m.id);
                const late = mine.filter((task) => task.dueAt && Date.parse(task.dueAt) < now).length;
                return (
                  <tr key={m.id}>
                    <th scope="row">{m.name}</th>
                    <td>{number(mine.length)}</td>
                    <td>{number(late)}</td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      </div>
      <h2 id="deals-title">{t('board.deals')}</h2>
      <div role="status">{done && <p>{t('board.reassigned', { id: done.id, owner: done.owner })}</p>}</div>
      <ul className="list" aria-labelledby="deals-title">
        {deals.map((task) => (
          <li key={task.dealId} className="card row">
            <Link to={`/deal/${encodeURIComponent(task.dealId)}`}>
              {t('inbox.deal', { id: task.clientName ?? task.dealId })}
            </Link>
            <span className="muted">
              {task.title} · {task.assignee}
            </span>
            <button
              type="button"
              className="secondary"
              disabled={reassign.isPending}
              // Visibly short; the full name tells which deal (client names need not be unique).
              aria-label={t('board.reassign', { id: task.dealId })}
              onClick={() =>
                reassign.mutate(task.dealId, { onSuccess: (r) => setDone({ id: r.dealId, owner: r.owner }) })
              }
            >
              {t('board.reassignShort')}
            </button>
          </li>
        ))}
      </ul>
      {reassign.error && (
        <p role="alert" className="alert">
          {reassign.error.message}
        </p>
      )}
    </section>
  );
}
