/**
 * The drill-down from a compliance number to its tasks and deals: the tasks
 * API (by assignee and status), narrowed on the page by the row and the
 * filters the way the compliance endpoint counts them.
 */
import { useEffect, useMemo, useRef } from 'react';
import { Link } from '../../ui/link.js';
import { useDealList, usePeople, useTaskList, type Filters, type Task } from './queries.js';
import { TableBox } from './dashboards-parts.js';
import type { StudioI18n, StudioKey } from '../i18n.js';

export const COLUMNS = ['demanded', 'done', 'doneOnTime', 'doneLate', 'cancelled', 'open', 'overdue'] as const;
export type Column = (typeof COLUMNS)[number];
export const COLUMN_TEXT: Record<Column, StudioKey> = {
  demanded: 'dash.demanded',
  done: 'dash.done',
  doneOnTime: 'dash.onTime',
  doneLate: 'dash.late',
  cancelled: 'dash.cancelled',
  open: 'dash.open',
  overdue: 'dash.overdue',
};

export interface Drill {
  key: string | null;
  kind: string;
  column: Column;
}

export const parseDrill = (s: string | undefined): Drill | undefined => {
  try {
    const [key, kind, column] = JSON.parse(s ?? '') as [string | null, string, Column];
    return COLUMNS.includes(column) ? { key, kind, column } : undefined;
  } catch {
    return undefined;
  }
};

/** Whether the task counts in the column, as the compliance endpoint counts it. */
function inColumn(task: Task, column: Column, now: number): boolean {
  const done = task.status === 'done' && task.outcome !== 'cancelled';
  const late = !!task.dueAt && !!task.closedAt && Date.parse(task.closedAt) > Date.parse(task.dueAt);
  switch (column) {
    case 'demanded':
      return true;
    case 'done':
      return done;
    case 'doneOnTime':
      return done && !late;
    case 'doneLate':
      return done && late;
    case 'cancelled':
      return task.status === 'cancelled' || (task.status === 'done' && task.outcome === 'cancelled');
    case 'open':
      return task.status === 'open';
    case 'overdue':
      return task.status === 'open' && !!task.dueAt && Date.parse(task.dueAt) < now;
  }
}

const SHOWN = 200;

/** The tasks behind one number: the tasks API, narrowed on the page by the row and the filters. */
export function DrillDown(props: {
  drill: Drill;
  group: string;
  filters: Filters;
  name: string;
  close(): void;
  i18n: StudioI18n;
}) {
  const { drill, group, filters } = props;
  const { t, dateTime } = props.i18n;
  const status = ['open', 'overdue'].includes(drill.column)
    ? ('open' as const)
    : ['done', 'doneOnTime', 'doneLate'].includes(drill.column)
      ? ('done' as const)
      : undefined;
  const assignee = group === 'manager' && drill.key ? drill.key : filters.manager;
  const tasks = useTaskList({ ...(assignee ? { assignee } : {}), ...(status ? { status } : {}) }, true);
  const people = usePeople();
  const needDeals = group === 'company' || !!filters.regulationId || !!filters.version || !!filters.companyId;
  const deals = useDealList(needDeals);
  const ready = tasks.data && people.data && (!needDeals || deals.data);
  const found = useMemo(() => {
    if (!ready) return [];
    const now = Date.now();
    const department = group === 'department' && drill.key ? drill.key : filters.department;
    const team = department
      ? new Set(people.data!.filter((p) => p.department === department).map((p) => p.id))
      : undefined;
    const company = group === 'company' ? drill.key : filters.companyId;
    const dealOk = needDeals
      ? new Set(
          deals
            .data!.filter(
              (d) =>
                (!filters.regulationId || d.regulationId === filters.regulationId) &&
                (!filters.version || String(d.regulationVersion) === filters.version) &&
                (company === undefined || (d.companyId ?? null) === company),
            )
            .map((d) => d.id),
        )
      : undefined;
    const from = filters.from ? Date.parse(filters.from) : -Infinity;
    const to = filters.to ? Date.parse(filters.to) : Infinity;
    return tasks.data!.filter((task) => {
      const at = Date.parse(task.dueAt ?? task.createdAt);
      return (
        task.kind === drill.kind &&
        at >= from &&
        at < to &&
        (!team || team.has(task.assignee)) &&
        (!dealOk || dealOk.has(task.dealId)) &&
        (!filters.stage || task.stage === filters.stage) &&
        inColumn(task, drill.column, now)
      );
    });
  }, [ready, tasks.data, people.data, deals.data, drill, group, filters, needDeals]);
  const dealCount = new Set(found.map((x) => x.dealId)).size;
  // Opening a number brings its tasks into view.
  const box = useRef<HTMLElement>(null);
  const which = JSON.stringify(drill);
  useEffect(() => {
    // Braces: Chromium's scrollIntoView may return a promise, which React would take for a cleanup.
    void box.current?.scrollIntoView?.({ block: 'nearest' });
  }, [which]);
  const column = t(COLUMN_TEXT[drill.column]);
  return (
    <section ref={box} className="card drill" aria-labelledby="drill-title">
      <div className="section-head">
        <h3 id="drill-title">{t('dash.drillTitle', { column, key: props.name, kind: drill.kind })}</h3>
        <button type="button" className="secondary" onClick={props.close}>
          {t('dash.close')}
        </button>
      </div>
      {tasks.error && <p role="alert">{tasks.error.message}</p>}
      {!ready ? (
        <p className="muted">…</p>
      ) : (
        <>
          <p role="status">
            {t('dash.drillCount', { tasks: found.length, deals: dealCount })}
            {found.length > SHOWN && ` · ${t('dash.drillLimit', { n: SHOWN })}`}
          </p>
          {(filters.region || filters.industry) && <p className="muted">{t('dash.drillNote')}</p>}
          <TableBox labelledBy="drill-title">
            <thead>
              <tr>
                <th scope="col">{t('dash.deal')}</th>
                <th scope="col">{t('dash.task')}</th>
                <th scope="col">{t('dash.stage')}</th>
                <th scope="col">{t('dash.assignee')}</th>
                <th scope="col">{t('dash.taskStatus')}</th>
                <th scope="col">{t('dash.due')}</th>
              </tr>
            </thead>
            <tbody>
              {found.slice(0, SHOWN).map((task) => (
                <tr key={task.id}>
                  <td>
                    <Link to={`/deal/${encodeURIComponent(task.dealId)}`}>{task.clientName ?? task.dealId}</Link>
                    {task.clientName && <span className="muted"> · {task.dealId}</span>}
                  </td>
                  <td>{task.title}</td>
                  <td>{task.stage}</td>
                  <td>{people.data?.find((p) => p.id === task.assignee)?.name ?? task.assignee}</td>
                  <td>{task.outcome ? `${task.status} (${task.outcome})` : task.status}</td>
                  <td>{dateTime(task.dueAt)}</td>
                </tr>
              ))}
            </tbody>
          </TableBox>
        </>
      )}
    </section>
  );
}
