/**
 * The deals list (/deal-list): every deal one may see (the server decides:
 * managers their own, heads their department, directors all), found by
 * client, company, INN, phone or a field's value, filtered by regulation,
 * stage, status, owner, overdue and period, sorted, a page at a time by the
 * API's cursor. The filter lives in the URL, so a list can be bookmarked and
 * sent; heads and directors may download it as CSV.
 *
 * @module
 */
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useId, useState, type FormEvent } from 'react';
import { useMe } from '../auth/queries.js';
import { useRegulation, useRegulations } from '../deal/queries.js';
import { useI18n, type MessageKey } from '../i18n/index.js';
import { useManagers } from '../team/queries.js';
import { Link } from '../ui/link.js';
import { DataTable, ErrorAlert } from '../ui/table.js';
import { StageTitle } from './stage-title.js';
import { exportHref, useDeals, type Deal, type DealFilter } from './queries.js';
import './deals.css';

const SORTS = ['-createdAt', 'createdAt', '-updatedAt', 'updatedAt', 'client', '-client'] as const;
const STATUSES = ['active', 'won', 'lost'] as const;

export default function DealsPage() {
  const { t } = useI18n();
  const filter: DealFilter = useSearch({ strict: false });
  const go = useNavigate();
  const me = useMe();
  const head = !!me.data && me.data.role !== 'manager';
  const people = useManagers(head);
  const regulations = useRegulations();
  const chosen = regulations.data?.find((r) => r.id === filter.regulationId);
  const stages = useRegulation(chosen?.id, chosen?.version).data?.regulation.stages ?? [];
  const deals = useDeals(filter);
  const rows = deals.data?.pages.flatMap((p) => p.deals) ?? [];
  const [q, setQ] = useState(filter.q ?? '');
  const headingId = useId();

  /** A new filter replaces the URL's (no history entry per keystroke of a select). */
  const set = (change: Partial<DealFilter>) => {
    const next = { ...filter, ...change };
    if (change.regulationId !== undefined) next.stage = undefined;
    const search = Object.fromEntries(Object.entries(next).filter(([, v]) => v)) as DealFilter;
    void go({ to: '/deal-list', search, replace: true });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    set({ q: q.trim() || undefined });
  };
  const select = (label: string, key: keyof DealFilter, options: Array<[string, string]>, id: string) => (
    <label htmlFor={id}>
      {label}{' '}
      <select id={id} value={filter[key] ?? ''} onChange={(e) => set({ [key]: e.target.value || undefined })}>
        <option value="">{t('deals.any')}</option>
        {options.map(([v, title]) => (
          <option key={v} value={v}>
            {title}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <>
      <h1 id={headingId}>{t('deals.title')}</h1>
      <form role="search" className="row deals-search" onSubmit={submit}>
        <label htmlFor="deals-q">{t('deals.search')}</label>
        <input
          id="deals-q"
          type="search"
          value={q}
          placeholder={t('deals.searchHint')}
          aria-describedby="deals-q-hint"
          onChange={(e) => setQ(e.target.value)}
        />
        <span id="deals-q-hint" className="visually-hidden">
          {t('deals.searchHint')}
        </span>
        <button type="submit">{t('deals.find')}</button>
      </form>
      <fieldset className="card row filters">
        <legend className="visually-hidden">{t('deals.filters')}</legend>
        {select(
          t('deals.regulation'),
          'regulationId',
          (regulations.data ?? []).map((r) => [r.id, r.title]),
          'deals-regulation',
        )}
        {filter.regulationId &&
          select(
            t('deals.stage'),
            'stage',
            stages.map((s) => [s.key, s.title ?? s.key]),
            'deals-stage',
          )}
        {select(
          t('deals.status'),
          'status',
          STATUSES.map((s) => [s, t(`deals.status.${s}`)]),
          'deals-status',
        )}
        {head &&
          select(
            t('deals.owner'),
            'owner',
            (people.data ?? []).map((p) => [p.id, p.name]),
            'deals-owner',
          )}
        <label>
          <input
            type="checkbox"
            checked={filter.overdue === 'true'}
            onChange={(e) => set({ overdue: e.target.checked ? 'true' : undefined })}
          />{' '}
          {t('deals.overdueOnly')}
        </label>
        <label>
          {t('deals.from')}{' '}
          <input type="date" value={filter.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} />
        </label>
        <label>
          {t('deals.to')}{' '}
          <input type="date" value={filter.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} />
        </label>
        <label htmlFor="deals-sort">
          {t('deals.sort')}{' '}
          <select
            id="deals-sort"
            value={filter.sort ?? '-createdAt'}
            onChange={(e) => set({ sort: e.target.value === '-createdAt' ? undefined : (e.target.value as never) })}
          >
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`deals.sort.${s}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setQ('');
            void go({ to: '/deal-list', search: {}, replace: true });
          }}
        >
          {t('deals.reset')}
        </button>
        {head && (
          // A plain link: the browser downloads the file with the session cookie.
          <a href={exportHref(filter)} download>
            {t('deals.export')}
          </a>
        )}
      </fieldset>
      <ErrorAlert error={deals.error} />
      {deals.data && (
        <>
          <DataTable
            labelledBy={headingId}
            empty={rows.length === 0 && t('deals.empty')}
            columns={[
              t('deals.col.client'),
              t('deals.col.company'),
              t('deals.col.stage'),
              t('deals.col.owner'),
              t('deals.col.next'),
              t('deals.col.created'),
            ]}
          >
            {rows.map((d) => (
              <Row key={d.id} d={d} />
            ))}
          </DataTable>
          <p className="row" aria-live="polite">
            <span className="muted">{t('deals.shown', { count: rows.length })}</span>
            {deals.hasNextPage ? (
              <button
                type="button"
                className="secondary"
                disabled={deals.isFetchingNextPage}
                onClick={() => void deals.fetchNextPage()}
              >
                {t('deals.more')}
              </button>
            ) : (
              rows.length > 0 && <span className="muted">{t('deals.end')}</span>
            )}
          </p>
        </>
      )}
    </>
  );
}

function Row({ d }: { d: Deal }) {
  const { t, dateTime } = useI18n();
  return (
    <tr>
      <td>
        <Link to={`/deal/${encodeURIComponent(d.id)}`}>{d.client.name}</Link>
      </td>
      <td>{d.companyName ?? t('deals.none')}</td>
      <td>
        <StageTitle d={d} />
      </td>
      <td>{d.owner}</td>
      <td>
        {d.nextTask ? (
          <>
            {d.nextTask.title}
            {d.nextTask.dueAt && (
              <>
                {' '}
                <small className="muted">{dateTime(d.nextTask.dueAt)}</small>
              </>
            )}
            {d.overdue && <span className="badge danger">{t('deals.overdue')}</span>}
          </>
        ) : (
          t('deals.none')
        )}
      </td>
      <td>
        <small>{dateTime(d.createdAt)}</small>
      </td>
    </tr>
  );
}
